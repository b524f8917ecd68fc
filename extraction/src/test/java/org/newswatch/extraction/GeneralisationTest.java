package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Sentences from other conflicts, written the way wire services and monitors write, none of them from the
 * seeds: the guard against rules tuned to the seed articles. Each line of {@code generalisation/sentences.tsv}
 * names an event that must be extracted (type, principal party, count, qualifier), or (NONE) a type that
 * must not be.
 */
class GeneralisationTest {

    private static final Extractor EXTRACTOR = Extractor.withGazetteer(new TestGazetteer());

    record Case(String sentence, String type, String principal, Long count, String qualifier) {
        @Override
        public String toString() {
            return type + " " + principal + " " + count + " <- " + sentence;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GeneralisationTest.class.getResourceAsStream("/generalisation/sentences.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Case(f[0], f[1], f[2], f[3].equals("-") ? null : Long.parseLong(f[3]),
                        f[4].equals("-") ? null : f[4]));
            }
        }
        return out;
    }

    static List<ExtractedEvent> extract(String text) {
        Instant day = Instant.parse("2024-06-05T00:00:00Z");
        return EXTRACTOR.extract(new Article(Article.VERSION, "t", null, null, null, day, day, Article.LIVE, text, null));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extractsTheEventOrNothing(Case c) {
        List<ExtractedEvent> events = extract(c.sentence());
        String got = events.stream().map(e -> e.type() + " " + e.principal() + " " + e.count() + " " + e.qualifier())
                .collect(Collectors.joining("; "));
        if (c.type().equals("NONE")) {
            EventType forbidden = EventType.valueOf(c.principal());
            assertTrue(events.stream().noneMatch(e -> e.type() == forbidden), "expected no " + forbidden + ", got " + got);
            return;
        }
        EventType type = EventType.valueOf(c.type());
        boolean found = events.stream().anyMatch(e -> e.type() == type && c.principal().equals(e.principal())
                && Objects.equals(c.count(), e.count())
                && Objects.equals(c.qualifier(), e.qualifier() == null ? null : e.qualifier().name()));
        assertTrue(found, "expected " + c + "\n got " + got);
    }

    @Test
    void suiteHasAtLeastSixtySentences() throws IOException {
        assertTrue(cases().size() >= 60, "only " + cases().size() + " cases");
    }
}
