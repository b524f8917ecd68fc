package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Alert;
import org.newswatch.cli.bench.ReplayBench;
import org.newswatch.cli.bench.WebhookReceiver;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;

/**
 * The whole system as separate processes: the local Kafka broker and the three packaged services. Posts
 * the five seeds through ingest, expects the alerts an analyst would, then posts them again and expects
 * no new alert.
 */
class PipelineIT {

    @TempDir
    static Path data;

    private static Stack stack;
    private static PipelineClient client;
    /** Open until the end: a subscription's receiver that went away would be retried while the other test drains. */
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startStack() throws IOException {
        PrintStream log = new PrintStream(Files.newOutputStream(data.resolve("stack.log")), true, StandardCharsets.UTF_8);
        stack = Stack.start(Main.home(), data, Stack.Ports.free(), log);
        client = PipelineClient.of(stack);
        receiver = new WebhookReceiver();
        for (String subscription : Demo.DEFAULT_SUBSCRIPTIONS.values()) {
            assertEquals(201, client.createSubscription(subscription).status());
        }
    }

    @AfterAll
    static void stopStack() {
        if (client != null) {
            client.close();
        }
        if (stack != null) {
            stack.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void seedsRaiseTheExpectedAlertsOnceEvenWhenPostedTwice() throws IOException {
        List<Path> seeds = Demo.seeds(Main.home().resolve("seeds"));
        assertEquals(5, seeds.size());
        for (Path seed : seeds) {
            PipelineClient.Answer answer = client.postArticle(Files.readString(seed));
            assertEquals(202, answer.status(), answer.body());
        }

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Alert> alerts = client.readAlerts();
            assertTrue(alerts.stream().anyMatch(a -> killed(a, "SYRMIL", 51) && a.subscriptionName().equals("Military deaths")),
                    "51 Syrian soldiers killed: " + summaries(alerts));
            assertTrue(alerts.stream().anyMatch(a -> killed(a, "TURMIL", 22)
                    && a.subscriptionName().equals("Turkish troop deaths")), "22 Turkish soldiers killed: " + summaries(alerts));
            assertTrue(alerts.stream().anyMatch(a -> killed(a, "TURMIL", 22)
                    && a.subscriptionName().equals("Military deaths")), "22 Turkish soldiers killed: " + summaries(alerts));
        });
        client.awaitIdle(Duration.ofMinutes(2), Duration.ofSeconds(2));
        Set<String> firstRound = alertIds(client.readAlerts());

        for (Path seed : seeds) {
            PipelineClient.Answer answer = client.postArticle(Files.readString(seed));
            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.body().contains("duplicate"), answer.body());
        }
        // A fresh article posted after the duplicates: once its alert is out, anything the duplicates
        // could have caused is out too (one partition per topic keeps the order).
        String sentinel = " date 2019-11-02 At least 53 Malian soldiers were killed on Friday in an attack on an army post "
                + "in Indelimane, in the Menaka region, the government said.";
        assertEquals(202, client.postArticle(sentinel).status());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.readAlerts().stream().anyMatch(a -> killed(a, "MLIMIL", 53)));
        client.awaitIdle(Duration.ofMinutes(2), Duration.ofSeconds(2));

        Set<String> secondRound = alertIds(client.readAlerts());
        secondRound.removeAll(firstRound);
        List<Alert> sentinelAlerts = client.readAlerts().stream().filter(a -> killed(a, "MLIMIL", 53)).toList();
        assertEquals(alertIds(sentinelAlerts), secondRound, "only the fresh article raised new alerts");
    }

    /**
     * Issue 12's trace: the trace id of a {@code POST /articles} (read from the article record's {@code traceparent})
     * is on the article's event record, on its alert record and on the webhook request that delivers the alert, across
     * the three packaged services and a real broker (exporter off: the ids travel, no span is exported).
     */
    @Test
    void aTraceIdFromPostArticlesReachesTheAlertRecordAndTheWebhookRequest() throws Exception {
        PipelineClient.Answer created = client.createSubscription("{\"name\":\"traced\",\"filter\":{\"victims\":"
                + "[\"MLIMIL\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"webhooks\":[{\"url\":\""
                + receiver.url() + "\"}]}");
        assertEquals(201, created.status(), created.body());
        String subscription = Json.MAPPER.readTree(created.body()).path("id").asText();
        PipelineClient.Answer posted = client.postArticle(" date 2019-03-17 At least 23 Malian soldiers were killed"
                + " on Sunday in an attack on an army camp in Dioura, in the Mopti region, the army said.");
        assertEquals(202, posted.status(), posted.body());
        String articleId = Json.MAPPER.readTree(posted.body()).path("id").asText();

        String traceId = TraceHeaders.traceId(awaitRecord(Topics.ARTICLES, r -> articleId.equals(r.key())).headers())
                .orElseThrow(() -> new AssertionError("the article record has no traceparent"));
        ConsumerRecord<String, String> event = awaitRecord(Topics.EVENTS,
                r -> articleId.equals(Json.read(r.value(), ExtractedEvent.class).article()));
        assertEquals(Optional.of(traceId), TraceHeaders.traceId(event.headers()), "the event record");
        ConsumerRecord<String, String> alert = awaitRecord(Topics.ALERTS, r -> subscription.equals(r.key()));
        assertEquals(Optional.of(traceId), TraceHeaders.traceId(alert.headers()), "the alert record");
        String alertId = Json.read(alert.value(), Alert.class).alertId();
        WebhookReceiver.Delivery delivery = await().atMost(Duration.ofMinutes(2)).until(() -> receiver.deliveries()
                .values().stream().filter(d -> alertId.equals(d.alert().alertId())).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertEquals(Optional.of(traceId), TraceHeaders.traceIdOf(delivery.traceparent()), "the webhook request");
    }

    /**
     * Issue 14: the seeds replayed into a namespace with copies of the live subscriptions (the demo's and one with a
     * webhook) give the demo's alerts on the namespace's alerts topic, through the same services; the live alerts topic
     * and the live webhook get nothing; deleting the namespace removes its topics, groups and the alert topology's
     * local state.
     */
    @Test
    void aReplayIntoANamespaceFiresItsAlertsThereAndNowhereElse() throws Exception {
        String ns = "it-replay";
        try (WebhookReceiver probe = new WebhookReceiver()) {
            assertEquals(201, client.putSubscription("namespace-probe", "{\"name\":\"Namespace probe\",\"filter\":"
                    + "{\"types\":[\"KILLED\"],\"victims\":[\"TURMIL\"]},\"rule\":{\"kind\":\"threshold\","
                    + "\"minCount\":5},\"includeReplays\":true,\"webhooks\":[{\"url\":\"" + probe.url() + "\"}]}").status());
            List<ConsumerRecord<String, String>> liveBefore = client.readTopic(Topics.ALERTS);

            JsonNode status = client.replay(Main.home().resolve("seeds"), Map.of("namespace", ns), Duration.ofMinutes(3));
            assertEquals("completed", status.path("state").asText(), status.toString());
            assertEquals("done", status.path("pipeline").path("state").asText(), status.toString());
            assertEquals(ns + "." + Topics.ARTICLES, status.path("topic").asText());

            List<Alert> alerts = client.readTopic(ns + "." + Topics.ALERTS).stream()
                    .map(r -> Json.read(r.value(), Alert.class)).toList();
            assertTrue(alerts.stream().anyMatch(a -> killed(a, "SYRMIL", 51) && a.subscriptionName().equals("Military deaths")),
                    "51 Syrian soldiers killed: " + summaries(alerts));
            assertTrue(alerts.stream().anyMatch(a -> killed(a, "TURMIL", 22)
                    && a.subscriptionName().equals("Turkish troop deaths")), "22 Turkish soldiers killed: " + summaries(alerts));
            assertTrue(alerts.stream().anyMatch(a -> killed(a, "TURMIL", 22) && a.subscriptionId().equals("namespace-probe")),
                    "the copy of the webhook subscription fires in the namespace: " + summaries(alerts));
            Set<String> reported = new java.util.HashSet<>();
            status.path("pipeline").path("alerts").forEach(a -> reported.add(a.path("alertId").asText()));
            assertEquals(alertIds(alerts), reported, "GET /replays/{id} lists the namespace's alerts");

            assertEquals(liveBefore.stream().map(ConsumerRecord::value).toList(),
                    client.readTopic(Topics.ALERTS).stream().map(ConsumerRecord::value).toList(), "the live alerts topic");
            assertEquals(0, probe.requests(), "the live webhook");

            JsonNode listed = Json.MAPPER.readTree(client.namespaces().body());
            assertTrue(listed.toString().contains("\"" + ns + "." + Topics.ALERTS + "\""), listed.toString());
            assertTrue(client.groups().contains(ns + ".extract-service"), client.groups().toString());
            Path state = data.resolve("streams").resolve(Stack.Service.ALERT.module()).resolve(ns + ".alert-service");
            assertTrue(Files.isDirectory(state), "the namespace's alert topology keeps its state in " + state);

            PipelineClient.Answer deleted = client.deleteNamespace(ns);
            assertEquals(200, deleted.status(), deleted.body());
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                assertEquals(List.of(), client.topics().stream().filter(t -> t.startsWith(ns + ".")).toList(), "topics");
                assertEquals(List.of(), client.groups().stream().filter(g -> g.startsWith(ns + ".")).toList(), "groups");
            });
            assertFalse(Files.exists(state), "the namespace's local state");
            assertFalse(client.namespaces().body().contains(ns), "the namespace is no longer listed");
            assertEquals(404, client.deleteNamespace(ns).status());
        } finally {
            client.deleteSubscription("namespace-probe");
        }
    }

    /**
     * Issue 14's streaming archive, small enough for every build (`newswatch bench-replay` runs a million): 45,000
     * generated articles in four gzipped JSON Lines files, their times shuffled across and within the files, replayed
     * into a topic no service reads; all of them are on it in event-time order (the run size of the ingest service's
     * merge sort is 20,000, so the archive is merged from two runs on disk and the last buffer).
     */
    @Test
    void aShuffledGzippedArchiveIsReplayedInEventTimeOrder() {
        int articles = 45_000;
        String archive = ReplayBench.generate(stack.archives(), articles, 4, 11);
        ReplayBench.Result result = ReplayBench.replay(client, stack.bootstrapServers(), archive, Duration.ofMinutes(5));
        assertEquals(articles, result.published(), result.toString());
        assertEquals(0, result.errors(), result.toString());
        assertEquals(articles, result.records(), result.toString());
        assertEquals(0, result.outOfOrder(), result.toString());
    }

    /** Issue 14: each packaged service serves the AsyncAPI document and the schemas it names, without a key. */
    @Test
    void everyServiceServesTheAsyncApiDocumentAndItsSchemas() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (Stack.Service service : Stack.Service.values()) {
            for (String path : List.of("/asyncapi/asyncapi.yaml", "/asyncapi/schemas/alert-v1.schema.json")) {
                java.net.http.HttpResponse<String> answer = http.send(java.net.http.HttpRequest.newBuilder(
                        stack.url(service).resolve(path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), service + path);
                assertTrue(answer.body().contains(path.endsWith(".yaml") ? "asyncapi: 3.0.0" : "Alert v1"), service + path);
            }
        }
    }

    private static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match) {
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.readTopic(topic).stream().filter(match).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static boolean killed(Alert alert, String victim, long count) {
        return alert.eventType() == EventType.KILLED && victim.equals(alert.victim())
                && alert.count() != null && alert.count() == count;
    }

    private static Set<String> alertIds(List<Alert> alerts) {
        return alerts.stream().map(Alert::alertId).collect(Collectors.toSet());
    }

    private static List<String> summaries(List<Alert> alerts) {
        return alerts.stream().map(a -> a.subscriptionName() + ": " + a.summary()).toList();
    }
}
