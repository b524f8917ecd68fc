package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;

/**
 * What identity resolution remembers of an event.
 *
 * @param eventId   the id it was given
 * @param article   the article that reported it
 * @param day       the day it is kept by: its own date, else its article's report day (the newest day the
 *                  article gives any event), else the newest day seen when it arrived
 * @param amounted  true when the event states an amount, a figure or a vague one ("thousands")
 * @param aboutPlace true for a statement or a meeting placed where its article's fighting is: that place is
 *                  more likely what it is about than where it was made (see {@link EventIdentity})
 * @param deadline  for a threat, the month of the deadline it sets ("by the end of this month"), else null
 * @param incident  what the merge decision ({@link IncidentMatch}) reads of it
 * @param story     what {@link EventIdentity} knows of its id (shared by the id's reports); null in stores' own uses
 */
public record SeenEvent(String eventId, String article, EventType type, String principal, Long count,
        boolean cumulative, Equipment equipment, String location, Place place, LocalDate date, LocalDate day,
        boolean amounted, boolean aboutPlace, YearMonth deadline, Incident incident, Story story) {

    /** Without a merge summary: for stores, which only index it. */
    public SeenEvent(String eventId, String article, EventType type, String principal, Long count, boolean cumulative,
            Equipment equipment, String location, Place place, LocalDate date, LocalDate day, boolean amounted,
            boolean aboutPlace, YearMonth deadline) {
        this(eventId, article, type, principal, count, cumulative, equipment, location, place, date, day, amounted,
                aboutPlace, deadline, null, null);
    }

    /** Its date's day number ({@link LocalDate#toEpochDay}); only for a dated event. */
    long epochDay() {
        return date.toEpochDay();
    }

    /** The bucket an event is looked up in: type and principal party. */
    public String key() {
        return key(type, principal);
    }

    static String key(EventType type, String principal) {
        return type + "|" + principal;
    }
}
