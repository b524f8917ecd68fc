package org.newswatch.extraction.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void aRunOnSentenceIsReadInPiecesCutAtItsLastStopBeforeTheLimit() {
        // lower-case starts after full stops keep the segmenter from breaking: one "sentence" of ~1,400 tokens
        String text = "the body of a man was found. ".repeat(200) + "the end.";
        List<Sentence> pieces = Segmenter.split(text);
        int tokens = Tokenizer.tokenize(text).size();
        assertEquals(tokens, pieces.stream().mapToInt(Sentence::size).sum(), "no token lost");
        assertTrue(pieces.size() >= tokens / Segmenter.MAX_SENTENCE, pieces.size() + " pieces");
        for (Sentence s : pieces) {
            assertTrue(s.size() <= Segmenter.MAX_SENTENCE, s.size() + " tokens");
        }
        assertEquals(".", pieces.get(0).get(pieces.get(0).size() - 1).text(), "cut after a full stop");
        assertEquals("the", pieces.get(1).get(0).lc(), "the next piece starts after it");
    }

    @Test
    void withoutPunctuationTheCutIsAtTheLimit() {
        String text = "word ".repeat(400);
        List<Sentence> pieces = Segmenter.split(text);
        assertEquals(List.of(160, 160, 80), pieces.stream().map(Sentence::size).toList());
    }

    @Test
    void aNewsSentenceIsNeverCut() {
        String text = "Gunmen killed " + "two farmers, ".repeat(40) + "police said.";
        assertTrue(Tokenizer.tokenize(text).size() < Segmenter.MAX_SENTENCE);
        assertEquals(1, Segmenter.split(text).size());
    }

    @Test
    void aWireDatelineEndsAtItsDash() {
        assertEquals(7, Segmenter.split("MOGADISHU, Somalia (AP) \u2014 A roadside bomb exploded.").get(0)
                .datelineEnd());
        assertEquals(9, Segmenter.split("ERBIL, Kurdistan Region (Kurdistan 24) \u2013 Two fighters were killed.")
                .get(0).datelineEnd());
        assertEquals(2, Segmenter.split("DHAKA \u2014 A fire broke out.").get(0).datelineEnd());
        // no dateline: an acronym that opens a sentence, or capitals followed by plain words
        assertEquals(0, Segmenter.split("NATO, the alliance, said - nothing.").get(0).datelineEnd());
        assertEquals(0, Segmenter.split("Two fighters were killed - police said.").get(0).datelineEnd());
    }
}
