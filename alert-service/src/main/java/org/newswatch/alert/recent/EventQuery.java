package org.newswatch.alert.recent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.newswatch.alert.domain.EventMatcher;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Subscription;

/**
 * The explorer's search over recent events, made of the subscriptions' own filter ({@link EventMatcher}): types,
 * parties (a code or a role, as victim or actor), countries, provinces, a place by name or a radius around
 * coordinates, words of the evidence, a date range (the event's date, else its event time's day). Every cause.
 */
public final class EventQuery {

    private EventQuery() {
    }

    /**
     * @param near "lat,lon" with {@code radiusKm}
     * @param from first day (ISO date), inclusive
     * @param to   last day, inclusive
     */
    public static Predicate<RecentEvents.Recent> of(List<String> types, List<String> parties, List<String> countries,
            List<String> provinces, String place, String near, Double radiusKm, String from, String to, String text) {
        List<EventType> eventTypes = new ArrayList<>();
        for (String t : types) {
            try {
                eventTypes.add(EventType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("type", "unknown event type '" + t + "'; known: " + List.of(EventType.values()));
            }
        }
        List<Subscription.PlaceFilter> places = new ArrayList<>();
        if (place != null && !place.isBlank()) {
            places.add(new Subscription.PlaceFilter(place.strip(), null, null, null));
        }
        if (near != null && !near.isBlank()) {
            String[] ll = near.split(",");
            try {
                double lat = Double.parseDouble(ll[0].strip());
                double lon = Double.parseDouble(ll[1].strip());
                if (ll.length != 2 || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    throw new NumberFormatException();
                }
                places.add(new Subscription.PlaceFilter(null, lat, lon, radiusKm == null ? 25.0 : radiusKm));
            } catch (RuntimeException e) {
                throw new ValidationException("near", "near must be 'latitude,longitude' in degrees");
            }
        }
        List<String> words = text == null || text.isBlank() ? List.of() : List.of(text.strip());
        Subscription.Filter filter = new Subscription.Filter(eventTypes, null, null, upper(countries), places, words,
                List.of(Cause.values()), provinces, null);
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        List<String> codes = upper(parties);
        return r -> {
            ExtractedEvent e = r.event();
            if (!EventMatcher.matches(filter, e)) {
                return false;
            }
            if (!codes.isEmpty() && !EventMatcher.codeMatches(codes, e.victim())
                    && !EventMatcher.codeMatches(codes, e.actor())) {
                return false;
            }
            LocalDate day = e.date() != null ? e.date()
                    : Instant.ofEpochMilli(r.timestamp()).atZone(ZoneOffset.UTC).toLocalDate();
            return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
        };
    }

    private static List<String> upper(List<String> values) {
        return values.stream().filter(v -> !v.isBlank()).map(v -> v.strip().toUpperCase(Locale.ROOT)).toList();
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, field + " must be a date like 2020-02-27");
        }
    }
}
