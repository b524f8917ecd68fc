package org.newswatch.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newswatch.contracts.Json;

/**
 * A downstream reader of a topic: a read_committed consumer (no group) that starts at the topic's current end and
 * notes when each record becomes visible to it ({@link System#nanoTime()} at poll return); {@link #seen} parses them
 * as {@code T} (records that do not parse are skipped).
 */
public final class TopicTap<T> implements AutoCloseable {

    /** One record and when this consumer received it. */
    public record Seen<T>(T value, long receivedNanos, long recordTimestamp) {
    }

    private final String topic;
    private final Class<T> type;

    private final KafkaConsumer<String, String> consumer;
    /** A record as received: parsed only when asked for, so the tap takes little CPU from the system it measures. */
    private record Raw(String value, long receivedNanos, long recordTimestamp) {
    }

    private final ConcurrentLinkedQueue<Raw> received = new ConcurrentLinkedQueue<>();
    private final List<Seen<T>> parsed = new ArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    private volatile RuntimeException failure;

    public TopicTap(String bootstrapServers, String topic, Class<T> type) {
        this.topic = topic;
        this.type = type;
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        thread = new Thread(this::loop, "tap-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits until the tap is positioned at the end of the topic; later alerts will all be seen. */
    public void awaitReady(Duration timeout) {
        try {
            if (!ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the " + topic + " topic did not appear in " + timeout,
                        failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public synchronized List<Seen<T>> seen() {
        for (Raw r = received.poll(); r != null; r = received.poll()) {
            try {
                parsed.add(new Seen<>(Json.read(r.value(), type), r.receivedNanos(), r.recordTimestamp()));
            } catch (RuntimeException e) {
                // not a T: skip
            }
        }
        return new ArrayList<>(parsed);
    }

    private void loop() {
        try {
            List<PartitionInfo> partitions = List.of();
            while (running && partitions.isEmpty()) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToEnd(assigned);
            assigned.forEach(consumer::position);
            ready.countDown();
            while (running) {
                var records = consumer.poll(Duration.ofMillis(200));
                long now = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    received.add(new Raw(record.value(), now, record.timestamp()));
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
