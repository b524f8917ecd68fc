package org.newswatch.ingest.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses publication times: an ISO date (midnight UTC), an ISO date-time with or without offset (UTC assumed), or RFC 1123. */
public final class PublicationTime {

    private PublicationTime() {
    }

    /** Null for null or blank input; {@link InvalidArticleException} when it is not a date. */
    public static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        List<Function<String, Instant>> parsers = List.of(
                s -> OffsetDateTime.parse(s).toInstant(),
                s -> ZonedDateTime.parse(s).toInstant(),
                s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
                s -> LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant(),
                s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        for (var parser : parsers) {
            try {
                return parser.apply(v);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new InvalidArticleException("publishedAt is not an ISO date or date-time: " + v);
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\.? (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\.? (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{2})\\.(\\d{2})\\.(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /**
     * The publication day of an article that came without one, read from its text: the latest full date it states
     * ("Feb. 27, 2020", "27 February 2020", "2020-02-27", "20.02.2020", as captions and page headers give them) that
     * is not after the day it was received; null when the text states none, and then the receive time stands.
     */
    public static Instant inText(String text, Instant receivedAt) {
        LocalDate latest = null;
        LocalDate limit = receivedAt == null ? null : receivedAt.atZone(ZoneOffset.UTC).toLocalDate();
        List<LocalDate> found = new ArrayList<>();
        collect(MONTH_DAY_YEAR.matcher(text), m -> date(m.group(3), month(m.group(1)), m.group(2)), found);
        collect(DAY_MONTH_YEAR.matcher(text), m -> date(m.group(3), month(m.group(2)), m.group(1)), found);
        collect(ISO.matcher(text), m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)), found);
        collect(DOTTED.matcher(text), m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)), found);
        for (LocalDate d : found) {
            if ((limit == null || !d.isAfter(limit)) && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        return of(latest);
    }

    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\.? (\\d{1,2})\\b(?!,? \\d{4})(?!:)");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) " + MONTH + "\\b\\.?(?! \\d{4})");
    /** How far a year-less date may lie from the clock it is read against. */
    private static final long HALF_YEAR_DAYS = 183;

    /**
     * The publication day of an undated article read against a clock in event time (in an archive replay, the latest
     * publication time of the archive's dated articles): the latest day it states that is not after the clock (a later
     * one is most often a date announced ahead), where a year-less day ("Feb. 10", "11 February") takes the year that
     * puts it nearest the clock, within half a year. A full date in the text wins
     * ({@link #inText}); null when the text states no day, and then the clock itself stands.
     */
    public static Instant nearClock(String text, Instant clock, Instant receivedAt) {
        Instant full = inText(text, receivedAt);
        if (full != null || clock == null) {
            return full;
        }
        LocalDate anchor = clock.atZone(ZoneOffset.UTC).toLocalDate();
        List<LocalDate> found = new ArrayList<>();
        collect(MONTH_DAY.matcher(text), m -> nearest(anchor, month(m.group(1)), m.group(2)), found);
        collect(DAY_MONTH.matcher(text), m -> nearest(anchor, month(m.group(2)), m.group(1)), found);
        return of(found.stream().filter(d -> !d.isAfter(anchor)).max(LocalDate::compareTo).orElse(null));
    }

    private static LocalDate nearest(LocalDate anchor, int month, String day) {
        LocalDate best = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate d = date(String.valueOf(year), month, day);
            if (d != null && Math.abs(d.toEpochDay() - anchor.toEpochDay()) <= HALF_YEAR_DAYS) {
                best = d;
            }
        }
        return best;
    }

    private static void collect(Matcher m, Function<Matcher, LocalDate> read, List<LocalDate> into) {
        while (m.find()) {
            LocalDate d = read.apply(m);
            if (d != null) {
                into.add(d);
            }
        }
    }

    private static int month(String name) {
        return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public static Instant of(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
