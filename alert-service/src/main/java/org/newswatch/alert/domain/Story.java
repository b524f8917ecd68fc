package org.newswatch.alert.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.SourceArticle;

/**
 * One real event as seen by one subscription: every report merged into it, and what was alerted about it.
 *
 * @param storyId      the eventId of its first report
 * @param type         event type
 * @param principal    victim for casualty types, actor otherwise
 * @param count        the highest incident figure reported, null if none
 * @param day          the event's date (or its first report's day)
 * @param location     place name of the first report that gave one
 * @param eventIds     ids of every event merged in
 * @param articles     every article that reported it, in arrival order
 * @param alertId      id of the alert last fired for it, null if none yet
 * @param alertedCount the figure of that alert
 * @param lastAlert    the last record sent for it (updates repeat it with the new sources)
 * @param indexedCount the first incident figure reported, null if none: the figure it is indexed under for merging
 */
public record Story(String storyId, EventType type, String principal, Long count, LocalDate day, String location,
        List<String> eventIds, List<SourceArticle> articles, String alertId, Long alertedCount, Alert lastAlert, Long indexedCount) {

    public static Story start(ExtractedEvent event, LocalDate day) {
        return new Story(event.eventId(), event.type(), event.principal(), null, day, null, List.of(), List.of(),
                null, null, null, null);
    }

    /** True when this very report (same article, same event) was merged already: a replay. */
    public boolean hasReport(ExtractedEvent event) {
        return eventIds.contains(event.eventId()) && articles.stream().anyMatch(a -> a.id().equals(event.article()));
    }

    public boolean hasArticle(String articleId) {
        return articleId != null && articles.stream().anyMatch(a -> a.id().equals(articleId));
    }

    public Story merge(ExtractedEvent event) {
        List<String> ids = new ArrayList<>(eventIds);
        if (!ids.contains(event.eventId())) {
            ids.add(event.eventId());
        }
        List<SourceArticle> arts = new ArrayList<>(articles);
        if (!hasArticle(event.article())) {
            arts.add(new SourceArticle(event.article(), event.articleTitle(), event.articleUrl(),
                    event.articleSource(), event.evidence()));
        }
        Long newCount = count;
        if (event.count() != null && !Boolean.TRUE.equals(event.cumulative())
                && (count == null || event.count() > count)) {
            newCount = event.count();
        }
        String loc = location != null ? location : event.location();
        Long indexed = indexedCount != null || event.count() == null || Boolean.TRUE.equals(event.cumulative())
                ? indexedCount : event.count();
        return new Story(storyId, type, principal, newCount, day, loc, List.copyOf(ids), List.copyOf(arts), alertId,
                alertedCount, lastAlert, indexed);
    }

    public Story alerted(Alert alert, Long figure) {
        return new Story(storyId, type, principal, count, day, location, eventIds, articles, alert.alertId(), figure,
                alert, indexedCount);
    }

    public Story withLastAlert(Alert alert) {
        return new Story(storyId, type, principal, count, day, location, eventIds, articles, alertId, alertedCount,
                alert, indexedCount);
    }

    /** Distinct articles that reported it. */
    public int corroboration() {
        return articles.size();
    }
}
