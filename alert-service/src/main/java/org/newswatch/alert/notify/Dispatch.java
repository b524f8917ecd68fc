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

    /** How many alerts one channel delivers at once (the records of one alert stay in order). */
    @ConfigProperty(name = "alert.delivery.parallelism", defaultValue = "8")
    int parallelism;

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
                ChannelDispatcher d = new ChannelDispatcher(n, bootstrapServers, tables, writer, parallelism, tracer,
                        this::clientMetrics, outcome -> DeliveryMetrics.count(registry, n.channel(), outcome));
                running.add(d);
                d.start();
            }
        }
    }

    /** The consumer's Kafka client metrics (records-lag per partition among them), as Quarkus binds SmallRye's. */
    private AutoCloseable clientMetrics(KafkaConsumer<?, ?> consumer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(consumer);
        metrics.bindTo(registry);
        return metrics;
    }

    /** The channels that have been failing for longer than {@code after}, by name. */
    public List<String> stuck(Duration after) {
        return running.stream().filter(d -> d.stuckFor().compareTo(after) > 0).map(ChannelDispatcher::channel).toList();
    }

    /** Every started channel by name, and whether its delivery thread still runs. */
    public Map<String, Boolean> alive() {
        Map<String, Boolean> alive = new TreeMap<>();
        running.forEach(d -> alive.put(d.channel(), d.alive()));
        return alive;
    }

    void stop(@Observes ShutdownEvent event) {
        running.forEach(ChannelDispatcher::stop);
        running.clear();
    }
}
