package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;

class IngestorTest {

    private final List<Article> published = new ArrayList<>();
    private final List<DedupEntry> journaled = new ArrayList<>();
    private boolean brokerDown;

    private final ArticlePublisher publisher = (topic, article) -> {
        if (brokerDown) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker down"));
        }
        published.add(article);
        return CompletableFuture.completedFuture(null);
    };
    private final DedupJournal journal = entry -> {
        journaled.add(entry);
        return CompletableFuture.completedFuture(null);
    };

    private Ingestor ingestor(DedupMemory memory) {
        memory.markLoaded();
        return new Ingestor(memory, publisher, journal, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    private static IngestResult join(CompletionStage<IngestResult> stage) {
        return stage.toCompletableFuture().join();
    }

    @Test
    void publishesOnceAndJournals() {
        Ingestor ingestor = ingestor(new DedupMemory());
        ArticleInput input = new ArticleInput(null, null, null, null, "Forty soldiers were killed.");
        IngestResult first = join(ingestor.ingest(input, Article.LIVE));
        IngestResult second = join(ingestor.ingest(input, Article.LIVE));
        assertEquals(IngestResult.ACCEPTED, first.status());
        assertEquals(IngestResult.DUPLICATE, second.status());
        assertEquals(first.id(), second.id());
        assertEquals(1, published.size());
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), published.get(0).receivedAt());
        assertEquals(List.of(first.id()), journaled.stream().map(DedupEntry::articleId).toList());
    }

    @Test
    void failedPublishIsForgottenSoARetryPublishes() {
        Ingestor ingestor = ingestor(new DedupMemory());
        ArticleInput input = new ArticleInput(null, null, null, null, "Three tanks were destroyed.");
        brokerDown = true;
        assertThrows(CompletionException.class, () -> join(ingestor.ingest(input, Article.LIVE)));
        assertTrue(journaled.isEmpty());
        brokerDown = false;
        assertFalse(join(ingestor.ingest(input, Article.LIVE)).duplicate());
        assertEquals(1, published.size());
    }

    @Test
    void duplicateOfAnUnacknowledgedArticleWaitsForItAndTakesOverIfItFails() {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        ArticlePublisher slow = (topic, article) -> {
            published.add(article);
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            return ack;
        };
        DedupMemory memory = new DedupMemory();
        memory.markLoaded();
        Ingestor ingestor = new Ingestor(memory, slow, journal, Clock.systemUTC());
        ArticleInput input = new ArticleInput(null, null, null, null, "Twelve rockets hit the base.");
        CompletableFuture<IngestResult> first = ingestor.ingest(input, Article.LIVE).toCompletableFuture();
        CompletableFuture<IngestResult> second = ingestor.ingest(input, Article.LIVE).toCompletableFuture();
        assertFalse(second.isDone());
        acks.get(0).completeExceptionally(new IllegalStateException("broker down"));
        assertTrue(first.isCompletedExceptionally());
        // the second request published the article itself
        assertEquals(2, published.size());
        acks.get(1).complete(null);
        assertEquals(IngestResult.ACCEPTED, second.join().status());

        CompletableFuture<IngestResult> third = ingestor.ingest(input, Article.LIVE).toCompletableFuture();
        assertEquals(IngestResult.DUPLICATE, third.join().status());
        assertEquals(2, published.size());
    }

    @Test
    void refusesUntilTheMemoryIsLoaded() {
        Ingestor ingestor = new Ingestor(new DedupMemory(), publisher, journal, Clock.systemUTC());
        assertThrows(NotReadyException.class,
                () -> ingestor.ingest(new ArticleInput(null, null, null, null, "text"), Article.LIVE));
    }
}
