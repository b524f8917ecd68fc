package org.newswatch.extraction.identity;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline an ultimatum sets, to the month: "by the end of this month", "until the end of the month",
 * "by end-February", "before March". An ultimatum is known by its deadline: two reports of one party's
 * ultimatum with different deadlines are two ultimatums.
 */
final class Deadlines {

    private static final Pattern DEADLINE = Pattern.compile("\\b(?:by|until|till|before|end of|end-)\\s*(?:the\\s+)?"
            + "(?:end\\s+of\\s+|end-)?(?:(this|the|next)\\s+month|(january|february|march|april|may|june|july|august"
            + "|september|october|november|december))\\b");

    private Deadlines() {
    }

    /** The month of the deadline the text sets, its relative words read against {@code reported}; null if none. */
    static YearMonth month(String text, LocalDate reported) {
        if (text == null || reported == null) {
            return null;
        }
        Matcher m = DEADLINE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        YearMonth now = YearMonth.from(reported);
        if (m.group(1) != null) {
            return m.group(1).equals("next") ? now.plusMonths(1) : now;
        }
        Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        YearMonth named = YearMonth.of(now.getYear(), month);
        // a deadline lies ahead: a month name earlier than the report's month is next year's
        return named.isBefore(now) ? named.plusYears(1) : named;
    }
}
