package org.newswatch.alert.readable;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.SourceArticle;

/**
 * An alert as people read it, the data of every message template ({@code {alert.headline}}, {@code {alert.victim}},
 * ...): party codes as names, the count with its qualifier in words, the place with its province and country, the
 * link to the alert in the dashboard. The codes stay available ({@code victimCode}, {@code actorCode}).
 *
 * @param headline     "At least 22 Turkish military killed in Idlib province, Syria"
 * @param status       {@code new} or {@code update}
 * @param update       true for a later-source update
 * @param type         the event type in words ("killed", "attack")
 * @param count        "at least 22", "51", null when the alert has no figure
 * @param previousCount the figure before an update, or null
 * @param victim       the victim's name ("Turkish military"), or null
 * @param actor        the actor's name, or null
 * @param place        "Saraqeb, Idlib province, Syria", or null
 * @param link         the alert in the dashboard, or null when no dashboard URL is configured
 * @param sources      the first sources of the story
 */
public record AlertView(String headline, String subscription, String subscriptionId, String alertId, String rule,
        String status, boolean update, String type, String count, Long previousCount, String victim, String victimCode,
        String actor, String actorCode, String place, Double latitude, Double longitude, String date, String evidence,
        int corroboration, List<Source> sources, String link) {

    /** A source article: title (or id), outlet and URL. */
    public record Source(String title, String source, String url) {
    }

    private static final Map<String, String> TYPES = new HashMap<>();
    private static final Map<String, String> QUALIFIERS = new HashMap<>();

    static {
        for (String[] row : Tsv.rows("words.tsv")) {
            (row[0].equals("type") ? TYPES : QUALIFIERS).put(row[1], row[2]);
        }
    }

    /** The view of {@code a}; {@code dashboardUrl} (may be null) is where the dashboard is served. */
    public static AlertView of(Alert a, PartyNames names, String dashboardUrl) {
        String type = a.eventType() == null ? a.rule() : TYPES.getOrDefault(a.eventType().name(), a.eventType().name());
        String count = null;
        if (a.count() != null) {
            String q = a.qualifier() == null ? "" : QUALIFIERS.getOrDefault(a.qualifier().name(), "");
            count = (q.isEmpty() ? "" : q + " ") + a.count();
        }
        String victim = names.party(a.victim());
        String actor = names.party(a.actor());
        String place = names.place(a.place(), a.location());
        List<Source> sources = a.articles() == null ? List.of() : a.articles().stream()
                .map((SourceArticle s) -> new Source(s.title() == null ? s.id() : oneLine(s.title()), s.source(), s.url()))
                .toList();
        String link = dashboardUrl == null || dashboardUrl.isBlank() || a.alertId() == null ? null
                : dashboardUrl.replaceAll("/+$", "") + "/#/alerts/" + a.alertId();
        return new AlertView(headline(a, type, count, victim, actor, place), oneLine(a.subscriptionName()),
                a.subscriptionId(), a.alertId(), a.rule(), a.isUpdate() ? Alert.UPDATE : Alert.NEW, a.isUpdate(), type,
                count, a.previousCount(), victim, a.victim(), actor, a.actor(), place,
                a.place() == null ? null : a.place().latitude(), a.place() == null ? null : a.place().longitude(),
                a.date() == null ? null : a.date().toString(), a.evidence() == null ? null : oneLine(a.evidence()),
                a.corroboration(), sources, link);
    }

    /**
     * A toll reads "At least 22 Turkish military killed by Syrian rebels in Idlib province, Syria"; an act reads
     * "Attack by Syrian rebels on Turkish military in Saraqeb, Idlib province, Syria".
     */
    static String headline(Alert a, String type, String count, String victim, String actor, String place) {
        StringBuilder s = new StringBuilder();
        if (a.eventType() != null && a.eventType().victimIsPrincipal()) {
            append(s, count);
            append(s, victim == null ? "people" : victim);
            append(s, type);
            if (actor != null) {
                append(s, "by " + actor);
            }
        } else {
            append(s, type);
            if (actor != null) {
                append(s, "by " + actor);
            }
            if (victim != null) {
                append(s, "on " + victim);
            }
            if (count != null) {
                append(s, "(" + count + ")");
            }
        }
        if (place != null) {
            append(s, "in " + place);
        }
        String text = oneLine(s.toString());
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static void append(StringBuilder s, String part) {
        if (part != null && !part.isBlank()) {
            s.append(s.isEmpty() ? "" : " ").append(part);
        }
    }

    static String oneLine(String s) {
        return s == null ? null : s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
