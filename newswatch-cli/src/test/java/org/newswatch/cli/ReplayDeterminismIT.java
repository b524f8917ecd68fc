package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;

/**
 * The demo's flow on two fresh stacks (broker and services as processes): the default subscriptions under their
 * fixed ids, the seed folder replayed as an archive. Both runs give the same alerts, byte for byte apart from the
 * delivery time; replaying the seeds again gives no new alert record.
 */
class ReplayDeterminismIT {

    @TempDir
    Path data;

    private record Run(List<String> lines, List<String> alerts) {
    }

    @Test
    void twoFreshStacksGiveTheSameAlertsAndAReplayAgainGivesNone() throws IOException {
        Run first = run(data.resolve("first"), true);
        Run second = run(data.resolve("second"), false);

        assertFalse(first.lines().isEmpty());
        assertTrue(first.lines().stream().anyMatch(l -> l.contains("\"count\":51") && l.contains("SYRMIL")), String.join("\n", first.lines()));
        assertTrue(first.lines().stream().anyMatch(l -> l.contains("\"count\":22") && l.contains("TURMIL")), String.join("\n", first.lines()));
        // seed 003 has no date line and no year: in a replay it is dated from the archive, so no alert is dated by
        // the wall clock of the run
        assertTrue(first.lines().stream().noneMatch(l -> l.contains("\"date\":\"" + LocalDate.now().getYear())),
                String.join("\n", first.lines()));
        assertEquals(first.lines(), second.lines(), "the demo's lines");
        assertEquals(first.alerts(), second.alerts(), "every alert record on the topic, without firedAt");
    }

    private Run run(Path dir, boolean replayTwice) throws IOException {
        Files.createDirectories(dir);
        PrintStream log = new PrintStream(Files.newOutputStream(dir.resolve("stack.log")), true, StandardCharsets.UTF_8);
        try (Stack stack = Stack.start(Main.home(), dir, Stack.Ports.free(), log);
                PipelineClient client = PipelineClient.of(stack)) {
            Path seeds = Main.home().resolve("seeds");
            List<String> lines = Demo.replaySeeds(client, seeds, log);
            List<String> alerts = withoutDeliveryTime(client.readAlerts());
            if (replayTwice) {
                assertEquals(sorted(lines), previewLines(client), "the preview of the demo's subscriptions over the"
                        + " replayed seeds gives the demo's alerts");
                assertEquals(alerts, withoutDeliveryTime(client.readAlerts()), "previews publish no alert");
                Demo.replaySeeds(client, seeds, log);
                assertEquals(alerts, withoutDeliveryTime(client.readAlerts()), "replaying the seeds again adds no alert record");
            }
            return new Run(lines, alerts);
        }
    }

    /**
     * The demo's lines made of {@code POST /subscriptions/preview} of each default subscription, sorted; asked until the
     * service's recent events (read in a consumer of its own) hold every event of the topic.
     */
    private static List<String> previewLines(PipelineClient client) {
        int events = client.readEvents().size();
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<String> lines = new java.util.ArrayList<>();
            for (String json : Demo.DEFAULT_SUBSCRIPTIONS.values()) {
                PipelineClient.Answer answer = client.previewSubscription(json);
                assertEquals(200, answer.status(), answer.body());
                com.fasterxml.jackson.databind.JsonNode result = Json.MAPPER.readTree(answer.body());
                if (result.get("events").asInt() != events) {
                    return null; // not all read yet
                }
                for (com.fasterxml.jackson.databind.JsonNode a : result.get("alerts")) {
                    lines.add(Demo.line(Json.read(a.toString(), Alert.class)));
                }
            }
            return sorted(lines);
        }, lines -> lines != null);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    /** Every alert record on the topic as JSON with firedAt removed, in a fixed order (partition order may interleave). */
    private static List<String> withoutDeliveryTime(List<Alert> alerts) {
        return alerts.stream()
                .map(a -> new Alert(a.schemaVersion(), a.alertId(), a.subscriptionId(), a.subscriptionName(), a.rule(),
                        a.summary(), a.eventType(), a.victim(), a.actor(), a.count(), a.qualifier(), a.location(), a.place(),
                        a.date(), a.evidence(), a.articles(), a.eventIds(), a.corroboration(), a.eventTime(), null,
                        a.status(), a.previousCount(), a.muted(), a.silenceId(), a.acknowledgedBy(), a.acknowledgedAt(),
                        a.baseline()))
                .map(Json::write).sorted(Comparator.naturalOrder()).toList();
    }
}
