package org.newswatch.ingest.config;

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
            @ConfigProperty(name = "newswatch.ingest.dedup.near-capacity") int nearCapacity) {
        return new DedupMemory(DedupMemory.DEFAULT_NEAR_THRESHOLD, capacity, nearCapacity);
    }

    @Produces
    @Singleton
    Ingestor ingestor(DedupMemory memory, ArticlePublisher publisher, DedupJournal journal, MeterRegistry registry) {
        // newswatch_articles_total{origin, outcome}: accepted, duplicate, rejected
        return new Ingestor(memory, publisher, journal, Clock.systemUTC(),
                (origin, outcome) -> registry.counter("newswatch.articles", "origin", origin, "outcome", outcome).increment());
    }
}
