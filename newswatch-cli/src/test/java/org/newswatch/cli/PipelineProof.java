package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.newswatch.cli.bench.ArticleGenerator;
import org.newswatch.cli.bench.Feeder;
import org.newswatch.cli.bench.WebhookReceiver;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;

/**
 * What the fault and scale-out tests share: a stack of real processes, a subscription whose webhook is a local
 * signature-checking receiver, generated articles flowing at a fixed rate, and the end-to-end checks: every
 * article answered 202 reached the events topic, every alert due is on the alerts topic exactly once (one alertId
 * per article, one "new" record per alertId, with the article's figure) and reached the webhook at least once,
 * and no dead-letter topic holds a record of this run.
 */
final class PipelineProof implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final List<String> DEAD_LETTER_TOPICS = List.of(Topics.ARTICLES_DLQ, Topics.EVENTS_DLQ, "alert-webhooks-dlq");

    final Stack stack;
    final PipelineClient client;
    final WebhookReceiver receiver;
    final ArticleGenerator generator;
    final Feeder feeder;
    final String subscriptionId;
    private final PrintStream log;

    private PipelineProof(Stack stack, PrintStream log) {
        this.stack = stack;
        this.log = log;
        this.client = PipelineClient.of(stack);
        this.receiver = new WebhookReceiver();
        this.generator = new ArticleGenerator(Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        this.feeder = new Feeder(stack.url(Stack.Service.INGEST), stack.keys().admin(), generator);
        PipelineClient.Answer created = client.createSubscription(
                ArticleGenerator.subscription("proof " + generator.runId(), receiver.url(), 2000));
        assertEquals(201, created.status(), created.body());
        try {
            this.subscriptionId = Json.MAPPER.readTree(created.body()).path("id").asText();
            // the subscription's own secret, shown once in the create answer: every delivery must verify under it
            receiver.verifyWith(Json.MAPPER.readTree(created.body()).path("webhookSecret").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stack options for these tests: webhooks to 127.0.0.1 allowed (as in every local stack), retried often enough (every 0.2 s
     * doubling to at most 2 s, 200 attempts) to outlast a receiver outage, apps copied so a concurrent rebuild
     * cannot disturb a restart.
     */
    static Stack.Options options() {
        return Stack.Options.defaults().snapshotApps(true)
                .env(Stack.Service.ALERT, "ALERT_WEBHOOK_MAX_ATTEMPTS", "200")
                .env(Stack.Service.ALERT, "ALERT_WEBHOOK_BACKOFF", "PT0.2S")
                .env(Stack.Service.ALERT, "ALERT_WEBHOOK_MAX_BACKOFF", "PT2S");
    }

    /** Starts a stack in {@code data} (logs under data/logs, the stack's own lines in data/stack.log). */
    static PipelineProof start(Path data, Stack.Options options) {
        PrintStream log;
        try {
            log = new PrintStream(Files.newOutputStream(data.resolve("stack.log")), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Stack stack = Stack.start(Main.home(), data, Stack.Ports.free(), log, options);
        try {
            return new PipelineProof(stack, log);
        } catch (RuntimeException | AssertionError e) {
            stack.close();
            throw e;
        }
    }

    /** Waits until {@code more} further articles have been answered 202. */
    void awaitAccepted(int more) {
        int target = feeder.accepted().size() + more;
        await().atMost(PATIENCE).until(() -> feeder.accepted().size() >= target);
    }

    /** Waits until {@code more} further articles have been sent (whatever the answers). */
    void awaitSent(int more) {
        long target = feeder.sent() + more;
        await().atMost(PATIENCE).until(() -> feeder.sent() >= target);
    }

    void note(String line) {
        log.println(line);
        System.out.println(line);
    }

    /** Stops the articles and runs every end-to-end check. */
    void verify() {
        feeder.stop();
        assertTrue(feeder.awaitAnswers(Duration.ofMinutes(2)), "every POST answered or failed");
        List<Feeder.Accepted> accepted = feeder.accepted();
        note("run " + generator.runId() + ": sent " + feeder.sent() + ", answers " + feeder.outcomes());
        assertFalse(accepted.isEmpty());
        Map<String, Feeder.Accepted> byId = new HashMap<>();
        accepted.forEach(a -> byId.put(a.articleId(), a));

        // 1. Every article answered 202 reached the events topic (each generated text yields events).
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Set<String> missing = new HashSet<>(byId.keySet());
            client.readEvents().stream().map(ExtractedEvent::article).forEach(missing::remove);
            assertEquals(Set.of(), missing, "accepted articles without events");
        });

        // 2. Every alert due is on the alerts topic exactly once.
        Set<String> due = accepted.stream().filter(a -> a.article().alerts()).map(Feeder.Accepted::articleId)
                .collect(Collectors.toSet());
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Set<String> missing = new HashSet<>(due);
            mine(client.readAlerts()).forEach(a -> missing.remove(firstArticle(a)));
            assertEquals(Set.of(), missing, "articles whose alert is missing");
        });
        client.awaitIdle(PATIENCE, Duration.ofSeconds(3));
        List<Alert> alerts = mine(client.readAlerts());
        Map<String, List<Alert>> announcements = alerts.stream().filter(a -> !a.isUpdate())
                .collect(Collectors.groupingBy(Alert::alertId));
        announcements.forEach((alertId, records) ->
                assertEquals(1, records.size(), "alert " + alertId + " announced " + records.size() + " times"));
        Map<String, Set<String>> alertIdsByArticle = new HashMap<>();
        alerts.forEach(a -> alertIdsByArticle.computeIfAbsent(firstArticle(a), k -> new HashSet<>()).add(a.alertId()));
        Set<String> expectedAlertIds = new HashSet<>();
        for (Feeder.Accepted a : accepted) {
            Set<String> ids = alertIdsByArticle.getOrDefault(a.articleId(), Set.of());
            if (!a.article().alerts()) {
                assertEquals(Set.of(), ids, "no alert is due for " + a.article().text());
                continue;
            }
            assertEquals(1, ids.size(), "one alert for " + a.article().text() + ": " + ids);
            Alert alert = announcements.get(ids.iterator().next()).get(0);
            assertEquals(a.article().count(), alert.count(), alert.summary());
            assertEquals(a.article().kind().victim, alert.victim(), alert.summary());
            expectedAlertIds.add(alert.alertId());
        }

        // 3. ... and reached the webhook at least once (deduplicated by delivery id, counted by alert id).
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> missing = new HashSet<>(expectedAlertIds);
            receiver.deliveries().values().forEach(d -> missing.remove(d.alert().alertId()));
            assertEquals(Set.of(), missing, "alerts never delivered to the webhook");
        });
        assertEquals(0, receiver.badSignatures(), "every delivery carried a valid signature");

        // 4. No dead letter of this run.
        String token = "nw" + generator.runId() + "-";
        for (String topic : DEAD_LETTER_TOPICS) {
            List<String> ours = new ArrayList<>();
            for (ConsumerRecord<String, String> r : client.readTopic(topic)) {
                String value = r.value() == null ? "" : r.value();
                if (value.contains(token) || value.contains(subscriptionId) || byId.containsKey(r.key())) {
                    Header reason = r.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
                    ours.add(r.key() + ": " + (reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8)));
                }
            }
            assertEquals(List.of(), ours, "dead letters on " + topic);
        }
        note(String.format("run %s: %d articles accepted, all on the events topic; %d alerts due, each on the "
                + "topic once and delivered (%d webhook requests, %d duplicate deliveries, %d refused); dead-letter "
                + "topics hold none of them", generator.runId(), accepted.size(), expectedAlertIds.size(),
                receiver.requests(), receiver.duplicates(), receiver.refused()));
    }

    private List<Alert> mine(List<Alert> alerts) {
        return alerts.stream().filter(a -> subscriptionId.equals(a.subscriptionId()) && a.articles() != null
                && !a.articles().isEmpty()).toList();
    }

    private static String firstArticle(Alert alert) {
        return alert.articles().get(0).id();
    }

    @Override
    public void close() {
        feeder.stop();
        receiver.close();
        client.close();
        stack.close();
    }
}
