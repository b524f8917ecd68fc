package org.newswatch.ingest.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.namespace.Namespace;
import org.newswatch.contracts.namespace.NamespaceWatcher;
import org.newswatch.contracts.namespace.Namespaces;

/**
 * Namespaces of isolated replays, seen from ingest-service, which makes and removes them: creating one makes its
 * topics (see {@link Namespaces}) and writes its record to the registry topic, which extract-service and
 * alert-service follow; deleting one writes the tombstone, waits until both services have left the namespace's
 * groups, then deletes the groups and every topic under the namespace's prefix (Kafka Streams' changelogs included).
 */
@ApplicationScoped
public class NamespaceRegistry {

    private static final Logger LOG = Logger.getLogger(NamespaceRegistry.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_ALERTS = 1000;

    /** What a namespace holds: its record, its topics and groups. */
    public record Info(String name, Instant createdAt, String replayId, boolean copiedLiveSubscriptions,
            List<String> topics, List<String> groups) {
    }

    /** What a deletion removed. */
    public record Deleted(String name, List<String> topics, List<String> groups) {
    }

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @ConfigProperty(name = "newswatch.ingest.namespace.partitions", defaultValue = "1")
    int partitions;

    private volatile Admin admin;
    private volatile KafkaProducer<String, String> producer;
    private volatile NamespaceWatcher watcher;

    /** Makes the namespace unless it exists (a second replay into it keeps its subscriptions and memory). */
    public void create(String name, String replayId, List<JsonNode> subscriptions) {
        if (find(name).isPresent()) {
            return;
        }
        Admin a = admin();
        NamespaceWatcher.ensureTopic(a);
        List<NewTopic> topics = new ArrayList<>();
        for (String live : Namespaces.TOPICS) {
            NewTopic topic = new NewTopic(Namespaces.name(name, live), partitions, (short) 1);
            if (Namespaces.COMPACTED.contains(live)) {
                topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            }
            topics.add(topic);
        }
        try {
            for (var result : a.createTopics(topics).values().values()) {
                try {
                    result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            Namespace ns = new Namespace(name, Instant.now(), replayId, subscriptions);
            producer().send(new ProducerRecord<>(Namespaces.TOPIC, name, Json.write(ns))).get(TIMEOUT.toSeconds(),
                    TimeUnit.SECONDS);
            awaitSeen(name, true);
            LOG.infof("namespace %s created (%s)", name, subscriptions == null ? "live subscriptions copied"
                    : subscriptions.size() + " subscriptions given");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create namespace " + name + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public List<Info> list() {
        Set<String> topics = topicNames();
        Set<String> groups = groupNames();
        return watcher().namespaces().stream().map(ns -> info(ns, topics, groups)).toList();
    }

    public Optional<Info> find(String name) {
        return watcher().namespaces().stream().filter(ns -> ns.name().equals(name)).findFirst()
                .map(ns -> info(ns, topicNames(), groupNames()));
    }

    private static Info info(Namespace ns, Set<String> topics, Set<String> groups) {
        String prefix = Namespaces.prefix(ns.name());
        return new Info(ns.name(), ns.createdAt(), ns.replayId(), ns.copiesLiveSubscriptions(),
                topics.stream().filter(t -> t.startsWith(prefix)).sorted().toList(),
                groups.stream().filter(g -> g.startsWith(prefix)).sorted().toList());
    }

    /**
     * Deletes the namespace: the tombstone, then (once the services have left its groups, at most 60 s) its groups
     * and every topic under its prefix. Empty when there is no such namespace and nothing under its prefix.
     */
    public Optional<Deleted> delete(String name) {
        String prefix = Namespaces.prefix(name);
        boolean known = watcher().namespaces().stream().anyMatch(ns -> ns.name().equals(name));
        if (!known && topicNames().stream().noneMatch(t -> t.startsWith(prefix))) {
            return Optional.empty();
        }
        try {
            producer().send(new ProducerRecord<>(Namespaces.TOPIC, name, null)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            awaitSeen(name, false);
            List<String> groups = groupNames().stream().filter(g -> g.startsWith(prefix)).sorted().toList();
            awaitEmpty(groups, Duration.ofSeconds(60));
            for (String group : groups) {
                try {
                    admin().deleteConsumerGroups(List.of(group)).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        LOG.warnf("namespace %s: group %s not deleted: %s", name, group, e.getCause());
                    }
                }
            }
            List<String> topics = topicNames().stream().filter(t -> t.startsWith(prefix)).sorted().toList();
            try {
                admin().deleteTopics(topics).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
            }
            LOG.infof("namespace %s deleted: topics %s, groups %s", name, topics, groups);
            return Optional.of(new Deleted(name, topics, groups));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot delete namespace " + name + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * How far the services have processed namespace {@code name}, given that its replay has ended
     * ({@code published}); when they are done, with the namespace's alerts.
     */
    public NamespaceProgress progress(String name, boolean published) {
        long articles = lag(Namespaces.name(name, Namespaces.EXTRACT_GROUP), Namespaces.name(name, Topics.ARTICLES));
        long events = lag(Namespaces.name(name, Namespaces.ALERT_APPLICATION), Namespaces.name(name, Topics.EVENTS));
        long eventRecords = endOffsets(Namespaces.name(name, Topics.EVENTS)).values().stream().mapToLong(Long::longValue).sum();
        if (!published) {
            return new NamespaceProgress(NamespaceProgress.PUBLISHING, articles, events, eventRecords, null, null);
        }
        if (articles != 0 || events != 0) {
            return new NamespaceProgress(NamespaceProgress.PROCESSING, articles, events, eventRecords, null, null);
        }
        List<ConsumerRecord<String, String>> records = readCommitted(Namespaces.name(name, Topics.ALERTS));
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode alert = Json.read(r.value(), JsonNode.class);
            String id = alert.path("alertId").asText();
            latest.remove(id);
            latest.put(id, alert);
        }
        List<JsonNode> alerts = new ArrayList<>(latest.values());
        return new NamespaceProgress(NamespaceProgress.DONE, 0, 0, eventRecords, (long) records.size(),
                List.copyOf(alerts.subList(0, Math.min(MAX_ALERTS, alerts.size()))));
    }

    /** Records of {@code topic} the group has not committed (a partition it never committed counts whole); -1 on error. */
    private long lag(String group, String topic) {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin().listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                lag += Math.max(0, end.getValue() - (offset == null ? 0 : offset.offset()));
            }
            return lag;
        } catch (ExecutionException | TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try {
            var description = admin().describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> specs = description.get(topic).partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin().listOffsets(specs).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .forEach((p, info) -> ends.put(p, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private List<ConsumerRecord<String, String>> readCommitted(String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private void awaitSeen(String name, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (watcher().namespaces().stream().anyMatch(ns -> ns.name().equals(name)) != present
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Waits until no member is in any of the groups (the services have closed the namespace's consumers). */
    private void awaitEmpty(List<String> groups, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Map<String, ConsumerGroupDescription> described = admin().describeConsumerGroups(groups).all()
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (described.values().stream().allMatch(d -> d.members().isEmpty())) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                if (e.getCause() instanceof GroupIdNotFoundException) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        LOG.warnf("groups %s still have members after %s; deleting anyway", groups, timeout);
    }

    private Set<String> topicNames() {
        try {
            return admin().listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Set<String> groupNames() {
        try {
            return admin().listConsumerGroups().all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).stream()
                    .map(g -> g.groupId()).collect(Collectors.toSet());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list groups: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            admin = Admin.create(props);
        }
        return admin;
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> props = new HashMap<>();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized NamespaceWatcher watcher() {
        if (watcher == null) {
            watcher = new NamespaceWatcher(bootstrapServers, NamespaceWatcher.Listener.of(ns -> { }, name -> { }))
                    .start("ingest-namespaces");
            try {
                if (!watcher.awaitCaughtUp(TIMEOUT)) {
                    throw new IllegalStateException("the namespace registry could not be read");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return watcher;
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (watcher != null) {
            watcher.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
