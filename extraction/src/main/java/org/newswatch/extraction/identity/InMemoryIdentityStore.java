package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newswatch.contracts.incident.IncidentSignals;

/**
 * An in-memory store, bounded in time by {@link #evictBefore} and in size by its capacity (the oldest events are
 * forgotten first), indexed so that a lookup reads only the events that could match (the same figure; nearby days,
 * with no figure or any figure as the rules allow; undated) and, of those, at most the {@value #MAX_CANDIDATES} most
 * recent: a lookup costs the same in a quiet week and in a week when one party is reported hundreds of times a day.
 * Not thread-safe: {@link EventIdentity} locks.
 */
public final class InMemoryIdentityStore implements IdentityStore {

    /**
     * How many events a store keeps by default. An event takes about 530 bytes of heap (measured with the engine's
     * events), so the default takes about 110 MB, and at most a quarter more before the oldest are dropped.
     */
    public static final int DEFAULT_CAPACITY = 200_000;

    /**
     * The most candidates a lookup returns, the most recent ones. An event is compared with at most this many earlier
     * reports of its type and party from nearby days: in a story told this often, an older report is much less likely
     * its match than the recent ones, and an unbounded scan made the whole pipeline slow down as a story grew.
     */
    public static final int MAX_CANDIDATES = 256;

    /** An event and its arrival number, which keeps lookups oldest first. */
    private static final class Entry {
        final long seq;
        final SeenEvent event;
        final Bucket bucket;
        /** Forgotten: taken out of its bucket's lists by the eviction in progress. */
        boolean gone;

        Entry(long seq, SeenEvent event, Bucket bucket) {
            this.seq = seq;
            this.event = event;
            this.bucket = bucket;
        }

        long seq() {
            return seq;
        }

        SeenEvent event() {
            return event;
        }
    }

    /** The events of one key, and its indexes (each list in arrival order). */
    private static final class Bucket {
        final String key;
        final List<Entry> all = new ArrayList<>();

        Bucket(String key) {
            this.key = key;
        }

        final Map<Long, List<Entry>> byCount = new HashMap<>();
        final TreeMap<LocalDate, List<Entry>> datedCounted = new TreeMap<>();
        final TreeMap<LocalDate, List<Entry>> datedUncounted = new TreeMap<>();
        final List<Entry> undatedUncounted = new ArrayList<>();
        final List<Entry> uncounted = new ArrayList<>();

        void index(Entry entry) {
            SeenEvent e = entry.event();
            all.add(entry);
            if (e.count() != null) {
                byCount.computeIfAbsent(e.count(), c -> new ArrayList<>()).add(entry);
                if (e.date() != null) {
                    datedCounted.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(entry);
                }
            } else {
                uncounted.add(entry);
                if (e.date() != null) {
                    datedUncounted.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(entry);
                } else {
                    undatedUncounted.add(entry);
                }
            }
        }

        /** Takes the entries marked gone out of every list, in place (the lists keep their arrival order). */
        void dropGone() {
            all.removeIf(GONE);
            byCount.values().removeIf(list -> list.removeIf(GONE) && list.isEmpty());
            datedCounted.values().removeIf(list -> list.removeIf(GONE) && list.isEmpty());
            datedUncounted.values().removeIf(list -> list.removeIf(GONE) && list.isEmpty());
            undatedUncounted.removeIf(GONE);
            uncounted.removeIf(GONE);
        }

        private static final Predicate<Entry> GONE = entry -> entry.gone;
    }

    private final Map<String, Bucket> byKey = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Set<String> idsInArticles = new HashSet<>();
    private final int capacity;
    private long seq;
    private int size;

    /** A store of {@value #DEFAULT_CAPACITY} events at most. */
    public InMemoryIdentityStore() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * @param capacity how many events it keeps: once it holds a quarter more, the oldest (in arrival order) are
     *                 forgotten down to this many, in one pass, so that adding stays cheap on average
     */
    public InMemoryIdentityStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void add(SeenEvent event) {
        Bucket bucket = byKey.computeIfAbsent(event.key(), Bucket::new);
        Entry entry = new Entry(seq++, event, bucket);
        bucket.index(entry);
        if (event.day() != null) {
            days.computeIfAbsent(event.day(), d -> new ArrayList<>()).add(entry);
        }
        ids.merge(event.eventId(), 1, Integer::sum);
        idsInArticles.add(articleKey(event.eventId(), event.article()));
        size++;
        if (size - capacity > capacity / 4) {
            long oldestKept = seq - capacity;
            evict(e -> e.seq() < oldestKept);
            days.values().removeIf(list -> list.removeIf(Bucket.GONE) && list.isEmpty());
        }
    }

    /**
     * {@inheritDoc} A figure on one side only joins only when both sides are dated, and two figures only when equal
     * or an early toll and its update a few apart: so a dated figure looks at the same figure, at the figures a few
     * apart of nearby days and at the figureless events of nearby days; a figure without a day
     * at the same figure only; a dated event without a figure at every event of nearby days and the undated figureless
     * ones; an undated one without a figure at every figureless event. At most {@link #MAX_CANDIDATES}, the most
     * recent.
     */
    @Override
    public List<SeenEvent> candidates(String key, Long count, LocalDate date, int toleranceDays) {
        Bucket b = byKey.get(key);
        if (b == null) {
            return List.of();
        }
        List<List<Entry>> parts = new ArrayList<>();
        if (count != null) {
            parts.add(b.byCount.getOrDefault(count, List.of()));
            if (date != null) {
                // an early toll and its update ("at least three", then five) of nearby days: the figures the rule
                // finds compatible, a few apart
                for (long d = 1; d <= UPDATE_DIFFERENCE; d++) {
                    nearby(b.byCount.get(count - d), date, toleranceDays, parts);
                    nearby(b.byCount.get(count + d), date, toleranceDays, parts);
                }
            }
        }
        if (date != null) {
            LocalDate from = date.minusDays(toleranceDays);
            LocalDate to = date.plusDays(toleranceDays);
            parts.addAll(b.datedUncounted.subMap(from, true, to, true).values());
            if (count == null) {
                parts.addAll(b.datedCounted.subMap(from, true, to, true).values());
                parts.add(b.undatedUncounted);
            }
        } else if (count == null) {
            parts.add(b.uncounted);
        }
        // the most recent of each part (each is in arrival order), then the most recent of those, oldest first; an
        // event can sit in two parts, so equal arrival numbers are kept once
        List<Entry> merged = new ArrayList<>();
        for (List<Entry> part : parts) {
            merged.addAll(part.subList(Math.max(0, part.size() - MAX_CANDIDATES), part.size()));
        }
        if (parts.size() > 1) {
            merged.sort(BY_ARRIVAL);
        }
        List<SeenEvent> out = new ArrayList<>(Math.min(merged.size(), MAX_CANDIDATES));
        long last = Long.MIN_VALUE;
        for (Entry entry : merged) {
            if (entry.seq() != last) {
                out.add(entry.event());
                last = entry.seq();
            }
        }
        return out.size() > MAX_CANDIDATES ? new ArrayList<>(out.subList(out.size() - MAX_CANDIDATES, out.size())) : out;
    }

    /** How far apart an early toll and its update may be (incident/weights.tsv: figure-update-difference). */
    private static final long UPDATE_DIFFERENCE = IncidentSignals.shared().points("figure-update-difference");

    /** The dated entries of the list within {@code toleranceDays} of the date, added to the parts. */
    private static void nearby(List<Entry> list, LocalDate date, int toleranceDays, List<List<Entry>> parts) {
        if (list == null) {
            return;
        }
        List<Entry> near = null;
        long day = date.toEpochDay();
        for (int i = list.size() - 1; i >= 0; i--) {
            SeenEvent e = list.get(i).event();
            if (e.date() != null && Math.abs(e.date().toEpochDay() - day) <= toleranceDays) {
                if (near == null) {
                    near = new ArrayList<>();
                }
                near.add(list.get(i));
                if (near.size() == MAX_CANDIDATES) {
                    break;
                }
            }
        }
        if (near != null) {
            java.util.Collections.reverse(near); // arrival order, as the other parts
            parts.add(near);
        }
    }

    private static final java.util.Comparator<Entry> BY_ARRIVAL = java.util.Comparator.comparingLong(Entry::seq);

    @Override
    public boolean containsId(String eventId) {
        return ids.containsKey(eventId);
    }

    @Override
    public boolean contains(String eventId, String article) {
        return idsInArticles.contains(articleKey(eventId, article));
    }

    @Override
    public int reports(String eventId) {
        return ids.getOrDefault(eventId, 0);
    }

    @Override
    public void evictBefore(LocalDate day) {
        // the events of the days before the cut, found by day: only their buckets are walked
        Map<LocalDate, List<Entry>> old = days.headMap(day);
        if (old.isEmpty()) {
            return;
        }
        Set<Bucket> touched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Entry> entries : old.values()) {
            for (Entry entry : entries) {
                if (!entry.gone) {
                    forget(entry);
                    touched.add(entry.bucket);
                }
            }
        }
        old.clear();
        for (Bucket b : touched) {
            b.dropGone();
            if (b.all.isEmpty()) {
                byKey.remove(b.key);
            }
        }
    }

    /** The events held, by their day (an event forgotten by the store's bound may stay here, marked gone). */
    private final TreeMap<LocalDate, List<Entry>> days = new TreeMap<>();

    /** Forgets the events that {@code gone} selects. */
    private void evict(Predicate<Entry> gone) {
        Iterator<Bucket> buckets = byKey.values().iterator();
        while (buckets.hasNext()) {
            Bucket b = buckets.next();
            int dropped = 0;
            for (Entry entry : b.all) {
                if (gone.test(entry)) {
                    forget(entry);
                    dropped++;
                }
            }
            if (dropped == b.all.size()) {
                buckets.remove();
            } else if (dropped > 0) {
                b.dropGone();
            }
        }
    }

    private void forget(Entry entry) {
        SeenEvent e = entry.event();
        entry.gone = true;
        size--;
        Integer n = ids.get(e.eventId());
        if (n != null && n == 1) {
            ids.remove(e.eventId());
            forgotten.add(e.eventId());
        } else if (n != null) {
            ids.put(e.eventId(), n - 1);
        }
        idsInArticles.remove(articleKey(e.eventId(), e.article()));
    }

    /** The ids no event holds any more since the last call (see {@link IdentityStore#takeForgotten}). */
    private List<String> forgotten = new ArrayList<>();

    @Override
    public List<String> takeForgotten() {
        List<String> out = forgotten;
        forgotten = new ArrayList<>();
        return out;
    }

    @Override
    public int size() {
        return size;
    }

    private static String articleKey(String eventId, String article) {
        return eventId + "|" + Objects.toString(article, "");
    }
}
