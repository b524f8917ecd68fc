package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** alert-service against a real broker: the REST API and one full path from an event to an alert. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AlertServiceTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    @TestHTTPResource("/alerts/stream")
    URL streamUrl;

    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A request with the admin key (every request of these tests carries it). */
    static RequestSpecification writer() {
        return given();
    }

    static String create(String body) {
        return writer().contentType(ContentType.JSON).body(body)
                .when().post("/subscriptions")
                .then().statusCode(201).body("id", notNullValue()).body("createdAt", notNullValue())
                .extract().path("id");
    }

    static void rejects(String body, String field) {
        writer().contentType(ContentType.JSON).body(body)
                .when().post("/subscriptions")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("field", equalTo(field)).body("error", notNullValue());
    }

    @Test
    void subscriptionsAreCreatedValidatedListedAndDeleted() {
        String name = "Turkish troop deaths " + UUID.randomUUID();
        String id = create("{\"name\":\"" + name + "\",\"filter\":{\"types\":[\"KILLED\"],\"victims\":[\"TURMIL\"]},"
                + "\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}");
        given().when().get("/subscriptions/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("filter.victims[0]", equalTo("TURMIL"))
                .body("rule.kind", equalTo("threshold")).body("rule.minCount", equalTo(5));
        given().when().get("/subscriptions").then().statusCode(200).body("id", hasItem(id));

        rejects("{\"filter\":{},\"rule\":{\"kind\":\"new\"}}", "name");
        rejects("{\"name\":\"x\",\"filter\":{\"types\":[\"KILLED\",\"EXPLODED\"]},\"rule\":{\"kind\":\"new\"}}",
                "filter.types[1]");
        rejects("{\"name\":\"x\",\"filter\":{\"victims\":[\"TURKISH\"]},\"rule\":{\"kind\":\"new\"}}",
                "filter.victims[0]");
        rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"threshold\"}}", "rule.minCount");
        rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"threshold\",\"minCount\":0}}", "rule.minCount");
        rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"window\",\"minCount\":30,\"window\":\"PT0S\"}}", "rule.window");
        rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"sometimes\"}}", "rule.kind");
        rejects("{\"name\":", "");

        writer().when().delete("/subscriptions/" + id).then().statusCode(204);
        given().when().get("/subscriptions/" + id).then().statusCode(404).body("field", equalTo("id"));
        writer().when().delete("/subscriptions/" + id).then().statusCode(404);
        given().when().get("/subscriptions").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void anEventBecomesAnAlertOnTheTopicTheListAndTheStream() throws Exception {
        String victim = "TURMIL";
        String id = create("{\"name\":\"full path\",\"filter\":{\"types\":[\"KILLED\"],\"victims\":[\"" + victim
                + "\"],\"keywords\":[\"" + id() + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}");
        String keyword = given().when().get("/subscriptions/" + id).then().extract().path("filter.keywords[0]");

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest sseRequest = HttpRequest.newBuilder(URI.create(streamUrl + "?subscription=" + id))
                .header("Accept", "text/event-stream").header(TestCredentials.HEADER, TestCredentials.ADMIN).build();
        HttpResponse<InputStream> sse = http.sendAsync(sseRequest, HttpResponse.BodyHandlers.ofInputStream())
                .get(20, TimeUnit.SECONDS);
        assertEquals(200, sse.statusCode());
        CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> readEvent(sse.body()));

        String eventId = produceEvent(victim, keyword);
        String alertId = awaitAlert(id);
        given().queryParam("subscription", id).when().get("/alerts").then()
                .body("[0].count", equalTo(22)).body("[0].rule", equalTo("threshold"))
                .body("[0].subscriptionName", equalTo("full path")).body("[0].eventIds[0]", equalTo(eventId))
                .body("[0].articles[0].url", equalTo("https://x.org/a")).body("[0].corroboration", equalTo(1))
                .body("[0].eventTime", equalTo(PUBLISHED.toString())).body("[0].muted", nullValue());
        given().queryParam("subscription", id).queryParam("since", "2020-02-28T00:00:00Z").when().get("/alerts")
                .then().statusCode(200).body("size()", equalTo(0));

        ConsumerRecord<String, byte[]> onTopic = findRecord(Topics.ALERTS, id);
        assertEquals(alertId, CloudEvents.header(onTopic.headers(), CloudEvents.ID));
        assertEquals(CloudEvents.ALERT_TYPE, CloudEvents.header(onTopic.headers(), CloudEvents.TYPE));
        assertEquals("/newswatch/alert-service", CloudEvents.header(onTopic.headers(), CloudEvents.SOURCE));
        assertEquals("1.0", CloudEvents.header(onTopic.headers(), CloudEvents.SPECVERSION));
        assertEquals(PUBLISHED.toString(), CloudEvents.header(onTopic.headers(), CloudEvents.TIME));
        assertEquals(alertId, Json.read(onTopic.value(), Alert.class).alertId());

        List<String> lines = received.get(30, TimeUnit.SECONDS);
        assertTrue(lines.stream().anyMatch(l -> l.matches("id:0-\\d+")), lines.toString());
        assertTrue(lines.contains("event:new"), lines.toString());
        String data = lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow().substring(5);
        assertEquals(id, Json.read(data, Alert.class).subscriptionId());
        assertEquals(alertId, Json.read(data, Alert.class).alertId());
    }

    static final Instant PUBLISHED = Instant.parse("2020-02-27T18:00:00Z");

    /** Produces a KILLED event of 22 with the keyword in its evidence; returns its eventId. */
    static String produceEvent(String victim, String keyword) throws Exception {
        return produceEvent(victim, keyword, 22L);
    }

    /** Produces a KILLED event of the given count with the keyword in its evidence; returns its eventId. */
    static String produceEvent(String victim, String keyword, long count) throws Exception {
        return produceEvent(victim, keyword, count, null);
    }

    /** The same, with this W3C {@code traceparent} header on the record (none when null). */
    static String produceEvent(String victim, String keyword, long count, String traceparent) throws Exception {
        String eventId = "ev-" + UUID.randomUUID();
        ExtractedEvent event = new ExtractedEvent(1, eventId, "art-" + eventId, EventType.KILLED, victim, null, count,
                null, Qualifier.AT_LEAST, null, false, null, "Idlib", null, LocalDate.of(2020, 2, 27), null,
                "At least " + count + " Turkish soldiers were killed " + keyword, 0, 40, "test", 0.9, "Title", "https://x.org/a",
                "X", null);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.EVENTS, null, PUBLISHED.toEpochMilli(),
                    eventId, Json.bytes(event));
            if (traceparent != null) {
                record.headers().add(TraceHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
        return eventId;
    }

    /** Waits until GET /alerts shows exactly one alert of the subscription; returns its id. */
    static String awaitAlert(String subscriptionId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> given()
                .queryParam("subscription", subscriptionId).when().get("/alerts").then().statusCode(200)
                .extract().<List<String>>path("alertId"), list -> list.size() == 1).get(0);
    }

    @Test
    void aSilencedAlertIsKeptMarkedMutedAndCanBeAcknowledged() throws Exception {
        String keyword = id();
        String id = create("{\"name\":\"silenced\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}");
        writer().contentType(ContentType.JSON).body("{\"matchers\":[{\"name\":\"subscription\"}],"
                + "\"endsAt\":\"2999-01-01T00:00:00Z\"}").when().post("/silences")
                .then().statusCode(400).body("field", equalTo("matchers[0].value"));
        writer().contentType(ContentType.JSON).body("{\"matchers\":[{\"name\":\"subscription\",\"value\":\"" + id
                + "\"}],\"endsAt\":\"2020-01-01T00:00:00Z\"}").when().post("/silences")
                .then().statusCode(400).body("field", equalTo("endsAt"));
        String silenceId = writer().contentType(ContentType.JSON).body("{\"matchers\":[{\"name\":\"subscription\","
                + "\"value\":\"" + id + "\"}],\"endsAt\":\"2999-01-01T00:00:00Z\",\"createdBy\":\"test\"}")
                .when().post("/silences").then().statusCode(201).extract().path("id");
        given().when().get("/silences").then().statusCode(200).body("id", hasItem(silenceId));

        produceEvent("TURMIL", keyword);
        String alertId = awaitAlert(id);
        given().when().get("/alerts/" + alertId).then().statusCode(200)
                .body("muted", equalTo(true)).body("silenceId", equalTo(silenceId));

        writer().contentType(ContentType.JSON).body("{\"by\":\"analyst-1\"}").when().post("/alerts/nope/ack")
                .then().statusCode(404);
        // who acknowledged is the authenticated principal, not what the body claims
        writer().contentType(ContentType.JSON).body("{\"by\":\"analyst-1\"}").when().post("/alerts/" + alertId + "/ack")
                .then().statusCode(200).body("acknowledgedBy", equalTo("test-admin"));
        given().queryParam("subscription", id).when().get("/alerts").then()
                .body("[0].acknowledgedBy", equalTo("test-admin")).body("[0].acknowledgedAt", notNullValue());
        writer().when().delete("/silences/" + silenceId).then().statusCode(204);
        given().when().get("/silences").then().statusCode(200).body("id", not(hasItem(silenceId)));
    }

    private static String id() {
        return "kw" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The lines of the first SSE event that has an id. */
    static List<String> readEvent(InputStream body) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (lines.stream().anyMatch(l -> l.startsWith("id:"))) {
                        return lines;
                    }
                    lines.clear();
                } else {
                    lines.add(line.replaceFirst("^(id|data|event): ", "$1:"));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first record with this key on the topic (committed records only). */
    static ConsumerRecord<String, byte[]> findRecord(String topic, String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "alert-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        mine.add(r);
                    }
                });
                return !mine.isEmpty();
            });
            return mine.get(0);
        }
    }
}
