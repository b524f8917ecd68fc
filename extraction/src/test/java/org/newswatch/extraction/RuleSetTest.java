package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;

/** The rule-file format: parsing, its errors, and the matching semantics the engine's loop relies on. */
class RuleSetTest {

    private static final Map<String, Set<String>> CLASSES = Map.of("KILL", Set.of("killed", "shot"),
            "SELF", Set.of("himself"));

    private static RuleSet<String, String> parse(String... lines) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put("test.rules", List.of(lines));
        return RuleSet.parse(files, CLASSES::get, a -> a.startsWith("x") ? null : a, g -> g.equals("bad") ? null : g);
    }

    private static Sentence sentence(String text) {
        return Segmenter.split(text).get(0);
    }

    /** The rule ids the engine's loop would run on token i: group alternatives and the stop flag applied. */
    private static List<String> run(RuleSet<String, String> rules, Sentence s, int i) {
        List<String> out = new ArrayList<>();
        long fired = 0;
        for (RuleSet.Rule<String, String> r : rules.at(s.lc(i))) {
            if ((fired & r.groupBit) != 0 || !r.contextMatches(s, i)) {
                continue;
            }
            fired |= r.groupBit;
            out.add(r.id);
            if (r.stop) {
                break;
            }
        }
        return out;
    }

    @Test
    void aPatternIsAnchoredOnItsBracketedTestAndChecksTheOthersAtTheirOffsets() {
        RuleSet<String, String> rules = parse("a.one\tg\tthe <lives> of\tdo=act");
        Sentence s = sentence("It claimed the lives of nine people.");
        int lives = 3;
        assertEquals("lives", s.lc(lives));
        assertEquals(List.of("a.one"), run(rules, s, lives));
        Sentence t = sentence("It claimed their lives on Monday.");
        assertEquals(List.of(), run(rules, t, 3));
        assertNull(rules.at("the"), "only the anchor is a key of the lookup");
        assertEquals(Set.of("lives"), rules.anchors());
    }

    @Test
    void classesAlternativesNegationAndAnyToken() {
        RuleSet<String, String> rules = parse(
                "a.class\tg1\t<$KILL> !by\tdo=act",
                "a.any\tg2\tblew <$SELF|themselves> _ now\tdo=act");
        Sentence s = sentence("Nine were killed by gunmen.");
        assertEquals(List.of(), run(rules, s, 2), "negated test: 'by' follows");
        Sentence t = sentence("Nine were killed on Monday.");
        assertEquals(List.of("a.class"), run(rules, t, 2));
        Sentence end = sentence("Nine were killed");
        assertEquals(List.of("a.class"), run(rules, end, 2), "outside the sentence is no word");
        Sentence u = sentence("He blew himself up now.");
        assertEquals(List.of("a.any"), run(rules, u, 2));
        assertFalse(rules.at("himself").get(0).contextMatches(sentence("He blew himself up later."), 2));
    }

    @Test
    void theFirstMatchingRuleOfAGroupRunsAndOtherGroupsRunToo() {
        RuleSet<String, String> rules = parse(
                "a.first\tg\t<killed> by\tdo=act",
                "a.second\tg\t<killed>\tdo=act",
                "b.other\th\t<killed>\tdo=act");
        assertEquals(List.of("a.first", "b.other"), run(rules, sentence("He was killed by a mine."), 2));
        assertEquals(List.of("a.second", "b.other"), run(rules, sentence("He was killed on Monday."), 2));
    }

    @Test
    void stopEndsTheTokensRulesAndSpansTheWordsAfterTheAnchor() {
        RuleSet<String, String> rules = parse(
                "a.phrase\tp\t<shot> dead\tdo=act stop",
                "b.later\tq\t<shot>\tdo=act");
        RuleSet.Rule<String, String> phrase = rules.at("shot").get(0);
        assertTrue(phrase.stop);
        assertEquals(1, phrase.span);
        assertEquals(List.of("a.phrase"), run(rules, sentence("Gunmen shot dead a farmer."), 1));
        assertEquals(List.of("b.later"), run(rules, sentence("Gunmen shot a farmer."), 1));
    }

    @Test
    void optionsBindActionsAndGuards() {
        RuleSet.Rule<String, String> r = parse("a.g\tg\t<killed>\tguard=one,two do=act casualty").rules().get(0);
        assertEquals("act", r.action);
        assertEquals(List.of("one", "two"), r.guards);
        assertTrue(r.casualty);
        assertFalse(r.stop);
    }

    @Test
    void everyProblemOfTheFilesIsReportedAtOnceWithItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(
                "# a comment",
                "a.dup\tg\t<killed>\tdo=act",
                "a.dup\tg\t<killed>\tdo=act",
                "b\tg\tkilled by\tdo=act",
                "c\tg\t<killed> <by>\tdo=act",
                "d\tg\t<$NOPE>\tdo=act",
                "e\tg\t<Killed>\tdo=act",
                "f\tg\t<killed>\tdo=xunknown",
                "g\tg\t<killed>\tguard=bad do=act",
                "h\tg\t<killed>\tcasualty",
                "i\tg\t<killed>\tdo=act loud",
                "j\tg\t<killed>",
                "k\tg\t<!killed>\tdo=act"));
        String m = e.getMessage();
        for (String expected : List.of("test.rules:3: rule id a.dup is also at test.rules:2",
                "test.rules:4: no anchor", "test.rules:5: two anchors", "test.rules:6: unknown word class $NOPE",
                "test.rules:7: 'Killed' must be a word in lower case", "test.rules:8: unknown action xunknown",
                "test.rules:9: unknown guard bad", "test.rules:10: no do=ACTION", "test.rules:11: unknown option loud",
                "test.rules:12: expected id<TAB>group<TAB>pattern<TAB>options",
                "test.rules:13: the anchor cannot be negated")) {
            assertTrue(m.contains(expected), () -> "missing '" + expected + "' in:\n" + m);
        }
    }

    @Test
    void theEnglishRulesLoadWithUniqueIdsAndEveryFileInOrder() {
        List<RuleSet.Rule<Rules.Action, Rules.Guard>> all = Rules.RULES.rules();
        Set<String> ids = new HashSet<>();
        for (RuleSet.Rule<Rules.Action, Rules.Guard> r : all) {
            assertTrue(ids.add(r.id), r.id);
            String file = r.source.substring(r.source.lastIndexOf('/') + 1, r.source.indexOf(".rules"));
            assertTrue(r.id.startsWith(file + "."), () -> r + ": an id starts with its file's type");
        }
        List<String> files = new ArrayList<>();
        for (RuleSet.Rule<Rules.Action, Rules.Guard> r : all) {
            String file = r.source.substring(r.source.lastIndexOf('/') + 1, r.source.indexOf(".rules"));
            if (!files.contains(file)) {
                files.add(file);
            }
        }
        assertEquals(Rules.FILES, files);
    }
}
