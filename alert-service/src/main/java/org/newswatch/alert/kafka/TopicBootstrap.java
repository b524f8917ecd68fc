package org.newswatch.alert.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Topics;

/**
 * Creates the topics alert-service reads and writes when they do not exist yet, so the service works on a fresh
 * broker: events, subscriptions (compacted), alerts, events-dlq, and its own alert-silences and alert-acks
 * (compacted), alert-splits (as many partitions as events), alert-webhooks-dlq, alert-email-dlq and alert-chat-dlq. Runs before Kafka Streams is built.
 */
@ApplicationScoped
public class TopicBootstrap {

    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "alert.topics.partitions", defaultValue = "1")
    int partitions;

    /** Unset: the broker's {@code default.replication.factor} (three replicas on a three-broker cluster). */
    @ConfigProperty(name = "alert.topics.replication-factor")
    Optional<Short> replicationFactor;

    static final Set<String> COMPACTED = Set.of(Topics.SUBSCRIPTIONS, InternalTopics.SILENCES, InternalTopics.ACKS);

    private volatile boolean done;

    public synchronized void ensureTopics() {
        if (done) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            if (!existing.contains(InternalTopics.SPLITS)) {
                // partitioned like events, whose records it follows to their stream task (keyed by event id)
                int eventPartitions = existing.contains(Topics.EVENTS)
                        ? admin.describeTopics(List.of(Topics.EVENTS)).allTopicNames().get(30, TimeUnit.SECONDS)
                                .get(Topics.EVENTS).partitions().size()
                        : partitions;
                missing.add(new NewTopic(InternalTopics.SPLITS, Optional.of(eventPartitions), replicationFactor));
            }
            for (String name : List.of(Topics.EVENTS, Topics.ALERTS, Topics.EVENTS_DLQ, Topics.SUBSCRIPTIONS,
                    InternalTopics.SILENCES, InternalTopics.ACKS, InternalTopics.WEBHOOKS_DLQ, InternalTopics.EMAIL_DLQ,
                    InternalTopics.CHAT_DLQ)) {
                if (!existing.contains(name)) {
                    NewTopic topic = new NewTopic(name, Optional.of(partitions), replicationFactor);
                    if (COMPACTED.contains(name)) {
                        topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                LOG.infof("creating topics %s", missing.stream().map(NewTopic::name).toList());
                try {
                    admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create the topics of alert-service at " + bootstrapServers, e);
        }
    }
}
