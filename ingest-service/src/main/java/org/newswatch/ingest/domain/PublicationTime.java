package org.newswatch.ingest.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

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

    public static Instant of(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
