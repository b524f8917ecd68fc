package org.newswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.ArticlePreparer;
import org.newswatch.ingest.domain.HtmlArticles;
import org.newswatch.ingest.domain.PreparedArticle;

/**
 * {@code newswatch article PAGE.html [--url URL]}: the article the ingest service would publish from a page, as JSON;
 * {@code newswatch eval-html --data DIR}: main-text extraction scored the trafilatura way on a folder holding
 * {@code evaldata.json} and the pages (in {@code DIR/eval/} or {@code DIR/}).
 */
final class HtmlTools {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private HtmlTools() {
    }

    static int article(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        String contentType = null;
        Path page = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = value(args, ++i, "--url");
                case "--content-type" -> contentType = value(args, ++i, "--content-type");
                default -> page = Path.of(args[i]);
            }
        }
        if (page == null) {
            err.println("usage: newswatch article PAGE.html [--url URL] [--content-type TYPE]");
            return 2;
        }
        HtmlArticles.Page read = HtmlArticles.read(bytes(page), contentType, url,
                new ArticleInput(null, url, null, null, null));
        Article article = ArticlePreparer.prepare(read.input(), Article.LIVE, Instant.now()).article();
        out.println(Json.write(article));
        if ("mislabelled".equals(read.charset().source())) {
            err.println("newswatch article: the page's declared charset does not decode it; read as "
                    + read.charset().charset().name());
        }
        return 0;
    }

    static int evalHtml(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        int warmup = 1;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(value(args, ++i, "--data"));
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, "--warmup"));
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            err.println("usage: newswatch eval-html --data DIR [--warmup N] [--verbose]");
            return 2;
        }
        JsonNode gold = Json.read(bytes(dir.resolve("evaldata.json")), JsonNode.class);
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText();
            Path path = Files.isRegularFile(dir.resolve("eval").resolve(file)) ? dir.resolve("eval").resolve(file)
                    : dir.resolve(file);
            cases.add(new Case(e.getKey(), path, bytes(path), strings(e.getValue().get("with")),
                    strings(e.getValue().get("without"))));
        }
        for (int w = 0; w < warmup; w++) {
            for (Case c : cases) {
                extract(c);
            }
        }
        long tp = 0;
        long fn = 0;
        long fp = 0;
        long tn = 0;
        long failed = 0;
        long nanos = 0;
        long cpuNanos = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (Case c : cases) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            String text = extract(c);
            cpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            nanos += System.nanoTime() - start;
            if (text == null) {
                failed++;
                fn += c.with().size();
                tn += c.without().size();
                continue;
            }
            String normal = normalise(text);
            int pageTp = 0;
            int pageFp = 0;
            List<String> missed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String s : c.with()) {
                if (normal.contains(normalise(s))) {
                    pageTp++;
                } else {
                    missed.add(s);
                }
            }
            for (String s : c.without()) {
                if (normal.contains(normalise(s))) {
                    pageFp++;
                    kept.add(s);
                }
            }
            tp += pageTp;
            fn += c.with().size() - pageTp;
            fp += pageFp;
            tn += c.without().size() - pageFp;
            if (verbose && (!missed.isEmpty() || !kept.isEmpty())) {
                err.println(c.path().getFileName() + "\tmissed " + missed.size() + "/" + c.with().size() + "\tkept "
                        + kept.size() + "/" + c.without().size());
                missed.forEach(s -> err.println("   - " + abbreviate(s)));
                kept.forEach(s -> err.println("   + " + abbreviate(s)));
            }
        }
        double precision = (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        double accuracy = (double) (tp + tn) / (tp + tn + fp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        out.printf(Locale.ROOT, "pages %d (failed %d), segments: tp %d fn %d fp %d tn %d%n", cases.size(), failed, tp, fn,
                fp, tn);
        out.printf(Locale.ROOT, "precision %.3f  recall %.3f  accuracy %.3f  F1 %.3f  %.1f ms/page (%.1f ms CPU; one"
                + " thread, after %d warm-up pass%s)%n", precision, recall, accuracy, f1, nanos / 1e6 / cases.size(),
                cpuNanos / 1e6 / cases.size(), warmup, warmup == 1 ? "" : "es");
        return 0;
    }

    private record Case(String key, Path path, byte[] page, List<String> with, List<String> without) {
    }

    /** Title and body as the service publishes them; null when the page yields no article. */
    private static String extract(Case c) {
        try {
            HtmlArticles.Page page = HtmlArticles.read(c.page(), null, null, null);
            Article a = ArticlePreparer.prepare(page.input(), Article.LIVE, Instant.EPOCH).article();
            return (a.title() == null ? "" : a.title() + "\n") + a.text();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String normalise(String s) {
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    private static String abbreviate(String s) {
        String n = normalise(s);
        return n.length() > 110 ? n.substring(0, 110) + "..." : n;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> list.add(n.asText()));
        }
        return list;
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
