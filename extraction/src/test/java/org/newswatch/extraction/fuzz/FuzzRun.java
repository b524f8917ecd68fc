package org.newswatch.extraction.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.Extractor;

/**
 * Runs the engine over generated inputs and checks its contract on each: no exception; every event well formed
 * (type and id present, evidence offsets inside the text and the evidence equal to the text between them, counts
 * not negative, confidence within 0..1); and measures the time each input took. Keeps every time for the
 * percentiles, the slowest inputs, the first failures, and the time per family of inputs. A range whose high end is
 * below its low end ("between 5 and 3") is counted apart, as an oddity: the text said so.
 */
public final class FuzzRun {

    /** An input that broke the contract: the exception's stack, or what was wrong with an event. */
    public record Failure(InputGenerator.Input input, String problem) {
    }

    /** An input and how long it took. */
    public record Timed(InputGenerator.Input input, long nanos) {
    }

    private static final Instant PUBLISHED = Instant.parse("2024-03-04T00:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2024-03-05T06:00:00Z");
    private static final int MAX_FAILURES = 50;

    private final Extractor extractor;
    private final int slowestKept;
    private final PriorityQueue<Timed> slowest = new PriorityQueue<>((a, b) -> Long.compare(a.nanos(), b.nanos()));
    private final List<Failure> failures = new ArrayList<>();
    private long[] nanos = new long[1024];
    private int inputs;
    private long exceptions;
    private long violations;
    private long events;
    private long chars;
    private long invertedRanges;
    private final Map<String, long[]> perKind = new TreeMap<>();

    public FuzzRun(Extractor extractor, int slowestKept) {
        this.extractor = extractor;
        this.slowestKept = slowestKept;
    }

    /** Runs one input through the engine and checks the contract. */
    public void run(InputGenerator.Input input) {
        String id = "fuzz-" + input.index();
        // every third input undated, so both date paths run
        Instant published = input.index() % 3 == 0 ? null : PUBLISHED;
        Article article = new Article(Article.VERSION, id, null, null, null, published, RECEIVED, Article.REPLAY, input.text(), null);
        long t0 = System.nanoTime();
        List<ExtractedEvent> out = null;
        Throwable thrown = null;
        try {
            out = extractor.extract(article);
        } catch (RuntimeException | StackOverflowError e) {
            thrown = e;
        }
        long took = System.nanoTime() - t0;
        record(input, took);
        if (thrown != null) {
            exceptions++;
            fail(input, stack(thrown));
            return;
        }
        events += out.size();
        if (out.stream().anyMatch(e -> e != null && e.count() != null && e.countHigh() != null && e.countHigh() < e.count())) {
            invertedRanges++;
            violations++;
            fail(input, "a range whose high end is below its low end");
            return;
        }
        String problem = violation(input.text(), id, out);
        if (problem != null) {
            violations++;
            fail(input, problem);
        }
    }

    /** What is wrong with the events of {@code text}, or null when they keep the contract. */
    public static String violation(String text, String articleId, List<ExtractedEvent> events) {
        if (events == null) {
            return "null list of events";
        }
        for (ExtractedEvent e : events) {
            if (e == null) {
                return "null event";
            }
            if (e.type() == null || e.eventId() == null || e.eventId().isEmpty() || !articleId.equals(e.article())) {
                return "missing type, id or article: " + e;
            }
            Integer start = e.evidenceStart();
            Integer end = e.evidenceEnd();
            if (start == null || end == null || e.evidence() == null) {
                return "no evidence or offsets: " + e;
            }
            if (start < 0 || end < start || end > text.length()) {
                return "evidence offsets " + start + ".." + end + " outside the text of length " + text.length() + ": " + e;
            }
            if (!text.substring(start, end).equals(e.evidence())) {
                return "evidence differs from the text at " + start + ".." + end + ": '" + e.evidence() + "' vs '"
                        + text.substring(start, end) + "'";
            }
            if (e.count() != null && e.count() < 0 || e.countHigh() != null && e.countHigh() < 0) {
                return "bad count " + e.count() + ".." + e.countHigh() + ": " + e;
            }
            if (e.confidence() != null && !(e.confidence() >= 0 && e.confidence() <= 1)) {
                return "confidence " + e.confidence() + ": " + e;
            }
        }
        return null;
    }

    private void record(InputGenerator.Input input, long took) {
        if (inputs == nanos.length) {
            nanos = Arrays.copyOf(nanos, inputs * 2);
        }
        nanos[inputs++] = took;
        chars += input.text().length();
        long[] k = perKind.computeIfAbsent(input.kind(), x -> new long[3]);
        k[0]++;
        k[1] += took;
        k[2] = Math.max(k[2], took);
        if (slowest.size() < slowestKept) {
            slowest.add(new Timed(input, took));
        } else if (slowestKept > 0 && took > slowest.peek().nanos()) {
            slowest.poll();
            slowest.add(new Timed(input, took));
        }
    }

    private void fail(InputGenerator.Input input, String problem) {
        if (failures.size() < MAX_FAILURES) {
            failures.add(new Failure(input, problem));
        }
    }

    private static String stack(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    public int inputs() {
        return inputs;
    }

    public long exceptions() {
        return exceptions;
    }

    public long violations() {
        return violations;
    }

    public long events() {
        return events;
    }

    public long chars() {
        return chars;
    }

    /** Events whose range has its high end below its low end. */
    public long invertedRanges() {
        return invertedRanges;
    }

    /** Per family of inputs: how many, the mean and the max time per input. */
    public String perKind() {
        StringBuilder b = new StringBuilder();
        perKind.forEach((kind, k) -> b.append(String.format("  %-17s %,10d inputs, mean %8.3f ms, max %8.1f ms%n", kind, k[0],
                k[1] / 1e6 / k[0], k[2] / 1e6)));
        return b.toString();
    }

    /** The first failures (at most 50). */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The slowest inputs, slowest first. */
    public List<Timed> slowest() {
        List<Timed> s = new ArrayList<>(slowest);
        s.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
        return s;
    }

    /** The time per input at quantile {@code q} (0..1), in nanoseconds. */
    public long quantile(double q) {
        if (inputs == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, inputs);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(inputs - 1, Math.ceil(q * inputs) - 1 < 0 ? 0 : Math.ceil(q * inputs) - 1)];
    }

    /** A summary: inputs, exceptions, violations, events, and the time per input at the median, p99, p99.9, max. */
    public String summary() {
        return String.format("inputs %,d (%,d chars), exceptions %d, contract violations %d, events %,d"
                        + " (%d inputs with an inverted range);"
                        + " time per input: median %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.1f ms",
                inputs, chars, exceptions, violations, events, invertedRanges, quantile(0.5) / 1e6, quantile(0.99) / 1e6,
                quantile(0.999) / 1e6, quantile(1.0) / 1e6);
    }
}
