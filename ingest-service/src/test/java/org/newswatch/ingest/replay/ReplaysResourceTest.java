package org.newswatch.ingest.replay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** Replays of the seed archive into an isolated topic namespace, against the real broker. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReplaysResourceTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    private static final List<String> SEEDS = List.of("000_e13c19ef22c09c8a.txt", "001_32d8ca73eb4d3cfe.txt",
            "002_36b422612b6b1aff.txt", "003_790ccee8608768f8.txt", "004_8674de191b92f232.txt");

    /** The replay root of the test profile. */
    static final Path ROOT = Path.of("target/test-replay-root");

    private static Path seedArchive(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String seed : SEEDS) {
            Files.writeString(dir.resolve(seed), TopicRecords.resource("seeds/" + seed));
        }
        return dir;
    }

    private static String replay(Path dir, String prefix) {
        String id = given().contentType("application/json")
                .body(Json.write(Map.of("path", dir.toString(), "asFastAsPossible", true, "topicPrefix", prefix)))
                .when().post("/replays")
                .then().statusCode(202).body("state", equalTo("running")).body("topic", equalTo(prefix + Topics.ARTICLES))
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !"running".equals(given().when().get("/replays/" + id).then().statusCode(200).extract().path("state")));
        given().when().get("/replays/" + id).then()
                .body("state", equalTo("completed")).body("total", equalTo(5)).body("published", equalTo(5))
                .body("errors", equalTo(0));
        return id;
    }

    @Test
    void seedArchiveIsReplayedInEventTimeIntoAnIsolatedTopic() throws IOException {
        String prefix = "replay-" + UUID.randomUUID() + ".";
        Path dir = seedArchive(ROOT.resolve("seeds-" + UUID.randomUUID())).toAbsolutePath();
        replay(dir, prefix);
        List<ConsumerRecord<String, String>> first;
        try (TopicRecords replayed = new TopicRecords(prefix + Topics.ARTICLES)) {
            first = replayed.awaitCount(5);
        }
        assertEquals(5, first.size());
        List<Article> articles = first.stream().map(r -> Json.read(r.value(), Article.class)).toList();
        for (int i = 0; i < first.size(); i++) {
            Article a = articles.get(i);
            assertEquals(Article.REPLAY, a.origin());
            assertEquals(a.id(), first.get(i).key());
            assertEquals(a.id(), CloudEvents.header(first.get(i).headers(), CloudEvents.ID));
            if (a.publishedAt() != null) {
                assertEquals(a.publishedAt().toEpochMilli(), first.get(i).timestamp(), "timestamp of " + a.id());
            }
        }
        // publication order: 2020-02-11 (003: no date line and no year anywhere; its latest day, "Feb 11", read against
        // the archive's latest publication time), 2020-02-12 (000 and 002, by id), 2020-02-19 (001), 2020-02-27 (004: no
        // date line, its captions' full date)
        assertEquals(List.of("2020-02-11T00:00:00Z", "2020-02-12T00:00:00Z", "2020-02-12T00:00:00Z", "2020-02-19T00:00:00Z",
                "2020-02-27T00:00:00Z"), articles.stream().map(a -> a.publishedAt().toString()).toList());
        assertTrue(articles.get(0).text().contains("Duvar English"), articles.get(0).text().substring(0, 80));
        Article a000 = articles.stream().filter(a -> a.text().startsWith("Turkey announced Tuesday")).findFirst().orElseThrow();
        Article a002 = articles.stream().filter(a -> a.text().startsWith("Turkey will attack")).findFirst().orElseThrow();
        assertEquals(a000.id(), a002.nearDuplicateOf());

        // the same archive again: the same articles with the same ids, in the same order
        String prefix2 = "replay-" + UUID.randomUUID() + ".";
        replay(dir, prefix2);
        try (TopicRecords again = new TopicRecords(prefix2 + Topics.ARTICLES)) {
            List<ConsumerRecord<String, String>> second = again.awaitCount(5);
            assertEquals(first.stream().map(ConsumerRecord::key).toList(), second.stream().map(ConsumerRecord::key).toList());
            assertEquals(first.stream().map(ConsumerRecord::timestamp).toList(),
                    second.stream().map(ConsumerRecord::timestamp).toList());
        }

        // nothing of it reached the live topic
        String marker = given().contentType("application/json").body(Json.write(Map.of("text", "replay marker " + UUID.randomUUID())))
                .when().post("/articles").then().statusCode(202).extract().path("id");
        try (TopicRecords live = new TopicRecords(Topics.ARTICLES)) {
            live.awaitKey(marker);
            assertTrue(live.all(r -> r.value().contains("\"origin\":\"replay\"")).isEmpty());
        }
    }

    @Test
    void pathsOutsideTheRootAreRefusedWithOneMessage(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "Five soldiers were killed in Idlib, "
                + UUID.randomUUID());
        Path dir = Files.createDirectories(ROOT.resolve("links-" + UUID.randomUUID()));
        Files.createSymbolicLink(dir.resolve("out.txt"), secret);
        Files.createSymbolicLink(dir.resolve("outdir"), outside);
        String relative = ROOT.relativize(dir).toString();
        for (String path : List.of("/etc/hostname", "/etc", secret.toString(), "../../pom.xml", relative + "/out.txt",
                relative + "/outdir", relative + "/outdir/secret.txt", "/no/such/file", relative + "/missing.txt")) {
            given().contentType("application/json").body(Json.write(Map.of("path", path)))
                    .when().post("/replays").then().statusCode(400).body("error", equalTo(ArchiveRoot.REFUSED));
        }
        // a folder inside the root with a symlink out: the link is skipped, nothing of the file is read
        String id = given().contentType("application/json").body(Json.write(Map.of("path", relative,
                "asFastAsPossible", true, "topicPrefix", "links-" + UUID.randomUUID() + ".")))
                .when().post("/replays").then().statusCode(202).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !"running".equals(given().when().get("/replays/" + id).then().extract().path("state")));
        given().when().get("/replays/" + id).then().body("published", equalTo(0)).body("errors", equalTo(1))
                .body("errorSamples[0]", equalTo("out.txt: " + ArchiveRoot.REFUSED));
    }

    @Test
    void anArchiveCanBeUploadedAsJsonLines() {
        String prefix = "upload-" + UUID.randomUUID() + ".";
        String body = Json.write(Map.of("title", "One", "text", "Five soldiers were killed in Idlib " + UUID.randomUUID(),
                "publishedAt", "2020-02-12T00:00:00Z")) + "\n" + Json.write(Map.of("title", "Two",
                "text", "Three civilians were wounded in Aleppo " + UUID.randomUUID(), "publishedAt", "2020-02-11T00:00:00Z"))
                + "\n";
        String id = given().contentType("application/x-ndjson").queryParam("asFastAsPossible", true)
                .queryParam("topicPrefix", prefix).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/replays").then().statusCode(202).body("topic", equalTo(prefix + Topics.ARTICLES))
                .extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                !"running".equals(given().when().get("/replays/" + id).then().extract().path("state")));
        given().when().get("/replays/" + id).then().body("state", equalTo("completed")).body("published", equalTo(2));
        try (TopicRecords replayed = new TopicRecords(prefix + Topics.ARTICLES)) {
            List<Article> articles = replayed.awaitCount(2).stream().map(r -> Json.read(r.value(), Article.class)).toList();
            assertEquals(List.of("Two", "One"), articles.stream().map(Article::title).toList(), "in event time");
        }
    }

    @Test
    void badReplayRequestsAre400And404() {
        given().contentType("application/json").body("{\"path\": \"/no/such/archive-" + UUID.randomUUID() + "\"}")
                .when().post("/replays").then().statusCode(400).body("error", equalTo(ArchiveRoot.REFUSED));
        given().contentType("application/json").body("{\"path\": \"/tmp\", \"topicPrefix\": \"bad prefix!\"}")
                .when().post("/replays").then().statusCode(400).body("error", containsString("topicPrefix"));
        given().contentType("application/json").body("{\"path\": \"/tmp\", \"speed\": -1}")
                .when().post("/replays").then().statusCode(400).body("error", containsString("speed"));
        given().contentType("application/json").body("[1]")
                .when().post("/replays").then().statusCode(400).contentType("application/json").body("error", containsString("JSON"));
        given().when().get("/replays/nope").then().statusCode(404).body("error", containsString("nope"));
    }
}
