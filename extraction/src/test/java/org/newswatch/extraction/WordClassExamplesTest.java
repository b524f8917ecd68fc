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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * The example sentences of the word classes ({@code en/lexicon/examples.tsv}, format in its header): each
 * must yield an event of its type, or none of it for a counter-example, through {@link Extractor#extract};
 * the bracketed word must belong to its class; and every class whose meaning is a single event type has at
 * least two examples and one counter-example.
 */
class WordClassExamplesTest {

    private static final String FILE = "/org/newswatch/extraction/en/lexicon/examples.tsv";
    private static final Extractor EXTRACTOR = Extractor.create();

    /** The classes whose meaning is one event type. */
    private static final Map<String, EventType> SINGLE_TYPE = Map.ofEntries(Map.entry("KILL_VERBS", EventType.KILLED),
            Map.entry("WOUND_VERBS", EventType.WOUNDED), Map.entry("CAPTURE_VERBS", EventType.CAPTURE),
            Map.entry("DISPLACE_VERBS", EventType.DISPLACEMENT), Map.entry("ATTACK_NOUNS", EventType.ATTACK),
            Map.entry("ATTACK_VERBS", EventType.ATTACK), Map.entry("OFFENSIVE_NOUNS", EventType.OFFENSIVE),
            Map.entry("DEPLOY_VERBS", EventType.DEPLOYMENT), Map.entry("TALK_NOUNS", EventType.TALKS),
            Map.entry("THREAT_VERBS", EventType.THREAT), Map.entry("CLASH", EventType.ATTACK),
            Map.entry("EXPLODE_VERBS", EventType.ATTACK), Map.entry("DROP_VERBS", EventType.ATTACK));

    record Example(int line, String wordClass, EventType type, boolean expected, String marked) {

        String word() {
            return marked.substring(marked.indexOf('[') + 1, marked.indexOf(']'));
        }

        String sentence() {
            return marked.replace("[", "").replace("]", "");
        }

        @Override
        public String toString() {
            return "line " + line + " " + wordClass + (expected ? " " : " no ") + type + ": " + marked;
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines;
        try (InputStream in = WordClassExamplesTest.class.getResourceAsStream(FILE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<Example> out = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException(FILE + ":" + n + ": want CLASS<TAB>EXPECT<TAB>sentence");
            }
            boolean no = f[1].startsWith("no ");
            out.add(new Example(n, f[0], EventType.valueOf(no ? f[1].substring(3) : f[1]), !no, f[2]));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleGivesItsTypeOrNot(Example x) throws ReflectiveOperationException {
        String marked = x.marked();
        assertTrue(marked.indexOf('[') >= 0 && marked.indexOf('[') == marked.lastIndexOf('[')
                && marked.indexOf(']') > marked.indexOf('[') && marked.indexOf(']') == marked.lastIndexOf(']'),
                "mark the class word with one pair of [brackets]: " + x);
        Set<String> members = Lexicon.words(x.wordClass()); // a field of Lexicon's or a class its users read by name
        assertTrue(members != null, "no word class " + x.wordClass() + " in words.tsv: " + x);
        // tokens are looked up in lower case: "LGA" in a sentence is the class's "lga"
        assertTrue(members.contains(x.word().toLowerCase(java.util.Locale.ROOT)), "'" + x.word() + "' is not in "
                + x.wordClass());

        Instant day = Instant.parse("2024-06-05T00:00:00Z");
        List<ExtractedEvent> events = EXTRACTOR.extract(
                new Article(Article.VERSION, "example", null, null, null, day, day, Article.LIVE, x.sentence(), null));
        String got = events.stream().map(e -> e.type() + " [" + e.rule() + "]").collect(Collectors.joining(", "));
        boolean found = events.stream().anyMatch(e -> e.type() == x.type());
        assertTrue(found == x.expected(), x + "\n got: " + got);
    }

    @Test
    void everySingleTypeClassHasExamplesAndACounterExample() throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        for (Example x : examples()) {
            EventType type = SINGLE_TYPE.get(x.wordClass());
            assertTrue(type == null || type == x.type(), x + ": " + x.wordClass() + " means " + type);
            counts.computeIfAbsent(x.wordClass(), k -> new int[2])[x.expected() ? 0 : 1]++;
        }
        for (String c : SINGLE_TYPE.keySet()) {
            int[] n = counts.getOrDefault(c, new int[2]);
            assertTrue(n[0] >= 2 && n[1] >= 1, c + ": " + n[0] + " examples, " + n[1] + " counter-examples");
        }
    }
}
