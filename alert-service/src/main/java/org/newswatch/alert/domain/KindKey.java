package org.newswatch.alert.domain;

import java.util.List;
import java.util.Locale;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;

/** The kind of an event for a new rule: the values of the rule's key fields, joined. */
public final class KindKey {

    private static final String NONE = "-";

    private KindKey() {
    }

    /**
     * "OFFENSIVE|TURMIL|idlib" for the default key (type, principal, place). The place is the gazetteer name when
     * the event was resolved, else the article's spelling, lower-cased; a missing value is "-".
     */
    public static String of(List<String> fields, ExtractedEvent e) {
        List<String> key = fields == null || fields.isEmpty() ? Rules.DEFAULT_NEW_KEY : fields;
        StringBuilder s = new StringBuilder();
        for (String field : key) {
            if (s.length() > 0) {
                s.append('|');
            }
            String v = value(field, e);
            s.append(v == null || v.isBlank() ? NONE : v);
        }
        return s.toString();
    }

    private static String value(String field, ExtractedEvent e) {
        Place p = e.place();
        return switch (field) {
            case "type" -> e.type() == null ? null : e.type().name();
            case "principal" -> e.type() == null ? null : e.principal();
            case "victim" -> e.victim();
            case "actor" -> e.actor();
            case "place" -> lower(p != null && p.name() != null ? p.name() : e.location());
            case "country" -> p == null ? null : p.country();
            default -> throw new IllegalArgumentException("unknown key field " + field);
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
