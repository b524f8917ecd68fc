package org.newswatch.alert.grouping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.contracts.Subscription;

/** A subscription's {@code grouping}: read and checked from a request body, and as the {@link Grouper.Policy} of a channel. */
public final class Groupings {

    static final Duration GROUP_WAIT = Duration.ofSeconds(30);
    static final Duration GROUP_INTERVAL = Duration.ofMinutes(5);
    static final Duration REPEAT_INTERVAL = Duration.ofHours(4);
    static final Duration MAX_WAIT = Duration.ofHours(1);
    static final Duration MAX_INTERVAL = Duration.ofDays(7);
    private static final List<String> FIELDS = List.of("groupWait", "groupInterval", "repeatInterval", "dailyDigestAt");

    private Groupings() {
    }

    /** The policy of {@code grouping} on a channel: the daily digest applies to e-mail only. */
    public static Grouper.Policy policy(Subscription.Grouping grouping, boolean email) {
        return new Grouper.Policy(duration(grouping.groupWait(), GROUP_WAIT),
                duration(grouping.groupInterval(), GROUP_INTERVAL), duration(grouping.repeatInterval(), REPEAT_INTERVAL),
                email && grouping.dailyDigestAt() != null ? LocalTime.parse(grouping.dailyDigestAt()) : null);
    }

    private static Duration duration(String text, Duration fallback) {
        return text == null ? fallback : Duration.parse(text);
    }

    /** The {@code grouping} of a request body, or a {@link ValidationException} naming the field. */
    public static Subscription.Grouping parse(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ValidationException("grouping", "grouping must be an object {groupWait, groupInterval, "
                    + "repeatInterval, dailyDigestAt}");
        }
        var names = node.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!FIELDS.contains(f)) {
                throw new ValidationException("grouping." + f, "unknown field 'grouping." + f + "'; known: " + FIELDS);
            }
        }
        String wait = checked(node, "groupWait", MAX_WAIT);
        String interval = checked(node, "groupInterval", MAX_INTERVAL);
        String repeat = checked(node, "repeatInterval", MAX_INTERVAL);
        String daily = text(node, "dailyDigestAt");
        if (daily != null) {
            try {
                if (!daily.matches("\\d\\d:\\d\\d")) {
                    throw new DateTimeParseException("not HH:MM", daily, 0);
                }
                LocalTime.parse(daily);
            } catch (DateTimeParseException e) {
                throw new ValidationException("grouping.dailyDigestAt", "dailyDigestAt must be a UTC time of day HH:MM, "
                        + "like 07:00");
            }
        }
        return new Subscription.Grouping(wait, interval, repeat, daily);
    }

    private static String checked(JsonNode node, String field, Duration max) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        Duration d;
        try {
            d = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("grouping." + field, "'" + text + "' is not an ISO-8601 duration like PT30S");
        }
        if (d.isNegative() || d.compareTo(max) > 0) {
            throw new ValidationException("grouping." + field, field + " must be between PT0S and " + max);
        }
        return text;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ValidationException("grouping." + field, "grouping." + field + " must be a string");
        }
        return v.asText();
    }
}
