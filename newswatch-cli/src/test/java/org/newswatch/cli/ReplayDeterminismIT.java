package org.newswatch.cli;

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
                Demo.replaySeeds(client, seeds, log);
                assertEquals(alerts, withoutDeliveryTime(client.readAlerts()), "replaying the seeds again adds no alert record");
            }
            return new Run(lines, alerts);
        }
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
