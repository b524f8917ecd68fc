package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.Topics;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * Issue 16: {@code POST /alerts/{id}/split} against a real broker. A report that joined an alert's story wrongly is
 * split off: the alert loses the source, the report fires as its own alert; read again later, it neither rejoins nor
 * fires again; only the alert's subscriber (or an admin) may split.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class SplitApiTest {

    @BeforeEach
    void noDefaultCredential() {
        TestCredentials.everyRequestWith(null);
    }

    private static RequestSpecification as(String key) {
        return given().header(TestCredentials.HEADER, key);
    }

    /**
     * A KILLED TURMIL report with the keyword in its evidence, on a record stamped now (the recent-events store keeps
     * 30 days of event time back from the newest record, whatever other tests sent before).
     */
    static ExtractedEvent report(String eventId, String article, long count, String keyword) throws Exception {
        ExtractedEvent event = new ExtractedEvent(1, eventId, article, EventType.KILLED, "TURMIL", null, count, null,
                Qualifier.AT_LEAST, null, false, null, "Idlib", null, LocalDate.of(2020, 2, 27), null,
                "At least " + count + " Turkish soldiers were killed " + keyword, 0, 40, "test", 0.9, "Title " + article,
                "https://example.org/" + article, "Example", null);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, AlertServiceTest.bootstrap());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.EVENTS, null, Instant.now().toEpochMilli(), eventId,
                    Json.bytes(event))).get(10, TimeUnit.SECONDS);
        }
        return event;
    }

    private static List<String> alertIds(String subscription) {
        return as(TestCredentials.ALICE).queryParam("subscription", subscription).when().get("/alerts").then()
                .statusCode(200).extract().path("alertId");
    }

    private static List<String> articles(String alertId) {
        return as(TestCredentials.ALICE).when().get("/alerts/" + alertId).then().statusCode(200)
                .extract().path("articles.id");
    }

    @Test
    void aWrongSourceIsSplitOffAndFiresOnceAsItsOwnAlert() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String sub = as(TestCredentials.ALICE).contentType(ContentType.JSON).body("{\"name\":\"split " + keyword
                + "\",\"filter\":{\"types\":[\"KILLED\"],\"keywords\":[\"" + keyword + "\"]},"
                + "\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}").when().post("/subscriptions").then()
                .statusCode(201).extract().path("id");
        String eventId = "ev-" + UUID.randomUUID();
        String right = "art-right-" + keyword;
        String wrong = "art-wrong-" + keyword;
        report(eventId, right, 22, keyword);
        report(eventId, wrong, 22, keyword);
        String alertId = await().atMost(Duration.ofSeconds(60)).until(() -> alertIds(sub), l -> l.size() == 1).get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> articles(alertId), l -> l.size() == 2);
        as(TestCredentials.ALICE).when().get("/alerts/" + alertId).then()
                .body("joined.article", equalTo(wrong)).body("joined.signals[0]", equalTo("same-event-id"));

        String body = "{\"article\":\"" + wrong + "\"}";
        given().contentType(ContentType.JSON).body(body).when().post("/alerts/" + alertId + "/split").then()
                .statusCode(401);
        as(TestCredentials.BOB).contentType(ContentType.JSON).body(body).when().post("/alerts/" + alertId + "/split")
                .then().statusCode(404);
        as(TestCredentials.READER).contentType(ContentType.JSON).body(body)
                .when().post("/alerts/" + alertId + "/split").then().statusCode(403);
        as(TestCredentials.ALICE).contentType(ContentType.JSON).body("{\"article\":\"not-a-source\"}")
                .when().post("/alerts/" + alertId + "/split").then().statusCode(404).body("field", equalTo("article"));
        as(TestCredentials.ALICE).contentType(ContentType.JSON).body("{}")
                .when().post("/alerts/" + alertId + "/split").then().statusCode(400).body("field", equalTo("article"));

        String splitId = as(TestCredentials.ALICE).contentType(ContentType.JSON).body(body)
                .when().post("/alerts/" + alertId + "/split").then().statusCode(202)
                .body("alertId", equalTo(alertId)).body("article", equalTo(wrong)).body("eventId", equalTo(eventId))
                .extract().path("splitAlertId");
        await().atMost(Duration.ofSeconds(30)).until(() -> alertIds(sub), l -> l.contains(splitId) && l.size() == 2);
        as(TestCredentials.ALICE).when().get("/alerts/" + splitId).then().statusCode(200)
                .body("status", equalTo("new")).body("corroboration", equalTo(1)).body("count", equalTo(22))
                .body("articles[0].id", equalTo(wrong));
        await().atMost(Duration.ofSeconds(30)).until(() -> articles(alertId), l -> l.equals(List.of(right)));
        as(TestCredentials.BOB).when().get("/alerts/" + splitId).then().statusCode(404);

        // the wrong report read again, then a third source of the same event id (same key: after it on the topic)
        report(eventId, wrong, 22, keyword);
        String third = "art-third-" + keyword;
        report(eventId, third, 22, keyword);
        await().atMost(Duration.ofSeconds(30)).until(() -> articles(alertId), l -> l.equals(List.of(right, third)));
        assertEquals(List.of(wrong), articles(splitId), "the split report stays where it is");
        assertEquals(2, alertIds(sub).size(), "no third alert: the split fired once");

        // the alert no longer lists it: nothing to split
        as(TestCredentials.ALICE).contentType(ContentType.JSON).body(body)
                .when().post("/alerts/" + alertId + "/split").then().statusCode(404);
    }
}
