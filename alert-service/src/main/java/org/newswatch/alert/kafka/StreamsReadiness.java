package org.newswatch.alert.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness UP only when Kafka Streams is RUNNING and the tables the API reads (subscriptions, silences) are readable:
 * before, readiness was UP while {@code PUT /subscriptions/{id}} still answered "subscriptions-store is not readable
 * yet (CREATED)" for a second or two.
 */
@Readiness
@ApplicationScoped
public class StreamsReadiness implements HealthCheck {

    @Inject
    KafkaStreams streams;

    @Inject
    Tables tables;

    @Override
    public HealthCheckResponse call() {
        Map<String, BooleanSupplier> stores = new LinkedHashMap<>();
        stores.put("subscriptions", tables.subscriptions()::readable);
        stores.put("silences", tables.silences()::readable);
        return check(streams.state(), stores);
    }

    /** UP when the state is RUNNING and every store is readable (stores are not read while it is not RUNNING). */
    static HealthCheckResponse check(KafkaStreams.State state, Map<String, BooleanSupplier> stores) {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("alert streams").withData("state", state.name());
        boolean up = state == KafkaStreams.State.RUNNING;
        for (Map.Entry<String, BooleanSupplier> store : stores.entrySet()) {
            boolean readable = up && store.getValue().getAsBoolean();
            b.withData(store.getKey(), readable ? "readable" : "not readable");
            up &= readable;
        }
        return b.status(up).build();
    }
}
