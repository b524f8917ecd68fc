package org.newswatch.alert.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.alert.streams.AlertTopology;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/**
 * Subscriptions live on the compacted subscriptions topic; this writes them there (a tombstone deletes) and reads
 * them back from the topology's global store, which every instance holds in full. A write returns once the local
 * global store shows it, so a client reads its own writes.
 */
@ApplicationScoped
public class SubscriptionRepository {

    static final String SOURCE = "/newswatch/alert-service";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "alert.subscriptions.visible-timeout", defaultValue = "PT10S")
    Duration visibleTimeout;

    @Inject
    KafkaStreams streams;

    private KafkaProducer<String, byte[]> producer;

    /** Thrown when the store cannot be read yet (Kafka Streams starting or rebalancing). */
    public static class UnavailableException extends RuntimeException {
        public UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public List<Subscription> all() {
        List<Subscription> out = new ArrayList<>();
        try (KeyValueIterator<String, Subscription> it = store().all()) {
            it.forEachRemaining(kv -> {
                if (kv.value != null) {
                    out.add(kv.value);
                }
            });
        }
        return out;
    }

    public Optional<Subscription> find(String id) {
        return Optional.ofNullable(store().get(id));
    }

    public void save(Subscription subscription) {
        send(new ProducerRecord<>(Topics.SUBSCRIPTIONS, null, subscription.id(), Json.bytes(subscription),
                CloudEvents.headers(subscription.id(), CloudEvents.SUBSCRIPTION_TYPE, SOURCE,
                        subscription.createdAt())));
        awaitVisible(subscription.id(), subscription);
    }

    public void delete(String id) {
        send(new ProducerRecord<>(Topics.SUBSCRIPTIONS, id, null));
        awaitVisible(id, null);
    }

    private void awaitVisible(String id, Subscription expected) {
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

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while writing to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new UnavailableException("cannot write to " + record.topic() + ": " + e.getMessage(), e);
        }
    }

    private ReadOnlyKeyValueStore<String, Subscription> store() {
        try {
            return streams.store(StoreQueryParameters.fromNameAndType(AlertTopology.SUBSCRIPTIONS_STORE,
                    QueryableStoreTypes.<String, Subscription>keyValueStore()));
        } catch (InvalidStateStoreException e) {
            throw new UnavailableException("subscriptions are not readable yet (" + streams.state() + ")", e);
        }
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "alert-service-subscriptions");
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
