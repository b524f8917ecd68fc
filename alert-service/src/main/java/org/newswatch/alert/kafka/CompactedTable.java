package org.newswatch.alert.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;

/**
 * A table kept on a compacted topic (a tombstone deletes) and read back from the topology's global store of that
 * topic, which every instance holds in full. A write returns once the local global store shows it, so a client reads
 * its own writes.
 */
public class CompactedTable<V> {

    static final String SOURCE = "/newswatch/alert-service";

    private final KafkaStreams streams;
    private final KafkaWriter writer;
    private final String topic;
    private final String storeName;
    private final String cloudEventType;
    private final Function<V, String> idOf;
    private final Duration visibleTimeout;

    public CompactedTable(KafkaStreams streams, KafkaWriter writer, String topic, String storeName,
            String cloudEventType, Function<V, String> idOf, Duration visibleTimeout) {
        this.streams = streams;
        this.writer = writer;
        this.topic = topic;
        this.storeName = storeName;
        this.cloudEventType = cloudEventType;
        this.idOf = idOf;
        this.visibleTimeout = visibleTimeout;
    }

    public List<V> all() {
        List<V> out = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store().all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    public Optional<V> find(String id) {
        return Optional.ofNullable(store().get(id));
    }

    public void save(V value, Instant time) {
        String id = idOf.apply(value);
        writer.send(new ProducerRecord<>(topic, null, id, Json.bytes(value),
                CloudEvents.headers(id, cloudEventType, SOURCE, time)));
        awaitVisible(id, value);
    }

    public void delete(String id) {
        writer.send(new ProducerRecord<>(topic, id, null));
        awaitVisible(id, null);
    }

    private void awaitVisible(String id, V expected) {
        long deadline = System.nanoTime() + visibleTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Objects.equals(store().get(id), expected)) {
                    return;
                }
            } catch (UnavailableException e) {
                // Kafka Streams is (re)starting: try again until the deadline
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** True when the table can be read now (its global store is open and queryable). */
    public boolean readable() {
        try {
            store().get("");
            return true;
        } catch (UnavailableException | InvalidStateStoreException e) {
            return false;
        }
    }

    private ReadOnlyKeyValueStore<String, V> store() {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(storeName,
                    QueryableStoreTypes.<String, V>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new UnavailableException(storeName + " is not readable yet (" + streams.state() + ")", e);
        }
    }
}
