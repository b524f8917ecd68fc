package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.cli.bench.Feeder;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;

/**
 * {@code kill -9} of each service in turn while articles flow (10 a second), each started again in a new JVM: nothing
 * the ingest service accepted is lost, no alert is announced twice, every alert still reaches the webhook. And what
 * each service remembered survives its death, because it is rebuilt from its topics: after every restart each
 * article accepted before the kill, posted again, is answered {@code duplicate} with its first id (ingest's dedup
 * memory, from {@code ingest-dedup}); a second article reporting a pre-crash event (same text, another reference)
 * gets that event's id (extract-service's identity memory, from {@code events}) and joins its alert as an update,
 * never as a new alert (alert-service's stories, from its changelogs).
 */
class ServiceCrashIT {

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void killNineOfEachServiceLosesNothingForgetsNothingAndDuplicatesNoAlert() {
        try (PipelineProof proof = PipelineProof.start(data, PipelineProof.options())) {
            proof.feeder.start(10);
            /* second report's article id -> the pre-crash article it reports again */
            Map<String, Feeder.Accepted> reReports = new LinkedHashMap<>();
            for (Stack.Service service : Stack.Service.values()) {
                proof.awaitAccepted(30);
                List<Feeder.Accepted> beforeKill = proof.feeder.accepted();
                // a pre-crash event: its article's event and alert are on their topics before the kill
                Feeder.Accepted original = beforeKill.stream().filter(a -> a.article().alerts())
                        .filter(a -> !reReports.containsValue(a)).findFirst().orElseThrow();
                await().atMost(PipelineProof.PATIENCE).pollInterval(Duration.ofSeconds(1))
                        .until(() -> !eventIds(proof, original.articleId()).isEmpty()
                                && alertOf(proof, original.articleId()) != null);

                proof.stack.kill(service, 0);
                proof.note("killed -9 " + service + "; articles keep coming");
                proof.awaitSent(30);
                proof.stack.restart(service, 0);
                proof.note("restarted " + service);

                for (Feeder.Accepted a : beforeKill) {
                    PipelineClient.Answer again = proof.client.postArticle(a.article().text());
                    assertEquals(200, again.status(), "posted again after the restart of " + service + ": " + again.body());
                    JsonNode body = json(again.body());
                    assertEquals("duplicate", body.path("status").asText(), again.body());
                    assertEquals(a.articleId(), body.path("id").asText(), "the first id of " + a.article().text());
                }
                String token = original.article().token();
                PipelineClient.Answer second = proof.client.postArticle(
                        original.article().text().replace(token + ".", token + "r."));
                assertEquals(202, second.status(), second.body());
                reReports.put(json(second.body()).path("id").asText(), original);
                proof.note("after the restart of " + service + ": " + beforeKill.size()
                        + " articles accepted before the kill answered duplicate again; a second report of "
                        + original.articleId() + " posted");
            }
            proof.awaitAccepted(30);
            proof.verify();

            // Each second report carries the pre-crash event's id ...
            await().atMost(PipelineProof.PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                for (Map.Entry<String, Feeder.Accepted> r : reReports.entrySet()) {
                    Set<String> ids = eventIds(proof, r.getKey());
                    assertFalse(ids.isEmpty(), "no event yet for the second report " + r.getKey());
                    assertEquals(eventIds(proof, r.getValue().articleId()), ids,
                            "the second report of " + r.getValue().article().text() + " keeps its event id");
                }
            });
            // ... and joins the pre-crash alert as an update: no alert starts from it, none is announced twice
            proof.client.awaitIdle(PipelineProof.PATIENCE, Duration.ofSeconds(3));
            List<Alert> alerts = proof.client.readAlerts();
            for (Map.Entry<String, Feeder.Accepted> r : reReports.entrySet()) {
                List<Alert> started = alerts.stream().filter(a -> a.articles() != null && !a.articles().isEmpty()
                        && a.articles().get(0).id().equals(r.getKey())).toList();
                assertEquals(List.of(), started, "an alert started from the second report " + r.getKey());
                Alert first = alertOf(alerts, r.getValue().articleId());
                assertTrue(alerts.stream().anyMatch(a -> a.isUpdate() && a.alertId().equals(first.alertId())
                        && a.articles().stream().anyMatch(s -> s.id().equals(r.getKey()))),
                        "the second report " + r.getKey() + " updates alert " + first.alertId());
                assertEquals(1, alerts.stream().filter(a -> !a.isUpdate() && a.alertId().equals(first.alertId()))
                        .count(), "alert " + first.alertId() + " announced once");
            }
            proof.note("second reports of " + reReports.size() + " pre-crash events: same event ids, alert updates");
        }
    }

    private static Set<String> eventIds(PipelineProof proof, String articleId) {
        return proof.client.readEvents().stream().filter(e -> articleId.equals(e.article()))
                .map(ExtractedEvent::eventId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Alert alertOf(PipelineProof proof, String articleId) {
        return alertOf(proof.client.readAlerts(), articleId);
    }

    /** The announcement ("new") of the alert that started from an article, or null. */
    private static Alert alertOf(List<Alert> alerts, String articleId) {
        List<Alert> found = new ArrayList<>();
        alerts.stream().filter(a -> !a.isUpdate() && a.articles() != null && !a.articles().isEmpty()
                && a.articles().get(0).id().equals(articleId)).forEach(found::add);
        return found.isEmpty() ? null : found.get(0);
    }

    private static JsonNode json(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
