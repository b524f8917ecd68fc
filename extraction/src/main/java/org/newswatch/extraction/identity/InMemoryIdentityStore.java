package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An in-memory store, bounded in time by {@link #evictBefore}, indexed so that a lookup reads only the events that
 * could match (same figure, nearby days, undated) and not every event of a busy key ("KILLED UKRMIL" over a month
 * of news). Not thread-safe: {@link EventIdentity} locks.
 */
public final class InMemoryIdentityStore implements IdentityStore {

    /** An event and its arrival number, which keeps lookups oldest first. */
    private record Entry(long seq, SeenEvent event) {
    }

    /** The events of one key, and its indexes. */
    private static final class Bucket {
        final List<Entry> all = new ArrayList<>();
        final Map<Long, List<Entry>> byCount = new HashMap<>();
        final TreeMap<LocalDate, List<Entry>> byDate = new TreeMap<>();
        final List<Entry> undated = new ArrayList<>();
        final List<Entry> uncounted = new ArrayList<>();

        void index(Entry entry) {
            SeenEvent e = entry.event();
            all.add(entry);
            if (e.count() != null) {
                byCount.computeIfAbsent(e.count(), c -> new ArrayList<>()).add(entry);
            } else {
                uncounted.add(entry);
            }
            if (e.date() != null) {
                byDate.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(entry);
            } else {
                undated.add(entry);
            }
        }

        void reindex(List<Entry> kept) {
            all.clear();
            byCount.clear();
            byDate.clear();
            undated.clear();
            uncounted.clear();
            kept.forEach(this::index);
        }
    }

    private final Map<String, Bucket> byKey = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Set<String> idsInArticles = new HashSet<>();
    private long seq;
    private int size;

    @Override
    public void add(SeenEvent event) {
        byKey.computeIfAbsent(event.key(), k -> new Bucket()).index(new Entry(seq++, event));
        ids.merge(event.eventId(), 1, Integer::sum);
        idsInArticles.add(articleKey(event.eventId(), event.article()));
        size++;
    }

    @Override
    public List<SeenEvent> candidates(String key, Long count, LocalDate date, int toleranceDays) {
        Bucket b = byKey.get(key);
        if (b == null) {
            return List.of();
        }
        List<Collection<Entry>> parts = new ArrayList<>();
        if (count != null) {
            parts.add(b.byCount.getOrDefault(count, List.of()));
        }
        if (date != null) {
            b.byDate.subMap(date.minusDays(toleranceDays), true, date.plusDays(toleranceDays), true).values()
                    .forEach(parts::add);
            parts.add(b.undated);
        } else if (count == null) {
            parts.add(b.uncounted);
        }
        Map<Long, Entry> union = new TreeMap<>();
        for (Collection<Entry> part : parts) {
            for (Entry entry : part) {
                union.put(entry.seq(), entry);
            }
        }
        List<SeenEvent> out = new ArrayList<>(union.size());
        union.values().forEach(entry -> out.add(entry.event()));
        return out;
    }

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
        Iterator<Bucket> buckets = byKey.values().iterator();
        while (buckets.hasNext()) {
            Bucket b = buckets.next();
            List<Entry> kept = new ArrayList<>(b.all.size());
            for (Entry entry : b.all) {
                SeenEvent e = entry.event();
                if (e.day() != null && e.day().isBefore(day)) {
                    size--;
                    ids.computeIfPresent(e.eventId(), (k, n) -> n == 1 ? null : n - 1);
                    idsInArticles.remove(articleKey(e.eventId(), e.article()));
                } else {
                    kept.add(entry);
                }
            }
            if (kept.isEmpty()) {
                buckets.remove();
            } else if (kept.size() < b.all.size()) {
                b.reindex(kept);
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    private static String articleKey(String eventId, String article) {
        return eventId + "|" + Objects.toString(article, "");
    }
}
