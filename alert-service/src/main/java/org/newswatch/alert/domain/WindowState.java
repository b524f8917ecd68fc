package org.newswatch.alert.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident figures one window subscription has seen, one entry per story (a story counts once, with its highest
 * incident figure, however many articles report it), and the end of the last window that fired. Entries name their
 * story, whose sources the stories store holds: the state does not grow with the articles of its stories.
 */
public record WindowState(List<Entry> entries, Long lastFiredEnd) {

    /** One story's contribution at its event time (epoch millis). */
    public record Entry(String storyId, long time, long count) {
    }

    /** The best window found around a new contribution. */
    public record Sum(long end, long total, List<Entry> entries) {
    }

    public static WindowState empty() {
        return new WindowState(List.of(), null);
    }

    /** This state with the story's contribution set (the higher of the old and new figure), old entries pruned. */
    public WindowState with(Entry entry, Duration window) {
        List<Entry> out = new ArrayList<>();
        long newest = entry.time();
        for (Entry e : entries) {
            if (e.storyId().equals(entry.storyId())) {
                entry = new Entry(e.storyId(), e.time(), Math.max(e.count(), entry.count()));
            } else {
                out.add(e);
                newest = Math.max(newest, e.time());
            }
        }
        out.add(entry);
        long horizon = newest - 2 * window.toMillis();
        return new WindowState(out.stream().filter(e -> e.time() >= horizon).toList(), lastFiredEnd);
    }

    /**
     * The largest sum over the windows (end - window, end] that contain the contribution at {@code time}: ends at that
     * time or at a later entry's time less than a window after it (events may arrive out of order).
     */
    public Sum bestWindowAround(long time, Duration window) {
        long w = window.toMillis();
        Sum best = sumEndingAt(time, w);
        for (Entry e : entries) {
            if (e.time() > time && e.time() < time + w) {
                Sum s = sumEndingAt(e.time(), w);
                if (s.total() > best.total()) {
                    best = s;
                }
            }
        }
        return best;
    }

    private Sum sumEndingAt(long end, long w) {
        List<Entry> in = entries.stream().filter(e -> e.time() > end - w && e.time() <= end).toList();
        return new Sum(end, in.stream().mapToLong(Entry::count).sum(), in);
    }

    /** A window may fire when it does not overlap the last window that fired. */
    public boolean mayFire(long end, Duration window) {
        return lastFiredEnd == null || end - lastFiredEnd >= window.toMillis();
    }

    public WindowState fired(long end) {
        return new WindowState(entries, end);
    }
}
