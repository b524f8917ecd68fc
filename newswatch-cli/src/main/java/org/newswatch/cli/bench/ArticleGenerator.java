package org.newswatch.cli.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.newswatch.contracts.Json;

/**
 * Articles that are all new to the pipeline: sentences of the seed articles (seeds/) with their figures, places
 * varied and a unique reference token, so that ingest's dedup sees a new text every time and every
 * article yields at least one event. Half of them fire the subscription {@link #subscription}; the other half are
 * wounded reports or figures below its threshold.
 *
 * <p>Each text, date line included, stays under 24 words (fewer than 20 five-word shingles), so ingest's MinHash
 * near-duplicate check leaves it alone (texts that differ only in figures would otherwise be near-duplicates of
 * each other, and the alert-service would merge them into one story). Two articles never report the same event
 * either: the extraction engine identifies a casualty event by its type, party and figure (whatever the place and
 * day), so every article of a kind has a figure of its own ({@code countBase + 20 + i/4}); a generator for a stack
 * that has seen earlier runs takes another {@code countBase}.
 *
 * <p>Every article is dated today (UTC): the record timestamp of an article, and of its events and alerts, is its
 * publication time, and the broker deletes segments whose records are older than the retention (7 days by
 * default), so articles dated decades back vanish from the topics within minutes.
 */
public final class ArticleGenerator {

    /** The alerting threshold of {@link #subscription}. */
    public static final long MIN_COUNT = 5;

    /** What an article reports. */
    public enum Kind {
        /** "At least N Turkish soldiers were killed ..." (seed 004): alerts. */
        TURKISH_KILLED("TURMIL", true),
        /** "... N Syrian soldiers were killed ..." (seed 000): alerts. */
        SYRIAN_KILLED("SYRMIL", true),
        /** "N Turkish soldiers were wounded ..." (seed 003): another event type, no alert. */
        TURKISH_WOUNDED("TURMIL", false),
        /** "N Turkish soldiers were killed ..." with N below the threshold (seed 003): no alert. */
        TURKISH_KILLED_FEW("TURMIL", false);

        public final String victim;
        public final boolean alerts;

        Kind(String victim, boolean alerts) {
            this.victim = victim;
            this.alerts = alerts;
        }
    }

    /**
     * One generated article.
     *
     * @param index  its number in this generator
     * @param token  the unique reference token in its text
     * @param kind   what it reports
     * @param count  the figure it reports
     * @param place  the place it names
     * @param date   its publication date (the seed format's date line): today
     * @param text   the seed-format text to post
     */
    public record Generated(long index, String token, Kind kind, long count, String place, LocalDate date,
            String text) {

        public boolean alerts() {
            return kind.alerts;
        }
    }

    /** Places of the seeds' region (one to three words each). */
    static final List<String> PLACES = List.of("Idlib", "Saraqeb", "Aleppo", "Hama", "Latakia", "Afrin", "Manbij",
            "Raqqa", "Homs", "Daraa", "Kobani", "Tal Abyad", "Ras al-Ain", "Jisr al-Shughur", "Hatay", "Kilis",
            "Azaz", "Jarablus", "Qamishli", "Palmyra");

    private final String runId;
    private final long countBase;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final AtomicLong next = new AtomicLong();

    /** A generator for a fresh stack. */
    public ArticleGenerator(String runId) {
        this(runId, 0);
    }

    /**
     * @param runId     a short word (letters and digits) unique to this run, part of every token
     * @param countBase added to every alerting figure, so that runs against one stack report different events
     */
    public ArticleGenerator(String runId, long countBase) {
        if (!runId.matches("[A-Za-z0-9]{1,16}")) {
            throw new IllegalArgumentException("run id must be 1-16 letters or digits: " + runId);
        }
        this.runId = runId;
        this.countBase = countBase;
    }

    public String runId() {
        return runId;
    }

    /** The next article; thread-safe. */
    public Generated next() {
        return article(next.getAndIncrement());
    }

    /** Article number {@code i} of this generator (the same every time). */
    public Generated article(long i) {
        Kind kind = Kind.values()[(int) (i % Kind.values().length)];
        long count = kind == Kind.TURKISH_KILLED_FEW ? 2 + i % 3 : countBase + 20 + i / Kind.values().length;
        String place = PLACES.get((int) ((i / Kind.values().length) % PLACES.size()));
        LocalDate date = today;
        String token = "nw" + runId + "-" + i;
        String sentence = switch (kind) {
            case TURKISH_KILLED -> "At least " + count + " Turkish soldiers were killed in " + place
                    + " after an airstrike.";
            case SYRIAN_KILLED -> "Turkey said " + count + " Syrian soldiers were killed near " + place
                    + " in a clash.";
            case TURKISH_WOUNDED -> count + " Turkish soldiers were wounded in a Syrian army attack in " + place + ".";
            case TURKISH_KILLED_FEW -> count + " Turkish soldiers were killed in a Syrian army attack in " + place
                    + ".";
        };
        String text = " date " + date + " " + sentence + " Ref " + token + ".";
        return new Generated(i, token, kind, count, place, date, text);
    }

    /**
     * The subscription these articles are made for: Turkish or Syrian military deaths of {@value #MIN_COUNT} or
     * more in one event, delivered to {@code webhookUrl} when it is not null.
     */
    public static String subscription(String name, String webhookUrl, Integer timeoutMs) {
        StringBuilder json = new StringBuilder("{\"name\":").append(Json.write(name))
                .append(",\"filter\":{\"types\":[\"KILLED\"],\"victims\":[\"TURMIL\",\"SYRMIL\"]},")
                .append("\"rule\":{\"kind\":\"threshold\",\"minCount\":").append(MIN_COUNT).append('}');
        if (webhookUrl != null) {
            json.append(",\"webhooks\":[{\"url\":").append(Json.write(webhookUrl));
            if (timeoutMs != null) {
                json.append(",\"timeoutMs\":").append(timeoutMs);
            }
            json.append("}]");
        }
        return json.append('}').toString();
    }
}
