package org.newswatch.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a topic of the test broker from the beginning with its own consumer group and keeps every record seen, so
 * a test can wait for its own records (by key or content) and count them.
 */
public final class TopicRecords implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public TopicRecords(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ingest-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Waits until a record matching the predicate has been read, and returns the first one. */
    public ConsumerRecord<String, String> awaitFirst(Predicate<ConsumerRecord<String, String>> match) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return find(match).isPresent();
        });
        return find(match).orElseThrow();
    }

    public ConsumerRecord<String, String> awaitKey(String key) {
        return awaitFirst(r -> key.equals(r.key()));
    }

    /** Waits until at least {@code count} records have been read, and returns all read so far. */
    public List<ConsumerRecord<String, String>> awaitCount(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return seen.size() >= count;
        });
        return List.copyOf(seen);
    }

    /** Every record read so far that matches. */
    public List<ConsumerRecord<String, String>> all(Predicate<ConsumerRecord<String, String>> match) {
        return seen.stream().filter(match).toList();
    }

    private Optional<ConsumerRecord<String, String>> find(Predicate<ConsumerRecord<String, String>> match) {
        return seen.stream().filter(match).findFirst();
    }

    private void poll() {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
            seen.add(r);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** A test resource as UTF-8 text. */
    public static String resource(String path) {
        try (InputStream in = TopicRecords.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
