package org.newswatch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.extraction.Extractor;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The extraction engine alone, one thread, over the seed articles: articles/s (the primary score),
 * plus sentences/s and bytes/s as auxiliary counters. Seeds are read from {@code NEWSWATCH_HOME/seeds}
 * (default: the working folder's {@code seeds/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class ExtractorBenchmark {

    /** Sentence ends as a reader counts them: . ! ? followed by a blank or end, and paragraph breaks. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?(\\s+|$)|\\n\\s*\\n");

    private Extractor extractor;
    private List<Article> articles;
    private int[] sentences;
    private int[] bytes;
    private int next;

    /** Per-iteration counters JMH reports as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long sentences;
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            sentences = 0;
            bytes = 0;
        }
    }

    @Setup
    public void load() {
        extractor = Extractor.create();
        Path dir = Path.of(System.getenv().getOrDefault("NEWSWATCH_HOME", ".")).resolve("seeds");
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                SeedFormat.Parsed parsed = SeedFormat.parse(Files.readString(file, StandardCharsets.UTF_8));
                Instant published = parsed.date() == null ? null : parsed.date().atStartOfDay(ZoneOffset.UTC).toInstant();
                articles.add(new Article(Article.VERSION, file.getFileName().toString(), null, null, null, published,
                        Instant.parse("2020-03-01T00:00:00Z"), Article.REPLAY, parsed.text(), null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds in " + dir.toAbsolutePath(), e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no seed articles in " + dir.toAbsolutePath());
        }
        sentences = articles.stream().mapToInt(a -> (int) SENTENCE_END.matcher(a.text()).results().count() + 1).toArray();
        bytes = articles.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    /** One article per operation, round robin over the seeds. */
    @Benchmark
    public void extractArticle(Counters counters, Blackhole bh) {
        int i = next;
        next = (i + 1) % articles.size();
        bh.consume(extractor.extract(articles.get(i)));
        counters.sentences += sentences[i];
        counters.bytes += bytes[i];
    }
}
