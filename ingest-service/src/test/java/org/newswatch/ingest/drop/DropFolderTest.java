package org.newswatch.ingest.drop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.ArticleIds;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.ArticlePublisher;
import org.newswatch.ingest.domain.DedupJournal;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.domain.DropFolder;
import org.newswatch.ingest.domain.Ingestor;
import org.newswatch.ingest.messaging.DedupJournalReader;
import org.newswatch.ingest.messaging.DropFolderWatcher;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DropFolderTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    @Inject
    DropFolderWatcher watcher;

    @Inject
    Ingestor ingestor;

    @Inject
    ArticlePublisher publisher;

    @Inject
    DedupJournal journal;

    private static String unique(String what) {
        return what + " " + UUID.randomUUID() + " said four civilians were killed in an air strike.";
    }

    /** Writes a file the way a well-behaved producer does: under a temporary name, then renamed into place. */
    private static Path drop(Path dir, String name, String content) throws IOException {
        Path tmp = dir.resolve(name + ".part");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        return Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path watched() {
        return watcher.folder().orElseThrow();
    }

    @Test
    void watcherPublishesEachKindOfFileAndMovesItToProcessed() throws IOException {
        String tag = UUID.randomUUID().toString();
        String seedText = unique("drop-txt");
        String line1 = unique("drop-jsonl-1");
        String line2 = unique("drop-jsonl-2");
        String htmlText = unique("drop-html");
        drop(watched(), tag + ".txt", " date 2020-02-21 " + seedText + "\n");
        drop(watched(), tag + ".jsonl", Json.write(Map.of("text", line1, "publishedAt", "2020-02-22T08:00:00Z")) + "\n"
                + Json.write(Map.of("text", line2)) + "\n");
        drop(watched(), tag + ".html", "<html><head><meta property=\"article:published_time\" content=\"2020-02-23\"></head>"
                + "<body><nav>Home</nav><p>" + htmlText + "</p></body></html>");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Stream.of(".txt", ".jsonl", ".html")
                .allMatch(ext -> Files.exists(watched().resolve(DropFolder.PROCESSED).resolve(tag + ext))));
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            assertEquals(Instant.parse("2020-02-21T00:00:00Z").toEpochMilli(),
                    articles.awaitKey(ArticleIds.articleId(seedText)).timestamp());
            assertEquals(Instant.parse("2020-02-22T08:00:00Z").toEpochMilli(),
                    articles.awaitKey(ArticleIds.articleId(line1)).timestamp());
            articles.awaitKey(ArticleIds.articleId(line2));
            Article html = Json.read(articles.awaitKey(ArticleIds.articleId(htmlText)).value(), Article.class);
            assertEquals(htmlText, html.text());
        }
    }

    @Test
    void malformedFileGoesToFailedWithItsReasonAndTheWatcherCarriesOn() throws IOException {
        String tag = UUID.randomUUID().toString();
        String good = unique("after-bad");
        drop(watched(), tag + "-1.json", "{\"text\": \"" + unique("never") + "\",");
        drop(watched(), tag + "-2.jsonl", Json.write(Map.of("text", unique("never-either"))) + "\n{\"title\": \"no text\"}\n");
        drop(watched(), tag + "-3.pdf", "%PDF-1.4");
        drop(watched(), tag + "-4.txt", good);

        Path failed = watched().resolve(DropFolder.FAILED);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Files.exists(watched().resolve(DropFolder.PROCESSED).resolve(tag + "-4.txt"))
                        && Files.exists(failed.resolve(tag + "-3.pdf" + DropFolder.REASON_SUFFIX)));
        assertTrue(Files.readString(failed.resolve(tag + "-1.json" + DropFolder.REASON_SUFFIX)).contains("invalid JSON"));
        assertTrue(Files.readString(failed.resolve(tag + "-2.jsonl" + DropFolder.REASON_SUFFIX)).contains("item 2: text is empty"));
        assertTrue(Files.readString(failed.resolve(tag + "-3.pdf" + DropFolder.REASON_SUFFIX)).contains("unsupported"));
        assertTrue(Files.exists(failed.resolve(tag + "-1.json")));
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            articles.awaitKey(ArticleIds.articleId(good));
            // the valid first line of the refused .jsonl was not published: a file is published whole or not at all
            assertTrue(articles.all(r -> r.value().contains("never-either")).isEmpty());
        }
    }

    @Test
    void aFileOverTheSizeLimitGoesToFailedUnreadWithTheLimitAsReason(@TempDir Path dir) throws IOException {
        String text = unique("too-big");
        drop(dir, "big.txt", text + " " + "x".repeat(200));
        DropFolder folder = new DropFolder(dir, ingestor, Duration.ZERO, Duration.ofSeconds(30), 100, Clock.systemUTC());
        folder.init();
        assertEquals(DropFolder.Outcome.FAILED, folder.process(dir.resolve("big.txt")));
        Path failed = dir.resolve(DropFolder.FAILED);
        assertTrue(Files.exists(failed.resolve("big.txt")));
        assertTrue(Files.readString(failed.resolve("big.txt" + DropFolder.REASON_SUFFIX)).contains("more than the limit of 100"));
    }

    @Test
    void restartInTheMiddleOfABatchLosesNothingAndPublishesNothingTwice(@TempDir Path dir) throws IOException {
        List<String> texts = List.of(unique("restart-1"), unique("restart-2"), unique("restart-3"));
        for (int i = 0; i < texts.size(); i++) {
            drop(dir, "batch-" + i + ".txt", texts.get(i));
        }
        DropFolder before = new DropFolder(dir, ingestor, Duration.ZERO, Duration.ofSeconds(30), 1 << 20, Clock.systemUTC());
        before.init();
        assertEquals(DropFolder.Outcome.PROCESSED, before.process(dir.resolve("batch-0.txt")));
        // the crash: file 1's article is acknowledged by the broker, but the process dies before moving the file
        ingestor.ingest(new ArticleInput(null, null, null, null, texts.get(1)), Article.LIVE).toCompletableFuture().join();

        // the restart: a fresh dedup memory read back from the broker, a fresh drop folder on the same directory
        DedupMemory memory = new DedupMemory();
        new DedupJournalReader(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), 1000).load(memory);
        memory.markLoaded();
        Ingestor restarted = new Ingestor(memory, publisher, journal, Clock.systemUTC());
        DropFolder after = new DropFolder(dir, restarted, Duration.ZERO, Duration.ofSeconds(30), 1 << 20, Clock.systemUTC());
        assertEquals(2, after.scanOnce());

        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList());
        }
        for (int i = 0; i < texts.size(); i++) {
            assertTrue(Files.exists(dir.resolve(DropFolder.PROCESSED).resolve("batch-" + i + ".txt")));
        }
        // a marker published after everything else: once it is read, every earlier record is (one partition)
        String marker = given().contentType("application/json").body(Json.write(Map.of("text", unique("marker"))))
                .when().post("/articles").then().statusCode(202).extract().path("id");
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            articles.awaitKey(marker);
            for (String text : texts) {
                String id = ArticleIds.articleId(text);
                assertEquals(1, articles.all(r -> id.equals(r.key())).size(), text);
            }
        }
    }
}
