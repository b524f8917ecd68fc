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
 * however long the history of its type and party (see {@link #countKey}, {@link #placeKey}, {@link #articleKey}):
 * the same count within {@link #MERGE_DAYS} days at a compatible place, the same place within {@link #MERGE_DAYS}
 * days (escalation), or a near-duplicate of an article already in the story.
 */
public record StoryIndex(List<Ref> refs) {

    public static final int MERGE_DAYS = 2;
    static final int KEEP_DAYS = 30;
    /** At most this many stories per value: the newest are kept. */
    static final int MAX_REFS = 32;

    /**
     * A story as the index knows it.
     *
     * @param location the story's place name, null while it has none (compatible with any place)
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

    /** subscriptionId|type|principal|place=name: the stories at that place (case-insensitive). */
    public static String placeKey(String signature, String location) {
        return signature + AlertEngine.SOURCE_SEPARATOR + "place=" + location.toLowerCase(Locale.ROOT);
    }

    /** subscriptionId|type|principal|article=id: the stories that article reported. */
    public static String articleKey(String signature, String articleId) {
        return signature + AlertEngine.SOURCE_SEPARATOR + "article=" + articleId;
    }

    /** The first story with the same figure within two days at a compatible place, or null. */
    public String findByCount(LocalDate day, String location) {
        for (Ref ref : refs) {
            if (close(ref, day) && (ref.location() == null || location == null
                    || ref.location().equalsIgnoreCase(location))) {
                return ref.storyId();
            }
        }
        return null;
    }

    /** The first story at the same place within two days, or null. */
    public String findByPlace(LocalDate day, String location) {
        for (Ref ref : refs) {
            if (close(ref, day) && ref.location() != null && ref.location().equalsIgnoreCase(location)) {
                return ref.storyId();
            }
        }
        return null;
    }

    /** The first story (of the article's) within the thirty days the index keeps, or null. */
    public String findRecent(LocalDate day) {
        for (Ref ref : refs) {
            if (Math.abs(ChronoUnit.DAYS.between(ref.day(), day)) <= KEEP_DAYS) {
                return ref.storyId();
            }
        }
        return null;
    }

    private static boolean close(Ref ref, LocalDate day) {
        return Math.abs(ChronoUnit.DAYS.between(ref.day(), day)) <= MERGE_DAYS;
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
