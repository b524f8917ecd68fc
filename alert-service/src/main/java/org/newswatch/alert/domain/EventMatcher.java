package org.newswatch.alert.domain;

import java.util.List;
import java.util.Locale;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Subscription;

/** Whether an event passes a subscription's filter. Every given criterion must hold; empty lists match anything. */
public final class EventMatcher {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private EventMatcher() {
    }

    /**
     * Whether the subscription evaluates the event: an event from a replayed article only when it opts in with
     * {@code includeReplays}, and the event passes its filter.
     */
    public static boolean applies(Subscription sub, ExtractedEvent event) {
        return (!event.isReplay() || sub.wantsReplays()) && matches(sub.filter(), event);
    }

    public static boolean matches(Subscription.Filter filter, ExtractedEvent event) {
        if (filter == null) {
            return event.causeOrViolence() == Cause.VIOLENCE; // a flood's toll reaches only who asks for it
        }
        return (empty(filter.types()) || filter.types().contains(event.type()))
                && codeMatches(filter.victims(), event.victim())
                && codeMatches(filter.actors(), event.actor())
                && countryMatches(filter.countries(), event.place())
                && placeMatches(filter.places(), event)
                && divisionMatches(filter.provinces(), event.place() == null ? null : event.place().admin1())
                && divisionMatches(filter.districts(), event.place() == null ? null : event.place().admin2())
                && keywordMatches(filter.keywords(), event.evidence())
                && filter.wantsCause(event.causeOrViolence());
    }

    /** A six-letter code matches itself; a three-letter role (MIL) matches that role of any country (TURMIL). */
    public static boolean codeMatches(List<String> codes, String code) {
        if (empty(codes)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        for (String wanted : codes) {
            if (wanted.length() == 3 ? code.length() == 6 && code.endsWith(wanted) : wanted.equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean countryMatches(List<String> countries, Place place) {
        return empty(countries) || place != null && place.country() != null && countries.contains(place.country());
    }

    private static boolean placeMatches(List<Subscription.PlaceFilter> places, ExtractedEvent event) {
        if (empty(places)) {
            return true;
        }
        for (Subscription.PlaceFilter wanted : places) {
            if (wanted.radiusKm() != null && wanted.latitude() != null && wanted.longitude() != null) {
                Place p = event.place();
                if (p != null && p.latitude() != null && p.longitude() != null
                        && distanceKm(wanted.latitude(), wanted.longitude(), p.latitude(), p.longitude())
                                <= wanted.radiusKm()) {
                    return true;
                }
            } else if (wanted.name() != null && (wanted.name().equalsIgnoreCase(event.location())
                    || event.place() != null && wanted.name().equalsIgnoreCase(event.place().name()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A province or district criterion: the place's division has one of the wanted GeoNames codes ("SY.12", any
     * case) or names ("Idlib"; "Idlib province" and "the governorate of Idlib" too: one word besides the name,
     * before it with "of" or after it, is the division's kind). Names compare without case, accents, spaces,
     * hyphens and apostrophes ("Maarrat al-Nu'man" = "maarrat al numan"). A place without that division passes none.
     */
    static boolean divisionMatches(List<String> wanted, Place.AdminArea area) {
        if (empty(wanted)) {
            return true;
        }
        if (area == null) {
            return false;
        }
        String name = squash(area.name());
        for (String w : wanted) {
            if (w == null || w.isBlank()) {
                continue;
            }
            if (w.strip().equalsIgnoreCase(area.code()) || !name.isEmpty() && namesDivision(w, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesDivision(String wanted, String name) {
        String[] words = wanted.strip().toLowerCase(Locale.ROOT).split("\\s+");
        int from = words[0].equals("the") ? 1 : 0;
        int to = words.length;
        if (squash(String.join(" ", java.util.Arrays.copyOfRange(words, from, to))).equals(name)) {
            return true;
        }
        if (to - from >= 2 && squash(String.join(" ", java.util.Arrays.copyOfRange(words, from, to - 1))).equals(name)) {
            return true; // "Idlib province", "Kharkiv oblast"
        }
        return to - from >= 3 && words[from + 1].equals("of")
                && squash(String.join(" ", java.util.Arrays.copyOfRange(words, from + 2, to))).equals(name);
    }

    /** Lower case without accents and without anything but letters and digits. */
    private static String squash(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static boolean keywordMatches(List<String> keywords, String evidence) {
        if (empty(keywords)) {
            return true;
        }
        if (evidence == null) {
            return false;
        }
        String text = evidence.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
    }

    /** Great-circle distance (haversine). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
