package org.newswatch.extraction.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newswatch.extraction.Extractor;

/**
 * The robustness harness in the build: a sample of generated inputs (every family, cuts spread over every text of
 * every set) through the engine, with no exception and no malformed event. The full run of a million inputs is
 * {@code ./benchmarks/fuzz}. Times are printed, never asserted.
 */
class GeneratedInputsTest {

    static final Path RESOURCES = Path.of("src", "test", "resources");
    static final Path SEEDS = Path.of("..", "seeds");
    private static final int SAMPLE = 20_000;

    @Test
    void theCorpusHoldsEverySet() {
        Map<String, Integer> sizes = Corpus.load(RESOURCES, SEEDS).sizes();
        assertEquals(5, sizes.get("seeds"), sizes.toString());
        for (String set : List.of("dev", "blind", "notes/dev", "notes/blind", "heldout", "generalisation", "robustness")) {
            assertTrue(sizes.getOrDefault(set, 0) >= 30, set + " " + sizes);
        }
    }

    /** The cuts of a sentence include it cut right after its verb, with no ending: the shape that threw. */
    @Test
    void cutsReachTheShapeThatThrew() {
        String text = "After three days of fighting, government troops have recaptured the town.";
        InputGenerator g = new InputGenerator(new Corpus(List.of(new Corpus.Text("t", "t", text))), 1);
        Set<String> cuts = new HashSet<>();
        for (long i = 0; i < g.cuts(); i++) {
            cuts.add(g.cut(i).text());
        }
        assertEquals(13 * InputGenerator.ENDINGS.size(), g.cuts());
        assertTrue(cuts.containsAll(List.of("After three days of fighting, government troops have recaptured",
                "After three days of fighting, government troops have recaptured…", "After", "After three days of fighting,...")));
        FuzzRun run = new FuzzRun(Extractor.create(), 0);
        for (long i = 0; i < g.cuts(); i++) {
            run.run(g.cut(i));
        }
        assertEquals(0, run.exceptions() + run.violations(), run.failures().toString());
    }

    @Test
    void aSampleOfGeneratedInputsKeepsTheContract() {
        InputGenerator g = new InputGenerator(Corpus.load(RESOURCES, SEEDS), 20240304L);
        FuzzRun run = new FuzzRun(Extractor.create(), 5);
        Map<String, Integer> kinds = new TreeMap<>();
        for (long i = 0; i < SAMPLE; i++) {
            InputGenerator.Input input = g.input(i, SAMPLE);
            kinds.merge(input.kind(), 1, Integer::sum);
            run.run(input);
        }
        System.out.println("GeneratedInputsTest: " + run.summary() + "; kinds " + kinds + "; cuts in all " + g.cuts());
        run.slowest().forEach(t -> System.out.printf("  slow: %.1f ms %s #%d, %,d chars: %s%n", t.nanos() / 1e6,
                t.input().kind(), t.input().index(), t.input().text().length(), t.input().preview(120)));
        String failures = run.failures().stream().map(f -> f.input().kind() + " #" + f.input().index() + " '"
                + f.input().preview(300) + "'\n" + f.problem()).collect(Collectors.joining("\n\n"));
        assertEquals(0, run.exceptions(), failures);
        assertEquals(0, run.violations(), failures);
        assertEquals(SAMPLE, run.inputs());
        assertTrue(kinds.size() >= 12, kinds.toString());
    }
}
