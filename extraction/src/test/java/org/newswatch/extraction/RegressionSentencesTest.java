package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.extraction.eval.GoldScorer;

/**
 * The regression suite of sentences (issue 17): sentences and short paragraphs from many conflicts and writers (ACLED
 * notes, wire leads, UN updates, monitors), none from the seeds. The set was written as a held-out set (53 of 101
 * passed when it was added, commit 1b1ded5), but rules were written against its failures since, so it is held out no
 * more and measures nothing about unseen text: it keeps what was fixed fixed. Unseen text is measured by the blind sets
 * of {@code ./newswatch eval --all}, never in the build. Each line of {@code heldout/sentences.jsonl} (the folder keeps
 * its old name) gives the article date, the text and the events it must yield, with the attributes to check (victim,
 * actor, count, qualifier, cumulative, location, place country, date, claimedBy, equipment: a key present is checked,
 * null included). Types listed in {@code forbid} must not appear; unless {@code extraOk}, no other event of an
 * exhaustively annotated type may appear; and no event may name its victim as its own actor.
 */
class RegressionSentencesTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    record Case(String id, String date, String text, List<JsonNode> expect, Set<String> forbid, boolean extraOk) {
        @Override
        public String toString() {
            return id;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                RegressionSentencesTest.class.getResourceAsStream("/heldout/sentences.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.MAPPER.readTree(line);
                List<JsonNode> expect = new ArrayList<>();
                n.path("expect").forEach(expect::add);
                Set<String> forbid = new HashSet<>();
                n.path("forbid").forEach(f -> forbid.add(f.asText()));
                out.add(new Case(n.get("id").asText(), n.get("date").asText(), n.get("text").asText(), expect, forbid,
                        n.path("extraOk").asBoolean(false)));
            }
        }
        return out;
    }

    static List<ExtractedEvent> extract(Case c) {
        Instant day = Instant.parse(c.date() + "T12:00:00Z");
        return EXTRACTOR.extract(new Article(Article.VERSION, c.id(), null, null, null, day, day, Article.LIVE, c.text(), null));
    }

    private static String show(ExtractedEvent e) {
        return e.type() + " victim=" + e.victim() + " actor=" + e.actor() + " count=" + e.count() + " q=" + e.qualifier()
                + " cum=" + e.cumulative() + " loc=" + e.location() + " country="
                + (e.place() == null ? null : e.place().country()) + " date=" + e.date() + " by=" + e.claimedBy()
                + " eq=" + e.equipment();
    }

    /** The value of an expected attribute as the event gives it, as text (null stays null). */
    private static String actual(ExtractedEvent e, String field) {
        Object v = switch (field) {
            case "victim" -> e.victim();
            case "actor" -> e.actor();
            case "count" -> e.count();
            case "qualifier" -> e.qualifier();
            case "cumulative" -> e.cumulative();
            case "location" -> e.location();
            case "country" -> e.place() == null ? null : e.place().country();
            case "date" -> e.date();
            case "claimedBy" -> e.claimedBy();
            case "equipment" -> e.equipment();
            case "cause" -> e.causeOrViolence().name().toLowerCase(java.util.Locale.ROOT);
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
        return v == null ? null : v.toString();
    }

    private static boolean sameKey(JsonNode x, ExtractedEvent e) {
        EventType type = EventType.valueOf(x.get("type").asText());
        String principal = type.victimIsPrincipal() ? x.path("victim").asText(null) : x.path("actor").asText(null);
        Long count = x.hasNonNull("count") ? x.get("count").asLong() : null;
        return e.type() == type && Objects.equals(principal, e.principal()) && Objects.equals(count, e.count())
                && (!x.hasNonNull("equipment") || x.get("equipment").asText().equals(String.valueOf(e.equipment())));
    }

    private static List<String> differences(JsonNode x, ExtractedEvent e) {
        List<String> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = x.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("type")) {
                continue;
            }
            String want = f.getValue().isNull() ? null : f.getValue().asText();
            String got = actual(e, f.getKey());
            if (!Objects.equals(want, got)) {
                out.add(f.getKey() + " " + got + " (want " + want + ")");
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsWhatTheTextSays(Case c) {
        List<ExtractedEvent> events = extract(c);
        String got = events.stream().map(RegressionSentencesTest::show).collect(Collectors.joining("\n  "));
        List<String> problems = new ArrayList<>();
        Set<ExtractedEvent> used = new HashSet<>();
        for (JsonNode x : c.expect()) {
            ExtractedEvent best = null;
            List<String> bestDiff = null;
            for (ExtractedEvent e : events) {
                if (used.contains(e) || !sameKey(x, e)) {
                    continue;
                }
                List<String> d = differences(x, e);
                if (bestDiff == null || d.size() < bestDiff.size()) {
                    best = e;
                    bestDiff = d;
                }
            }
            if (best == null) {
                problems.add("missing " + x);
            } else {
                used.add(best);
                if (!bestDiff.isEmpty()) {
                    problems.add(x.get("type").asText() + ": " + String.join(", ", bestDiff));
                }
            }
        }
        for (ExtractedEvent e : events) {
            if (c.forbid().contains(e.type().name())) {
                problems.add("forbidden " + show(e));
            } else if (!c.extraOk() && !used.contains(e) && GoldScorer.EXHAUSTIVE.contains(e.type())
                    && c.expect().stream().noneMatch(x -> sameKey(x, e))) {
                problems.add("extra " + show(e));
            }
            if (e.actor() != null && e.actor().equals(e.victim())) {
                problems.add("actor is the victim: " + show(e));
            }
        }
        if (!problems.isEmpty()) {
            fail(c.id() + ": " + String.join("; ", problems) + "\n text: " + c.text() + "\n got:\n  " + got);
        }
    }

    @Test
    void setIsLargeAndVaried() throws IOException {
        List<Case> cs = cases();
        assertTrue(cs.size() >= 80, "only " + cs.size() + " cases");
        assertTrue(cs.stream().map(Case::id).distinct().count() == cs.size(), "duplicate ids");
    }
}
