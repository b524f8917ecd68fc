package org.newswatch.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One alert on the {@link Topics#ALERTS} topic (schema {@code schemas/alert-v1.schema.json}), keyed by
 * subscription id.
 *
 * @param schemaVersion    always 1 for this record
 * @param alertId          stable id: the same real event for the same subscription always gets the same id
 * @param subscriptionId   the subscription that fired
 * @param subscriptionName its name
 * @param rule             the rule kind that fired (threshold, window, new, escalation, rate)
 * @param summary          one human line, e.g. "KILLED TURMIL 22 (AT_LEAST) in Idlib on 2020-02-27"
 * @param eventType        type of the event
 * @param victim           victim code
 * @param actor            actor code
 * @param count            the figure that fired the rule
 * @param qualifier        its qualifier
 * @param location         place name
 * @param place            resolved place
 * @param date             event date
 * @param evidence         the evidence sentence of the first report
 * @param articles         the first 20 articles that reported it, in arrival order (a story reported by
 *                         thousands of articles keeps its records small; {@code corroboration} counts them all)
 * @param eventIds         ids of the first 20 events merged into this alert
 * @param corroboration    how many distinct articles reported it, listed or not
 * @param eventTime        event time of the record that fired (article publication time)
 * @param firedAt          wall-clock time the alert was produced
 * @param status           {@link #NEW} for the first record of an alert, {@link #UPDATE} when a later source
 *                         corroborates it (same alertId: replace the earlier record, do not notify as new);
 *                         absent means {@link #NEW} (records written before the field existed)
 * @param previousCount    escalation alerts: the figure alerted before this one, else null
 * @param muted            true when a silence matched it: kept and listed, but not notified
 * @param silenceId        the id of that silence
 * @param acknowledgedBy   who acknowledged it (set by alert-service's history, not on the topic)
 * @param acknowledgedAt   when it was acknowledged
 * @param baseline         rate alerts: the mean number of matching events per window over the baseline windows
 *                         (optional, added after v1.0)
 * @param joined           an update: the source that joined the story and the signals that made it join (optional,
 *                         added in v1.3), so that a merge can be audited and split
 */
public record Alert(
        int schemaVersion,
        String alertId,
        String subscriptionId,
        String subscriptionName,
        String rule,
        String summary,
        EventType eventType,
        String victim,
        String actor,
        Long count,
        Qualifier qualifier,
        String location,
        Place place,
        LocalDate date,
        String evidence,
        List<SourceArticle> articles,
        List<String> eventIds,
        int corroboration,
        Instant eventTime,
        Instant firedAt,
        String status,
        Long previousCount,
        Boolean muted,
        String silenceId,
        String acknowledgedBy,
        Instant acknowledgedAt,
        Double baseline,
        Joined joined) {

    public static final int VERSION = 1;

    /**
     * How a source joined a story.
     *
     * @param article the article that joined
     * @param eventId its event
     * @param signals why: {@code same-event-id} (the extract-service gave it the story's event id), else the merge
     *                rule's signals ("same-day", "same-place-town", "same-figure-small", "same-weapon:explosive", ...)
     */
    public record Joined(String article, String eventId, List<String> signals) {
    }
    public static final String NEW = "new";
    public static final String UPDATE = "update";

    /** The v1.2 alert, without how its last source joined. */
    public Alert(int schemaVersion, String alertId, String subscriptionId, String subscriptionName, String rule,
            String summary, EventType eventType, String victim, String actor, Long count, Qualifier qualifier,
            String location, Place place, LocalDate date, String evidence, List<SourceArticle> articles,
            List<String> eventIds, int corroboration, Instant eventTime, Instant firedAt, String status,
            Long previousCount, Boolean muted, String silenceId, String acknowledgedBy, Instant acknowledgedAt,
            Double baseline) {
        this(schemaVersion, alertId, subscriptionId, subscriptionName, rule, summary, eventType, victim, actor, count,
                qualifier, location, place, date, evidence, articles, eventIds, corroboration, eventTime, firedAt,
                status, previousCount, muted, silenceId, acknowledgedBy, acknowledgedAt, baseline, null);
    }

    /** The v1.0 alert, without baseline. */
    public Alert(int schemaVersion, String alertId, String subscriptionId, String subscriptionName, String rule,
            String summary, EventType eventType, String victim, String actor, Long count, Qualifier qualifier,
            String location, Place place, LocalDate date, String evidence, List<SourceArticle> articles,
            List<String> eventIds, int corroboration, Instant eventTime, Instant firedAt, String status,
            Long previousCount, Boolean muted, String silenceId, String acknowledgedBy, Instant acknowledgedAt) {
        this(schemaVersion, alertId, subscriptionId, subscriptionName, rule, summary, eventType, victim, actor, count,
                qualifier, location, place, date, evidence, articles, eventIds, corroboration, eventTime, firedAt,
                status, previousCount, muted, silenceId, acknowledgedBy, acknowledgedAt, null);
    }

    /** True for a later-source update of an alert already delivered. */
    @JsonIgnore
    public boolean isUpdate() {
        return UPDATE.equals(status);
    }

    /** True when a silence muted it. */
    @JsonIgnore
    public boolean isMuted() {
        return Boolean.TRUE.equals(muted);
    }
}
