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
