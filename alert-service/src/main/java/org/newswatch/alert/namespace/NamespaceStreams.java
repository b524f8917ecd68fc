package org.newswatch.alert.namespace;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.Stores;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.SubscriptionValidator;
import org.newswatch.alert.kafka.KafkaWriter;
import org.newswatch.alert.kafka.StreamThreadFailures;
import org.newswatch.alert.kafka.Tables;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.alert.streams.AlertTopology;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.namespace.Namespace;
import org.newswatch.contracts.namespace.NamespaceWatcher;
import org.newswatch.contracts.namespace.Namespaces;

/**
 * The alert topology of each namespace: for every namespace of the registry, its subscriptions are written to
 * {@code ns.subscriptions} (the live ones copied, or those given with the replay; all evaluate replayed events, since
 * everything in a namespace is a replay), then a Kafka Streams instance of its own (application id
 * {@code ns.alert-service}: its group, changelogs and local state all under the namespace's prefix) runs the live
 * topology's code from {@code ns.events} to {@code ns.alerts}. No notifier reads {@code ns.alerts}: a namespace's
 * webhooks and e-mails are captured there, never sent. At the namespace's tombstone the instance is closed and its
 * local state removed; ingest-service then deletes the groups and topics.
 */
@ApplicationScoped
public class NamespaceStreams {

    private static final Logger LOG = Logger.getLogger(NamespaceStreams.class);
    static final String SOURCE = "/newswatch/alert-service/namespaces";

    @Inject
    Tables tables;

    @Inject
    KafkaWriter writer;

    @Inject
    StreamThreadFailures threadFailures;

    @Inject
    WebhookNotifier webhooks;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "kafka-streams.state.dir")
    Path stateDir;

    @ConfigProperty(name = "kafka-streams.processing.guarantee", defaultValue = "exactly_once_v2")
    String guarantee;

    @ConfigProperty(name = "kafka-streams.commit.interval.ms", defaultValue = "100")
    long commitInterval;

    @ConfigProperty(name = "kafka-streams.statestore.cache.max.bytes")
    Optional<Long> cacheBytes;

    @ConfigProperty(name = "alert.namespaces.enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, KafkaStreams> running = new ConcurrentHashMap<>();
    private volatile NamespaceWatcher watcher;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        watcher = new NamespaceWatcher(bootstrapServers, NamespaceWatcher.Listener.of(this::begin, ns -> end(ns, true)))
                .start("alert-namespaces");
    }

    /** The namespaces whose topology runs in this instance. */
    public List<String> running() {
        return running.keySet().stream().sorted().toList();
    }

    private void begin(Namespace namespace) {
        String ns = namespace.name();
        List<Subscription> subscriptions = subscriptionsOf(namespace);
        String topic = Namespaces.name(ns, Topics.SUBSCRIPTIONS);
        for (Subscription s : subscriptions) {
            writer.send(new ProducerRecord<>(topic, null, s.id(), Json.bytes(s),
                    CloudEvents.headers(s.id(), CloudEvents.SUBSCRIPTION_TYPE, SOURCE, s.createdAt())));
        }
        KafkaStreams streams = new KafkaStreams(AlertTopology.build(Clock.systemUTC(), Stores::persistentKeyValueStore,
                io.opentelemetry.api.trace.TracerProvider.noop().get("alert-service"), alert -> {
                }, live -> Namespaces.name(ns, live)), properties(ns));
        streams.setUncaughtExceptionHandler(threadFailures);
        streams.start();
        running.put(ns, streams);
        LOG.infof("namespace %s: alert topology started with %d subscriptions (%s)", ns, subscriptions.size(),
                namespace.copiesLiveSubscriptions() ? "copied from live" : "given");
    }

    private List<Subscription> subscriptionsOf(Namespace namespace) {
        List<Subscription> out = new ArrayList<>();
        if (namespace.copiesLiveSubscriptions()) {
            awaitLiveSubscriptions();
            for (Subscription s : tables.subscriptions().all()) {
                out.add(replaying(s));
            }
            return out;
        }
        Instant now = namespace.createdAt() != null ? namespace.createdAt() : Instant.now();
        for (JsonNode given : namespace.subscriptions()) {
            String id = given.path("id").asText(null);
            try {
                SubscriptionValidator.checkId(id);
                out.add(replaying(SubscriptionValidator.parse(given, id, now, webhooks.policy())));
            } catch (RuntimeException e) {
                LOG.warnf("namespace %s: subscription %s not taken: %s", namespace.name(), id, e.getMessage());
            }
        }
        return out;
    }

    private void awaitLiveSubscriptions() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!tables.subscriptions().readable() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A subscription in a namespace evaluates replayed events: everything there is replayed. */
    static Subscription replaying(Subscription s) {
        return new Subscription(s.schemaVersion(), s.id(), s.name(), s.filter(), s.rule(), s.createdAt(), s.webhooks(),
                s.emails(), true, s.owner(), s.webhookSecrets());
    }

    private Properties properties(String ns) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, Namespaces.name(ns, Namespaces.ALERT_APPLICATION));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1);
        cacheBytes.ifPresent(bytes -> p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, bytes));
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, org.apache.kafka.common.serialization.Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, org.apache.kafka.common.serialization.Serdes.ByteArraySerde.class);
        return p;
    }

    /** Closes the namespace's instance (it leaves its group); {@code forget}: its local state is removed too. */
    private void end(String ns, boolean forget) {
        KafkaStreams streams = running.remove(ns);
        if (streams == null) {
            return;
        }
        // leaving the group at once (Kafka Streams otherwise stays a member until its session times out), so the
        // namespace's group can be deleted right after
        streams.close(new KafkaStreams.CloseOptions().leaveGroup(forget).timeout(Duration.ofSeconds(30)));
        if (forget) {
            streams.cleanUp();
            deleteTree(stateDir.resolve(Namespaces.name(ns, Namespaces.ALERT_APPLICATION)));
        }
        LOG.infof("namespace %s: alert topology closed%s", ns, forget ? ", local state removed" : "");
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("cannot remove %s: %s", dir, e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (watcher != null) {
            watcher.close();
        }
        running.keySet().forEach(ns -> end(ns, false));
    }
}
