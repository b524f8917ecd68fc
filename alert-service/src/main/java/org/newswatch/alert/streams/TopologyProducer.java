package org.newswatch.alert.streams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.kafka.streams.Topology;
import org.newswatch.alert.kafka.TopicBootstrap;

/** Hands the alert topology to Quarkus Kafka Streams, after making sure its topics exist. */
@ApplicationScoped
public class TopologyProducer {

    @Inject
    TopicBootstrap topics;

    @Produces
    public Topology buildTopology() {
        topics.ensureTopics();
        return AlertTopology.build(Clock.systemUTC());
    }
}
