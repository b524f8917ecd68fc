package org.newswatch.alert.grouping;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newswatch.contracts.Alert;

/**
 * Groups the alerts a channel sends to one receiver, as Alertmanager does: the first alert of a quiet group waits
 * {@code groupWait} for others to go with it; after a message, the next one goes no earlier than {@code groupInterval}
 * later and carries what changed since (new alerts, the latest record of updated ones); a message about an alert is
 * followed by another about the same alert no earlier than {@code repeatInterval} later (its updates in between fold
 * into one); with a daily time, a group's messages go once a day at that UTC time (a digest). Plain logic on an
 * injected clock: {@link #offer} records, {@link #due} hands out the messages whose time has come, {@link #nextDue}
 * says when to look again. Memory: per group, its held alerts and the alerts it sent within {@code repeatInterval}; a
 * group that has nothing to hold or remember is dropped.
 *
 * @param <T> what a message needs besides its alerts (the subscription and receiver), the latest given
 */
public final class Grouper<T> {

    /** A group's timing. */
    public record Policy(Duration groupWait, Duration groupInterval, Duration repeatInterval, LocalTime dailyAt) {
    }

    /** One message: a group's alerts, oldest first, latest record of each. */
    public record Batch<T>(String key, T context, List<Alert> alerts) {
    }

    private static final class Group<T> {
        Policy policy;
        T context;
        Instant lastFlush;
        Instant firstHeld;
        final LinkedHashMap<String, Alert> held = new LinkedHashMap<>();
        final Map<String, Instant> sent = new HashMap<>();
    }

    private final Clock clock;
    private final Map<String, Group<T>> groups = new HashMap<>();

    public Grouper(Clock clock) {
        this.clock = clock;
    }

    /** Holds {@code alert} in the group {@code key} (its later record replaces an earlier one not yet sent). */
    public synchronized void offer(String key, Policy policy, T context, Alert alert) {
        Group<T> g = groups.computeIfAbsent(key, k -> new Group<>());
        g.policy = policy;
        g.context = context;
        if (g.held.isEmpty()) {
            g.firstHeld = clock.instant();
        }
        g.held.put(alert.alertId(), alert); // a later record takes the place of the held one
    }

    /** The messages due now; their alerts are counted as sent. */
    public synchronized List<Batch<T>> due() {
        Instant now = clock.instant();
        List<Batch<T>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, Group<T>>> it = groups.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Group<T>> e = it.next();
            Group<T> g = e.getValue();
            Instant at = flushAt(g);
            if (at != null && !at.isAfter(now)) {
                List<Alert> batch = new ArrayList<>();
                for (Iterator<Alert> h = g.held.values().iterator(); h.hasNext(); ) {
                    Alert a = h.next();
                    if (!eligible(g, a.alertId()).isAfter(now)) {
                        batch.add(a);
                        g.sent.put(a.alertId(), now);
                        h.remove();
                    }
                }
                g.lastFlush = now;
                g.firstHeld = g.held.isEmpty() ? null : now;
                out.add(new Batch<>(e.getKey(), g.context, List.copyOf(batch)));
            }
            g.sent.values().removeIf(sentAt -> !sentAt.plus(g.policy.repeatInterval()).isAfter(now));
            if (g.held.isEmpty() && g.sent.isEmpty()
                    && (g.lastFlush == null || !g.lastFlush.plus(g.policy.groupInterval()).isAfter(now))) {
                it.remove();
            }
        }
        return out;
    }

    /** When {@link #due} next has a message, if any group holds alerts. */
    public synchronized Optional<Instant> nextDue() {
        return groups.values().stream().map(this::flushAt).filter(i -> i != null).min(Instant::compareTo);
    }

    /** How many groups are kept (for tests and metrics). */
    public synchronized int size() {
        return groups.size();
    }

    private Instant flushAt(Group<T> g) {
        if (g.held.isEmpty()) {
            return null;
        }
        Instant base;
        if (g.policy.dailyAt() != null) {
            base = nextDaily(g.firstHeld, g.policy.dailyAt());
        } else {
            base = g.firstHeld.plus(g.policy.groupWait());
            if (g.lastFlush != null && g.lastFlush.plus(g.policy.groupInterval()).isAfter(base)) {
                base = g.lastFlush.plus(g.policy.groupInterval());
            }
        }
        Instant earliest = g.held.keySet().stream().map(id -> eligible(g, id)).min(Instant::compareTo).orElseThrow();
        Instant at = earliest.isAfter(base) ? earliest : base;
        return g.policy.dailyAt() != null && at.isAfter(base) ? nextDaily(at, g.policy.dailyAt()) : at;
    }

    /** When an alert may be sent again: at once if never sent, else {@code repeatInterval} after it was. */
    private static Instant eligible(Group<?> g, String alertId) {
        Instant sent = g.sent.get(alertId);
        return sent == null ? Instant.MIN : sent.plus(g.policy.repeatInterval());
    }

    /** The first instant at or after {@code from} whose UTC time of day is {@code at}. */
    static Instant nextDaily(Instant from, LocalTime at) {
        ZonedDateTime day = from.atZone(ZoneOffset.UTC).toLocalDate().atTime(at).atZone(ZoneOffset.UTC);
        Instant candidate = day.toInstant();
        return candidate.isBefore(from) ? day.plusDays(1).toInstant() : candidate;
    }
}
