package org.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.ArticlePublisher;

class ReplayPacingTest {

    private final List<String> topics = new ArrayList<>();
    private final List<Article> published = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private final ArticlePublisher publisher = (topic, article) -> {
        topics.add(topic);
        published.add(article);
        return CompletableFuture.completedFuture(null);
    };
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static Path archive(Path dir) throws IOException {
        String lines = String.join("\n",
                Json.write(Map.of("text", "Third: the talks ended without agreement.", "publishedAt", "2020-02-27T10:30:00Z")),
                Json.write(Map.of("text", "First: shelling began at dawn.", "publishedAt", "2020-02-27T10:00:00Z")),
                Json.write(Map.of("text", "Undated: residents fled north.")),
                Json.write(Map.of("text", "Second: two tanks were destroyed.", "publishedAt", "2020-02-27T10:10:00Z")),
                Json.write(Map.of("text", "First:  shelling began at dawn.", "publishedAt", "2020-02-27T10:00:00Z")),
                "{not json");
        Files.writeString(dir.resolve("archive.jsonl"), lines);
        Files.writeString(dir.resolve("other.txt"), " date 2020-02-26 Earlier: a convoy was hit.\n");
        Files.writeString(dir.resolve("broken.json"), "{");
        return dir;
    }

    private Replay replay(Path dir, Double speed, String from, String to) {
        return new Replay("r1", new ReplayRequest(dir.toString(), speed, null, from, to, "test."), publisher, clock, delay -> {
            waits.add(delay);
            return true;
        });
    }

    @Test
    void publishesInEventTimeOrderPacedAtTheGivenSpeed(@TempDir Path dir) throws IOException {
        Replay replay = replay(archive(dir), 60.0, null, null);
        replay.run();
        ReplayStatus status = replay.status();
        assertEquals(ReplayStatus.COMPLETED, status.state(), String.valueOf(status.errorSamples()));
        assertEquals(List.of("Earlier", "First", "Second", "Third", "Undated"),
                published.stream().map(a -> a.text().substring(0, a.text().indexOf(':'))).toList());
        assertTrue(published.stream().allMatch(a -> Article.REPLAY.equals(a.origin())));
        assertTrue(topics.stream().allMatch("test.articles"::equals));
        // 34 h, 34 h 10 min and 34 h 30 min after the first article, at 60x; the clock is fixed, so each wait runs from the start.
        // The undated article takes the archive's latest publication time (Third's), not the wall clock.
        assertEquals(List.of(Duration.ofSeconds(2040), Duration.ofSeconds(2050), Duration.ofSeconds(2070), Duration.ofSeconds(2070)), waits);
        assertEquals(Instant.parse("2020-02-27T10:30:00Z"), published.get(4).publishedAt());
        assertEquals(5, status.total());
        assertEquals(5, status.published());
        assertEquals(1, status.duplicates());
        assertEquals(2, status.errors(), String.valueOf(status.errorSamples())); // the broken line and broken.json
        assertTrue(status.errorSamples().stream().anyMatch(e -> e.startsWith("archive.jsonl: item 6")), String.valueOf(status.errorSamples()));
    }

    @Test
    void asFastAsPossibleDoesNotWaitAndDateFilterApplies(@TempDir Path dir) throws IOException {
        Replay replay = new Replay("r2", new ReplayRequest(archive(dir).toString(), 1.0, true, "2020-02-27", "2020-02-27T10:15:00Z", null),
                publisher, clock, delay -> {
                    waits.add(delay);
                    return true;
                });
        replay.run();
        assertTrue(waits.isEmpty());
        assertEquals(List.of("First", "Second"), published.stream().map(a -> a.text().substring(0, a.text().indexOf(':'))).toList());
        assertEquals("articles", topics.get(0));
        assertEquals(3, replay.status().filtered()); // Earlier, Third, Undated
        assertNull(replay.status().etaSeconds());
    }

    @Test
    void replayingTwiceGivesTheSameArticles(@TempDir Path dir) throws IOException {
        archive(dir);
        replay(dir, null, null, null).run();
        List<String> first = published.stream().map(Article::id).toList();
        published.clear();
        replay(dir, null, null, null).run();
        assertEquals(first, published.stream().map(Article::id).toList());
    }
}
