package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** An in-memory store, bounded in time by {@link #evictBefore}. Not thread-safe: {@link EventIdentity} locks. */
public final class InMemoryIdentityStore implements IdentityStore {

    private final Map<String, List<SeenEvent>> byKey = new HashMap<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private int size;

    @Override
    public void add(SeenEvent event) {
        byKey.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event);
        ids.merge(event.eventId(), 1, Integer::sum);
        size++;
    }

    @Override
    public List<SeenEvent> candidates(String key) {
        List<SeenEvent> l = byKey.get(key);
        return l == null ? List.of() : l;
    }

    @Override
    public boolean containsId(String eventId) {
        return ids.containsKey(eventId);
    }

    @Override
    public void evictBefore(LocalDate day) {
        Iterator<List<SeenEvent>> lists = byKey.values().iterator();
        while (lists.hasNext()) {
            List<SeenEvent> l = lists.next();
            Iterator<SeenEvent> it = l.iterator();
            while (it.hasNext()) {
                SeenEvent e = it.next();
                if (e.day() != null && e.day().isBefore(day)) {
                    it.remove();
                    size--;
                    ids.computeIfPresent(e.eventId(), (k, n) -> n == 1 ? null : n - 1);
                }
            }
            if (l.isEmpty()) {
                lists.remove();
            }
        }
    }

    @Override
    public int size() {
        return size;
    }
}
