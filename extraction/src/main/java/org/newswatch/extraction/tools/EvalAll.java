package org.newswatch.extraction.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.eval.GoldScorer;
import org.newswatch.extraction.eval.NoteFigures;

/**
 * {@code eval --all [--root DIR]}: every evaluation set of the project in one report, blind sets first, as the
 * README's quality tables show them. DIR is the test resources folder ({@code extraction/src/test/resources}); a
 * set is a folder with {@code gold.jsonl} and {@code articles/}, and a {@code notes.tsv} when it is coded per note;
 * the seeds are {@code gold/seeds.jsonl} over the repository's {@code seeds/}. A set that is missing is skipped.
 */
final class EvalAll {

    /** A set: its folder under the root (or the seeds), its label, and whether it is blind. */
    record Set(String dir, String label, boolean blind) {
    }

    static final List<Set> SETS = List.of(
            new Set("monitor/fresh18", "monitor fresh18 blind (writer AE)", true),
            new Set("monitor/fresh6", "monitor fresh6 blind (writer P)", true),
            new Set("monitor/fresh5", "monitor fresh5 blind (writer N)", true),
            new Set("monitor/fresh4", "monitor fresh4 blind (writer M)", true),
            new Set("monitor/fresh3", "monitor fresh3 blind (writer J)", true),
            new Set("monitor/fresh2", "monitor fresh2 blind (writer E)", true),
            new Set("monitor/fresh", "monitor fresh blind", true),
            new Set("monitor/blind", "monitor blind", true),
            new Set("notes/blind", "notes blind", true),
            new Set("blind", "blind articles", true),
            new Set("monitor/dev", "monitor dev", false),
            new Set("monitor/causes", "causes dev", false),
            new Set("monitor/syria", "Syria notes dev (writer D)", false),
            new Set("monitor/world", "world notes dev (writer C)", false),
            new Set("monitor/mixed", "mixed notes dev (writer F)", false),
            new Set("monitor/acled", "ACLED-style notes dev (writer I)", false),
            new Set("monitor/feed", "feed notes dev (writer L)", false),
            new Set("monitor/feed2", "feed2 notes dev (writer O)", false),
            new Set("monitor/syria2", "Syria notes dev 2 (writer S)", false),
            new Set("monitor/world2", "world notes dev 2 (writer T)", false),
            new Set("monitor/fresh7", "fresh7 dev (writer Q, blind until the twelfth round)", false),
            new Set("monitor/fresh8", "fresh8 dev (writer U, blind until the thirteenth round)", false),
            new Set("monitor/fresh9", "fresh9 dev (writer V, blind until the fourteenth round)", false),
            new Set("monitor/fresh10", "fresh10 dev (writer W, blind until the fifteenth round)", false),
            new Set("monitor/fresh11", "fresh11 dev (writer X, blind until the sixteenth round)", false),
            new Set("monitor/fresh12", "fresh12 dev (writer Y, blind until the seventeenth round)", false),
            new Set("monitor/fresh13", "fresh13 dev (writer Z, blind until the eighteenth round)", false),
            new Set("monitor/fresh14", "fresh14 dev (writer AA, blind until the nineteenth round)", false),
            new Set("monitor/fresh15", "fresh15 dev (writer AB, blind until the twentieth round)", false),
            new Set("monitor/fresh16", "fresh16 dev (writer AC, blind until the twenty-first round)", false),
            new Set("monitor/fresh17", "fresh17 dev (writer AD, blind until the twenty-second round)", false),
            new Set("notes/dev", "notes dev", false),
            new Set("dev", "dev articles", false),
            new Set("dev2", "dev articles 2 (writer G)", false),
            new Set("dev3", "dev articles 3 (writer R)", false),
            new Set("seeds", "seeds", false));

    private EvalAll() {
    }

    static int run(Path root, PrintStream out, PrintStream err, Extractor extractor) {
        return run(root, out, err, extractor, false);
    }

    /** With {@code devOnly} ({@code eval --dev}), the blind sets are not run: what a helper tuning on dev data sees. */
    static int run(Path root, PrintStream out, PrintStream err, Extractor extractor, boolean devOnly) {
        List<String> rows = new ArrayList<>();
        List<String> noteRows = new ArrayList<>();
        for (Set set : SETS) {
            if (devOnly && set.blind()) {
                continue;
            }
            Path gold;
            Path articles;
            Path notes = null;
            if (set.dir().equals("seeds")) {
                gold = root.resolve("gold/seeds.jsonl");
                articles = root.resolve("../../../../seeds").normalize();
            } else {
                Path d = root.resolve(set.dir());
                gold = d.resolve("gold.jsonl");
                articles = d.resolve("articles");
                notes = Files.exists(d.resolve("notes.tsv")) ? d.resolve("notes.tsv") : null;
            }
            if (!Files.exists(gold) || !Files.isDirectory(articles)) {
                continue;
            }
            GoldScorer.Result r;
            try {
                r = EvalTool.evaluate(gold, articles, extractor);
            } catch (IOException | RuntimeException e) {
                err.println("eval --all: " + set.dir() + ": " + e.getMessage());
                return 1;
            }
            String name = set.blind() ? "**" + set.label() + "**" : set.label();
            GoldScorer.Counts x = r.exhaustive();
            rows.add(String.format(Locale.ROOT, "| %s | %d | %.3f / %.3f / %.3f | %.3f | %.3f / %.3f | %.3f / %.3f |",
                    name, articlesIn(articles), x.precision(), x.recall(), x.f1(), r.allScored().recall(),
                    r.sums().positiveShare(), r.sums().zeroShare(), r.locationAccuracy(), r.dateAccuracy()));
            if (notes != null) {
                NoteFigures n = NoteFigures.of(notes, r.predictions());
                noteRows.add(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", name,
                        n.deathsPositive(), n.deathsZero(), n.violent(), n.territory(), n.nonViolentConflict(),
                        n.place()));
            }
        }
        out.println("| set | articles | exhaustive P / R / F1 | recall, all scored | fatality sums exact (with / without"
                + " deaths) | location / date |");
        out.println("| --- | --- | --- | --- | --- | --- |");
        rows.forEach(out::println);
        if (!noteRows.isEmpty()) {
            out.println();
            out.println("| per note | deaths: sum = coders' | no deaths: sum = 0 | violent notes giving an event |"
                    + " territory notes giving a CAPTURE | non-violent notes giving a conflict event (lower is better)"
                    + " | place = coders' town or district |");
            out.println("| --- | --- | --- | --- | --- | --- | --- |");
            noteRows.forEach(out::println);
        }
        return 0;
    }

    private static long articlesIn(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return -1;
        }
    }
}
