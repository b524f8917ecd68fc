package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.notify.ChatNotifier;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * The chat channels against a local HTTP receiver per chat service that answers 400 (as the services do) unless the body
 * has the shape that service reads; retried after a 503, dead-lettered after the last 500; URLs under the address
 * policy; a subscription's template in the message.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChatTest {

    HttpServer server;
    /** Accepted bodies by receiver path. */
    final Map<String, CopyOnWriteArrayList<JsonNode>> accepted = new ConcurrentHashMap<>();
    final CopyOnWriteArrayList<String> refused = new CopyOnWriteArrayList<>();
    final AtomicInteger flaky = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver("/slack", ChatTest::slackShape);
        receiver("/teams", ChatTest::teamsShape);
        receiver("/mattermost", b -> b.path("text").isTextual() && b.path("username").isTextual() ? null : "no text");
        receiver("/generic", b -> b.path("victim").isTextual() && b.path("link").isTextual() ? null : "not the template");
        server.createContext("/dead", exchange -> WebhookTest.answer(exchange, 500));
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A receiver that answers 503 to its first attempt, then 400 naming what is wrong, or 200 and keeps the body. */
    void receiver(String path, Function<JsonNode, String> shape) {
        server.createContext(path, exchange -> {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestHeaders().getFirst(WebhookNotifier.DELIVERY_HEADER) == null
                    || !"application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                refused.add(path + ": headers");
                WebhookTest.answer(exchange, 400);
                return;
            }
            if (path.equals("/slack") && flaky.getAndIncrement() == 0) {
                WebhookTest.answer(exchange, 503);
                return;
            }
            String problem;
            JsonNode body = null;
            try {
                body = Json.MAPPER.readTree(new String(raw, StandardCharsets.UTF_8));
                problem = shape.apply(body);
            } catch (IOException e) {
                problem = "not JSON: " + e.getMessage();
            }
            if (problem != null) {
                refused.add(path + ": " + problem);
                WebhookTest.answer(exchange, 400);
                return;
            }
            accepted.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(body);
            WebhookTest.answer(exchange, 200);
        });
    }

    /** Slack's incoming webhook: a text fallback, and blocks of known types with mrkdwn or plain_text. */
    static String slackShape(JsonNode b) {
        if (!b.path("text").isTextual() || !b.path("blocks").isArray() || b.get("blocks").isEmpty()) {
            return "needs text and blocks";
        }
        for (JsonNode block : b.get("blocks")) {
            String type = block.path("type").asText();
            if (type.equals("section")) {
                if (!block.at("/text/type").asText().equals("mrkdwn") || !block.at("/text/text").isTextual()) {
                    return "a section needs mrkdwn text";
                }
            } else if (type.equals("actions")) {
                for (JsonNode e : block.path("elements")) {
                    if (!e.path("type").asText().equals("button") || !e.at("/text/type").asText().equals("plain_text")
                            || !e.path("url").asText().startsWith("https://")) {
                        return "a button needs plain_text and a URL";
                    }
                }
            } else {
                return "unknown block " + type;
            }
        }
        return null;
    }

    /** Teams Workflows: a message with one Adaptive Card attachment whose body holds TextBlocks and FactSets. */
    static String teamsShape(JsonNode b) {
        JsonNode attachment = b.at("/attachments/0");
        if (!b.path("type").asText().equals("message") || !attachment.path("contentType").asText()
                .equals("application/vnd.microsoft.card.adaptive")) {
            return "not a message with an adaptive card";
        }
        JsonNode card = attachment.path("content");
        if (!card.path("type").asText().equals("AdaptiveCard") || card.path("version").asText().isEmpty()
                || !card.path("body").isArray()) {
            return "not an AdaptiveCard";
        }
        for (JsonNode element : card.get("body")) {
            String type = element.path("type").asText();
            if (!(type.equals("TextBlock") && element.path("text").isTextual() || type.equals("FactSet")
                    && element.path("facts").isArray())) {
                return "unknown element " + type;
            }
        }
        return null;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void chatUrlsKindsAndTemplatesAreValidated() {
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"chats\":[{\"kind\":\"slack\",\"url\":"
                + "\"http://10.1.2.3/hooks/x\"}]}", "chats[0].url");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"chats\":[{\"kind\":\"slack\",\"url\":"
                + "\"http://169.254.169.254/latest/meta-data/\"}]}", "chats[0].url");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"chats\":[{\"kind\":\"irc\",\"url\":\""
                + url("/slack") + "\"}]}", "chats[0].kind");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"templates\":{\"slack\":\"{#if x}\"}}",
                "templates.slack");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"templates\":{\"slack\":\"{alert.nope}\"}}",
                "templates.slack");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"templates\":{\"sms\":\"hi\"}}",
                "templates.sms");
    }

    @Test
    void eachChatServiceGetsAReadableMessageInItsShapeAndAFailingOneIsDeadLettered() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String id = AlertServiceTest.create("{\"name\":\"chats " + keyword + "\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"chats\":["
                + "{\"kind\":\"slack\",\"url\":\"" + url("/slack") + "\"},"
                + "{\"kind\":\"teams\",\"url\":\"" + url("/teams") + "\"},"
                + "{\"kind\":\"mattermost\",\"url\":\"" + url("/mattermost") + "\"},"
                + "{\"kind\":\"webhook\",\"url\":\"" + url("/generic") + "\",\"timeoutMs\":3000},"
                + "{\"kind\":\"slack\",\"url\":\"" + url("/dead") + "\"}],"
                + "\"templates\":{\"mattermost\":\"{alert.victim} in {alert.place}: {alert.count} ({alert.subscription})\"}}");
        given().when().get("/subscriptions/" + id).then().body("chats[0].url", equalTo(url("/…")))
                .body("chats[0].kind", equalTo("slack")).body("templates.mattermost", equalTo(
                        "{alert.victim} in {alert.place}: {alert.count} ({alert.subscription})"));
        AlertServiceTest.produceEvent("TURMIL", keyword);
        String alertId = AlertServiceTest.awaitAlert(id);

        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.keySet().containsAll(
                java.util.List.of("/slack", "/teams", "/mattermost", "/generic")));
        assertEquals(java.util.List.of(), refused, "every body had the shape its service reads");
        assertEquals(2, flaky.get(), "Slack's 503 was retried once");
        String link = "https://desk.example.org/#/alerts/" + alertId;

        JsonNode slack = accepted.get("/slack").get(0);
        assertEquals("At least 22 Turkish military killed in Idlib", slack.get("text").asText());
        assertTrue(slack.at("/blocks/0/text/text").asText().contains("> At least 22 Turkish soldiers were killed "
                + keyword), slack.toString());
        assertEquals(link, slack.at("/blocks/1/elements/0/url").asText());

        JsonNode card = accepted.get("/teams").get(0).at("/attachments/0/content");
        assertEquals("At least 22 Turkish military killed in Idlib", card.at("/body/0/text").asText());
        assertEquals(link, card.at("/actions/0/url").asText());

        assertEquals("Turkish military in Idlib: at least 22 (chats " + keyword + ")",
                accepted.get("/mattermost").get(0).get("text").asText(), "the subscription's own template");

        JsonNode generic = accepted.get("/generic").get(0);
        assertEquals(alertId, generic.get("alertId").asText());
        assertEquals("Turkish military", generic.get("victim").asText());
        assertEquals(link, generic.get("link").asText());

        ConsumerRecord<String, byte[]> dead = AlertServiceTest.findRecord(InternalTopics.CHAT_DLQ, alertId);
        assertNotNull(dead);
        String reason = CloudEvents.header(dead.headers(), Topics.DEAD_LETTER_REASON_HEADER);
        assertTrue(reason.startsWith("HTTP 500 on attempt 4"), reason);
        assertEquals(url("/dead"), CloudEvents.header(dead.headers(), ChatNotifier.URL_HEADER));
        assertEquals(alertId, Json.read(dead.value(), Alert.class).alertId());
        assertEquals(1, accepted.get("/slack").size(), "one message per alert");
    }

    @Test
    void aGroupedSubscriptionGetsOneMessageForAlertsThatComeTogether() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String name = "grouped " + keyword;
        String id = AlertServiceTest.create("{\"name\":\"" + name + "\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"chats\":["
                + "{\"kind\":\"mattermost\",\"url\":\"" + url("/mattermost") + "\"}],"
                + "\"emails\":[\"grouped@example.org\"],"
                + "\"grouping\":{\"groupWait\":\"PT3S\",\"groupInterval\":\"PT1H\"}}");
        given().when().get("/subscriptions/" + id).then().body("grouping.groupWait", equalTo("PT3S"));
        AlertServiceTest.produceEvent("TURMIL", keyword, 22);
        AlertServiceTest.produceEvent("SYRMIL", keyword, 51);
        await().atMost(Duration.ofSeconds(60)).until(() -> accepted.containsKey("/mattermost"));
        String text = accepted.get("/mattermost").get(0).get("text").asText();
        assertTrue(text.contains("At least 22 Turkish military killed") && text.contains("At least 51 Syrian military"
                + " killed"), "both alerts in one message: " + text);
        await().atMost(Duration.ofSeconds(60)).until(() -> !EmailTest.mailsFor(name).isEmpty());
        assertEquals("[NewsWatch] " + name + ": 2 alerts", EmailTest.mailsFor(name).get(0).getSubject());
        assertEquals(1, accepted.get("/mattermost").size());
        assertEquals(java.util.List.of(), refused);
    }

    @Test
    void badGroupingsAreNamed() {
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"grouping\":{\"groupWait\":\"5m\"}}",
                "grouping.groupWait");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"grouping\":{\"dailyDigestAt\":"
                + "\"25:00\"}}", "grouping.dailyDigestAt");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"grouping\":{\"groupInterval\":"
                + "\"P30D\"}}", "grouping.groupInterval");
    }
}
