package org.newswatch.ingest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.newswatch.contracts.namespace.Namespaces;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.PublicationTime;

/**
 * The body of {@code POST /replays}.
 *
 * @param path            a folder of archive files (.txt, .json, .jsonl, .html, each also .gz, and .zip of them; searched
 *                        recursively) or one such file
 * @param speed           times real time (event-time gaps divided by it); absent or with asFastAsPossible: no pacing
 * @param asFastAsPossible publish without pacing
 * @param from            only articles published on or after this date or date-time
 * @param to              only articles published on or before this date (the whole day) or date-time
 * @param topicPrefix     publish to {@code topicPrefix + "articles"} instead of the live topic (no service reads it)
 * @param namespace       replay into an isolated namespace ({@code namespace.articles}, processed by the services into
 *                        {@code namespace.events} and {@code namespace.alerts}); created if it does not exist
 * @param subscriptions   with {@code namespace}: the namespace's subscriptions (objects with an {@code id}); absent:
 *                        the live ones are copied when the namespace is created
 * @param csv             how the rows of CSV/TSV files become articles (a preset, columns); absent: columns named like
 *                        the article fields
 */
public record ReplayRequest(String path, Double speed, Boolean asFastAsPossible, String from, String to, String topicPrefix,
        String namespace, List<JsonNode> subscriptions, CsvMapping csv) {

    public ReplayRequest(String path, Double speed, Boolean asFastAsPossible, String from, String to, String topicPrefix) {
        this(path, speed, asFastAsPossible, from, to, topicPrefix, null, null, null);
    }

    public ReplayRequest(String path, Double speed, Boolean asFastAsPossible, String from, String to, String topicPrefix,
            String namespace, List<JsonNode> subscriptions) {
        this(path, speed, asFastAsPossible, from, to, topicPrefix, namespace, subscriptions, null);
    }

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._-]{0,100}");

    public void validate() {
        if (path == null || path.isBlank()) {
            throw new InvalidArticleException("path is required");
        }
        if (speed != null && !(speed > 0)) {
            throw new InvalidArticleException("speed must be greater than 0");
        }
        if (topicPrefix != null && !PREFIX.matcher(topicPrefix).matches()) {
            throw new InvalidArticleException("topicPrefix may hold only letters, digits, '.', '_' and '-'");
        }
        if (namespace != null && !Namespaces.valid(namespace)) {
            throw new InvalidArticleException("namespace is 1 to 40 lower-case letters, digits and inner '-'");
        }
        if (namespace != null && topicPrefix != null && !topicPrefix.isEmpty()) {
            throw new InvalidArticleException("give a namespace or a topicPrefix, not both");
        }
        if (subscriptions != null && namespace == null) {
            throw new InvalidArticleException("subscriptions are given only with a namespace");
        }
        if (subscriptions != null && subscriptions.stream().anyMatch(s -> s == null || !s.isObject() || !s.path("id").isTextual())) {
            throw new InvalidArticleException("each subscription is a JSON object with an \"id\"");
        }
        if (csv != null) {
            csv.resolved();
        }
        fromInstant();
        toInstant();
    }

    /** Pacing factor; 0 means as fast as possible. */
    public double pacing() {
        return Boolean.TRUE.equals(asFastAsPossible) || speed == null ? 0 : speed;
    }

    public Instant fromInstant() {
        return PublicationTime.parse(from);
    }

    /** A date-only {@code to} includes that whole day. */
    public Instant toInstant() {
        if (to == null || to.isBlank()) {
            return null;
        }
        if (to.strip().length() == 10) {
            try {
                return LocalDate.parse(to.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            } catch (DateTimeParseException e) {
                throw new InvalidArticleException("to is not an ISO date: " + to, e);
            }
        }
        return PublicationTime.parse(to);
    }

    /** The same request for the archive at {@code archive}. */
    public ReplayRequest at(Path archive) {
        return new ReplayRequest(archive.toString(), speed, asFastAsPossible, from, to, topicPrefix, namespace,
                subscriptions, csv);
    }

    public String prefix() {
        if (namespace != null) {
            return Namespaces.prefix(namespace);
        }
        return topicPrefix == null ? "" : topicPrefix;
    }
}
