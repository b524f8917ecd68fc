package org.newswatch.alert.notify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Tracer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.alert.kafka.KafkaWriter;
import org.newswatch.alert.kafka.Tables;

/** Starts one {@link ChannelDispatcher} per enabled {@link Notifier} (webhook, email) and stops them on shutdown. */
@ApplicationScoped
public class Dispatch {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DeliveryConfig config;

    @Inject
    Instance<Notifier> notifiers;
    @Inject
    Tables tables;
    @Inject
    KafkaWriter writer;
    @Inject
    MeterRegistry registry;
    @Inject
    Tracer tracer;

    private final List<ChannelDispatcher> running = new CopyOnWriteArrayList<>();

    void start(@Observes StartupEvent event) {
        for (Notifier n : notifiers) {
            if (n.enabled()) {
                run(new ChannelDispatcher(n, bootstrapServers, id -> tables.subscriptions().find(id), writer, config,
                        tracer, this::clientMetrics, outcome -> DeliveryMetrics.count(registry, n.channel(), outcome)));
            }
        }
    }

    /** Starts a channel's dispatcher, watched by the health checks from now on. */
    void run(ChannelDispatcher dispatcher) {
        running.add(dispatcher);
        dispatcher.start();
    }

    /** The consumer's Kafka client metrics (records-lag per partition among them), as Quarkus binds SmallRye's. */
    private AutoCloseable clientMetrics(KafkaConsumer<?, ?> consumer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer);
        metrics.bindTo(registry);
        return metrics;
    }

    /** The channels that have been failing for longer than {@code after}, by name, each with its last failure. */
    public Map<String, String> stuck(Duration after) {
        Map<String, String> stuck = new TreeMap<>();
        running.stream().filter(d -> d.stuckFor().compareTo(after) > 0)
                .forEach(d -> stuck.put(d.channel(), d.lastFailure()));
        return stuck;
    }

    /** Every started channel by name, and whether its delivery thread still runs. */
    public Map<String, Boolean> alive() {
        Map<String, Boolean> alive = new TreeMap<>();
        running.forEach(d -> alive.put(d.channel(), d.alive()));
        return alive;
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops every channel's dispatcher. */
    void stop() {
        running.forEach(ChannelDispatcher::stop);
        running.clear();
    }
}
