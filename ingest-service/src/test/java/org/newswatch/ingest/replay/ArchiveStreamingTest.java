package org.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.ArticlePublisher;

/**
 * Archives larger than the in-memory sort run: a folder with nested folders, a gzipped JSON Lines file, a zip of seed
 * files, articles shuffled across files; replayed with a run of 50 articles, so the order comes from merging many runs
 * from disk.
 */
class ArchiveStreamingTest {

    private static final Instant START = Instant.parse("2021-03-01T00:00:00Z");
    private final List<Article> published = new ArrayList<>();
    private final ArticlePublisher publisher = (topic, article) -> {
        published.add(article);
        return CompletableFuture.completedFuture(null);
    };

    @Test
    void aShuffledNestedCompressedArchiveIsPublishedInEventTimeOrderFromManyRuns(@TempDir Path dir, @TempDir Path tmp)
            throws IOException {
        int articles = 1500;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            lines.add(Json.write(Map.of("text", "Report " + i + ": a convoy was shelled near the river crossing number " + i + ".",
                    "publishedAt", START.plusSeconds(60L * i).toString())));
        }
        Collections.shuffle(lines, new Random(7));
        Files.createDirectories(dir.resolve("a/b"));
        Files.write(dir.resolve("a/first.jsonl"), lines.subList(0, 500));
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(dir.resolve("a/b/second.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line : lines.subList(500, 1500)) {
                out.write(line);
                out.newLine();
            }
            out.write(lines.get(3)); // an exact duplicate in another file
            out.newLine();
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("seeds.zip")))) {
            for (int day = 9; day >= 1; day -= 4) {
                zip.putNextEntry(new ZipEntry("seed-" + day + ".txt"));
                zip.write((" date 2021-02-0" + day + " Seed " + day + ": a checkpoint was attacked.\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Files.writeString(dir.resolve("ignored.csv.bak"), "not an archive file");

        Replay replay = new Replay("s1", new ReplayRequest(dir.toString(), null, true, null, null, null), publisher,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), null, f -> true, 1 << 20, 50, tmp);
        replay.run();
        ReplayStatus status = replay.status();

        assertEquals(ReplayStatus.COMPLETED, status.state(), String.valueOf(status.errorSamples()));
        assertEquals(0, status.errors(), String.valueOf(status.errorSamples()));
        assertEquals(1, status.duplicates());
        assertEquals(articles + 3, status.published());
        assertEquals(articles + 3, published.size());
        for (int i = 1; i < published.size(); i++) {
            assertTrue(!published.get(i).publishedAt().isBefore(published.get(i - 1).publishedAt()),
                    "out of order at " + i + ": " + published.get(i - 1).publishedAt() + " then " + published.get(i).publishedAt());
        }
        assertTrue(published.get(0).text().startsWith("Seed 1:"), published.get(0).text());
        assertTrue(published.get(3).text().startsWith("Report 0:"), published.get(3).text());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "the work folder with its sort runs is deleted");
        }
    }

    @Test
    void theSorterMergesRunsOfDatedAndUndatedArticles(@TempDir Path dir) {
        try (EventTimeSorter sorter = new EventTimeSorter(dir, 3)) {
            Instant t = Instant.parse("2020-01-01T00:00:00Z");
            for (int i = 9; i >= 0; i--) {
                sorter.add(article("d" + i, t.plusSeconds(i)), false);
            }
            sorter.add(article("u1", t.plusSeconds(4)), true);
            sorter.add(article("u0", t.plusSeconds(4)), true);
            assertEquals(4, sorter.runs(), "four dated runs of at most 3; the undated buffer not yet written");
            List<String> order = new ArrayList<>();
            sorter.merged().forEachRemaining(a -> order.add(a.id()));
            assertEquals(List.of("d0", "d1", "d2", "d3", "d4", "u0", "u1", "d5", "d6", "d7", "d8", "d9"), order);
        }
    }

    private static Article article(String id, Instant time) {
        return new Article(Article.VERSION, id, null, null, null, time, time, Article.REPLAY, "text " + id, null, null,
                null, null);
    }
}
