package org.newswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;

/** Talks to a running stack the way a user and a downstream system do: REST in, topics out. */
public final class PipelineClient implements AutoCloseable {

    /** An HTTP answer: status and body. */
    public record Answer(int status, String body) {
    }

    /** The header the services read an API key from. */
    public static final String API_KEY_HEADER = "X-API-Key";

    private final String bootstrapServers;
    private final URI ingest;
    private final URI alert;
    private final String apiKey;
    private final Path archiveRoot;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Admin admin;

    /** @param apiKey the API key sent with every request ({@code X-API-Key}); admin for the demo, bench and tests */
    public PipelineClient(String bootstrapServers, URI ingest, URI alert, String apiKey) {
        this(bootstrapServers, ingest, alert, apiKey, null);
    }

    /** @param archiveRoot the ingest service's replay root, when it runs on this machine (null: uploads only) */
    public PipelineClient(String bootstrapServers, URI ingest, URI alert, String apiKey, Path archiveRoot) {
        this.bootstrapServers = bootstrapServers;
        this.apiKey = apiKey;
        this.archiveRoot = archiveRoot;
        this.ingest = ingest;
        this.alert = alert;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(props);
    }

    public static PipelineClient of(Stack stack) {
        return new PipelineClient(stack.bootstrapServers(), stack.url(Stack.Service.INGEST),
                stack.url(Stack.Service.ALERT), stack.keys().admin(), stack.archives());
    }

    /** {@code POST /articles} with a seed-format text. */
    public Answer postArticle(String seedText) {
        return send(HttpRequest.newBuilder(ingest.resolve("/articles"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(seedText, StandardCharsets.UTF_8)));
    }

    /** {@code POST /subscriptions} with a JSON subscription. */
    public Answer createSubscription(String json) {
        return send(HttpRequest.newBuilder(alert.resolve("/subscriptions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** {@code POST /subscriptions/preview}: the alerts a JSON subscription would have fired over recent events. */
    public Answer previewSubscription(String json) {
        return send(HttpRequest.newBuilder(alert.resolve("/subscriptions/preview"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** {@code PUT /subscriptions/{id}} with a JSON subscription: creates it under that id, or replaces it. */
    public Answer putSubscription(String id, String json) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (true) {
            Answer answer = send(HttpRequest.newBuilder(alert.resolve("/subscriptions/" + id))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
            // 503: the service is up but its subscription store is still restoring; it says so and is retried
            if (answer.status() != 503 || System.nanoTime() > deadline) {
                return answer;
            }
            Stack.pause(250);
        }
    }

    /**
     * Replays an archive as fast as possible through {@code POST /replays} (a JSON Lines file uploaded, a folder copied
     * under the replay root) and waits for it to end; returns its final status.
     */
    public JsonNode replay(Path archive, Duration timeout) {
        return replay(archive, Map.of(), timeout);
    }

    /**
     * The same with more options of {@code POST /replays} ({@code namespace}, {@code subscriptions}); a namespace
     * replay is waited for until the services have processed it ({@code pipeline.state} done).
     */
    public JsonNode replay(Path archive, Map<String, Object> options, Duration timeout) {
        Answer started;
        Map<String, Object> body = new HashMap<>(options);
        body.put("asFastAsPossible", true);
        if (Archives.uploadable(archive) && !options.containsKey("subscriptions")) {
            started = send(Archives.upload(ingest, archive, body));
        } else {
            if (archiveRoot == null) {
                throw new IllegalStateException("only a JSON Lines archive can be sent to a remote ingest service");
            }
            body.put("path", Archives.stage(archive, archiveRoot));
            started = send(HttpRequest.newBuilder(ingest.resolve("/replays"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8)));
        }
        return awaitReplay(started, timeout);
    }

    /**
     * {@code POST /replays} of an archive already under the replay root ({@code path} relative to it), as fast as
     * possible, waited for like {@link #replay(Path, Map, Duration)}.
     */
    public JsonNode replayPath(String path, Map<String, Object> options, Duration timeout) {
        Map<String, Object> body = new HashMap<>(options);
        body.put("asFastAsPossible", true);
        body.put("path", path);
        return awaitReplay(send(HttpRequest.newBuilder(ingest.resolve("/replays"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8))), timeout);
    }

    private JsonNode awaitReplay(Answer started, Duration timeout) {
        if (started.status() != 202) {
            throw new IllegalStateException("POST /replays answered " + started.status() + ": " + started.body());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            String id = Json.MAPPER.readTree(started.body()).path("id").asText();
            while (true) {
                JsonNode status = Json.MAPPER.readTree(send(HttpRequest.newBuilder(ingest.resolve("/replays/" + id)).GET()).body());
                if (Replay.ended(status)) {
                    return status;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the replay did not end in " + timeout + ": " + status);
                }
                Stack.pause(200);
            }
        } catch (IOException e) {
            throw new IllegalStateException("unreadable replay status: " + e.getMessage(), e);
        }
    }

    /** {@code DELETE /subscriptions/{id}}. */
    public Answer deleteSubscription(String id) {
        return send(HttpRequest.newBuilder(alert.resolve("/subscriptions/" + id)).DELETE());
    }

    /** The consumer groups the broker knows. */
    public Set<String> groups() {
        try {
            return admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                    .collect(Collectors.toSet());
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list groups: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code GET /namespaces}: the isolated namespaces with their topics and groups. */
    public Answer namespaces() {
        return send(HttpRequest.newBuilder(ingest.resolve("/namespaces")).GET());
    }

    /** {@code DELETE /namespaces/{name}}: stops and removes a namespace. */
    public Answer deleteNamespace(String name) {
        return send(HttpRequest.newBuilder(ingest.resolve("/namespaces/" + name)).timeout(Duration.ofSeconds(120)).DELETE());
    }

    /**
     * Waits until every consumer group has consumed everything on the articles and events topics, and
     * stays so for {@code settle}: the pipeline has nothing left in flight.
     */
    public void awaitIdle(Duration timeout, Duration settle) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long idleSince = -1;
        while (true) {
            String behind = behind(Set.of(Topics.ARTICLES, Topics.EVENTS));
            long now = System.nanoTime();
            if (behind != null) {
                idleSince = -1;
            } else if (idleSince < 0) {
                idleSince = now;
            } else if (now - idleSince >= settle.toNanos()) {
                return;
            }
            if (now > deadline) {
                throw new IllegalStateException("the pipeline did not drain in " + timeout + ": " + behind);
            }
            Stack.pause(200);
        }
    }

    /** Every committed alert on the alerts topic, in topic order. */
    public List<Alert> readAlerts() {
        return readTopic(Topics.ALERTS).stream().map(r -> Json.read(r.value(), Alert.class)).toList();
    }

    /** Every committed event on the events topic. */
    public List<ExtractedEvent> readEvents() {
        return readTopic(Topics.EVENTS).stream().map(r -> Json.read(r.value(), ExtractedEvent.class)).toList();
    }

    /**
     * Every committed record of a topic from its beginning to its current end (read_committed, no group); an
     * empty list when the topic does not exist.
     */
    public List<ConsumerRecord<String, String>> readTopic(String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            if (!topics().contains(topic)) {
                return List.of();
            }
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the " + topic + " topic to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The topics that exist. */
    public Set<String> topics() {
        try {
            return admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * How many records of {@code topic} the consumer group has not committed yet (sum over partitions; a
     * partition without a committed offset counts whole), or -1 when the broker does not answer.
     */
    public long lag(String group, String topic) {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().forEach((p, info) -> ends.put(p, info.offset()));
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata offset = committed.get(p);
                lag += Math.max(0, ends.get(p) - (offset == null ? 0 : offset.offset()));
            }
            return lag;
        } catch (ExecutionException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }

    /**
     * Why the pipeline is not idle on {@code topics}: the first consumer group that has not committed a partition's
     * end, a partition no group has consumed, or a broker that does not answer; null when every group is caught up.
     */
    private String behind(Set<String> topics) {
        try {
            Map<TopicPartition, Long> ends = new HashMap<>();
            Set<String> existing = admin.listTopics().names().get();
            List<TopicPartition> partitions = new ArrayList<>();
            for (var entry : admin.describeTopics(topics.stream().filter(existing::contains).toList())
                    .allTopicNames().get().entrySet()) {
                entry.getValue().partitions().forEach(p -> partitions.add(new TopicPartition(entry.getKey(), p.partition())));
            }
            if (partitions.isEmpty()) {
                return null;
            }
            admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get().forEach((p, info) -> ends.put(p, info.offset()));
            Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get();
            for (ConsumerGroupListing group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                for (TopicPartition p : partitions) {
                    OffsetAndMetadata offset = committed.get(p);
                    boolean consumesTopic = committed.keySet().stream().anyMatch(c -> c.topic().equals(p.topic()));
                    if (consumesTopic && ends.get(p) > 0 && (offset == null || offset.offset() < ends.get(p))) {
                        return "group " + group.groupId() + " committed " + (offset == null ? "nothing" : offset.offset())
                                + " of " + p + ", which ends at " + ends.get(p);
                    }
                }
            }
            // Every topic that holds records must have been consumed by at least one group.
            for (TopicPartition p : partitions) {
                if (ends.get(p) > 0 && !consumedByAnyGroup(groups, p)) {
                    return "no group has consumed " + p + ", which ends at " + ends.get(p);
                }
            }
            return null;
        } catch (ExecutionException e) {
            return "the broker did not answer: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private boolean consumedByAnyGroup(Collection<ConsumerGroupListing> groups, TopicPartition p)
            throws ExecutionException, InterruptedException {
        for (ConsumerGroupListing group : groups) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get().get(p);
            if (offset != null) {
                return true;
            }
        }
        return false;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.header(API_KEY_HEADER, apiKey).build();
            if (built.timeout().isEmpty()) {
                built = request.timeout(Duration.ofSeconds(30)).build();
            }
            HttpResponse<String> response = http.send(built,
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
