package org.newswatch.alert.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.SourceArticle;
import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;

/**
 * One real event as seen by one subscription: what was merged into it, and what was alerted about it.
 *
 * <p>A story that many articles report stays small: it lists its first {@link #MAX_LISTED} sources and event ids
 * and counts the rest ({@link #sources}); which article already reported which event is kept apart, one small value
 * per report (see {@link Reports}), so that an event reads and writes the same few bytes whether the story has two
 * sources or twenty thousand.
 *
 * @param storyId      the eventId of its first report
 * @param type         event type
 * @param principal    victim for casualty types, actor otherwise
 * @param count        the highest incident figure reported, null if none
 * @param day          the event's date (or its first report's day)
 * @param location     place name of the first report that gave one
 * @param eventIds     ids of the first {@link #MAX_LISTED} events merged in
 * @param articles     the first {@link #MAX_LISTED} articles that reported it, in arrival order
 * @param alertId      id of the alert last fired for it, null if none yet
 * @param alertedCount the figure of that alert
 * @param lastAlert    the last record sent for it (updates repeat it with the new sources)
 * @param indexedCount the first incident figure reported, null if none: the figure it is indexed under for merging
 * @param sources      how many distinct articles reported it; null in values written before the lists were
 *                     bounded, whose lists are complete
 * @param incident     what the merge decision ({@link IncidentMatch}) knows of it: its first report, with what that
 *                     lacked (a place, a party, a figure, signal words) taken from later ones; null in values
 *                     written before v1.3
 */
public record Story(String storyId, EventType type, String principal, Long count, LocalDate day, String location,
        List<String> eventIds, List<SourceArticle> articles, String alertId, Long alertedCount, Alert lastAlert,
        Long indexedCount, Integer sources, Incident incident) {

    /** How many sources (and event ids) a story lists, and so an alert about it. */
    public static final int MAX_LISTED = 20;

    public static Story start(ExtractedEvent event, LocalDate day) {
        return start(event.eventId(), event, day);
    }

    /** A story of its own for a report split off another story (see {@link AlertEngine#split}). */
    public static Story start(String storyId, ExtractedEvent event, LocalDate day) {
        return new Story(storyId, event.type(), event.principal(), null, day, null, List.of(), List.of(),
                null, null, null, null, 0, null);
    }

    /** True when the lists show that this very report (same article, same event) was merged already. */
    public boolean listsReport(ExtractedEvent event) {
        return eventIds.contains(event.eventId()) && listsArticle(event.article());
    }

    /** True when the article is among the listed sources. */
    public boolean listsArticle(String articleId) {
        return articleId != null && articles.stream().anyMatch(a -> a.id().equals(articleId));
    }

    /** The story with the report merged in; {@code newSource}: its article had not reported the story before. */
    public Story merge(ExtractedEvent event, boolean newSource) {
        List<String> ids = eventIds;
        if (ids.size() < MAX_LISTED && !ids.contains(event.eventId())) {
            ids = new ArrayList<>(eventIds);
            ids.add(event.eventId());
            ids = List.copyOf(ids);
        }
        List<SourceArticle> arts = articles;
        if (newSource && arts.size() < MAX_LISTED) {
            arts = new ArrayList<>(articles);
            arts.add(new SourceArticle(event.article(), event.articleTitle(), event.articleUrl(),
                    event.articleSource(), event.evidence()));
            arts = List.copyOf(arts);
        }
        Long newCount = count;
        if (event.count() != null && !Boolean.TRUE.equals(event.cumulative())
                && (count == null || event.count() > count)) {
            newCount = event.count();
        }
        String loc = location != null ? location : event.location();
        Long indexed = indexedCount != null || event.count() == null || Boolean.TRUE.equals(event.cumulative())
                ? indexedCount : event.count();
        Incident report = Incident.of(event);
        return new Story(storyId, type, principal, newCount, day, loc, ids, arts, alertId, alertedCount, lastAlert,
                indexed, corroboration() + (newSource ? 1 : 0), incident == null ? report : incident.widen(report));
    }

    /**
     * The story without a report split off it: the event id unlisted (unless it is the story's own), and with
     * {@code articleGone} (the article reported nothing else of it) the article unlisted and one source less. What
     * the report had added to the merge summary, the highest figure or the place stays: a story cannot be
     * un-widened without its other reports.
     */
    public Story without(ExtractedEvent event, boolean articleGone) {
        List<String> ids = event.eventId().equals(storyId) ? eventIds
                : eventIds.stream().filter(id -> !id.equals(event.eventId())).toList();
        List<SourceArticle> arts = articleGone
                ? articles.stream().filter(a -> !a.id().equals(event.article())).toList() : articles;
        int left = corroboration() - (articleGone ? 1 : 0);
        return new Story(storyId, type, principal, count, day, location, ids, arts, alertId, alertedCount, lastAlert,
                indexedCount, left, incident);
    }

    public Story alerted(Alert alert, Long figure) {
        return new Story(storyId, type, principal, count, day, location, eventIds, articles, alert.alertId(), figure,
                alert, indexedCount, sources, incident);
    }

    public Story withLastAlert(Alert alert) {
        return new Story(storyId, type, principal, count, day, location, eventIds, articles, alertId, alertedCount,
                alert, indexedCount, sources, incident);
    }

    /** Distinct articles that reported it (listed or not). */
    public int corroboration() {
        return sources != null ? sources : articles.size();
    }

    /** How many of its sources are not listed. */
    int unlisted() {
        return corroboration() - articles.size();
    }
}
