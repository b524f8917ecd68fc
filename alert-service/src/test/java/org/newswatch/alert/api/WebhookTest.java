package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.WebhookSignature;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** Webhooks against a local HTTP receiver that checks the HMAC signature and fails at first. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WebhookTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    record Delivery(String deliveryId, String webhookId, String timestamp, String signature, byte[] body) {

        /** Whether a receiver holding these secrets accepts it (Standard Webhooks, five minutes' tolerance). */
        boolean signedWith(String... secrets) {
            return WebhookSignature.verify(List.of(secrets), webhookId, timestamp, signature, body,
                    Instant.now().getEpochSecond(), WebhookSignature.DEFAULT_TOLERANCE_SECONDS);
        }
    }

    HttpServer server;
    final List<Delivery> received = new CopyOnWriteArrayList<>();
    final CountDownLatch slowReleased = new CountDownLatch(1);
    final CountDownLatch slowArrived = new CountDownLatch(1);
    final AtomicInteger flaky = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(read(exchange));
            answer(exchange, flaky.incrementAndGet() <= 2 ? 503 : 204);
        });
        server.createContext("/slow", exchange -> {
            received.add(read(exchange));
            slowArrived.countDown();
            try {
                slowReleased.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 204);
        });
        server.createContext("/dead", exchange -> {
            read(exchange);
            answer(exchange, 500);
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        slowReleased.countDown();
        server.stop(0);
    }

    static Delivery read(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        return new Delivery(exchange.getRequestHeaders().getFirst(WebhookNotifier.DELIVERY_HEADER),
                exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER),
                exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body);
    }

    static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void privateAndMalformedWebhookUrlsAreRefused() {
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"webhooks\":[{\"url\":\"http://10.1.2.3/x\"}]}",
                "webhooks[0].url");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"webhooks\":[{\"url\":\"ftp://example.org/x\"}]}",
                "webhooks[0].url");
        for (String internal : List.of("http://169.254.169.254/latest/meta-data/", "http://[::1]:8083/x", "http://0.0.0.0:9092/",
                "http://[64:ff9b::7f00:1]/x", "http://198.18.0.1/x", "http://240.0.0.1/x", "http://[2002:7f00:1::1]/x")) {
            AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"webhooks\":[{\"url\":\"" + internal
                    + "\"}]}", "webhooks[0].url");
        }
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"webhooks\":[{\"url\":\""
                + url("/hook") + "\",\"timeoutMs\":0}]}", "webhooks[0].timeoutMs");
    }

    @Test
    void aSignedWebhookIsRetriedAfterTwo503sAndAFailingOneIsDeadLettered() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body("{\"name\":\"hooked\","
                + "\"filter\":{\"keywords\":[\"" + keyword + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},"
                + "\"webhooks\":[{\"url\":\"" + url("/hook") + "\",\"timeoutMs\":2000}]}")
                .when().post("/subscriptions").then().statusCode(201).extract();
        String id = created.path("id");
        String secret = created.path("webhookSecret");
        assertTrue(secret.startsWith("whsec_"), "the secret is shown once, on creation");
        String shown = given().when().get("/subscriptions/" + id).then()
                .body("webhooks[0].url", equalTo(url("/…"))).extract().asString();
        assertFalse(shown.contains(secret.substring(6)) || shown.contains("webhookSecret"), shown);
        assertFalse(given().when().get("/subscriptions").then().extract().asString().contains(secret.substring(6)));
        AlertServiceTest.produceEvent("TURMIL", keyword);
        String alertId = AlertServiceTest.awaitAlert(id);

        await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= 3);
        assertEquals(3, received.size(), "two 503s, then success, then no more");
        for (Delivery d : received) {
            assertTrue(d.signedWith(secret), "signature " + d.signature());
            assertFalse(d.signedWith(WebhookSignature.newSecret()));
            assertEquals(alertId, d.deliveryId());
            assertEquals(alertId, d.webhookId(), "the delivery id is the signed webhook-id");
        }
        assertEquals(alertId, Json.read(received.get(2).body(), Alert.class).alertId());

        String deadKeyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String deadId = AlertServiceTest.create("{\"name\":\"dead\",\"filter\":{\"keywords\":[\"" + deadKeyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"webhooks\":[{\"url\":\"" + url("/dead")
                + "\"}]}");
        AlertServiceTest.produceEvent("TURMIL", deadKeyword);
        String deadAlertId = AlertServiceTest.awaitAlert(deadId);
        ConsumerRecord<String, byte[]> dead = AlertServiceTest.findRecord(InternalTopics.WEBHOOKS_DLQ, deadAlertId);
        String reason = CloudEvents.header(dead.headers(), Topics.DEAD_LETTER_REASON_HEADER);
        assertTrue(reason.startsWith("HTTP 500 on attempt 4"), reason);
        assertEquals(url("/dead"), CloudEvents.header(dead.headers(), WebhookNotifier.URL_HEADER));
        assertEquals(deadAlertId, Json.read(dead.value(), Alert.class).alertId());
    }

    @Test
    void aRotatedSecretSignsAtOnceAndThePreviousOneStillSignsDuringTheOverlap() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String body = "{\"name\":\"rotated\",\"filter\":{\"keywords\":[\"" + keyword + "\"]},\"rule\":{\"kind\":"
                + "\"threshold\",\"minCount\":5},\"webhooks\":[{\"url\":\"" + url("/hook") + "\"}]}";
        String id = "rot-" + UUID.randomUUID();
        String first = given().contentType(ContentType.JSON).body(body).when().put("/subscriptions/" + id)
                .then().statusCode(201).extract().path("webhookSecret");
        String replaced = given().contentType(ContentType.JSON).body(body).when().put("/subscriptions/" + id)
                .then().statusCode(200).extract().asString();
        assertFalse(replaced.contains("webhookSecret"), "replacing keeps the secret and does not show it");

        ExtractableResponse<Response> rotated = given().when().post("/subscriptions/" + id + "/secret/rotate")
                .then().statusCode(200).body("id", equalTo(id)).extract();
        String second = rotated.path("webhookSecret");
        assertTrue(second.startsWith("whsec_") && !second.equals(first));
        assertTrue(Instant.parse(rotated.path("previousSecretValidUntil")).isAfter(Instant.now().plusSeconds(3600)));
        TestCredentials.everyRequestWith(null);
        given().header(TestCredentials.HEADER, TestCredentials.ALICE).when().post("/subscriptions/" + id + "/secret/rotate")
                .then().statusCode(404); // not the owner
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);

        flaky.set(10); // no 503s: one delivery
        AlertServiceTest.produceEvent("TURMIL", keyword);
        String alertId = AlertServiceTest.awaitAlert(id);
        await().atMost(Duration.ofSeconds(60)).until(() -> received.stream().anyMatch(d -> alertId.equals(d.deliveryId())));
        Delivery d = received.stream().filter(r -> alertId.equals(r.deliveryId())).findFirst().orElseThrow();
        assertTrue(d.signedWith(second), "the new secret signs");
        assertTrue(d.signedWith(first), "the previous secret still signs during the overlap");
        assertEquals(2, d.signature().split(" ").length);
    }

    @Test
    void aSlowReceiverDelaysOnlyItsOwnAlerts() throws Exception {
        String slowKeyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String fastKeyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String slow = AlertServiceTest.create("{\"name\":\"slow\",\"filter\":{\"keywords\":[\"" + slowKeyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"webhooks\":[{\"url\":\"" + url("/slow")
                + "\",\"timeoutMs\":60000}]}");
        String fast = AlertServiceTest.create("{\"name\":\"fast\",\"filter\":{\"keywords\":[\"" + fastKeyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"webhooks\":[{\"url\":\"" + url("/hook")
                + "\"}]}");
        flaky.set(10); // the fast receiver answers 204 at once
        AlertServiceTest.produceEvent("TURMIL", slowKeyword);
        String slowAlert = AlertServiceTest.awaitAlert(slow);
        assertTrue(slowArrived.await(60, TimeUnit.SECONDS), "the slow receiver got its alert and holds it");

        AlertServiceTest.produceEvent("TURMIL", fastKeyword);
        String fastAlert = AlertServiceTest.awaitAlert(fast);
        await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().anyMatch(d -> fastAlert.equals(d.deliveryId())));
        assertEquals(1, slowReleased.getCount(), "delivered while the slow receiver still holds its request");

        slowReleased.countDown();
        assertEquals(1, received.stream().filter(d -> slowAlert.equals(d.deliveryId())).count());
    }
}
