package org.newswatch.extract.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * Rebuilds an {@link EventIdentity}'s memory from the events topic, so that a restarted service gives a
 * report of an already published event the id it was published with. A plain consumer with its own
 * group-less assignment (no offsets committed) reads every partition up to its end offset as of the start.
 */
public final class EventsTopicRebuild {

    private EventsTopicRebuild() {
    }

    /**
     * Reads the events topic into {@code identity}: from the beginning, or from {@code since} by record
     * timestamp (the article time) when not null. Returns the number of records read. Unreadable records are
     * skipped.
     */
    public static int rebuild(EventIdentity identity, String bootstrapServers, Instant since, Duration timeout) {
        return rebuild(identity, bootstrapServers, Topics.EVENTS, since, timeout);
    }

    /** The same from another events topic (a namespace's). */
    public static int rebuild(EventIdentity identity, String bootstrapServers, String topic, Instant since,
            Duration timeout) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("enable.auto.commit", "false");
        props.put("allow.auto.create.topics", "false");
        props.put("max.poll.records", 2000);
        int read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
            if (infos == null || infos.isEmpty()) {
                return 0;
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : infos) {
                partitions.add(new TopicPartition(p.topic(), p.partition()));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            consumer.seekToBeginning(partitions);
            if (since != null) {
                Map<TopicPartition, Long> at = new HashMap<>();
                for (TopicPartition tp : partitions) {
                    at.put(tp, since.toEpochMilli());
                }
                for (Map.Entry<TopicPartition, OffsetAndTimestamp> e : consumer.offsetsForTimes(at, timeout).entrySet()) {
                    if (e.getValue() != null) {
                        consumer.seek(e.getKey(), e.getValue().offset());
                    } else {
                        consumer.seek(e.getKey(), end.get(e.getKey()));
                    }
                }
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!caughtUp(consumer, partitions, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue; // published after the start: this instance's own output
                    }
                    try {
                        identity.remember(Json.read(r.value(), ExtractedEvent.class));
                        read++;
                    } catch (RuntimeException unreadable) {
                        // a record that breaks the contract names no event to remember
                    }
                }
            }
        }
        return read;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        for (TopicPartition tp : partitions) {
            if (consumer.position(tp) < end.get(tp)) {
                return false;
            }
        }
        return true;
    }
}
