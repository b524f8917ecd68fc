package org.newswatch.alert.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.JsonSerde;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/** A fresh production topology in a {@link TopologyTestDriver}, with a wall clock fixed at {@code now}. */
final class TopologyHarness implements AutoCloseable {

    final TopologyTestDriver driver;
    /** The driver's state directory, removed on close (a run leaves nothing in the temp folder). */
    private final java.nio.file.Path stateDir;
    final TestInputTopic<String, byte[]> events;
    final TestInputTopic<String, Subscription> subscriptions;
    /** The analysts' splits (records of {@code alert-splits}). */
    final TestInputTopic<String, byte[]> splits;
    /** The alerts topic as the bytes written. */
    final TestOutputTopic<String, byte[]> alertBytes;

    TopologyHarness(Instant now) {
        this(AlertTopology.build(Clock.fixed(now, ZoneOffset.UTC)));
    }

    /** With in-memory stores: for tests that pipe thousands of records (see {@link AlertTopology#build}). */
    static TopologyHarness inMemory(Instant now) {
        return new TopologyHarness(AlertTopology.build(Clock.fixed(now, ZoneOffset.UTC),
                Stores::inMemoryKeyValueStore));
    }

    private TopologyHarness(Topology topology) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            stateDir = Files.createTempDirectory("alert-ttd");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props);
        events = driver.createInputTopic(Topics.EVENTS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        splits = driver.createInputTopic(InternalTopics.SPLITS, Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        subscriptions = driver.createInputTopic(Topics.SUBSCRIPTIONS, Serdes.String().serializer(),
                new JsonSerde<>(Subscription.class));
        alertBytes = driver.createOutputTopic(Topics.ALERTS, Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    /** The alerts written since the last call. */
    List<Alert> alerts() {
        return alertBytes.readValuesToList().stream().map(b -> Json.read(b, Alert.class)).toList();
    }

    void subscribe(Subscription s) {
        subscriptions.pipeInput(s.id(), s);
    }

    void send(ExtractedEvent e, Instant recordTime) {
        events.pipeInput(new TestRecord<>(e.eventId(), Json.bytes(e), recordTime));
    }

    @Override
    public void close() {
        driver.close();
        deleteTree(stateDir);
    }

    /** Deletes a directory and everything under it. */
    static void deleteTree(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> paths = Files.walk(dir)) {
            for (java.nio.file.Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
