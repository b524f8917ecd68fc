package org.newswatch.alert.domain;

import java.util.Arrays;

/**
 * Which events one article reported in one story: the value of {@code subscriptionId|storyId|articleId} in the
 * reports table, the event ids one per line (nearly always one). The table tells a replayed report
 * (nothing to send) and a second event of a known source (no new source) from a new source, for stories of any
 * size.
 */
final class Reports {

    static final String SEPARATOR = "\n";

    private Reports() {
    }

    static String key(String subscriptionId, String storyId, String articleId) {
        return subscriptionId + AlertEngine.SOURCE_SEPARATOR + storyId + AlertEngine.SOURCE_SEPARATOR + articleId;
    }

    /** True when the value names the event. */
    static boolean has(String value, String eventId) {
        return value != null && Arrays.asList(value.split(SEPARATOR, -1)).contains(eventId);
    }

    /** The value without the event; null when no event is left (the article no longer reports the story). */
    static String without(String value, String eventId) {
        if (value == null) {
            return null;
        }
        String left = String.join(SEPARATOR, Arrays.stream(value.split(SEPARATOR, -1))
                .filter(e -> !e.equals(eventId) && !e.isEmpty()).toList());
        return left.isEmpty() ? null : left;
    }

    /** The value with the event added (the value itself when it is there already). */
    static String with(String value, String eventId) {
        if (value == null || value.isEmpty()) {
            return eventId;
        }
        return has(value, eventId) ? value : value + SEPARATOR + eventId;
    }
}
