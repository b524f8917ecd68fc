package org.newswatch.extraction;

import java.time.LocalDate;

/**
 * A time expression in a sentence.
 *
 * @param start  first token
 * @param end    token after the expression
 * @param kind   what it says
 * @param date   the resolved day (DAY); for UNKNOWN_PAST the last day of the month or year it names ("in
 *               October 2017", "in 2015"), if it names one; null otherwise
 * @param offset days relative to the nearest stated day (RELATIVE)
 */
public record DateMention(int start, int end, Kind kind, LocalDate date, int offset) {

    /** Kinds of time expressions. */
    public enum Kind {
        /** A day that can be worked out: "Tuesday", "Feb. 10", "February 11, 2020", "today". */
        DAY,
        /** Relative to the nearest stated day: "a week earlier", "overnight", "hours earlier". */
        RELATIVE,
        /** In the past with no day one can work out: "last week", "in December", "earlier this month". */
        UNKNOWN_PAST,
        /** A period that makes a figure a running total: "since December", "this year", "in a week". */
        PERIOD
    }
}
