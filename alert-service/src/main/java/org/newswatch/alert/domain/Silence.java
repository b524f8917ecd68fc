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
        String comment, Instant createdAt, String owner) {

    /** A silence of no owner: it applies to every subscription's alerts (an admin's, or one made before owners). */
    public Silence(String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy,
            String comment, Instant createdAt) {
        this(id, matchers, startsAt, endsAt, createdBy, comment, createdAt, null);
    }

    /** This silence owned by {@code principal} (null: it applies to everyone's alerts). */
    public Silence ownedBy(String principal) {
        return new Silence(id, matchers, startsAt, endsAt, createdBy, comment, createdAt, principal);
    }

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

    /**
     * Whether it mutes {@code alert} of a subscription owned by {@code subscriptionOwner}: a subscriber's silence mutes
     * only the alerts of that subscriber's subscriptions.
     */
    public boolean mutes(Alert alert, String subscriptionOwner, Instant now) {
        return (owner == null || owner.equals(subscriptionOwner)) && activeAt(now)
                && matchers.stream().allMatch(m -> m.matches(alert));
    }
}
