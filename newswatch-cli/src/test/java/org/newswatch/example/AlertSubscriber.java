package org.newswatch.example;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * "Subscribe from your own service" (README): a plain Kafka consumer of the {@code alerts} topic (or {@code events})
 * that hands every alert to an idempotent sink keyed by {@code alertId} ({@code eventId} for events). Kafka delivers at
 * least once, so a record may come again after a crash or a rebalance; the sink's upsert by id makes that harmless, and
 * an alert's later updates (same {@code alertId}, {@code status: update}) replace the earlier record. The consumer reads
 * {@code read_committed}: alert-service writes alerts in transactions, and an aborted one must never be acted on. It
 * commits its offsets after the sink has stored the batch. Only Kafka's client and Jackson are needed.
 */
public final class AlertSubscriber implements AutoCloseable {

    /** Where alerts go: a database table with the id as primary key, in a real service. */
    public interface Sink {
        /** Inserts or replaces the record stored under {@code id}. */
        void upsert(String id, JsonNode record);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, String> consumer;
    private final Sink sink;
    private final String idField;

    /**
     * @param topic   {@code alerts} (ids: {@code alertId}) or {@code events} ({@code eventId})
     * @param groupId your service's consumer group: one per service, shared by its instances
     */
    public AlertSubscriber(String bootstrapServers, String topic, String groupId, Sink sink) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.consumer.subscribe(List.of(topic));
        this.sink = sink;
        this.idField = topic.endsWith("events") ? "eventId" : "alertId";
    }

    /** One poll: every record to the sink, then the offsets committed. Returns how many records came. */
    public int pollOnce(Duration timeout) {
        int n = 0;
        for (ConsumerRecord<String, String> record : consumer.poll(timeout)) {
            n++;
            JsonNode value;
            try {
                value = JSON.readTree(record.value());
            } catch (IOException e) {
                continue; // not a contract record: log it in a real service
            }
            if (value != null && value.hasNonNull(idField)) {
                sink.upsert(value.get(idField).asText(), value);
            }
        }
        if (n > 0) {
            consumer.commitSync();
        }
        return n;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
