package org.newswatch.alert.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code Retry-After} header of a 429 or 503: delay-seconds or an HTTP-date (RFC 9110 10.2.3). */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** How long the receiver asks to wait from {@code now}; empty when the header is absent or unreadable. */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // more digits than a long: not a delay anyone means
            }
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The pause before the next attempt: the backoff, or longer when the receiver asked for it (capped at {@code max}). */
    public static Duration pause(Duration backoff, Optional<Duration> asked, Duration max) {
        return asked.filter(a -> a.compareTo(backoff) > 0).map(a -> a.compareTo(max) > 0 ? max : a).orElse(backoff);
    }
}
