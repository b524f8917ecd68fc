package org.newswatch.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/** The apache/kafka image under Testcontainers, for machines that do have a Docker engine. */
public final class ContainerKafka implements KafkaBroker {

    public static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    /** True when a Docker engine answers; false (quickly, without failing) when none runs. */
    public static boolean dockerAvailable() {
        boolean socket = Files.exists(Path.of("/var/run/docker.sock"));
        String host = System.getenv("DOCKER_HOST");
        if (!socket && (host == null || host.isBlank())) {
            return false; // no engine to ask: skip Testcontainers' probing and its error log
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}
