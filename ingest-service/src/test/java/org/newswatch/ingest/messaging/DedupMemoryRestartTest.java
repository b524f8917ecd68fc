package org.newswatch.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.ArticlePreparer;
import org.newswatch.ingest.domain.DedupEntry;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * Near-duplicates through the real service (seed 002 names 000, 004 names nothing), and the dedup memory read back
 * from the broker by a fresh process-like reader, as after a restart.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DedupMemoryRestartTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    private static String postSeed(String file) {
        return given().contentType("text/plain; charset=UTF-8").body(TopicRecords.resource("seeds/" + file))
                .when().post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted"))
                .extract().path("id");
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void nearDuplicatesArePublishedWithTheEarlierIdAndRememberedAcrossARestart() {
        String id000 = postSeed("000_e13c19ef22c09c8a.txt");
        String id002 = postSeed("002_36b422612b6b1aff.txt");
        String id004 = postSeed("004_8674de191b92f232.txt");
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            assertNull(Json.read(articles.awaitKey(id000).value(), Article.class).nearDuplicateOf());
            assertEquals(id000, Json.read(articles.awaitKey(id002).value(), Article.class).nearDuplicateOf());
            assertNull(Json.read(articles.awaitKey(id004).value(), Article.class).nearDuplicateOf());
        }
        // posting 002 again is an exact duplicate
        given().contentType("text/plain; charset=UTF-8").body(TopicRecords.resource("seeds/002_36b422612b6b1aff.txt"))
                .when().post("/articles")
                .then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id002));

        // a restart: a fresh memory read back from the journal knows all three and their near-duplicate link
        DedupMemory fresh = new DedupMemory();
        DedupJournalReader.Loaded loaded = new DedupJournalReader(bootstrap(), 1000).load(fresh);
        assertTrue(loaded.journaled() >= 3, "journaled: " + loaded.journaled());
        for (String id : List.of(id000, id002, id004)) {
            assertTrue(fresh.entries().stream().anyMatch(e -> e.articleId().equals(id)), id);
        }
        DedupEntry again002 = ArticlePreparer.prepare(new ArticleInput(null, null, null, null,
                SeedFormat.parse(TopicRecords.resource("seeds/002_36b422612b6b1aff.txt")).text()),
                Article.LIVE, Instant.now()).entry();
        assertTrue(fresh.admit(again002).duplicate());
    }

    @Test
    void articlePublishedButNotJournaledIsRecoveredFromTheArticlesTopic() {
        // as if the service crashed after the broker acknowledged the article but before the journal write
        String text = "Unjournaled " + UUID.randomUUID() + " report of shelling near the town.";
        Article article = ArticlePreparer.prepare(new ArticleInput(null, null, null, null, text), Article.LIVE, Instant.now()).article();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, article.id(), Json.write(article))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        DedupMemory fresh = new DedupMemory();
        DedupJournalReader.Loaded loaded = new DedupJournalReader(bootstrap(), 1000).load(fresh);
        assertTrue(loaded.recovered().stream().anyMatch(e -> e.articleId().equals(article.id())));
        assertFalse(fresh.entries().isEmpty());
        assertEquals(article.id(), fresh.knownId(ArticlePreparer.prepare(
                new ArticleInput(null, null, null, null, text), Article.LIVE, Instant.now()).entry()));
    }
}
