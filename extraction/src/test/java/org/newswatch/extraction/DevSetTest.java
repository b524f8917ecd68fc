package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.eval.GoldScorer;
import org.newswatch.extraction.tools.EvalTool;

/**
 * The development set (80 articles from many conflicts, annotated without the engine) scored as the eval
 * command scores it, with floors a few events under the figures reached: a regression fails. The figures are printed.
 */
class DevSetTest {

    @Test
    void devFiguresDoNotRegress() throws Exception {
        Path gold = Path.of(DevSetTest.class.getResource("/dev/gold.jsonl").toURI());
        Path articles = Path.of(DevSetTest.class.getResource("/dev/articles").toURI());
        GoldScorer.Result r = EvalTool.evaluate(gold, articles, Extractor.create());
        String table = r.table();
        System.out.println("dev set:\n" + table);
        // floors sit a fixed number of events under the figures of 2026-12-05 (issue 17), not at them: about five
        // events for the whole set (5 of 245 lines is 0.02), two for a type, so that a fix of one class that
        // costs an unrelated line or two is a visible trade, not a red build, while a real regression fails
        assertTrue(r.exhaustive().precision() >= 0.945 - 0.02, table);
        assertTrue(r.exhaustive().recall() >= 0.914 - 0.02, table);
        assertTrue(r.exhaustive().f1() >= 0.929 - 0.02, table);
        assertTrue(r.allScored().recall() >= 0.864 - 0.015, table);
        assertTrue(r.perType().get(EventType.KILLED).f1() >= 0.897 - 0.02, table);
        assertTrue(r.perType().get(EventType.DISPLACEMENT).f1() >= 0.971 - 0.06, table);
        assertTrue(r.perType().get(EventType.CAPTURE).f1() >= 0.986 - 0.06, table);
        assertTrue(r.perType().get(EventType.EQUIPMENT_LOSS).f1() >= 0.929 - 0.07, table);
        assertTrue(r.perType().get(EventType.WOUNDED).f1() >= 0.929 - 0.07, table);
        assertTrue(r.perType().get(EventType.OFFENSIVE).f1() >= 0.933 - 0.12, table);
        // 0.72 until buildings stopped being places (issue 18: "names of buildings are never places"; the coders record
        // the town): this set's gold still codes the SYL hotel (8 lines) where the engine now gives Mogadishu
        assertTrue(r.locationAccuracy() >= 0.70, table);
        assertTrue(r.dateAccuracy() >= 0.81, table);
        assertTrue(r.qualifierAccuracy() >= 0.98, table);
        // 15 while a report without a figure or a place joined any; since identity needs evidence of sameness (issue
        // 16) four clusters stay apart on engine errors: a perpetrator read as the victims' army (Lebanon strikes),
        // a dateline taken for the place and a day apart (SYL hotel attackers, attack), a country against a town
        assertTrue(r.clustersJoined() >= 13, table);
        assertTrue(r.clusterCollisions() == 0, table);
    }

    /**
     * The dev sets written blind in December (writers C, D, F, G, I, L, O, Q, R, S, T, U, V, W, X, Y, Z, AA, AB, AC, AD), tuned on since: exhaustive F1
     * a fixed 0.02 under the figure of the round that last moved it (about five events of their 250 to 350 lines).
     * syria2 (writer S) and world2 (writer T) were first read at 0.768 and 0.831; fresh7 (writer Q), blind for three
     * rounds (last read 0.824), was retired to tuning in the twelfth, which ended it at 0.859; fresh8 (writer U), blind for
     * one round (read 0.800 at its start and 0.799 at its end), was retired in the thirteenth, which ended it at 0.844;
     * fresh9 (writer V), blind for one round (0.806 at its start, 0.818 at its end), was retired in the fourteenth, which ended
     * it at 0.838; fresh10 (writer W), blind for one round (0.845 at its start, 0.847 at its end), was retired in the fifteenth,
     * which ended it at 0.860; fresh11 (writer X), blind for one round (0.799 at its start, 0.804 at its end), was retired
     * in the sixteenth, which ended it at 0.816; fresh12 (writer Y), blind for one round (0.807 at its start, 0.814 at its
     * end), was retired in the seventeenth, which ended it at 0.828; fresh13 (writer Z), blind for one round (0.805 at its
     * start, 0.813 at its end), was retired in the eighteenth, which ended it at 0.818; fresh14 (writer AA), blind for one
     * round (0.830 at its start, 0.827 at its end), was retired in the nineteenth, which ended it at 0.885; fresh15 (writer
     * AB), blind for one round (0.832 at its start, 0.833 at its end), was retired in the twentieth, which ended it at 0.858;
     * fresh16 (writer AC), blind for one round (0.765 at its start, 0.774 at its end), was retired in the twenty-first,
     * which ended it at 0.798; fresh17 (writer AD), blind for one round (0.792 at its start, 0.792 at its end), was retired in
     * the twenty-second.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"monitor/syria, 0.844", "monitor/world, 0.831", "monitor/mixed, 0.849",
            "dev2, 0.780", "monitor/acled, 0.830", "monitor/feed, 0.851", "monitor/feed2, 0.843", "dev3, 0.796",
            "monitor/syria2, 0.846", "monitor/world2, 0.894", "monitor/fresh7, 0.865", "monitor/fresh8, 0.844",
            "monitor/fresh9, 0.838", "monitor/fresh10, 0.847", "monitor/fresh11, 0.804", "monitor/fresh12, 0.814",
            "monitor/fresh13, 0.813", "monitor/fresh14, 0.827", "monitor/fresh15, 0.833",
            "monitor/fresh16, 0.774", "monitor/fresh17, 0.792"})
    void blindWrittenDevSetsDoNotRegress(String set, double f1) throws Exception {
        Path gold = Path.of(DevSetTest.class.getResource("/" + set + "/gold.jsonl").toURI());
        Path articles = Path.of(DevSetTest.class.getResource("/" + set + "/articles").toURI());
        GoldScorer.Result r = EvalTool.evaluate(gold, articles, Extractor.create());
        assertTrue(r.exhaustive().f1() >= f1 - 0.02, set + ":\n" + r.table());
    }
}
