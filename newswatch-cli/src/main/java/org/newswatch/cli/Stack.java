package org.newswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The whole NewsWatch system on this machine: the local Kafka broker and the three packaged services,
 * each a separate process with its log under {@code <data>/logs}. Closing it stops them all.
 */
public final class Stack implements AutoCloseable {

    /** The services in start order, with the module folder each is built in. */
    public enum Service {
        INGEST("ingest-service"), EXTRACT("extract-service"), ALERT("alert-service");

        final String module;

        Service(String module) {
            this.module = module;
        }
    }

    /** The ports the stack listens on. */
    public record Ports(int kafka, int ingest, int extract, int alert) {

        public static Ports defaults() {
            return new Ports(env("NEWSWATCH_KAFKA_PORT", 9092), env("NEWSWATCH_INGEST_PORT", 8081),
                    env("NEWSWATCH_EXTRACT_PORT", 8082), env("NEWSWATCH_ALERT_PORT", 8083));
        }

        /** Free ports chosen by the OS (the broker's controller takes kafka + 1, so both are checked). */
        public static Ports free() {
            int kafka;
            do {
                kafka = freePort();
            } while (kafka >= 65535 || !isFree(kafka + 1));
            return new Ports(kafka, freePort(), freePort(), freePort());
        }

        int of(Service service) {
            return switch (service) {
                case INGEST -> ingest;
                case EXTRACT -> extract;
                case ALERT -> alert;
            };
        }
    }

    private static final Duration BROKER_START = Duration.ofSeconds(60);
    private static final Duration SERVICE_START = Duration.ofSeconds(120);

    private final Path home;
    private final Path data;
    private final Ports ports;
    private final PrintStream log;
    private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Stack(Path home, Path data, Ports ports, PrintStream log) {
        this.home = home;
        this.data = data;
        this.ports = ports;
        this.log = log;
    }

    /** Starts the broker, then the services, and waits until each is healthy. */
    public static Stack start(Path home, Path data, Ports ports, PrintStream log) {
        Stack stack = new Stack(home, data, ports, log);
        try {
            stack.startBroker();
            for (Service service : Service.values()) {
                stack.startService(service);
            }
            for (Service service : Service.values()) {
                stack.awaitHealthy(service);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return "localhost:" + ports.kafka();
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + ports.of(service));
    }

    public Path logs() {
        return data.resolve("logs");
    }

    /** Stops every process, services first, broker last. */
    @Override
    public void close() {
        List<Process> reversed = new ArrayList<>(processes);
        Collections.reverse(reversed);
        for (Process p : reversed) {
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        processes.clear();
    }

    private void startBroker() {
        Process broker = launch("kafka", List.of("-Xms256m", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=classpath:log4j2.properties",
                "org.newswatch.kafka.LocalKafka", "--port", String.valueOf(ports.kafka()),
                "--data", data.resolve("kafka").toString()), Map.of());
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        long deadline = System.nanoTime() + BROKER_START.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                ensureAlive(broker, "kafka");
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    log.println("kafka      ready on " + bootstrapServers());
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka did not start in " + BROKER_START + "; see "
                                + logs().resolve("kafka.log"));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }

    private void startService(Service service) {
        Path jar = home.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -B package -DskipTests");
        }
        launch(service.module, List.of("-Xms64m", "-Xmx384m", "-jar", jar.toString()), Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers(),
                "QUARKUS_HTTP_PORT", String.valueOf(ports.of(service)),
                "KAFKA_STREAMS_STATE_DIR", data.resolve("streams").resolve(service.module).toString()));
    }

    private void awaitHealthy(Service service) {
        Process process = processes.get(service.ordinal() + 1);
        HttpRequest ready = HttpRequest.newBuilder(url(service).resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + SERVICE_START.toNanos();
        while (true) {
            ensureAlive(process, service.module);
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.println(String.format("%-14s ready on %s", service.module, url(service)));
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(service.module + " was not healthy in " + SERVICE_START + "; see "
                        + logs().resolve(service.module + ".log"));
            }
            pause(250);
        }
    }

    private Process launch(String name, List<String> args, Map<String, String> env) {
        try {
            Files.createDirectories(logs());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs().resolve(name + ".log").toFile()));
            pb.environment().putAll(env);
            Process process = pb.start();
            processes.add(process);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void ensureAlive(Process process, String name) {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                    + logs().resolve(name + ".log"));
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
