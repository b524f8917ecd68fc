package org.newswatch.extraction.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.eval.GoldEvent;
import org.newswatch.extraction.eval.GoldScorer;
import org.newswatch.extraction.eval.NoteFigures;
import org.newswatch.extraction.identity.EventIdentity;

/** {@code eval --gold FILE --articles DIR [--verbose]}: runs the engine over DIR and scores it against the gold file. */
public final class EvalTool {

    static final String USAGE = "usage: eval --gold FILE --articles DIR [--notes notes.tsv] [--verbose]"
            + " | eval --all|--dev [--root TEST_RESOURCES_DIR]";

    private EvalTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Extractor.create());
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Extractor extractor) {
        if (args.length > 0 && (args[0].equals("--all") || args[0].equals("--dev"))) {
            Path root = Path.of(System.getenv().getOrDefault("NEWSWATCH_HOME", "."), "extraction", "src", "test",
                    "resources");
            if (args.length == 3 && args[1].equals("--root")) {
                root = Path.of(args[2]);
            } else if (args.length != 1) {
                err.println(USAGE);
                return 2;
            }
            return EvalAll.run(root, out, err, extractor, args[0].equals("--dev"));
        }
        Path gold = null;
        Path dir = null;
        Path notes = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gold":
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    gold = Path.of(args[++i]);
                    break;
                case "--articles":
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    dir = Path.of(args[++i]);
                    break;
                case "--notes":
                    if (i + 1 >= args.length) {
                        err.println(USAGE);
                        return 2;
                    }
                    notes = Path.of(args[++i]);
                    break;
                case "--verbose":
                    verbose = true;
                    break;
                default:
                    err.println(USAGE);
                    return 2;
            }
        }
        if (gold == null || dir == null) {
            err.println(USAGE);
            return 2;
        }
        GoldScorer.Result r;
        try {
            r = evaluate(gold, dir, extractor);
        } catch (IOException | RuntimeException e) {
            err.println("eval: " + e.getMessage());
            return 1;
        }
        out.print(r.table());
        NoteFigures figures = null;
        if (notes != null) {
            try {
                figures = NoteFigures.of(notes, r.predictions());
            } catch (RuntimeException e) {
                err.println("eval: " + e.getMessage());
                return 1;
            }
            out.println();
            out.print(figures.table());
        }
        if (verbose) {
            out.println();
            for (String w : figures != null ? figures.wrong() : r.sums().wrong()) {
                out.println((figures != null ? "NOTE   " : "SUM    ") + w);
            }
            for (GoldEvent g : r.missed()) {
                out.println("MISSED " + shortName(g.article()) + " " + g.type() + " " + g.principal() + " "
                        + g.count() + " | " + g.evidence());
            }
            for (ExtractedEvent p : r.falsePositives()) {
                out.println("FP     " + shortName(p.article()) + " " + p.type() + " " + p.principal() + " "
                        + p.count() + " " + p.equipment() + " [" + p.rule() + "] | " + p.evidence());
            }
            for (GoldScorer.Match m : r.matches()) {
                GoldEvent g = m.gold();
                ExtractedEvent p = m.prediction();
                if (!g.scored()) {
                    continue;
                }
                boolean loc = g.location() == null ? p.location() == null : g.location().equalsIgnoreCase(String.valueOf(p.location()));
                boolean date = java.util.Objects.equals(g.date(), p.date());
                if (!loc || !date) {
                    out.println("ATTR   " + shortName(g.article()) + " " + g.type() + " " + g.principal() + " "
                            + g.count() + (loc ? "" : " loc " + g.location() + "/" + p.location())
                            + (date ? "" : " date " + g.date() + "/" + p.date()) + " | " + g.evidence());
                }
            }
            clusterLines(r, out);
        }
        return 0;
    }

    /**
     * SPLIT: a cross-article cluster under several ids; COLLIDE: one id over several clusters. Each is followed
     * by the matched predictions involved (article, id, type, party, count, running total, equipment, place,
     * date), so that a miss can be read without re-running the extractor.
     */
    static void clusterLines(GoldScorer.Result r, PrintStream out) {
        Map<String, Map<String, String>> idsByCluster = new TreeMap<>();
        Map<String, Set<String>> clustersById = new TreeMap<>();
        Map<String, List<GoldScorer.Match>> matchesByCluster = new TreeMap<>();
        for (GoldScorer.Match m : r.matches()) {
            String cl = m.gold().cluster();
            String id = m.prediction().eventId();
            if (cl == null || id == null) {
                continue;
            }
            idsByCluster.computeIfAbsent(cl, k -> new TreeMap<>()).put(shortName(m.gold().article()), id);
            clustersById.computeIfAbsent(id, k -> new TreeSet<>()).add(cl);
            matchesByCluster.computeIfAbsent(cl, k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<String, Map<String, String>> e : idsByCluster.entrySet()) {
            if (e.getValue().size() > 1 && new HashSet<>(e.getValue().values()).size() > 1) {
                out.println("SPLIT  " + e.getKey() + " " + e.getValue());
                for (GoldScorer.Match m : matchesByCluster.get(e.getKey())) {
                    out.println("         " + describe(m.prediction()));
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : clustersById.entrySet()) {
            if (e.getValue().size() > 1) {
                out.println("COLLIDE " + e.getKey() + " " + e.getValue());
                for (String cl : e.getValue()) {
                    for (GoldScorer.Match m : matchesByCluster.get(cl)) {
                        if (e.getKey().equals(m.prediction().eventId())) {
                            out.println("         " + cl + ": " + describe(m.prediction()));
                        }
                    }
                }
            }
        }
    }

    private static String describe(ExtractedEvent p) {
        return shortName(p.article()) + " " + p.eventId() + " " + p.type() + " " + p.principal() + " n=" + p.count()
                + (Boolean.TRUE.equals(p.cumulative()) ? " total" : "") + (p.equipment() == null ? "" : " " + p.equipment())
                + " @" + p.location() + " " + p.date() + " | " + abbreviate(p.evidence(), 70);
    }

    private static String abbreviate(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n) + "...";
    }

    public static GoldScorer.Result evaluate(Path gold, Path dir, Extractor extractor) throws IOException {
        List<GoldEvent> lines = GoldEvent.read(gold);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<ExtractedEvent> predictions = new ArrayList<>();
        java.util.Set<String> articles = new java.util.TreeSet<>();
        // one identity resolver over the articles in publication order: cross-article ids as the service gives them
        EventIdentity identity = EventIdentity.inMemory();
        for (Article a : SeedArticles.inPublicationOrder(SeedArticles.load(files))) {
            articles.add(a.id());
            predictions.addAll(identity.resolve(extractor.extract(a)));
        }
        return GoldScorer.score(lines, predictions, articles);
    }

    /** "d017.txt" -> "d017", "000_e13c19ef22c09c8a.txt" -> "000". */
    static String shortName(String article) {
        int u = article.indexOf('_');
        int d = article.indexOf('.');
        int end = u > 0 ? u : d > 0 ? d : article.length();
        return article.substring(0, end);
    }
}
