package org.newswatch.alert.recent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newswatch.alert.domain.AlertEngine;
import org.newswatch.alert.domain.AlertState;
import org.newswatch.alert.domain.EventMatcher;
import org.newswatch.alert.domain.StateTable;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;

/**
 * "What would this rule have caught?": runs the alert engine, the same rules and story merging as the topology, for one
 * subscription over recent events in event-time order, on state of its own in plain maps, and returns what it would
 * have fired (the latest record of each alert, in the order they first fired) without writing anything anywhere.
 * Silences are not applied: a preview shows what the rule catches.
 */
public final class Preview {

    /** What a preview found: each alert's latest record, and how many alert records (new and updates) it made. */
    public record Result(int events, int matched, int records, List<Alert> alerts) {
    }

    private Preview() {
    }

    public static Result run(Subscription subscription, List<RecentEvents.Recent> events, Clock clock) {
        AlertEngine engine = new AlertEngine(new AlertState(new MapTable<>(), new MapTable<>(), new MapTable<>(),
                new MapTable<>(), new MapTable<>(), new MapTable<>(), new MapTable<>()), clock);
        Map<String, Alert> latest = new LinkedHashMap<>();
        int matched = 0;
        int records = 0;
        for (RecentEvents.Recent r : events) {
            if (!EventMatcher.applies(subscription, r.event())) {
                continue;
            }
            matched++;
            for (Alert a : engine.evaluate(subscription, r.event(), Instant.ofEpochMilli(r.timestamp()))) {
                records++;
                latest.put(a.alertId(), a);
            }
        }
        return new Result(events.size(), matched, records, List.copyOf(latest.values()));
    }

    /** A state table in a plain map. */
    static final class MapTable<V> implements StateTable<V> {
        private final Map<String, V> map = new HashMap<>();

        @Override
        public V get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, V value) {
            if (value == null) {
                map.remove(key);
            } else {
                map.put(key, value);
            }
        }
    }
}
