package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * The example corpus of the rule files ({@code en/rules/<type>.examples.tsv}): every positive example gives an
 * event carrying its rule id, and every event of the file's type in that sentence carries that id (the example
 * fires exactly that rule); every negative example gives no event with the id; every rule has at least one of each.
 */
class RuleExamplesTest {

    private static final Extractor EXTRACTOR = Extractor.create();
    private static final Map<String, EventType> TYPES = Map.of("killed", EventType.KILLED, "wounded",
            EventType.WOUNDED, "equipment", EventType.EQUIPMENT_LOSS, "displacement", EventType.DISPLACEMENT,
            "capture", EventType.CAPTURE, "offensive", EventType.OFFENSIVE, "attack", EventType.ATTACK, "deployment",
            EventType.DEPLOYMENT, "threat", EventType.THREAT, "talks", EventType.TALKS);

    record Example(String file, int line, String rule, boolean positive, String sentence) {
        EventType type() {
            return TYPES.get(file);
        }

        @Override
        public String toString() {
            return file + ".examples.tsv:" + line + " " + rule + " " + (positive ? "+" : "-") + " " + sentence;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        for (String file : Rules.FILES) {
            String resource = "/org/newswatch/extraction/en/rules/" + file + ".examples.tsv";
            List<String> lines;
            try (InputStream in = RuleExamplesTest.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            for (int n = 1; n <= lines.size(); n++) {
                String line = lines.get(n - 1);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3 || !f[1].equals("+") && !f[1].equals("-")) {
                    throw new IllegalArgumentException(resource + ":" + n + ": want RULE<TAB>+|-<TAB>sentence");
                }
                out.add(new Example(file, n, f[0], f[1].equals("+"), f[2]));
            }
        }
        return out;
    }

    private static List<ExtractedEvent> extract(String sentence) {
        Instant day = Instant.parse("2024-06-05T00:00:00Z");
        return EXTRACTOR.extract(
                new Article(Article.VERSION, "example", null, null, null, day, day, Article.LIVE, sentence, null));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleFiresItsRuleOrNot(Example x) {
        List<ExtractedEvent> events = extract(x.sentence());
        String got = events.stream().map(e -> e.type() + " [" + e.rule() + "]").collect(Collectors.joining(", "));
        boolean fired = events.stream().anyMatch(e -> x.rule().equals(e.rule()));
        if (x.positive()) {
            assertTrue(fired, x + "\n got: " + got);
            assertTrue(events.stream().filter(e -> e.type() == x.type()).allMatch(e -> x.rule().equals(e.rule())),
                    x + ": another rule gives a " + x.type() + " event too\n got: " + got);
        } else {
            assertTrue(!fired, x + "\n got: " + got);
        }
    }

    @Test
    void everyRuleHasAnExampleAndACounterExampleInItsFile() throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        for (Example x : examples()) {
            assertTrue(x.rule().startsWith(x.file() + "."), x + ": a rule of another file");
            counts.computeIfAbsent(x.rule(), k -> new int[2])[x.positive() ? 0 : 1]++;
        }
        List<String> missing = new ArrayList<>();
        for (RuleSet.Rule<Rules.Action, Rules.Guard> r : Rules.RULES.rules()) {
            int[] n = counts.remove(r.id);
            if (n == null || n[0] < 1 || n[1] < 1) {
                missing.add(r.id + (n == null ? " (none)" : " (" + n[0] + " +, " + n[1] + " -)"));
            }
        }
        assertTrue(missing.isEmpty(), "rules without an example and a counter-example: " + missing);
        assertTrue(counts.isEmpty(), "examples of rules that do not exist: " + counts.keySet());
    }
}
