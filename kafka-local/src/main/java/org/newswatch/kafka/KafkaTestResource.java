package org.newswatch.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one Kafka test resource of NewsWatch: a real broker for {@code @QuarkusTest}s. It uses Testcontainers'
 * {@code apache/kafka} when a Docker engine is available and the in-JVM KRaft broker otherwise (set
 * {@code NEWSWATCH_TEST_KAFKA=embedded} or {@code container} to force one). Init arg {@code topics}: a
 * comma-separated list of topics created before the application starts (Kafka Streams needs its inputs).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;
    private List<String> topics = List.of();

    @Override
    public void init(Map<String, String> initArgs) {
        String list = initArgs.getOrDefault("topics", "");
        topics = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public Map<String, String> start() {
        broker = startBroker();
        if (!topics.isEmpty()) {
            EmbeddedKafka.createTopics(broker.bootstrapServers(), 1, topics);
        }
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        config.put("quarkus.kafka-streams.bootstrap-servers", broker.bootstrapServers());
        config.put("quarkus.kafka.devservices.enabled", "false");
        config.put("quarkus.kafka-streams.devservices.enabled", "false");
        try {
            config.put("kafka-streams.state.dir", Files.createTempDirectory("kafka-streams-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    /** Starts the broker this machine can run: a container where Docker runs, else the in-JVM one. */
    public static KafkaBroker startBroker() {
        String choice = System.getenv().getOrDefault("NEWSWATCH_TEST_KAFKA", "auto");
        boolean container = switch (choice) {
            case "container" -> true;
            case "embedded" -> false;
            default -> ContainerKafka.dockerAvailable();
        };
        return container ? ContainerKafka.start() : EmbeddedKafka.start();
    }
}
