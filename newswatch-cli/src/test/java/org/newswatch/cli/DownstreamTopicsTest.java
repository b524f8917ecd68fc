package org.newswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newswatch.example.AlertSubscriber;
import org.newswatch.kafka.EmbeddedKafka;

/**
 * What a downstream team uses, against a real in-JVM broker: {@code newswatch tail} with a filter and from the
 * beginning, and the "subscribe from your own service" example ({@link AlertSubscriber}): committed alerts only, an
 * alert's update replacing it, a redelivery changing nothing.
 */
class DownstreamTopicsTest {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }

    private static KafkaProducer<String, String> producer(String transactionalId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        }
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    @Test
    void tailPrintsTheCommittedRecordsThatPassTheFilter() throws Exception {
        EmbeddedKafka.createTopics(kafka.bootstrapServers(), 1, List.of("tail-events"));
        try (KafkaProducer<String, String> p = producer(null)) {
            p.send(new ProducerRecord<>("tail-events", "e1", "{\"eventId\":\"e1\",\"type\":\"KILLED\",\"count\":5}"));
            p.send(new ProducerRecord<>("tail-events", "e2", "{\"eventId\":\"e2\",\"type\":\"ATTACK\"}"));
            p.send(new ProducerRecord<>("tail-events", "x", "not json"));
            p.send(new ProducerRecord<>("tail-events", "a1", "{\"alertId\":\"a1\",\"eventType\":\"KILLED\"}"));
            p.send(new ProducerRecord<>("tail-events", "e3", "{\"eventId\":\"e3\",\"type\":\"KILLED\",\"count\":9}")).get();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Tail.Options options = Tail.parse(new String[] {"tail-events", "--from-beginning", "--filter", "type=KILLED",
            "--kafka", kafka.bootstrapServers(), "--max", "3"});
        assertEquals(3, Tail.follow(options, out, () -> false));
        assertEquals(List.of("{\"eventId\":\"e1\",\"type\":\"KILLED\",\"count\":5}",
                "{\"alertId\":\"a1\",\"eventType\":\"KILLED\"}",
                "{\"eventId\":\"e3\",\"type\":\"KILLED\",\"count\":9}"),
                bytes.toString(StandardCharsets.UTF_8).lines().toList());

        assertTrue(Tail.matches("{\"type\":\"KILLED\",\"count\":9}", Map.of("type", "KILLED", "count", "9")));
        assertTrue(!Tail.matches("{\"type\":\"KILLED\",\"count\":9}", Map.of("type", "KILLED", "count", "5")));
    }

    @Test
    void tailWithoutFromBeginningStartsAtTheEnd() throws Exception {
        EmbeddedKafka.createTopics(kafka.bootstrapServers(), 1, List.of("tail-end"));
        try (KafkaProducer<String, String> p = producer(null)) {
            p.send(new ProducerRecord<>("tail-end", "old", "{\"n\":\"old\"}")).get();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            AtomicInteger polls = new AtomicInteger();
            Tail.Options options = Tail.parse(new String[] {"tail-end", "--kafka", kafka.bootstrapServers(), "--max", "1"});
            // the new record is sent once the tail has polled (assigned at the end) at least once
            long printed = Tail.follow(options, out, () -> {
                if (polls.incrementAndGet() == 3) {
                    try {
                        p.send(new ProducerRecord<>("tail-end", "new", "{\"n\":\"new\"}")).get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return polls.get() > 500;
            });
            assertEquals(1, printed);
            assertEquals("{\"n\":\"new\"}", bytes.toString(StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void theSubscriberExampleStoresCommittedAlertsOnceByAlertId() throws Exception {
        EmbeddedKafka.createTopics(kafka.bootstrapServers(), 1, List.of("example-alerts"));
        try (KafkaProducer<String, String> p = producer("example-alert-writer")) {
            p.initTransactions();
            p.beginTransaction();
            p.send(new ProducerRecord<>("example-alerts", "s1", "{\"alertId\":\"A\",\"count\":22,\"status\":\"new\"}"));
            p.send(new ProducerRecord<>("example-alerts", "s1", "{\"alertId\":\"B\",\"count\":51,\"status\":\"new\"}"));
            p.commitTransaction();
            p.beginTransaction();
            p.send(new ProducerRecord<>("example-alerts", "s1", "{\"alertId\":\"ABORTED\",\"count\":1}"));
            p.abortTransaction();
            p.beginTransaction();
            p.send(new ProducerRecord<>("example-alerts", "s1", "{\"alertId\":\"A\",\"count\":23,\"status\":\"update\"}"));
            p.commitTransaction();
        }
        Map<String, JsonNode> table = new ConcurrentHashMap<>();
        AtomicInteger writes = new AtomicInteger();
        AlertSubscriber.Sink sink = (id, record) -> {
            writes.incrementAndGet();
            table.put(id, record);
        };
        try (AlertSubscriber subscriber = new AlertSubscriber(kafka.bootstrapServers(), "example-alerts", "example-a", sink)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int seen = 0;
            while (seen < 3 && System.nanoTime() < deadline) {
                seen += subscriber.pollOnce(Duration.ofMillis(200));
            }
            assertEquals(3, seen, "the committed records, not the aborted one");
        }
        assertEquals(Map.of("A", 23, "B", 51), Map.of("A", table.get("A").path("count").asInt(), "B",
                table.get("B").path("count").asInt()));
        assertEquals(2, table.size(), "nothing of the aborted transaction: " + table.keySet());

        // a redelivery (another group reading it all again, as after a crash before a commit) changes nothing
        try (AlertSubscriber again = new AlertSubscriber(kafka.bootstrapServers(), "example-alerts", "example-b", sink)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            int seen = 0;
            while (seen < 3 && System.nanoTime() < deadline) {
                seen += again.pollOnce(Duration.ofMillis(200));
            }
        }
        assertEquals(6, writes.get());
        assertEquals(2, table.size());
        assertEquals(23, table.get("A").path("count").asInt());
    }
}
