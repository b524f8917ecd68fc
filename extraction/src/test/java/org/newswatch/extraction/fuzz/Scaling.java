package org.newswatch.extraction.fuzz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.Article;
import org.newswatch.extraction.Extractor;

/**
 * How the engine's time grows with the length of a text, for a few shapes: a line of sentences (linear, the
 * reference), the same sentences joined by ". and" (the segmenter does not break before a lower-case word, so this
 * is one sentence of thousands of tokens, each clause an event with a speaker and a day), a clause repeated with
 * lower-case starts (one sentence too), a trigger repeated, and a long list of names. Each shape is timed at doubling sizes; {@code growth} is log2 of the time
 * ratio of one size to the one before it (1 is linear, 2 quadratic).
 */
public final class Scaling {

    /** One shape at one size. */
    public record Point(String shape, int chars, int events, double millis, double growth) {
    }

    private static final String[][] SHAPES = {
        {"sentences", "Insurgents killed six soldiers in an ambush near Mopti on Friday, the army said. "},
        {"'. and' joined", "Insurgents killed six soldiers in an ambush near Mopti on Friday, the army said. and "},
        {"lower-case '. '", "the body of a man was found. "},
        {"trigger repeated", "took control of "},
        {"list of names", "Saraqeb, Idlib, Aleppo, Kafr Nabl, "},
    };

    private Scaling() {
    }

    /** Each shape at 1, 2, 4 ... {@code maxKb} KB; the best of {@code repeats} runs per size. */
    public static List<Point> measure(Extractor extractor, int maxKb, int repeats) {
        List<Point> out = new ArrayList<>();
        for (String[] shape : SHAPES) {
            double previous = 0;
            for (int kb = 1; kb <= maxKb; kb *= 2) {
                String unit = shape[1];
                String text = (shape[0].equals("list of names") ? "Rebels captured " : "")
                        + unit.repeat(Math.max(1, kb * 1024 / unit.length())) + "the end.";
                double best = Double.MAX_VALUE;
                int events = 0;
                for (int r = 0; r < repeats; r++) {
                    long t0 = System.nanoTime();
                    events = extractor.extract(new Article(Article.VERSION, "scaling", null, null, null,
                            Instant.parse("2024-03-04T00:00:00Z"), Instant.parse("2024-03-04T00:00:00Z"), Article.REPLAY, text,
                            null)).size();
                    best = Math.min(best, (System.nanoTime() - t0) / 1e6);
                }
                double growth = previous > 0 ? Math.log(best / previous) / Math.log(2) : Double.NaN;
                out.add(new Point(shape[0], text.length(), events, best, growth));
                previous = best;
            }
        }
        return out;
    }

    /** The points as a table. */
    public static String table(List<Point> points) {
        StringBuilder b = new StringBuilder(String.format("  %-18s %9s %7s %11s %7s%n", "shape", "chars", "events", "ms", "growth"));
        for (Point p : points) {
            b.append(String.format("  %-18s %,9d %7d %11.1f %7s%n", p.shape(), p.chars(), p.events(), p.millis(),
                    Double.isNaN(p.growth()) ? "" : String.format("%.2f", p.growth())));
        }
        return b.toString();
    }
}
