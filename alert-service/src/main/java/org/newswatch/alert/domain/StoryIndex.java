package org.newswatch.alert.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A few recent stories of one subscription that share one signature, for merging reports that do not share an
 * eventId. The index is spread over many small values, so that an event reads and writes a handful of short lists
 * however long the history of its type and party (see {@link #countKey}, {@link #dayKey}, {@link #placeKey},
 * {@link #articleKey}): the candidates of a report are the stories with its figure, the stories of the days within
 * {@link #MERGE_DAYS} of its day, at its place (escalation) and those of the article it nearly repeats; which of
 * them it joins, if any, is {@link org.newswatch.contracts.incident.IncidentMatch}'s decision on each story's
 * merge summary ({@link Story#incident()}).
 */
public record StoryIndex(List<Ref> refs) {

    public static final int MERGE_DAYS = 2;
    static final int KEEP_DAYS = 30;
    /** At most this many stories per value: the newest are kept. */
    static final int MAX_REFS = 32;

    /**
     * A story as the index knows it.
     *
     * @param location the story's place name, null while it has none
     */
    public record Ref(String storyId, LocalDate day, String location) {
    }

    public static StoryIndex empty() {
        return new StoryIndex(List.of());
    }

    /** subscriptionId|type|principal|count=N: the stories whose first incident figure is N. */
    public static String countKey(String signature, long count) {
        return signature + AlertEngine.SOURCE_SEPARATOR + "count=" + count;
    }

    /** subscriptionId|type|principal|day=YYYY-MM-DD: the stories of that day. */
    public static String dayKey(String signature, LocalDate day) {
        return signature + AlertEngine.SOURCE_SEPARATOR + "day=" + day;
    }

    /** subscriptionId|type|principal|place=name: the stories at that place (case-insensitive). */
    public static String placeKey(String signature, String location) {
        return signature + AlertEngine.SOURCE_SEPARATOR + "place=" + location.toLowerCase(Locale.ROOT);
    }

    /** subscriptionId|type|principal|article=id: the stories that article reported. */
    public static String articleKey(String signature, String articleId) {
        return signature + AlertEngine.SOURCE_SEPARATOR + "article=" + articleId;
    }

    /** The stories within {@code days} days of the day, oldest first. */
    public List<Ref> near(LocalDate day, int days) {
        return refs.stream().filter(r -> Math.abs(ChronoUnit.DAYS.between(r.day(), day)) <= days).toList();
    }

    /**
     * This value with the story's ref set (in place when it is there already), dropping stories older than 30 days
     * before the newest and keeping at most {@link #MAX_REFS}.
     */
    public StoryIndex with(Story story) {
        Ref ref = new Ref(story.storyId(), story.day(), story.location());
        List<Ref> out = new ArrayList<>(refs.size() + 1);
        boolean replaced = false;
        for (Ref r : refs) {
            if (r.storyId().equals(ref.storyId())) {
                out.add(ref);
                replaced = true;
            } else {
                out.add(r);
            }
        }
        if (!replaced) {
            out.add(ref);
        }
        LocalDate newest = out.stream().map(Ref::day).max(Comparator.naturalOrder()).orElse(ref.day());
        List<Ref> kept = out.stream().filter(r -> !r.day().isBefore(newest.minusDays(KEEP_DAYS))).toList();
        if (kept.size() > MAX_REFS) {
            kept = kept.subList(kept.size() - MAX_REFS, kept.size());
        }
        return new StoryIndex(List.copyOf(kept));
    }

    /** True when the story is in this value. */
    public boolean has(String storyId) {
        return refs.stream().anyMatch(r -> r.storyId().equals(storyId));
    }
}
