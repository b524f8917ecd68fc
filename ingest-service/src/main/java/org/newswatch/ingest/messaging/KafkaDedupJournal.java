package org.newswatch.ingest.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.DedupEntry;
import org.newswatch.ingest.domain.DedupJournal;
import org.newswatch.ingest.domain.DedupMemory;

/**
 * The dedup memory's journal: one record per published article on the compacted topic {@link #TOPIC}
 * (key = article id, value = {@link DedupEntry} JSON). At startup the whole topic is read back into the
 * {@link DedupMemory}, then the tail of {@link Topics#ARTICLES} is read too, to catch articles that were
 * acknowledged but not journaled before a crash (they are journaled then). Until that is done the memory
 * is not {@link DedupMemory#loaded() loaded} and ingest answers 503.
 */
@ApplicationScoped
public class KafkaDedupJournal implements DedupJournal {

    /** Compacted topic owned by ingest-service; not part of the public contract. */
    public static final String TOPIC = "ingest-dedup";
    private static final Logger LOG = Logger.getLogger(KafkaDedupJournal.class);

    @Inject
    @Channel(TOPIC)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    Emitter<String> emitter;

    @Inject
    DedupMemory memory;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    /** How many of the last records per partition of the articles topic are checked against the journal at startup. */
    @ConfigProperty(name = "newswatch.ingest.dedup.articles-tail", defaultValue = "1000")
    int articlesTail;

    /** How long startup waits for the broker before going on and loading in the background (503 until then). */
    @ConfigProperty(name = "newswatch.ingest.startup-timeout", defaultValue = "5s")
    Duration startupTimeout;

    private volatile boolean stopping;

    @Override
    public CompletionStage<Void> record(DedupEntry entry) {
        return AckedSend.send(emitter, Json.write(entry),
                OutgoingKafkaRecordMetadata.<String>builder().withKey(entry.articleId()).build());
    }

    void onStart(@Observes StartupEvent event) {
        try {
            load(startupTimeout);
        } catch (RuntimeException e) {
            LOG.warnf("dedup memory not loaded at startup (%s); retrying in the background, ingest answers 503 until then",
                    e.getMessage());
            Thread retry = new Thread(this::loadWithRetry, "ingest-dedup-loader");
            retry.setDaemon(true);
            retry.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void loadWithRetry() {
        long backoffMs = 1000;
        while (!stopping && !memory.loaded()) {
            try {
                TimeUnit.MILLISECONDS.sleep(backoffMs);
                load(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("dedup memory still not loaded: %s", e.getMessage());
                backoffMs = Math.min(backoffMs * 2, 30_000);
            }
        }
    }

    /** Creates the compacted topic if needed and reads the journal and the articles tail into the memory. */
    synchronized void load(Duration timeout) {
        DedupJournalReader reader = new DedupJournalReader(bootstrapServers, articlesTail, timeout);
        reader.ensureTopic();
        DedupJournalReader.Loaded loaded = reader.load(memory);
        for (DedupEntry entry : loaded.recovered()) {
            record(entry);
        }
        memory.markLoaded();
        LOG.infof("dedup memory loaded: %d journaled articles, %d recovered from the articles topic",
                loaded.journaled(), loaded.recovered().size());
    }
}
