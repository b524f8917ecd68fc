package org.newswatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SeedFormat;

/**
 * Writes N seed-length articles as JSON Lines on standard output, for timing {@code ./newswatch extract --jsonl}:
 * the seed articles round robin, each figure and each of the seeds' Syrian places changed at random, dated one hour
 * apart from 2020-01-01 in file order. Every other line uses the ingest replay's fields ({@code title},
 * {@code url}, {@code publishedAt}), the rest the tool's ({@code id}, {@code date}). Run:
 * {@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.newswatch.bench.SeedVariants 10000 > FILE}.
 */
public final class SeedVariants {

    private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}\\b");
    private static final List<String> PLACES = List.of("Idlib", "Saraqeb", "Aleppo", "Nairab");
    private static final List<String> OTHERS = List.of("Idlib", "Saraqeb", "Aleppo", "Nairab", "Ariha", "Jisr al-Shughur",
            "Kafr Nabl", "Maarat al-Numan", "Hama", "Homs", "Daraa", "Raqqa", "Afrin", "Azaz", "Atarib");

    private SeedVariants() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Path.of(System.getenv().getOrDefault("NEWSWATCH_HOME", ".")).resolve("seeds");
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(SeedFormat.parse(Files.readString(f, StandardCharsets.UTF_8)).text());
            }
        }
        SplittableRandom r = new SplittableRandom(7);
        Instant t = Instant.parse("2020-01-01T00:00:00Z");
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (int i = 0; i < n; i++) {
            String text = seeds.get(i % seeds.size());
            Matcher m = NUMBER.matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(b, String.valueOf(1 + r.nextInt(Math.max(2, Integer.parseInt(m.group()) * 2))));
            }
            m.appendTail(b);
            String varied = b.toString();
            for (String place : PLACES) {
                varied = varied.replace(place, OTHERS.get(r.nextInt(OTHERS.size())));
            }
            Instant published = t.plus(i, ChronoUnit.HOURS);
            Map<String, String> line = new LinkedHashMap<>();
            if (i % 2 == 0) {
                line.put("id", "v" + i);
                line.put("date", published.toString().substring(0, 10));
            } else {
                line.put("title", "Article " + i);
                line.put("url", "https://example.org/articles/" + i);
                line.put("publishedAt", published.toString());
            }
            line.put("text", varied);
            w.write(Json.write(line));
            w.write('\n');
        }
        w.flush();
    }
}
