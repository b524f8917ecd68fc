package org.newswatch.ingest.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.ingest.domain.ArticlePublisher;
import org.newswatch.ingest.domain.DedupJournal;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.domain.Ingestor;

/** Wires the plain domain classes into CDI. */
public class IngestBeans {

    @Produces
    @Singleton
    DedupMemory dedupMemory(@ConfigProperty(name = "newswatch.ingest.dedup.capacity") int capacity,
            @ConfigProperty(name = "newswatch.ingest.dedup.near-capacity") int nearCapacity, MeterRegistry registry) {
        DedupMemory memory = new DedupMemory(DedupMemory.DEFAULT_NEAR_THRESHOLD, capacity, nearCapacity);
        // newswatch_dedup_memory_size{window}: articles remembered for exact duplicates and searched for near ones
        Gauge.builder("newswatch.dedup.memory.size", memory, DedupMemory::size).tag("window", "exact")
                .description("articles the dedup memory remembers for exact duplicates (text or URL)").register(registry);
        Gauge.builder("newswatch.dedup.memory.size", memory, DedupMemory::nearSize).tag("window", "near")
                .description("recent articles the dedup memory searches for near-duplicates").register(registry);
        return memory;
    }

    @Produces
    @Singleton
    Ingestor ingestor(DedupMemory memory, ArticlePublisher publisher, DedupJournal journal, MeterRegistry registry) {
        // newswatch_articles_total{origin, outcome}: accepted, duplicate, rejected
        return new Ingestor(memory, publisher, journal, Clock.systemUTC(),
                (origin, outcome) -> registry.counter("newswatch.articles", "origin", origin, "outcome", outcome).increment());
    }
}
