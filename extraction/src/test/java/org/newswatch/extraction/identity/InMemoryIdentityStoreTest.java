package org.newswatch.extraction.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;

/** The store's lookup reads only the events that could match, oldest first, and eviction keeps its indexes right. */
class InMemoryIdentityStoreTest {

    private static final LocalDate D = LocalDate.of(2023, 5, 10);

    private static SeenEvent seen(String id, Long count, LocalDate date) {
        return new SeenEvent(id, "a-" + id, EventType.KILLED, "UKRMIL", count, false, null, null, null, date,
                date != null ? date : D, count != null, false, null);
    }

    private static List<String> ids(List<SeenEvent> events) {
        return events.stream().map(SeenEvent::eventId).toList();
    }

    @Test
    void candidatesAreTheSameFigureNearbyDaysAndUndatedOldestFirst() {
        InMemoryIdentityStore store = new InMemoryIdentityStore();
        store.add(seen("far-5", 5L, D.minusDays(20)));
        store.add(seen("near-7", 7L, D.minusDays(1)));
        store.add(seen("undated", null, null));
        store.add(seen("far-none", null, D.plusDays(9)));
        store.add(seen("same-day", null, D));
        store.add(seen("edge", 3L, D.plusDays(2)));
        store.add(seen("beyond", 3L, D.plusDays(3)));
        String key = SeenEvent.key(EventType.KILLED, "UKRMIL");

        // a dated figure: the same figure on any day, a figure at most two apart (a toll and its update) and the
        // figureless events within two days (a figure further apart is another event, and a figureless undated one
        // cannot be told apart)
        assertEquals(List.of("far-5", "near-7", "same-day", "edge"), ids(store.candidates(key, 5L, D, 2)));
        assertEquals(List.of("far-5"), ids(store.candidates(key, 5L, D.minusDays(4), 2)),
                "a figure two apart on a day three or more away: another event");
        // a dated event without a figure: every event within two days and the figureless undated ones
        assertEquals(List.of("near-7", "undated", "same-day", "edge"), ids(store.candidates(key, null, D, 2)));
        // undated with a figure: the same figure only; undated without one: every event without a figure
        assertEquals(List.of("edge", "beyond"), ids(store.candidates(key, 3L, null, 2)));
        assertEquals(List.of("undated", "far-none", "same-day"), ids(store.candidates(key, null, null, 2)));
        assertEquals(List.of(), store.candidates(SeenEvent.key(EventType.WOUNDED, "UKRMIL"), 5L, D, 2));
    }

    @Test
    void aBusyKeyGivesTheMostRecentCandidatesOnly() {
        InMemoryIdentityStore store = new InMemoryIdentityStore();
        int n = InMemoryIdentityStore.MAX_CANDIDATES + 40;
        for (int i = 0; i < n; i++) {
            store.add(seen("e" + i, null, D.minusDays(i % 2)));
        }
        List<String> got = ids(store.candidates(SeenEvent.key(EventType.KILLED, "UKRMIL"), null, D, 2));
        assertEquals(InMemoryIdentityStore.MAX_CANDIDATES, got.size());
        assertEquals("e40", got.get(0));
        assertEquals("e" + (n - 1), got.get(got.size() - 1));
    }

    @Test
    void evictionForgetsOldDaysInEveryIndex() {
        InMemoryIdentityStore store = new InMemoryIdentityStore();
        store.add(seen("old", 5L, D.minusDays(40)));
        store.add(seen("new", 5L, D));
        store.add(seen("new", 5L, D.plusDays(1)));
        assertEquals(2, store.reports("new"));
        store.evictBefore(D.minusDays(30));
        String key = SeenEvent.key(EventType.KILLED, "UKRMIL");
        assertEquals(List.of("new", "new"), ids(store.candidates(key, 5L, D, 2)));
        assertFalse(store.containsId("old"));
        assertFalse(store.contains("old", "a-old"));
        assertTrue(store.contains("new", "a-new"));
        assertEquals(2, store.size());
    }

    /** A store at its capacity forgets its oldest events, by arrival, whatever their days, in every index. */
    @Test
    void aFullStoreForgetsItsOldestEvents() {
        InMemoryIdentityStore store = new InMemoryIdentityStore(100);
        for (int i = 0; i < 1000; i++) {
            store.add(seen("e" + i, (long) (i % 10), D));
            assertTrue(store.size() <= 125, "at most a quarter over capacity: " + store.size());
        }
        assertTrue(store.size() >= 100, "keeps at least its capacity: " + store.size());
        assertTrue(store.containsId("e999"));
        assertTrue(store.contains("e950", "a-e950"));
        assertFalse(store.containsId("e0"));
        assertFalse(store.contains("e800", "a-e800"));
        String key = SeenEvent.key(EventType.KILLED, "UKRMIL");
        List<String> around = ids(store.candidates(key, 7L, D, 2));
        assertEquals("e999", around.get(around.size() - 1), "figures 5 to 9 the same day");
        List<String> sevens = around.stream().filter(id -> id.endsWith("7")).toList();
        assertEquals("e997", sevens.get(sevens.size() - 1));
        assertTrue(sevens.size() <= 13 && sevens.size() >= 10, "only the kept reports of figure 7: " + sevens);
        assertTrue(sevens.stream().allMatch(id -> Integer.parseInt(id.substring(1)) >= 1000 - store.size()));
    }

    /**
     * Eviction by day finds the old events by their day and drops them from every index in place: each kind of entry
     * (a figure, dated or not; no figure, dated or not) kept or forgotten as its day says, the remaining lists still
     * oldest first, and the ids no event holds any more reported once (so that the caller forgets what it keeps per id).
     */
    @Test
    void evictionByDayKeepsEveryIndexInArrivalOrderAndReportsForgottenIds() {
        InMemoryIdentityStore store = new InMemoryIdentityStore();
        for (int i = 0; i < 60; i++) {
            LocalDate day = D.minusDays(i % 6);
            store.add(seen("c" + i, (long) (i % 3), day));
            store.add(seen("u" + i, null, day));
        }
        store.add(seen("shared", 2L, D.minusDays(5)));
        store.add(seen("shared", 2L, D));
        store.add(seen("nodate", null, null));
        assertEquals(123, store.size());
        store.takeForgotten();

        store.evictBefore(D.minusDays(2)); // days -5, -4 and -3 go
        String key = SeenEvent.key(EventType.KILLED, "UKRMIL");
        assertEquals(62, store.size()); // 60 events of those days and one report of "shared" go
        List<String> forgotten = store.takeForgotten();
        assertEquals(60, forgotten.size(), "the 60 ids of days -5..-3, not the shared id still held: " + forgotten);
        assertFalse(forgotten.contains("shared"));
        assertEquals(List.of(), store.takeForgotten(), "reported once");
        assertEquals(1, store.reports("shared"));
        for (String id : ids(store.candidates(key, null, D, 10))) {
            assertTrue(id.equals("shared") || id.equals("nodate") || Integer.parseInt(id.substring(1)) % 6 < 3, id);
        }
        // every index: the same figure on any day, figureless of nearby days, figureless undated
        List<String> twos = ids(store.candidates(key, 2L, null, 2));
        assertEquals(List.of("c2", "c8", "c14"), twos.subList(0, 3), "in arrival order");
        assertEquals("shared", twos.get(twos.size() - 1));
        assertTrue(twos.stream().noneMatch(id -> id.startsWith("c") && Integer.parseInt(id.substring(1)) % 6 >= 3));
        assertEquals(List.of("nodate"), ids(store.candidates(key, null, null, 2)).stream()
                .filter(id -> !id.startsWith("u")).toList());
        assertEquals(30, ids(store.candidates(key, null, null, 2)).stream().filter(id -> id.startsWith("u")).count());

        store.evictBefore(D.plusDays(1)); // every day goes (the undated event is kept by its fallback day, D here)
        assertEquals(0, store.size());
        assertFalse(store.containsId("shared"));
        assertFalse(store.containsId("nodate"));
        assertEquals(List.of(), store.candidates(key, 2L, D, 2));
        store.add(seen("again", 2L, D.plusDays(100)));
        assertEquals(List.of("again"), ids(store.candidates(key, 2L, D.plusDays(100), 2)), "a bucket made anew");
    }
}
