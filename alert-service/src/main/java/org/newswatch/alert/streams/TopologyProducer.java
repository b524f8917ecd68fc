package org.newswatch.alert.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.kafka.streams.Topology;
import org.newswatch.contracts.Alert;
import org.newswatch.alert.kafka.TopicBootstrap;

/** Hands the alert topology to Quarkus Kafka Streams, after making sure its topics exist. */
@ApplicationScoped
public class TopologyProducer {

    @Inject
    TopicBootstrap topics;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    @Produces
    public Topology buildTopology() {
        topics.ensureTopics();
        // newswatch_alerts_total{status}: new, update, muted (counted as written; a retried transaction counts again)
        return AlertTopology.counting(Clock.systemUTC(), tracer, alert -> registry.counter("newswatch.alerts", "status",
                Boolean.TRUE.equals(alert.muted()) ? "muted" : alert.isUpdate() ? Alert.UPDATE : Alert.NEW).increment());
    }
}
