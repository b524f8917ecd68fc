package org.newswatch.alert.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.newswatch.contracts.Alert;

/**
 * Mutes the alerts that match every matcher while it is active ({@code startsAt <= now < endsAt}). Muted alerts are
 * still written to the alerts topic and listed, marked {@code muted}, but not notified.
 */
public record Silence(String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
        String comment, Instant createdAt) {

    public static final List<String> NAMES = List.of("subscription", "rule", "eventType", "victim", "actor",
            "location", "country");

    /** {@code name} is one of {@link #NAMES}; victim and actor values may be three-letter roles (MIL). */
    public record Matcher(String name, String value) {

        boolean matches(Alert a) {
            return switch (name) {
                case "subscription" -> value.equals(a.subscriptionId());
                case "rule" -> value.equals(a.rule());
                case "eventType" -> a.eventType() != null && value.equals(a.eventType().name());
                case "victim" -> EventMatcher.codeMatches(List.of(value), a.victim());
                case "actor" -> EventMatcher.codeMatches(List.of(value), a.actor());
                case "location" -> a.location() != null
                        && value.toLowerCase(Locale.ROOT).equals(a.location().toLowerCase(Locale.ROOT));
                case "country" -> a.place() != null && value.equals(a.place().country());
                default -> false;
            };
        }
    }

    public boolean activeAt(Instant t) {
        return (startsAt == null || !t.isBefore(startsAt)) && t.isBefore(endsAt);
    }

    public boolean mutes(Alert alert, Instant now) {
        return activeAt(now) && matchers.stream().allMatch(m -> m.matches(alert));
    }
}
