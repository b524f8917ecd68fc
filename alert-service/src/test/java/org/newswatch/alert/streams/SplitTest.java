package org.newswatch.alert.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newswatch.alert.streams.AlertTopologyTest.T0;
import static org.newswatch.alert.streams.AlertTopologyTest.event;
import static org.newswatch.alert.streams.AlertTopologyTest.killed;
import static org.newswatch.alert.streams.AlertTopologyTest.sub;
import static org.newswatch.alert.streams.AlertTopologyTest.threshold;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.domain.AlertEngine;
import org.newswatch.alert.domain.Split;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SourceArticle;
import org.newswatch.contracts.Subscription;

/** Issue 16: a report split off an alert's story leaves it and fires as its own alert, once. */
class SplitTest {

    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    TopologyHarness harness;

    @BeforeEach
    void start() {
        harness = new TopologyHarness(NOW);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    void subscribe(Subscription s) {
        harness.subscribe(s);
    }

    void send(ExtractedEvent e) {
        harness.send(e, T0);
    }

    void split(String subscriptionId, String alertId, ExtractedEvent e) {
        harness.splits.pipeInput(new TestRecord<>(e.eventId(), Json.bytes(new Split(subscriptionId, alertId, e, T0, "alice",
                NOW)), T0));
    }

    List<TestRecord<String, Alert>> records() {
        return harness.alertBytes.readRecordsToList().stream().map(r -> new TestRecord<>(r.key(),
                Json.read(r.value(), Alert.class), r.headers(), r.timestamp())).toList();
    }

    static List<String> articles(Alert a) {
        return a.articles().stream().map(SourceArticle::id).toList();
    }

    @Test
    void aReportThatJoinedByTheRuleLeavesTheStoryAndFiresOnceAsItsOwnAlert() {
        subscribe(sub("s1", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        send(killed("e-a", "a1", "TURMIL", 22L));
        ExtractedEvent wrong = event("e-b", "a2", EventType.KILLED, "TURMIL", 22L, false, "Idlib",
                LocalDate.of(2020, 2, 28));
        send(wrong);
        List<TestRecord<String, Alert>> before = records();
        assertEquals(2, before.size());
        String alertId = before.get(0).value().alertId();
        assertEquals("a2", before.get(1).value().joined().article(), "the update names the source that joined");

        split("s1", alertId, wrong);
        List<TestRecord<String, Alert>> out = records();
        assertEquals(2, out.size(), "an update of the alert and the split report's own alert");
        Alert rest = out.get(0).value();
        assertEquals(Alert.UPDATE, rest.status());
        assertEquals(alertId, rest.alertId());
        assertEquals(1, rest.corroboration());
        assertEquals(List.of("a1"), articles(rest));
        assertEquals(List.of("e-a"), rest.eventIds());
        assertNotEquals(CloudEvents.header(before.get(1).headers(), CloudEvents.ID),
                CloudEvents.header(out.get(0).headers(), CloudEvents.ID), "the update is no repeat of an earlier one");
        Alert own = out.get(1).value();
        assertEquals(Alert.NEW, own.status());
        assertEquals(AlertEngine.splitAlertId("s1", wrong), own.alertId());
        assertNotEquals(alertId, own.alertId());
        assertEquals(List.of("a2"), articles(own));
        assertEquals(1, own.corroboration());
        assertEquals(22L, own.count());
        assertEquals(LocalDate.of(2020, 2, 28), own.date());

        // read again (a replay, a restarted extract-service), split again: nothing
        send(wrong);
        split("s1", alertId, wrong);
        assertEquals(List.of(), harness.alerts());

        // a new source of the first story still joins it, and the split report is not listed again
        send(event("e-a", "a3", EventType.KILLED, "TURMIL", 22L, false, "Idlib", LocalDate.of(2020, 2, 27)));
        List<Alert> later = harness.alerts();
        assertEquals(1, later.size());
        assertEquals(alertId, later.get(0).alertId());
        assertEquals(List.of("a1", "a3"), articles(later.get(0)));
    }

    @Test
    void theFirstReportOfAStoryCanBeSplitOffItToo() {
        subscribe(sub("s2", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        ExtractedEvent first = killed("e22", "a1", "TURMIL", 22L);
        send(first);
        send(killed("e22", "a2", "TURMIL", 22L));
        String alertId = harness.alerts().get(0).alertId();

        split("s2", alertId, first);
        List<Alert> out = harness.alerts();
        assertEquals(2, out.size());
        assertEquals(List.of("a2"), articles(out.get(0)));
        assertEquals(1, out.get(0).corroboration());
        assertEquals(List.of("a1"), articles(out.get(1)));
        assertNotEquals(alertId, out.get(1).alertId());

        send(first);
        send(killed("e22", "a2", "TURMIL", 22L));
        assertEquals(List.of(), harness.alerts(), "both reports read again: each stays where it is");
    }

    @Test
    void aSplitOfAnotherAlertOrOfAReportTheStoryDoesNotHaveDoesNothing() {
        subscribe(sub("s3", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        send(killed("e1", "a1", "TURMIL", 22L));
        send(killed("e1", "a2", "TURMIL", 22L));
        String alertId = harness.alerts().get(0).alertId();

        split("s3", "not-this-alert", killed("e1", "a2", "TURMIL", 22L));
        split("s3", alertId, killed("e1", "a9", "TURMIL", 22L));
        split("s3", alertId, killed("e-none", "a2", "TURMIL", 22L));
        split("s-gone", alertId, killed("e1", "a2", "TURMIL", 22L));
        assertEquals(List.of(), harness.alerts());
    }

    @Test
    void aSplitReportBelowTheThresholdLeavesTheStoryWithoutFiring() {
        subscribe(sub("s4", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        send(killed("e1", "a1", "TURMIL", 22L));
        ExtractedEvent small = killed("e1", "a2", "TURMIL", 3L);
        send(small);
        String alertId = harness.alerts().get(0).alertId();
        split("s4", alertId, small);
        List<Alert> out = harness.alerts();
        assertEquals(1, out.size(), "the update only: 3 is under the least count of 5");
        assertEquals(List.of("a1"), articles(out.get(0)));
    }
}
