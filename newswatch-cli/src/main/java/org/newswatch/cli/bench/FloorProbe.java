package org.newswatch.cli.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The physical floor: one produce-consume hop through the same broker with plain clients, a producer with
 * acks=all and linger.ms=0 and a consumer assigned to the partition (no group), on a topic of its own. Each
 * record carries its send time; the latency is the consumer's poll return minus that ({@link System#nanoTime()}
 * in this JVM).
 */
public final class FloorProbe {

    private FloorProbe() {
    }

    /** Sends {@code count} records at {@code perSecond} and returns the hop latencies in microseconds. */
    public static Histogram measure(String bootstrapServers, String topic, int count, double perSecond,
            Duration timeout) {
        createTopic(bootstrapServers, topic);
        Map<String, Object> pp = new HashMap<>();
        pp.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        pp.put(ProducerConfig.ACKS_CONFIG, "all");
        pp.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Map<String, Object> cp = new HashMap<>();
        cp.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        cp.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        cp.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        TopicPartition partition = new TopicPartition(topic, 0);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(pp, new ByteArraySerializer(), new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> consumer =
                        new KafkaConsumer<>(cp, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            producer.send(new ProducerRecord<>(topic, stamp(System.nanoTime()))).get(30, TimeUnit.SECONDS);
            Thread sender = new Thread(() -> {
                long period = (long) (1_000_000_000L / perSecond);
                long next = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    producer.send(new ProducerRecord<>(topic, stamp(System.nanoTime())));
                    next += period;
                }
                producer.flush();
            }, "floor-producer");
            sender.setDaemon(true);
            int received = -1;
            long deadline = System.nanoTime() + timeout.toNanos();
            sender.start();
            while (received < count && System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (received++ >= 0) {
                        long sentAt = ByteBuffer.wrap(record.value()).getLong();
                        histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), (now - sentAt) / 1000));
                    }
                }
            }
            sender.join(timeout.toMillis());
            return histogram;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the floor probe could not produce: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static byte[] stamp(long nanos) {
        return ByteBuffer.allocate(64).putLong(nanos).array();
    }

    private static void createTopic(String bootstrapServers, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create " + topic + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
