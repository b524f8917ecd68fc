package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.cli.bench.Feeder;
import org.newswatch.contracts.Topics;

/**
 * A three-broker KRaft cluster (three processes, each broker and controller) under load: every topic of the system
 * has three replicas and {@code min.insync.replicas=2}; {@code kill -9} of the broker leading the articles topic,
 * started again once the pipeline runs without it, then of another broker (the leader of the alerts topic then, or
 * any other): nothing answered 202 is lost, no alert is announced twice, every alert reaches the webhook, and the
 * lag drains once the load stops (the checks of {@link PipelineProof}). Prints what a user sees: answers other than
 * 202 while a broker is gone, how long until ingest accepts again, how long until every partition has its three
 * replicas in sync again, how long the lag takes to drain.
 *
 * <p>The build runs a short version: {@value #DEFAULT_RATE} articles a second, {@value #DEFAULT_PHASE} articles accepted
 * per phase (with the broker gone, after it returns), one broker killed; the long run of the README's figures kills
 * two, one after the other: {@code ./mvnw -B -pl newswatch-cli,ingest-service,extract-service,alert-service -am verify
 * -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dit.test=ClusterChaosIT
 * -Dchaos.rate=300 -Dchaos.phase=9000 -Dchaos.kills=2}.
 */
class ClusterChaosIT {

    static final int DEFAULT_RATE = 100;
    static final int DEFAULT_PHASE = 500;
    static final double RATE = Double.parseDouble(System.getProperty("chaos.rate", String.valueOf(DEFAULT_RATE)));
    static final int PHASE = Integer.getInteger("chaos.phase", DEFAULT_PHASE);
    static final int KILLS = Integer.getInteger("chaos.kills", 1);

    /** Kept when the test fails: the services' and brokers' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void killNineOfOneBrokerThenAnotherLosesNothingAndDuplicatesNoAlert() throws Exception {
        Stack.Options options = PipelineProof.options().brokers(3)
                .topic(Topics.ARTICLES, 3).topic(Topics.EVENTS, 3).topic(Topics.ALERTS, 3);
        try (PipelineProof proof = PipelineProof.start(data, options);
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                        proof.stack.bootstrapServers()))) {
            proof.feeder.start(RATE);
            proof.awaitAccepted(PHASE / 2);
            assertReplicated(admin, proof);

            List<String> figures = new ArrayList<>();
            int killedFirst = -1;
            for (String topic : List.of(Topics.ARTICLES, Topics.ALERTS).subList(0, Math.min(2, KILLS))) {
                int leader = leaderOf(admin, topic);
                int victim = leader != killedFirst ? leader : (killedFirst + 1) % proof.stack.brokers();
                if (killedFirst < 0) {
                    killedFirst = victim;
                }
                long kill = System.nanoTime();
                proof.stack.killBroker(victim);
                proof.note("killed -9 broker " + (victim + 1) + " (leader of " + topic + "-0: " + (leader + 1) + ")");
                await().atMost(PipelineProof.PATIENCE).pollInterval(Duration.ofMillis(100)).until(() ->
                        proof.feeder.accepted().stream().anyMatch(a -> a.sentNanos() > kill));
                long acceptedAgain = proof.feeder.accepted().stream().filter(a -> a.sentNanos() > kill)
                        .mapToLong(Feeder.Accepted::acceptedNanos).min().orElseThrow();
                proof.awaitAccepted(PHASE);
                long back = System.nanoTime();
                proof.stack.startBroker(victim);
                await().atMost(PipelineProof.PATIENCE).pollInterval(Duration.ofMillis(250))
                        .until(() -> underReplicated(admin).isEmpty());
                long inSync = System.nanoTime();
                Map<String, Long> notAccepted = proof.feeder.answers().stream()
                        .filter(a -> a.sentNanos() > kill && a.sentNanos() < back && !"202".equals(a.outcome()))
                        .collect(Collectors.groupingBy(Feeder.Answer::outcome, TreeMap::new, Collectors.counting()));
                String line = String.format("broker %d killed for %.1f s at %.0f articles/s: answers other than 202 %s;"
                        + " first article accepted after the kill answered %.2f s after it; every partition with three"
                        + " replicas in sync %.1f s after its return", victim + 1, (back - kill) / 1e9, RATE,
                        notAccepted, (acceptedAgain - kill) / 1e9, (inSync - back) / 1e9);
                figures.add(line);
                proof.note(line);
                proof.awaitAccepted(PHASE / 2);
            }
            proof.feeder.stop();
            long stopped = System.nanoTime();
            Duration settle = Duration.ofSeconds(1);
            proof.client.awaitIdle(PipelineProof.PATIENCE, settle);
            figures.add(String.format("lag on articles and events drained %.1f s after the last post",
                    (System.nanoTime() - stopped - settle.toNanos()) / 1e9));
            proof.verify();
            figures.add(String.format("webhook: %d requests, %d redeliveries (same delivery id)",
                    proof.receiver.requests(), proof.receiver.duplicates()));
            figures.forEach(proof::note);
        }
    }

    /** Every topic of the system and Kafka's own have three replicas, and acks=all needs two. */
    private static void assertReplicated(Admin admin, PipelineProof proof) throws Exception {
        Set<String> topics = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                .names().get(30, TimeUnit.SECONDS);
        List<String> checked = new ArrayList<>(List.of(Topics.ARTICLES, Topics.EVENTS, Topics.ALERTS,
                Topics.SUBSCRIPTIONS, "ingest-dedup", "__consumer_offsets", "__transaction_state"));
        topics.stream().filter(t -> t.startsWith("alert-service-") && t.endsWith("-changelog")).forEach(checked::add);
        Map<String, TopicDescription> described = admin.describeTopics(checked).allTopicNames().get(30, TimeUnit.SECONDS);
        for (TopicDescription d : described.values()) {
            for (TopicPartitionInfo p : d.partitions()) {
                assertEquals(3, p.replicas().size(), d.name() + "-" + p.partition() + " replicas");
            }
        }
        List<ConfigResource> resources = checked.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
        configs.forEach((r, c) -> assertEquals("2", c.get("min.insync.replicas").value(), r.name()));
        proof.note("three replicas, min.insync.replicas=2: " + checked);
    }

    /** The broker (index from 0) leading partition 0 of {@code topic}. */
    private static int leaderOf(Admin admin, String topic) throws Exception {
        TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
        int id = d.partitions().get(0).leader().id();
        assertNotEquals(-1, id, topic + " has a leader");
        return id - 1;
    }

    /** The partitions of every topic whose in-sync replicas are fewer than their replicas. */
    private static List<String> underReplicated(Admin admin) throws Exception {
        Set<String> topics = admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(true))
                .names().get(10, TimeUnit.SECONDS);
        List<String> under = new ArrayList<>();
        admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values().forEach(d -> d.partitions()
                .stream().filter(p -> p.isr().size() < p.replicas().size())
                .forEach(p -> under.add(d.name() + "-" + p.partition())));
        return under;
    }
}
