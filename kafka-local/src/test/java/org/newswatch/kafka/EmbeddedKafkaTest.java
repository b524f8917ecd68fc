package org.newswatch.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The broker the tests rely on really stores and serves records, with a consumer group. */
class EmbeddedKafkaTest {

    @Test
    void recordsWithOldEventTimesAreNotDeletedByRetention() {
        assertEquals("-1", BrokerDefaults.singleNode().get("log.retention.ms"));
    }

    @Test
    void aClusterOfThreeReplicatesThriceAndAcknowledgesOnTwo() {
        Map<String, String> three = BrokerDefaults.forCluster(3);
        for (String rf : List.of("default.replication.factor", "offsets.topic.replication.factor",
                "transaction.state.log.replication.factor", "share.coordinator.state.topic.replication.factor")) {
            assertEquals("3", three.get(rf), rf);
            assertEquals("1", BrokerDefaults.singleNode().get(rf), rf);
        }
        for (String isr : List.of("min.insync.replicas", "transaction.state.log.min.isr",
                "share.coordinator.state.topic.min.isr")) {
            assertEquals("2", three.get(isr), isr);
            assertEquals("1", BrokerDefaults.singleNode().get(isr), isr);
        }
    }

    @Test
    void producesAndConsumesThroughARealBroker() throws Exception {
        try (KafkaBroker broker = EmbeddedKafka.start()) {
            EmbeddedKafka.createTopics(broker.bootstrapServers(), 2, List.of("probe"));
            Map<String, Object> common = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (var producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
                // a record from 2020: it must survive the broker's retention
                producer.send(new ProducerRecord<>("probe", null, 1581465600000L, "k", "hello")).get();
            }
            ConsumerRecords<String, String> records = firstPoll(broker.bootstrapServers(), "probe");
            assertEquals(1, records.count());
            assertEquals("hello", records.iterator().next().value());
        }
    }

    @Test
    void aStoppedBrokerComesBackOnItsPortWithItsData() throws Exception {
        try (EmbeddedKafka broker = EmbeddedKafka.start()) {
            String bootstrap = broker.bootstrapServers();
            EmbeddedKafka.createTopics(bootstrap, 1, List.of("kept"));
            Map<String, Object> common = Map.of("bootstrap.servers", bootstrap);
            try (var producer = new KafkaProducer<>(common, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("kept", "k", "before the stop")).get();
            }
            broker.stopBroker();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                    "max.block.ms", 1000), new StringSerializer(), new StringSerializer())) {
                assertThrows(ExecutionException.class,
                        () -> producer.send(new ProducerRecord<>("kept", "k", "while stopped")).get(),
                        "nothing answers while the broker is stopped");
            }
            broker.restartBroker();
            assertEquals(bootstrap, broker.bootstrapServers());
            ConsumerRecords<String, String> records = firstPoll(bootstrap, "kept");
            assertEquals(1, records.count());
            assertEquals("before the stop", records.iterator().next().value());
        }
    }

    /** The first records a new consumer group polls from the topic's start (empty after 30 s without any). */
    private static ConsumerRecords<String, String> firstPoll(String bootstrap, String topic) {
        Map<String, Object> props = Map.of("bootstrap.servers", bootstrap, "group.id", topic + "-test",
                "auto.offset.reset", "earliest");
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                records = consumer.poll(Duration.ofMillis(200));
            }
            return records;
        }
    }
}
