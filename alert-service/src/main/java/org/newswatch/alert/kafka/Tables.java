package org.newswatch.alert.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.alert.domain.Silence;
import org.newswatch.alert.streams.AlertTopology;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/** The compacted-topic tables the API writes: subscriptions and silences. */
@ApplicationScoped
public class Tables {

    static final String SILENCE_TYPE = "org.newswatch.alert.silence.v1";

    @Inject
    KafkaStreams streams;

    @Inject
    KafkaWriter writer;

    @ConfigProperty(name = "alert.write.visible-timeout", defaultValue = "PT10S")
    Duration visibleTimeout;

    private volatile CompactedTable<Subscription> subscriptions;
    private volatile CompactedTable<Silence> silences;

    public CompactedTable<Subscription> subscriptions() {
        if (subscriptions == null) {
            subscriptions = new CompactedTable<>(streams, writer, Topics.SUBSCRIPTIONS,
                    AlertTopology.SUBSCRIPTIONS_STORE, CloudEvents.SUBSCRIPTION_TYPE, Subscription::id, visibleTimeout);
        }
        return subscriptions;
    }

    public CompactedTable<Silence> silences() {
        if (silences == null) {
            silences = new CompactedTable<>(streams, writer, InternalTopics.SILENCES, AlertTopology.SILENCES_STORE,
                    SILENCE_TYPE, Silence::id, visibleTimeout);
        }
        return silences;
    }
}
