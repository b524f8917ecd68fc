package org.newswatch.alert.grouping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;

/** Alertmanager's grouping on an injected clock: group wait, group interval, repeat interval, the daily digest. */
class GrouperTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2020-02-27T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final Grouper.Policy POLICY = new Grouper.Policy(Duration.ofSeconds(30), Duration.ofMinutes(5),
            Duration.ofHours(4), null);

    final TestClock clock = new TestClock();
    final Grouper<String> grouper = new Grouper<>(clock);

    static Alert alert(String id, String status, long count, int sources) {
        return new Alert(1, id, "s1", "Story", "threshold", null, EventType.KILLED, "TURMIL", null, count, null, "Idlib",
                null, null, null, null, null, sources, null, null, status, null, null, null, null, null);
    }

    static List<String> ids(Grouper.Batch<String> b) {
        return b.alerts().stream().map(a -> a.alertId() + ":" + a.corroboration()).toList();
    }

    @Test
    void theFirstAlertWaitsForOthersThenUpdatesGoAtMostOncePerInterval() {
        grouper.offer("g", POLICY, "ctx", alert("a", Alert.NEW, 22, 1));
        assertEquals(Optional.of(clock.now.plusSeconds(30)), grouper.nextDue());
        clock.advance(Duration.ofSeconds(10));
        grouper.offer("g", POLICY, "ctx", alert("b", Alert.NEW, 5, 1));
        assertEquals(List.of(), grouper.due(), "within the group wait nothing goes");
        clock.advance(Duration.ofSeconds(20));
        List<Grouper.Batch<String>> first = grouper.due();
        Instant firstSent = clock.now;
        assertEquals(1, first.size());
        assertEquals(List.of("a:1", "b:1"), ids(first.get(0)), "both in one message");
        assertEquals("ctx", first.get(0).context());
        assertEquals(List.of(), grouper.due(), "sent once");

        // a thousand sources of story a and a new story c within the interval: one message at its end
        for (int i = 2; i <= 1000; i++) {
            clock.advance(Duration.ofMillis(100));
            grouper.offer("g", POLICY, "ctx", alert("a", Alert.UPDATE, 22, i));
        }
        grouper.offer("g", POLICY, "ctx", alert("c", Alert.NEW, 7, 1));
        clock.advance(Duration.ofSeconds(60)); // 160 s after the first message
        assertEquals(List.of(), grouper.due(), "not before the group interval");
        clock.now = firstSent.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertEquals(List.of(), grouper.due(), "not a millisecond before");
        clock.now = firstSent.plus(Duration.ofMinutes(5));
        List<Grouper.Batch<String>> second = grouper.due();
        assertEquals(List.of("c:1"), ids(second.get(0)), "the new story goes; a's updates wait for its repeat interval");

        clock.advance(Duration.ofHours(4));
        List<Grouper.Batch<String>> third = grouper.due();
        assertEquals(List.of("a:1000"), ids(third.get(0)), "a's thousand updates fold into one, its latest record");
        assertEquals(Optional.empty(), grouper.nextDue());
    }

    @Test
    void groupsAreApartAndForgottenWhenQuiet() {
        grouper.offer("g1", POLICY, "one", alert("a", Alert.NEW, 22, 1));
        clock.advance(Duration.ofSeconds(20));
        grouper.offer("g2", POLICY, "two", alert("b", Alert.NEW, 22, 1));
        clock.advance(Duration.ofSeconds(10));
        List<Grouper.Batch<String>> due = grouper.due();
        assertEquals(List.of("g1"), due.stream().map(Grouper.Batch::key).toList(), "g2 still waits");
        clock.advance(Duration.ofSeconds(20));
        assertEquals(List.of("g2"), grouper.due().stream().map(Grouper.Batch::key).toList());
        assertEquals(2, grouper.size());
        clock.advance(Duration.ofHours(5));
        grouper.due();
        assertEquals(0, grouper.size(), "a quiet group past its repeat interval is dropped");

        // after a quiet spell, a new alert waits the group wait again, not an interval
        grouper.offer("g1", POLICY, "one", alert("d", Alert.NEW, 1, 1));
        assertEquals(Optional.of(clock.now.plusSeconds(30)), grouper.nextDue());
    }

    @Test
    void aDailyDigestGoesAtItsTimeWithWhatChangedSince() {
        Grouper.Policy daily = new Grouper.Policy(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(4),
                LocalTime.of(7, 0));
        grouper.offer("mail", daily, "ctx", alert("a", Alert.NEW, 22, 1)); // 10:00
        assertEquals(Optional.of(Instant.parse("2020-02-28T07:00:00Z")), grouper.nextDue(), "tomorrow at 07:00");
        clock.advance(Duration.ofHours(12));
        grouper.offer("mail", daily, "ctx", alert("b", Alert.NEW, 3, 1));
        grouper.offer("mail", daily, "ctx", alert("a", Alert.UPDATE, 22, 5));
        clock.now = Instant.parse("2020-02-28T06:59:59Z");
        assertEquals(List.of(), grouper.due());
        clock.now = Instant.parse("2020-02-28T07:00:00Z");
        assertEquals(List.of("a:5", "b:1"), ids(grouper.due().get(0)));
        grouper.offer("mail", daily, "ctx", alert("a", Alert.UPDATE, 30, 6));
        assertEquals(Optional.of(Instant.parse("2020-02-29T07:00:00Z")), grouper.nextDue(), "the next day's digest");
    }

    @Test
    void theNextDailyTimeIsTodayOrTomorrow() {
        assertEquals(Instant.parse("2020-02-27T07:00:00Z"),
                Grouper.nextDaily(Instant.parse("2020-02-27T06:00:00Z"), LocalTime.of(7, 0)));
        assertEquals(Instant.parse("2020-02-27T07:00:00Z"),
                Grouper.nextDaily(Instant.parse("2020-02-27T07:00:00Z"), LocalTime.of(7, 0)));
        assertTrue(Grouper.nextDaily(Instant.parse("2020-02-27T07:00:01Z"), LocalTime.of(7, 0))
                .equals(Instant.parse("2020-02-28T07:00:00Z")));
    }
}
