package org.newswatch.alert.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newswatch.contracts.ExtractedEvent;

/**
 * The recent stories of one subscription with one event type and principal party, for merging reports that do
 * not share an eventId: the same count within {@link #MERGE_DAYS} days at a compatible place, or a near-duplicate
 * of an article already in the story.
 */
public record StoryIndex(List<Ref> refs) {

    public static final int MERGE_DAYS = 2;
    static final int KEEP_DAYS = 30;
    static final int MAX_REFS = 500;

    /** A story as the index knows it. */
    public record Ref(String storyId, Long count, LocalDate day, String location, List<String> articleIds) {
    }

    public static StoryIndex empty() {
        return new StoryIndex(List.of());
    }

    /**
     * The story an event belongs to, or null.
     *
     * @param byPlace also merge a different figure for the same place within two days (the escalation rule follows
     *                a figure that changes as reports come in)
     */
    public String find(ExtractedEvent event, LocalDate day, boolean byPlace) {
        for (Ref ref : refs) {
            if (event.nearDuplicateOf() != null && ref.articleIds().contains(event.nearDuplicateOf())) {
                return ref.storyId();
            }
        }
        for (Ref ref : refs) {
            boolean close = Math.abs(ChronoUnit.DAYS.between(ref.day(), day)) <= MERGE_DAYS;
            boolean placeCompatible = ref.location() == null || event.location() == null
                    || ref.location().equalsIgnoreCase(event.location());
            if (close && placeCompatible && event.count() != null && event.count().equals(ref.count())) {
                return ref.storyId();
            }
            if (close && byPlace && ref.location() != null && ref.location().equalsIgnoreCase(event.location())) {
                return ref.storyId();
            }
        }
        return null;
    }

    /** This index with the story's current state, dropping stories older than 30 days before the newest. */
    public StoryIndex with(Story story, Long reportedCount) {
        List<Ref> out = new ArrayList<>();
        Ref previous = null;
        for (Ref ref : refs) {
            if (ref.storyId().equals(story.storyId())) {
                previous = ref;
            } else {
                out.add(ref);
            }
        }
        Long count = previous != null && previous.count() != null ? previous.count() : reportedCount;
        out.add(new Ref(story.storyId(), count, story.day(), story.location(),
                story.articles().stream().map(a -> a.id()).toList()));
        LocalDate newest = out.stream().map(Ref::day).max(Comparator.naturalOrder()).orElse(story.day());
        List<Ref> kept = out.stream().filter(r -> !r.day().isBefore(newest.minusDays(KEEP_DAYS))).toList();
        if (kept.size() > MAX_REFS) {
            kept = kept.subList(kept.size() - MAX_REFS, kept.size());
        }
        return new StoryIndex(List.copyOf(kept));
    }
}
