package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** GET /alerts and the SSE stream answer from the alerts topic; the stream resumes with Last-Event-ID. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AlertHistoryTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    @TestHTTPResource("/alerts/stream")
    URL streamUrl;

    final HttpClient http = HttpClient.newHttpClient();

    /** The first event with an id on the stream of this subscription, read in the background after connecting. */
    CompletableFuture<List<String>> firstEvent(String subscription, String lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(streamUrl + "?subscription=" + subscription))
                .header("Accept", "text/event-stream").header(TestCredentials.HEADER, TestCredentials.ADMIN);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> sse = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                .get(20, TimeUnit.SECONDS);
        assertEquals(200, sse.statusCode());
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream body = sse.body()) {
                return AlertServiceTest.readEvent(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow()
                .substring(name.length() + 1);
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String id = AlertServiceTest.create("{\"name\":\"resume\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}");
        // a client connected: it sees the first alert, whose id is the record's position
        CompletableFuture<List<String>> live = firstEvent(id, null);
        AlertServiceTest.produceEvent("TURMIL", keyword, 22L);
        String first = AlertServiceTest.awaitAlert(id);
        List<String> seen = live.get(30, TimeUnit.SECONDS);
        String lastSeen = field(seen, "id");
        assertEquals(first, Json.read(field(seen, "data"), Alert.class).alertId());

        // while it is away, a second alert (another figure, another story) is delivered
        AlertServiceTest.produceEvent("TURMIL", keyword, 40L);
        await().atMost(Duration.ofSeconds(60)).until(() -> given().queryParam("subscription", id).when()
                .get("/alerts").then().extract().<List<String>>path("alertId").size() == 2);
        String second = given().queryParam("subscription", id).when().get("/alerts").then().extract()
                .path("[0].alertId");

        List<String> resumed = firstEvent(id, lastSeen).get(30, TimeUnit.SECONDS);
        assertEquals(second, Json.read(field(resumed, "data"), Alert.class).alertId(),
                "the first event after reconnecting is the one it missed");
        assertTrue(Long.parseLong(field(resumed, "id").substring(2)) > Long.parseLong(lastSeen.substring(2)));

        given().header("Last-Event-ID", "yesterday").when().get("/alerts/stream").then().statusCode(400)
                .body("field", equalTo("Last-Event-ID"));
    }

    static Alert alert(String subscription, String alertId, EventType type, Instant eventTime) {
        return new Alert(1, alertId, subscription, "history", "threshold", type + " 7", type, "TURMIL", null, 7L,
                null, "Idlib", null, LocalDate.ofInstant(eventTime, ZoneOffset.UTC), "e", List.of(),
                List.of("e-" + alertId), 1, eventTime, Instant.parse("2026-01-01T00:00:00Z"), Alert.NEW, null, null,
                null, null, null);
    }

    @Test
    void theListAnswersFromTheAlertsTopicWithItsFilters() throws Exception {
        String sub = "hist-" + UUID.randomUUID();
        List<Alert> written = List.of(
                alert(sub, sub + "-1", EventType.KILLED, Instant.parse("2020-02-10T10:00:00Z")),
                alert(sub, sub + "-2", EventType.WOUNDED, Instant.parse("2020-02-20T10:00:00Z")),
                alert(sub, sub + "-3", EventType.KILLED, Instant.parse("2020-02-27T10:00:00Z")),
                alert("other-" + sub, sub + "-4", EventType.KILLED, Instant.parse("2020-02-27T10:00:00Z")));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, AlertServiceTest.bootstrap());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            for (Alert a : written) {
                producer.send(new ProducerRecord<>(Topics.ALERTS, a.subscriptionId(), Json.bytes(a)))
                        .get(10, TimeUnit.SECONDS);
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("subscription", sub).when()
                .get("/alerts").then().extract().<List<String>>path("alertId").size() == 3);
        assertEquals(List.of(sub + "-3", sub + "-2", sub + "-1"), ids(sub, null, null, null), "newest first");
        assertEquals(List.of(sub + "-3", sub + "-1"), ids(sub, "KILLED", null, null));
        assertEquals(List.of(sub + "-3", sub + "-2"), ids(sub, null, "2020-02-20T10:00:00Z", null), "since inclusive");
        assertEquals(List.of(sub + "-2", sub + "-1"), ids(sub, null, null, "2020-02-27T10:00:00Z"), "until exclusive");
        assertEquals(List.of(sub + "-1"), ids(sub, "KILLED", "2020-02-01T00:00:00Z", "2020-02-27T00:00:00Z"));
        given().queryParam("type", "EXPLODED").when().get("/alerts").then().statusCode(400)
                .body("field", equalTo("type"));
        given().queryParam("since", "last week").when().get("/alerts").then().statusCode(400)
                .body("field", equalTo("since"));
        given().queryParam("until", "2020-13-01").when().get("/alerts").then().statusCode(400)
                .body("field", equalTo("until"));
        given().queryParam("limit", 0).when().get("/alerts").then().statusCode(400).body("field", equalTo("limit"));
        given().when().get("/alerts/" + sub + "-2").then().statusCode(200).body("eventType", equalTo("WOUNDED"));
    }

    static List<String> ids(String sub, String type, String since, String until) {
        var request = given().queryParam("subscription", sub);
        if (type != null) {
            request = request.queryParam("type", type);
        }
        if (since != null) {
            request = request.queryParam("since", since);
        }
        if (until != null) {
            request = request.queryParam("until", until);
        }
        return request.when().get("/alerts").then().statusCode(200).extract().path("alertId");
    }
}
