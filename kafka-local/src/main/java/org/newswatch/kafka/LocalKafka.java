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
 * A single-node KRaft broker as a local process on a fixed port with data that survives a restart:
 * {@code java org.newswatch.kafka.LocalKafka --port 9092 --data .newswatch/kafka}. The controller
 * listens on port + 1. The storage is formatted on first start only.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws IOException {
        int port = 9092;
        Path data = Path.of(".newswatch", "kafka");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: LocalKafka [--port 9092] [--data DIR]");
                    System.exit(2);
                }
            }
        }
        Path config = writeConfig(port, data.toAbsolutePath());
        formatOnce(config, data.toAbsolutePath().resolve("logs"));
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** Writes {@code server.properties} for a combined broker+controller on {@code port} and {@code port+1}. */
    static Path writeConfig(int port, Path data) throws IOException {
        Files.createDirectories(data);
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.bootstrap.servers", "localhost:" + (port + 1));
        props.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + (port + 1));
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", data.resolve("logs").toString());
        for (Map.Entry<String, String> e : BrokerDefaults.singleNode().entrySet()) {
            props.put(e.getKey(), e.getValue());
        }
        Path file = data.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            props.store(out, "written by org.newswatch.kafka.LocalKafka");
        }
        return file;
    }

    private static void formatOnce(Path config, Path logs) {
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        int rc = kafka.tools.StorageTool.execute(new String[] {
            "format", "--standalone", "-t", clusterId, "-c", config.toString()}, new PrintStream(System.out, true));
        if (rc != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + logs + " failed with " + rc);
        }
    }
}
