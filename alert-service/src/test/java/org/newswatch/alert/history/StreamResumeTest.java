package org.newswatch.alert.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;

/** SSE resume on a topic of several partitions: a client gets what it missed on each of them. */
class StreamResumeTest {

    private static Alert alert(String id) {
        return new Alert(1, id, "sub", "resume", "threshold", "KILLED 7", EventType.KILLED, "TURMIL", null, 7L, null,
                "Idlib", null, LocalDate.of(2020, 2, 27), "e", List.of(), List.of("e-" + id), 1,
                Instant.parse("2020-02-27T10:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), Alert.NEW, null, null,
                null, null, null);
    }

    private static AlertHistory history() {
        AlertHistory h = new AlertHistory();
        h.maxSize = 100;
        return h;
    }

    private static String lastId(AlertHistory h) {
        List<AlertHistory.Delivered> all = h.missed(Map.of());
        return all.get(all.size() - 1).id();
    }

    @Test
    void anAlertMissedOnEachOfThreePartitionsIsResent() {
        AlertHistory h = history();
        h.add(0, 10, alert("a"));
        h.add(1, 4, alert("b"));
        h.add(2, 7, alert("c"));
        h.add(0, 11, alert("d"));
        String seen = lastId(h); // the client saw d: 0-11, 1-4, 2-7
        assertEquals("0-11.1-4.2-7", seen);
        h.add(1, 5, alert("e"));
        h.add(2, 8, alert("f"));
        h.add(0, 12, alert("g"));
        List<String> resent = h.missed(AlertHistory.position(seen)).stream().map(d -> d.alert().alertId()).toList();
        assertEquals(List.of("e", "f", "g"), resent, "one per partition, in delivery order");
    }

    @Test
    void aPartitionTheIdDoesNotNameWasNeverSeen() {
        AlertHistory h = history();
        h.add(0, 10, alert("a"));
        String seen = lastId(h); // "0-10": partition 1 had delivered nothing yet
        h.add(1, 3, alert("b"));
        h.add(0, 11, alert("c"));
        assertEquals(List.of("b", "c"), h.missed(AlertHistory.position(seen)).stream()
                .map(d -> d.alert().alertId()).toList());
    }

    @Test
    void aRecordOfAnotherPartitionDeliveredBeforeTheSeenOneIsNotResent() {
        // consumption interleaves partitions: what the client saw of partition 1 stays seen after a later 0 record
        AlertHistory h = history();
        h.add(1, 4, alert("a"));
        h.add(0, 10, alert("b"));
        String seen = lastId(h);
        assertEquals(List.of(), h.missed(AlertHistory.position(seen)));
    }

    @Test
    void onlyPositionsAreAccepted() {
        assertEquals(Map.of(0, 42L), AlertHistory.position("0-42"));
        assertEquals(Map.of(0, 42L, 2, 5L), AlertHistory.position("0-42.2-5"));
        for (String bad : List.of("yesterday", "0-42.", "0-42.0-43", "-1-4", "0--4", "", "0-4.x")) {
            assertThrows(IllegalArgumentException.class, () -> AlertHistory.position(bad), bad);
        }
    }
}
