package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newswatch.extraction.eval.GoldScorer;
import org.newswatch.extraction.tools.EvalTool;

/**
 * The conflict-event notes (200 one-paragraph items in the style of ACLED notes, monitors and wire leads, from
 * over 30 conflicts, written and annotated without the engine: {@code notes/README.md}), scored as the eval command
 * scores them. {@code notes/dev} may be tuned on, and floors under its figures make a regression fail;
 * {@code notes/blind} is only measured with {@code ./newswatch eval}, never gated in the build.
 */
class NotesSetTest {

    private static GoldScorer.Result score(String set) throws Exception {
        Path gold = Path.of(NotesSetTest.class.getResource("/notes/" + set + "/gold.jsonl").toURI());
        Path articles = Path.of(NotesSetTest.class.getResource("/notes/" + set + "/articles").toURI());
        GoldScorer.Result r = EvalTool.evaluate(gold, articles, Extractor.create());
        System.out.println("notes " + set + ":\n" + r.table());
        return r;
    }

    @Test
    void devNotesDoNotRegress() throws Exception {
        GoldScorer.Result r = score("dev");
        assertTrue(r.exhaustive().precision() >= 0.88, r.table());
        assertTrue(r.exhaustive().recall() >= 0.88, r.table());
        assertTrue(r.exhaustive().f1() >= 0.88, r.table());
        assertTrue(r.allScored().recall() >= 0.82, r.table());
        assertTrue(r.locationAccuracy() >= 0.73, r.table());
        assertTrue(r.dateAccuracy() >= 0.94, r.table());
    }
}
