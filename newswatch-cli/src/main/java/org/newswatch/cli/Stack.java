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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

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

        /** The Maven module (and process name) of the service. */
        public String module() {
            return module;
        }
    }

    /** The ports the stack listens on. */
    public record Ports(int kafka, int ingest, int extract, int alert) {

        public static Ports defaults() {
            return new Ports(env("NEWSWATCH_KAFKA_PORT", 9092), env("NEWSWATCH_INGEST_PORT", 8081),
                    env("NEWSWATCH_EXTRACT_PORT", 8082), env("NEWSWATCH_ALERT_PORT", 8083));
        }

        /**
         * Free ports chosen by the OS, all different (the sockets stay open until all are chosen); the broker's
         * controller takes kafka + 1, so that one is checked too.
         */
        public static Ports free() {
            List<ServerSocket> held = new ArrayList<>();
            try {
                int kafka;
                do {
                    kafka = hold(held);
                } while (kafka >= 65535 || !isFree(kafka + 1));
                int[] http = new int[3];
                for (int i = 0; i < http.length; i++) {
                    do {
                        http[i] = hold(held);
                    } while (http[i] == kafka + 1);
                }
                return new Ports(kafka, http[0], http[1], http[2]);
            } finally {
                held.forEach(Stack::closeQuietly);
            }
        }

        int of(Service service) {
            return switch (service) {
                case INGEST -> ingest;
                case EXTRACT -> extract;
                case ALERT -> alert;
            };
        }
    }

    /**
     * How to run the stack beyond ports: instances per service (each extra instance gets a free HTTP port and,
     * for alert-service, its own Kafka Streams state folder; all share the consumer group / application id),
     * extra environment for every service or one, topics to create with several partitions before the services
     * start, and whether to copy the services' packaged apps into the data folder first (so a rebuild of
     * {@code target/quarkus-app} by someone else cannot pull a jar from under a running test).
     */
    public static final class Options {
        private final Map<Service, Integer> instances = new EnumMap<>(Service.class);
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<Service, Map<String, String>> serviceEnv = new EnumMap<>(Service.class);
        private final Map<String, Integer> topics = new LinkedHashMap<>();
        private boolean snapshotApps;
        private int brokers = 1;

        public static Options defaults() {
            return new Options();
        }

        public Options instances(Service service, int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one instance of " + service.module);
            }
            instances.put(service, count);
            return this;
        }

        public Options env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Options env(Service service, String name, String value) {
            serviceEnv.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** Creates {@code topic} with {@code partitions} partitions once the broker is up, before any service. */
        public Options topic(String topic, int partitions) {
            topics.put(topic, partitions);
            return this;
        }

        /**
         * A KRaft cluster of {@code count} brokers (each a combined broker+controller process) instead of one; with
         * three, every topic has three replicas and {@code min.insync.replicas=2}.
         */
        public Options brokers(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("at least one broker");
            }
            brokers = count;
            return this;
        }

        public Options snapshotApps(boolean snapshot) {
            this.snapshotApps = snapshot;
            return this;
        }

        int instancesOf(Service service) {
            return instances.getOrDefault(service, 1);
        }
    }

    /** One process of the stack: a broker or one instance of a service. */
    private final class Node {
        final String name;
        final Service service;
        final int index;
        final int port;
        volatile Process process;

        Node(String name, Service service, int index, int port) {
            this.name = name;
            this.service = service;
            this.index = index;
            this.port = port;
        }

        URI url() {
            return URI.create("http://localhost:" + port);
        }
    }

    /** A broker restarted after a kill -9 recovers its logs first: on a busy machine that took over a minute. */
    private static final Duration BROKER_START = Duration.ofMinutes(3);
    private static final Duration BROKER_STOP = Duration.ofSeconds(60);
    private static final Duration SERVICE_START = Duration.ofSeconds(120);
    private static final int START_ATTEMPTS = 3;
    /** JVM options of each service process; {@code NEWSWATCH_SERVICE_JVM_OPTS} replaces them. */
    // Serial GC: on a small machine shared by four JVMs, G1's parallel and concurrent threads competed with the
    // services and its young pauses took 40-200 ms under load; a fixed heap avoids resizing.
    static final String SERVICE_JVM_OPTS = "-XX:+UseSerialGC -Xms384m -Xmx384m -Xmn128m";
    /** JVM options of the broker process; {@code NEWSWATCH_KAFKA_JVM_OPTS} replaces them. */
    static final String KAFKA_JVM_OPTS = "-XX:+UseSerialGC -Xms512m -Xmx512m -Xmn128m";

    private final Path home;
    private final Path data;
    private final Ports ports;
    private final PrintStream log;
    private final Options options;
    /** The brokers: "kafka" on the kafka port, then "kafka-2", "kafka-3"... of a cluster, each with its data folder. */
    private final List<Node> brokers = new ArrayList<>();
    /** The cluster id of a multi-broker stack (every node's storage is formatted with it), else null. */
    private final String clusterId;
    private final List<Node> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Stops the processes if the JVM exits without {@link #close()} (a test run killed, Ctrl-C). */
    private final Thread shutdownHook = new Thread(this::stopAll, "stack-shutdown");
    /** The API keys of this start, one per role; the services read their hashes from {@link #keysFile}. */
    private final LocalKeys keys = LocalKeys.generate();
    private Path keysFile;

    private Stack(Path home, Path data, Ports ports, PrintStream log, Options options) {
        this.home = home;
        this.data = data;
        this.ports = ports;
        this.log = log;
        this.options = options;
        brokers.add(new Node("kafka", null, 0, ports.kafka()));
        for (int i = 1; i < options.brokers; i++) {
            brokers.add(new Node("kafka-" + (i + 1), null, i, extraBrokerPort()));
        }
        this.clusterId = options.brokers > 1 ? org.newswatch.kafka.LocalKafka.newClusterId() : null;
        for (Service service : Service.values()) {
            for (int i = 0; i < options.instancesOf(service); i++) {
                String name = i == 0 ? service.module : service.module + "-" + (i + 1);
                services.add(new Node(name, service, i, i == 0 ? ports.of(service) : extraPort()));
            }
        }
    }

    /** Starts the broker, then the services, and waits until each is healthy. */
    public static Stack start(Path home, Path data, Ports ports, PrintStream log) {
        return start(home, data, ports, log, Options.defaults());
    }

    /** Starts the broker, creates the topics asked for, starts the services and waits until each is healthy. */
    public static Stack start(Path home, Path data, Ports ports, PrintStream log, Options options) {
        Stack stack = new Stack(home, data, ports, log, options);
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.keysFile = stack.keys.write(data);
            stack.startBroker();
            stack.createTopics();
            if (options.snapshotApps) {
                for (Service service : Service.values()) {
                    stack.snapshot(service);
                }
            }
            for (Node node : stack.services) {
                stack.launchService(node);
            }
            for (Node node : stack.services) {
                stack.awaitHealthyOrRetry(node);
            }
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** The API keys the services of this stack accept (admin, ingest, subscriber, reader). */
    public LocalKeys keys() {
        return keys;
    }

    /** The ingest service's replay root: archives to replay are copied under it ({@code <data>/archives}). */
    public Path archives() {
        return data.resolve("archives").toAbsolutePath();
    }

    /** Every broker's address, comma-separated. */
    public String bootstrapServers() {
        return String.join(",", brokers.stream().map(b -> "localhost:" + b.port).toList());
    }

    /** How many brokers the stack runs. */
    public int brokers() {
        return brokers.size();
    }

    /** The first instance's URL. */
    public URI url(Service service) {
        return url(service, 0);
    }

    public URI url(Service service, int instance) {
        return node(service, instance).url();
    }

    public int instances(Service service) {
        return options.instancesOf(service);
    }

    public Path logs() {
        return data.resolve("logs");
    }

    /** The OS process ids of the broker and of every service instance, by name ("kafka", "extract-service-2"...). */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (Node broker : brokers) {
            if (broker.process != null) {
                pids.put(broker.name, broker.process.pid());
            }
        }
        for (Service service : Service.values()) {
            for (int i = 0; i < instances(service); i++) {
                Node node = node(service, i);
                if (node.process != null) {
                    pids.put(node.name, node.process.pid());
                }
            }
        }
        return pids;
    }

    /** The OS process id of a service instance (for {@code kill -9} from outside). */
    public long pid(Service service, int instance) {
        return node(service, instance).process.pid();
    }

    /** {@code kill -9}: the instance dies at once, with no shutdown hook, no commit, no flush. */
    public void kill(Service service, int instance) {
        Node node = node(service, instance);
        Process process = node.process;
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
            log.println(node.name + " killed (-9)");
        }
    }

    /** Starts a stopped or killed instance again and waits until it is healthy. */
    public void restart(Service service, int instance) {
        Node node = node(service, instance);
        if (node.process != null && node.process.isAlive()) {
            throw new IllegalStateException(node.name + " is still running");
        }
        launchService(node);
        awaitHealthyOrRetry(node);
    }

    /** Stops every broker the way an operator does (SIGTERM, controlled shutdown); their data folders stay. */
    public void stopBroker() {
        for (Node broker : brokers) {
            Process process = broker.process;
            if (process != null) {
                process.destroy();
                if (!waitFor(process, BROKER_STOP)) {
                    process.destroyForcibly();
                    waitFor(process, Duration.ofSeconds(30));
                }
                log.println(String.format("%-10s stopped", broker.name));
            }
        }
    }

    /** {@code kill -9} of broker {@code index} (0 is "kafka", 1 "kafka-2"...): no controlled shutdown, no flush. */
    public void killBroker(int index) {
        Node broker = brokers.get(index);
        Process process = broker.process;
        if (process != null) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(30));
            log.println(String.format("%-10s killed (-9)", broker.name));
        }
    }

    /** Starts every broker that is not running, on its port and data folder, and waits until all answer. */
    public void startBroker() {
        for (int i = 0; i < brokers.size(); i++) {
            Node broker = brokers.get(i);
            if (broker.process == null || !broker.process.isAlive()) {
                launchBroker(broker);
            }
        }
        awaitBrokers();
    }

    /** Starts broker {@code index} again (after a kill) and waits until the cluster counts it again. */
    public void startBroker(int index) {
        Node broker = brokers.get(index);
        if (broker.process != null && broker.process.isAlive()) {
            throw new IllegalStateException(broker.name + " is still running");
        }
        launchBroker(broker);
        awaitBrokers();
    }

    private void launchBroker(Node broker) {
        List<String> args = new ArrayList<>(jvmOptions("NEWSWATCH_KAFKA_JVM_OPTS", KAFKA_JVM_OPTS));
        args.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=classpath:log4j2.properties",
                "org.newswatch.kafka.LocalKafka", "--port", String.valueOf(broker.port),
                "--data", data.resolve(broker.name).toString()));
        if (clusterId != null) {
            String voters = String.join(",", brokers.stream()
                    .map(b -> (b.index + 1) + "@localhost:" + (b.port + 1)).toList());
            args.addAll(List.of("--node-id", String.valueOf(broker.index + 1), "--voters", voters,
                    "--cluster-id", clusterId));
        }
        launch(broker, args, Map.of());
    }

    /** Waits until every broker is registered with the cluster (all of them answer). */
    private void awaitBrokers() {
        long deadline = System.nanoTime() + BROKER_START.toNanos();
        try (Admin admin = Admin.create(adminProps())) {
            while (true) {
                for (Node broker : brokers) {
                    ensureAlive(broker);
                }
                try {
                    if (admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size() >= brokers.size()) {
                        log.println(String.format("%-10s ready on %s", brokers.size() == 1 ? "kafka" : "kafka x"
                                + brokers.size(), bootstrapServers()));
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka did not start in " + BROKER_START + "; see "
                            + logs().resolve("kafka.log"));
                }
                pause(250);
            }
        }
    }

    /** Waits until every service instance answers its readiness check (after a broker restart, say). */
    public void awaitHealthy() {
        for (Node node : services) {
            awaitHealthy(node);
        }
    }

    /** Stops every process, services first, broker last. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs stopAll anyway
        }
        stopAll();
    }

    private void stopAll() {
        List<Node> reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        reversed.addAll(brokers);
        for (Node node : reversed) {
            Process p = node.process;
            if (p == null || !p.isAlive()) {
                continue;
            }
            p.destroy();
            if (!waitFor(p, Duration.ofSeconds(20))) {
                p.destroyForcibly();
                waitFor(p, Duration.ofSeconds(10));
            }
        }
    }

    private Properties adminProps() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        return props;
    }

    private void createTopics() {
        if (options.topics.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(adminProps())) {
            List<NewTopic> topics = options.topics.entrySet().stream()
                    .map(e -> new NewTopic(e.getKey(), Optional.of(e.getValue()), Optional.empty())).toList();
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            log.println("topics     " + options.topics);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + options.topics + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Path appDir(Service service) {
        return options.snapshotApps ? data.resolve("apps").resolve(service.module)
                : home.resolve(service.module).resolve("target/quarkus-app");
    }

    /** Copies a service's packaged app (quarkus-app) into the data folder. */
    private void snapshot(Service service) {
        Path from = home.resolve(service.module).resolve("target/quarkus-app");
        Path to = appDir(service);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.isRegularFile(from.resolve("quarkus-run.jar")) && System.nanoTime() < deadline) {
            pause(1000); // a build may be rewriting target/
        }
        if (!Files.isRegularFile(from.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(from.resolve("quarkus-run.jar")
                    + " is missing: build first with ./mvnw -B package -DskipTests");
        }
        try {
            deleteTree(to);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from, e);
        }
    }

    /** What a local stack's feeds and webhooks may reach besides public addresses: this machine. */
    static final String LOCAL_OUTBOUND = "127.0.0.0/8";

    private void launchService(Node node) {
        Path jar = appDir(node.service).resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw -B package -DskipTests");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NEWSWATCH_SECURITY_KEYS_FILE", keysFile.toString());
        env.put("NEWSWATCH_INGEST_REPLAY_ROOT", archives().toString());
        // a local stack: feeds and webhooks may reach this machine (the bench's and the tests' receivers)
        env.put("NEWSWATCH_INGEST_FEEDS_ALLOW", LOCAL_OUTBOUND);
        env.put("ALERT_WEBHOOK_ALLOW", LOCAL_OUTBOUND);
        env.putAll(options.env);
        env.putAll(options.serviceEnv.getOrDefault(node.service, Map.of()));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(node.port));
        env.put("KAFKA_STREAMS_STATE_DIR", data.resolve("streams").resolve(node.name).toString());
        List<String> args = new ArrayList<>(jvmOptions("NEWSWATCH_SERVICE_JVM_OPTS", SERVICE_JVM_OPTS));
        args.addAll(List.of("-jar", jar.toString()));
        launch(node, args, env);
    }

    /**
     * Waits for a service; if its process dies while starting (its jar may be being rewritten by a build), copies
     * the app again when snapshots are on and retries, up to {@value #START_ATTEMPTS} times.
     */
    private void awaitHealthyOrRetry(Node node) {
        for (int attempt = 1; ; attempt++) {
            try {
                awaitHealthy(node);
                return;
            } catch (ProcessDiedException e) {
                if (attempt >= START_ATTEMPTS) {
                    throw e;
                }
                log.println(node.name + " died while starting (" + e.getMessage() + "); retrying");
                pause(2000);
                if (options.snapshotApps) {
                    snapshot(node.service);
                }
                launchService(node);
            }
        }
    }

    private void awaitHealthy(Node node) {
        HttpRequest ready = HttpRequest.newBuilder(node.url().resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + SERVICE_START.toNanos();
        while (true) {
            ensureAlive(node);
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log.println(String.format("%-16s ready on %s", node.name, node.url()));
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(node.name + " was not healthy in " + SERVICE_START + "; see "
                        + logs().resolve(node.name + ".log"));
            }
            pause(250);
        }
    }

    private Node node(Service service, int instance) {
        return services.stream().filter(n -> n.service == service && n.index == instance).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance " + instance + " of " + service.module));
    }

    /** The JVM options from the environment variable {@code name} if it is set, else {@code defaults}. */
    static List<String> jvmOptions(String name, String defaults) {
        String value = System.getenv(name);
        String options = value == null || value.isBlank() ? defaults : value;
        return List.of(options.trim().split("\\s+"));
    }

    private void launch(Node node, List<String> args, Map<String, String> env) {
        try {
            Files.createDirectories(logs());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs().resolve(node.name + ".log").toFile()));
            pb.environment().putAll(env);
            node.process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + node.name, e);
        }
    }

    private void ensureAlive(Node node) {
        Process process = node.process;
        if (!process.isAlive()) {
            throw new ProcessDiedException(node.name + " exited with " + process.exitValue() + "; see "
                    + logs().resolve(node.name + ".log"));
        }
    }

    /** A process of the stack exited while it was expected to run. */
    static final class ProcessDiedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ProcessDiedException(String message) {
            super(message);
        }
    }

    private static boolean waitFor(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The polling helper of the stack and the bench (main code only; tests use Awaitility). */
    public static void pause(long millis) {
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

    /** A free port whose next one is free too (a broker's controller), that none of this stack's processes uses. */
    private int extraBrokerPort() {
        while (true) {
            int port = extraPort();
            if (port < 65535 && isFree(port + 1) && brokers.stream().noneMatch(b -> b.port == port + 1 || b.port + 1 == port)
                    && port + 1 != ports.ingest() && port + 1 != ports.extract() && port + 1 != ports.alert()) {
                return port;
            }
        }
    }

    /** A free port that none of this stack's processes uses. */
    private int extraPort() {
        List<ServerSocket> held = new ArrayList<>();
        try {
            while (true) {
                int port = hold(held);
                boolean taken = brokers.stream().anyMatch(b -> port == b.port || port == b.port + 1)
                        || port == ports.kafka() || port == ports.kafka() + 1 || port == ports.ingest()
                        || port == ports.extract() || port == ports.alert()
                        || services.stream().anyMatch(n -> n.port == port);
                if (!taken) {
                    return port;
                }
            }
        } finally {
            held.forEach(Stack::closeQuietly);
        }
    }

    /** Opens a socket on a free port and keeps it in {@code held} (so the next call gets another port). */
    private static int hold(List<ServerSocket> held) {
        try {
            ServerSocket socket = new ServerSocket(0);
            held.add(socket);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
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
