package org.newswatch.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Uuid;

/**
 * A KRaft broker (combined with a controller) as a local process on a fixed port with data that survives a restart:
 * {@code java org.newswatch.kafka.LocalKafka --port 9092 --data .newswatch/kafka}. The controller listens on port + 1.
 * The storage is formatted on first start only.
 *
 * <p>One node of a cluster: {@code --node-id N --voters 1@localhost:9093,2@localhost:9095,3@localhost:9097
 * --cluster-id ID} (the controllers' endpoints, every node's own among them, and one cluster id for all, e.g. from
 * {@link #newClusterId()}); with three or more voters topics get three replicas and {@code min.insync.replicas=2}
 * ({@link BrokerDefaults#forCluster}).
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws IOException {
        int port = 9092;
        Path data = Path.of(".newswatch", "kafka");
        int nodeId = 1;
        String voters = null;
        String clusterId = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--node-id" -> nodeId = Integer.parseInt(args[++i]);
                case "--voters" -> voters = args[++i];
                case "--cluster-id" -> clusterId = args[++i];
                default -> {
                    System.err.println("usage: LocalKafka [--port 9092] [--data DIR] "
                            + "[--node-id N --voters ID@HOST:PORT,... --cluster-id ID]");
                    System.exit(2);
                }
            }
        }
        if (voters != null && clusterId == null) {
            System.err.println("LocalKafka: --voters needs --cluster-id (the same for every node)");
            System.exit(2);
        }
        Path config = writeConfig(port, data.toAbsolutePath(), nodeId, voters);
        formatOnce(config, data.toAbsolutePath().resolve("logs"), voters == null ? null : clusterId);
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** A fresh cluster id for {@code --cluster-id}. */
    public static String newClusterId() {
        return Uuid.randomUuid().toString();
    }

    /** Writes {@code server.properties} for a combined broker+controller on {@code port} and {@code port+1}. */
    /**
     * Writes {@code server.properties} for node {@code nodeId}, a combined broker+controller on {@code port} and
     * {@code port+1}; {@code voters} null: a single node (dynamic quorum of itself), else the static quorum of a cluster.
     */
    static Path writeConfig(int port, Path data, int nodeId, String voters) throws IOException {
        Files.createDirectories(data);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(nodeId));
        int brokers = 1;
        if (voters == null) {
            props.put("controller.quorum.bootstrap.servers", "localhost:" + (port + 1));
        } else {
            props.put("controller.quorum.voters", voters);
            brokers = voters.split(",").length;
        }
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1));
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", data.resolve("logs").toString());
        for (Map.Entry<String, String> e : BrokerDefaults.forCluster(brokers).entrySet()) {
            props.put(e.getKey(), e.getValue());
        }
        Path file = data.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "written by org.newswatch.kafka.LocalKafka");
        }
        return file;
    }

    /** Formats the storage unless it is formatted: a standalone controller, or one node of a static quorum. */
    private static void formatOnce(Path config, Path logs, String clusterId) {
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        String[] format = clusterId == null
                ? new String[] {"format", "--standalone", "-t", newClusterId(), "-c", config.toString()}
                : new String[] {"format", "-t", clusterId, "-c", config.toString()};
        int rc = kafka.tools.StorageTool.execute(format, new PrintStream(System.out, true));
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + logs + " failed with " + rc);
        }
    }
}
