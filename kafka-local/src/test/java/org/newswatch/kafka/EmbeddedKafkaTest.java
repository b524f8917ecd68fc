package org.newswatch.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Map<String, Object> consumerProps = new HashMap<>(common);
            consumerProps.put("group.id", "probe-test");
            consumerProps.put("auto.offset.reset", "earliest");
            try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("probe"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    records = consumer.poll(Duration.ofMillis(200));
                }
                assertEquals(1, records.count());
                assertEquals("hello", records.iterator().next().value());
            }
        }
    }
}
