package org.newswatch.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * One event read out of one article, on the {@link Topics#EVENTS} topic (schema
 * {@code schemas/event-v1.schema.json}). The field names of the gold format come first.
 *
 * @param schemaVersion  always 1 for this record
 * @param eventId        the same for every report of one real-world event of one type, in any article
 * @param article        id of the article it was read from
 * @param type           what happened
 * @param victim         actor code of who suffered it (KILLED, WOUNDED, EQUIPMENT_LOSS owner, DISPLACEMENT; the target otherwise)
 * @param actor          actor code of who did it
 * @param count          the number (the low end of a range); null for vague amounts or none
 * @param countHigh      the high end of a range ("between 43 and 52"), else null
 * @param qualifier      how the count is qualified; null without a count
 * @param vagueAmount    a vague amount word ("dozens", "several"), with a null count
 * @param cumulative     true for a running total, false for one incident
 * @param equipment      kind of equipment, EQUIPMENT_LOSS only
 * @param location       the most specific place name the text ties the event to
 * @param place          that place resolved in the gazetteer (name, country, coordinates)
 * @param date           the event's own date, resolved against the article's date
 * @param claimedBy      actor code of the source the figure is attributed to
 * @param evidence       the sentence that states the event, verbatim
 * @param evidenceStart  character offset of the evidence in the article text
 * @param evidenceEnd    end offset (exclusive) of the evidence in the article text
 * @param rule           name of the extraction rule that produced it
 * @param confidence     0..1
 * @param articleTitle   title of the article, if known
 * @param articleUrl     URL of the article, if known
 * @param articleSource  publisher of the article, if known
 * @param nearDuplicateOf id of an earlier article the source article nearly repeats, else null
 * @param origin         the source article's origin, {@link Article#LIVE} or {@link Article#REPLAY}; null means live
 *                       (optional, added after v1.0: readers treat its absence as live)
 * @param cause          KILLED, WOUNDED and DISPLACEMENT only: what caused the deaths, injuries or flight
 *                       ({@link Cause}); null on other types (optional, added in v1.2 for KILLED and WOUNDED, in v1.6 for
 *                       DISPLACEMENT: readers treat its absence as {@link Cause#VIOLENCE})
 */
public record ExtractedEvent(
        int schemaVersion,
        String eventId,
        String article,
        EventType type,
        String victim,
        String actor,
        Long count,
        Long countHigh,
        Qualifier qualifier,
        String vagueAmount,
        Boolean cumulative,
        Equipment equipment,
        String location,
        Place place,
        LocalDate date,
        String claimedBy,
        String evidence,
        Integer evidenceStart,
        Integer evidenceEnd,
        String rule,
        Double confidence,
        String articleTitle,
        String articleUrl,
        String articleSource,
        String nearDuplicateOf,
        String origin,
        Cause cause) {

    public static final int VERSION = 1;

    /** The v1.1 event, without a cause. */
    public ExtractedEvent(int schemaVersion, String eventId, String article, EventType type, String victim,
            String actor, Long count, Long countHigh, Qualifier qualifier, String vagueAmount, Boolean cumulative,
            Equipment equipment, String location, Place place, LocalDate date, String claimedBy,
            String evidence, Integer evidenceStart, Integer evidenceEnd, String rule, Double confidence,
            String articleTitle, String articleUrl, String articleSource, String nearDuplicateOf, String origin) {
        this(schemaVersion, eventId, article, type, victim, actor, count, countHigh, qualifier, vagueAmount,
                cumulative, equipment, location, place, date, claimedBy, evidence, evidenceStart, evidenceEnd, rule,
                confidence, articleTitle, articleUrl, articleSource, nearDuplicateOf, origin, null);
    }

    /** The v1.0 event, without origin (a live article). */
    public ExtractedEvent(int schemaVersion, String eventId, String article, EventType type, String victim,
            String actor, Long count, Long countHigh, Qualifier qualifier, String vagueAmount, Boolean cumulative,
            Equipment equipment, String location, Place place, LocalDate date, String claimedBy,
            String evidence, Integer evidenceStart, Integer evidenceEnd, String rule, Double confidence,
            String articleTitle, String articleUrl, String articleSource, String nearDuplicateOf) {
        this(schemaVersion, eventId, article, type, victim, actor, count, countHigh, qualifier, vagueAmount,
                cumulative, equipment, location, place, date, claimedBy, evidence, evidenceStart, evidenceEnd, rule,
                confidence, articleTitle, articleUrl, articleSource, nearDuplicateOf, null, null);
    }

    /** The same event under another id. */
    public ExtractedEvent withEventId(String id) {
        return new ExtractedEvent(schemaVersion, id, article, type, victim, actor, count, countHigh, qualifier,
                vagueAmount, cumulative, equipment, location, place, date, claimedBy, evidence, evidenceStart,
                evidenceEnd, rule, confidence, articleTitle, articleUrl, articleSource, nearDuplicateOf, origin, cause);
    }

    /** The cause, absent read as violence (events written before v1.2, and every non-casualty event). */
    @JsonIgnore
    public Cause causeOrViolence() {
        return cause == null ? Cause.VIOLENCE : cause;
    }

    /** True when the source article was replayed from an archive (origin {@link Article#REPLAY}). */
    @JsonIgnore
    public boolean isReplay() {
        return Article.REPLAY.equals(origin);
    }

    /** The party that scoring and alerting key on: the victim for casualty types, the actor otherwise. */
    public String principal() {
        return type.victimIsPrincipal() ? victim : actor;
    }
}
