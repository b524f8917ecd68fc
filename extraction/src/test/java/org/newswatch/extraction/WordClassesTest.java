package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Equipment;

/** The word-class file format: comments, continuation lines, lemma expansion, and the errors it reports. */
class WordClassesTest {

    private static final List<String> NAMES = List.of("VERBS", "NOUNS");

    private static WordClasses parse(String... lines) {
        return WordClasses.parse("test.tsv", List.of(lines), NAMES);
    }

    private static String error(String... lines) {
        return assertThrows(IllegalArgumentException.class, () -> parse(lines)).getMessage();
    }

    @Test
    void commentsBlankLinesAndContinuationLines() {
        WordClasses w = parse(
                "# a comment line",
                "",
                "   ",
                "VERBS\tslew slain   # a trailing comment",
                "NOUNS  body bodies",
                "\t# an indented comment",
                "VERBS\tmurdered\t executed\r");
        assertEquals(Set.of("slew", "slain", "murdered", "executed"), w.get("VERBS"));
        assertEquals(Set.of("body", "bodies"), w.get("NOUNS"));
        assertEquals(List.of("VERBS", "NOUNS"), List.copyOf(w.names()));
    }

    @Test
    void regularLemmaExpansion() {
        assertEquals(Set.of("kill", "kills", "killing", "killed"), Set.copyOf(WordClasses.forms("kill+")));
        assertEquals(Set.of("seize", "seizes", "seizing", "seized"), Set.copyOf(WordClasses.forms("seize+")));
        assertEquals(Set.of("launch", "launches", "launching", "launched"), Set.copyOf(WordClasses.forms("launch+")));
        assertEquals(Set.of("ambush", "ambushes", "ambushing", "ambushed"), Set.copyOf(WordClasses.forms("ambush+")));
        assertEquals(Set.of("deny", "denies", "denying", "denied"), Set.copyOf(WordClasses.forms("deny+")));
        assertEquals(Set.of("deploy", "deploys", "deploying", "deployed"), Set.copyOf(WordClasses.forms("deploy+")));
        assertEquals(Set.of("free", "frees", "freeing", "freed"), Set.copyOf(WordClasses.forms("free+")));
        assertEquals(Set.of("tie", "ties", "tying", "tied"), Set.copyOf(WordClasses.forms("tie+")));
        assertEquals(List.of("kill"), WordClasses.forms("kill"));
    }

    @Test
    void irregularPastFormsReplaceTheRegularOne() {
        assertEquals(Set.of("flee", "flees", "fleeing", "fled"), Set.copyOf(WordClasses.forms("flee+fled")));
        assertEquals(Set.of("retake", "retakes", "retaking", "retook", "retaken"),
                Set.copyOf(WordClasses.forms("retake+retook+retaken")));
        assertEquals(Set.of("meet", "meets", "meeting", "met"), Set.copyOf(WordClasses.forms("meet+met")));
        assertEquals(Set.of("kill", "kills", "killing", "killed", "slew", "slain"),
                parse("VERBS\tkill+ slew slain").get("VERBS"));
    }

    @Test
    void unknownClassFailsWithItsLine() {
        String e = error("VERBS\tkill+", "VREBS\tslew");
        assertTrue(e.contains("test.tsv:2: unknown word class VREBS"), e);
    }

    @Test
    void duplicatesWithinAClassAreReported() {
        String e = error("VERBS\tkill+ slew", "NOUNS\tkilling", "VERBS\tkilled slew", "NOUNS\tbody body");
        assertEquals("test.tsv:3: 'killed' twice in VERBS (also line 1)\n"
                + "test.tsv:3: 'slew' twice in VERBS (also line 1)\n"
                + "test.tsv:4: 'body' twice in NOUNS", e, "all reported at once; 'killing' may be in two classes");
    }

    @Test
    void malformedAndUpperCaseEntriesFail() {
        String e = error("VERBS\t+ kill++ take+took+taken+tooken Kill", "NOUNS\t+s");
        String form = " (write lemma+, lemma+past or lemma+past+participle)";
        assertEquals(String.join("\n",
                "test.tsv:1: malformed entry '+'" + form,
                "test.tsv:1: malformed entry 'kill++'" + form,
                "test.tsv:1: malformed entry 'take+took+taken+tooken'" + form,
                "test.tsv:1: 'Kill' is not in lower case (tokens are looked up in lower case)",
                "test.tsv:2: malformed entry '+s'" + form), e);
    }

    @Test
    void aClassTheFileLacksFailsWhenAskedFor() {
        WordClasses w = parse("VERBS\tkill+");
        assertThrows(IllegalStateException.class, () -> w.get("NOUNS"));
        assertThrows(IllegalStateException.class, () -> WordClasses.load("en/lexicon/none.tsv", NAMES));
    }

    @Test
    void classesAreImmutable() {
        Set<String> verbs = parse("VERBS\tkill+").get("VERBS");
        assertThrows(UnsupportedOperationException.class, () -> verbs.add("slew"));
    }

    @Test
    void theEnglishFilesLoad() {
        assertTrue(Lexicon.KILL_VERBS.contains("killing") && Lexicon.DISPLACE_VERBS.contains("fled"));
        assertTrue(Rules.RULES.at("detonated") != null, "a word that anchors a rule of en/rules/");
        assertEquals(Equipment.HELICOPTER, Lexicon.EQUIPMENT.get("gunship"));
    }

    @Test
    void everyClassTheEngineNamesIsInTheEnglishFile() {
        for (String name : Lexicon.CLASSES) {
            assertTrue(Lexicon.wordClass(name) != null && !Lexicon.wordClass(name).isEmpty(),
                    name + " is named by Lexicon but has no words in en/lexicon/words.tsv");
        }
    }

    @Test
    void severalClassesTogetherAreTheirUnion() {
        Set<String> all = Lexicon.words("NOT_PLACES", "PEOPLES_AND_FAITHS", "FEASTS");
        assertTrue(all.contains("reuters") && all.contains("kurdish") && all.contains("christmas"), all.toString());
        assertEquals(Lexicon.words("NOT_PLACES").size() + Lexicon.words("PEOPLES_AND_FAITHS").size()
                + Lexicon.words("FEASTS").size(), all.size(), "the three classes share no word");
        assertThrows(IllegalStateException.class, () -> Lexicon.words("FEASTS", "FEASTZ"));
    }
}
