package org.newswatch.ingest.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
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
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final String bootstrapServers;
    private final long articlesTail;

    /**
     * @param journaled how many journal records were read
     * @param recovered live articles found on the articles topic but not in the journal (now in the memory)
     */
    public record Loaded(int journaled, List<DedupEntry> recovered) {
    }

    public DedupJournalReader(String bootstrapServers, long articlesTail) {
        this.bootstrapServers = bootstrapServers;
        this.articlesTail = articlesTail;
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
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(props)) {
            NewTopic topic = new NewTopic(KafkaDedupJournal.TOPIC, Optional.empty(), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + KafkaDedupJournal.TOPIC + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating " + KafkaDedupJournal.TOPIC, e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out creating " + KafkaDedupJournal.TOPIC + " on " + bootstrapServers, e);
        }
    }

    /** Reads the last {@code tail} records of every partition (all for Long.MAX_VALUE), up to the end offsets seen at the start. */
    private void readTopic(String topic, long tail, Consumer<ConsumerRecord<String, String>> sink) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-service-dedup-loader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            for (TopicPartition tp : partitions) {
                long from = tail == Long.MAX_VALUE ? begin.get(tp) : Math.max(begin.get(tp), end.get(tp) - tail);
                consumer.seek(tp, from);
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic);
                }
                for (ConsumerRecord<String, String> rec : consumer.poll(Duration.ofMillis(500))) {
                    if (rec.offset() < end.get(new TopicPartition(rec.topic(), rec.partition()))) {
                        sink.accept(rec);
                    }
                }
            }
        }
    }
}
