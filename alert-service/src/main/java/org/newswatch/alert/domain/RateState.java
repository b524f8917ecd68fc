package org.newswatch.alert.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The matching events one rate subscription has seen within its horizon ({@code window x (baseline + 1)} before the
 * newest), one entry per story at the event time of its first report (a story counts once, however many articles
 * report it), and the end of the last window that fired. Entries name their story, whose sources the stories store
 * holds: a later source of a counted story does not rewrite the state.
 */
public record RateState(List<Entry> entries, Long lastFiredEnd) {

    static final int MAX_ENTRIES = 20000;

    /** One story at the event time of its first report (epoch millis). */
    public record Entry(String storyId, long time) {
    }

    /**
     * The figures of the window {@code (end - window, end]}: how many stories fell in it, the mean per window over
     * the {@code baseline} windows before it, and those stories in event-time order.
     */
    public record Spike(long end, long count, double baselineMean, List<Entry> entries) {
    }

    public static RateState empty() {
        return new RateState(List.of(), null);
    }

    public boolean has(String storyId) {
        return entries.stream().anyMatch(e -> e.storyId().equals(storyId));
    }

    /** This state with the story counted (once: a story already counted is left as it is), old entries pruned. */
    public RateState with(Entry entry, Duration window, int baseline) {
        if (has(entry.storyId())) {
            return this;
        }
        List<Entry> out = new ArrayList<>(entries);
        out.add(entry);
        long newest = out.stream().mapToLong(Entry::time).max().orElse(entry.time());
        long horizon = newest - window.toMillis() * (baseline + 1L);
        List<Entry> kept = out.stream().filter(e -> e.time() > horizon).toList();
        if (kept.size() > MAX_ENTRIES) {
            kept = kept.subList(kept.size() - MAX_ENTRIES, kept.size());
        }
        return new RateState(List.copyOf(kept), lastFiredEnd);
    }

    /** How many stories lie in {@code (from, to]}. */
    long countIn(long from, long to) {
        return entries.stream().filter(e -> e.time() > from && e.time() <= to).count();
    }

    /** The figures of the window ending at {@code end}. */
    public Spike at(long end, Duration window, int baseline) {
        long w = window.toMillis();
        List<Entry> in = entries.stream().filter(e -> e.time() > end - w && e.time() <= end)
                .sorted(Comparator.comparingLong(Entry::time).thenComparing(Entry::storyId)).toList();
        double mean = (double) countIn(end - w * (baseline + 1L), end - w) / baseline;
        return new Spike(end, in.size(), mean, in);
    }

    /**
     * The first window that contains the story at {@code time} and reaches {@code max(minCount, factor x baseline
     * mean)}: it ends at that time or at a later entry's time less than a window after it (events may arrive out of
     * order); null when none does or it overlaps the window that fired last.
     */
    public Spike spikeAround(long time, Duration window, int baseline, long minCount, double factor) {
        long w = window.toMillis();
        List<Long> ends = new ArrayList<>();
        ends.add(time);
        entries.stream().mapToLong(Entry::time).filter(t -> t > time && t < time + w).sorted().distinct()
                .forEach(ends::add);
        for (long end : ends) {
            Spike s = at(end, window, baseline);
            if (s.count() >= minCount && s.count() >= factor * s.baselineMean() && mayFire(end, window)) {
                return s;
            }
        }
        return null;
    }

    /** A window may fire when it does not overlap the last window that fired. */
    boolean mayFire(long end, Duration window) {
        return lastFiredEnd == null || end - lastFiredEnd >= window.toMillis();
    }

    public RateState fired(long end) {
        return new RateState(entries, lastFiredEnd == null ? end : Math.max(lastFiredEnd, end));
    }
}
