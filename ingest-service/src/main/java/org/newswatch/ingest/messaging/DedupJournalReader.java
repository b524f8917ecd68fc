package org.newswatch.ingest.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.ArticleIds;
import org.newswatch.ingest.domain.DedupEntry;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.domain.MinHash;

/**
 * Reads the dedup journal ({@link KafkaDedupJournal#TOPIC}) back into a {@link DedupMemory}, as a fresh process
 * does at startup, then the last records of {@link Topics#ARTICLES} for live articles the journal misses.
 */
public class DedupJournalReader {

    private static final Logger LOG = Logger.getLogger(DedupJournalReader.class);

    private final String bootstrapServers;
    private final long articlesTail;
    private final Duration timeout;

    /**
     * @param journaled how many journal records were read
     * @param recovered live articles found on the articles topic but not in the journal (now in the memory)
     */
    public record Loaded(int journaled, List<DedupEntry> recovered) {
    }

    public DedupJournalReader(String bootstrapServers, long articlesTail) {
        this(bootstrapServers, articlesTail, Duration.ofSeconds(30));
    }

    /** @param timeout how long to wait for the broker before giving up */
    public DedupJournalReader(String bootstrapServers, long articlesTail, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.articlesTail = articlesTail;
        this.timeout = timeout;
    }

    public Loaded load(DedupMemory memory) {
        int[] journaled = new int[1];
        readTopic(KafkaDedupJournal.TOPIC, Long.MAX_VALUE, rec -> {
            if (rec.value() == null) {
                return;
            }
            try {
                memory.remember(Json.read(rec.value(), DedupEntry.class));
                journaled[0]++;
            } catch (InvalidRecordException e) {
                LOG.warnf("skipping unreadable dedup record %s: %s", rec.key(), e.getMessage());
            }
        });
        List<DedupEntry> recovered = new ArrayList<>();
        readTopic(Topics.ARTICLES, articlesTail, rec -> {
            Article article;
            try {
                article = Json.read(rec.value(), Article.class);
            } catch (RuntimeException e) {
                return; // not ours to judge: extract-service dead-letters unreadable articles
            }
            if (article.id() == null || article.text() == null || !Article.LIVE.equals(article.origin())) {
                return;
            }
            MinHash.Signature sig = MinHash.of(article.text());
            DedupEntry entry = new DedupEntry(article.id(), ArticleIds.urlKey(article.url()),
                    article.nearDuplicateOf(), sig.shingles(), sig.values());
            if (memory.knownId(entry) == null) {
                memory.remember(entry);
                recovered.add(entry);
            }
        });
        return new Loaded(journaled[0], recovered);
    }

    /** Creates the compacted journal topic unless it exists. */
    public void ensureTopic() {
        TopicReader.ensureCompacted(bootstrapServers, KafkaDedupJournal.TOPIC, timeout);
    }

    private void readTopic(String topic, long tail, Consumer<ConsumerRecord<String, String>> sink) {
        TopicReader.read(bootstrapServers, topic, tail, timeout, sink);
    }
}
