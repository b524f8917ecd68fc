package org.newswatch.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Readiness tells the truth: UP only when Streams is RUNNING and the API's tables can be read. */
class StreamsReadinessTest {

    static Map<String, BooleanSupplier> stores(boolean subscriptions, boolean silences, AtomicInteger reads) {
        Map<String, BooleanSupplier> m = new LinkedHashMap<>();
        m.put("subscriptions", () -> {
            reads.incrementAndGet();
            return subscriptions;
        });
        m.put("silences", () -> {
            reads.incrementAndGet();
            return silences;
        });
        return m;
    }

    @Test
    void upOnlyWhenRunningAndEveryStoreIsReadable() {
        AtomicInteger reads = new AtomicInteger();
        for (KafkaStreams.State s : KafkaStreams.State.values()) {
            HealthCheckResponse r = StreamsReadiness.check(s, stores(true, true, reads));
            assertEquals(s == KafkaStreams.State.RUNNING ? HealthCheckResponse.Status.UP
                    : HealthCheckResponse.Status.DOWN, r.getStatus(), s.name());
        }
        assertEquals(2, reads.get(), "stores are read only while RUNNING");
        assertEquals(HealthCheckResponse.Status.DOWN,
                StreamsReadiness.check(KafkaStreams.State.RUNNING, stores(false, true, reads)).getStatus(),
                "RUNNING but the subscriptions store not readable yet");
        HealthCheckResponse down = StreamsReadiness.check(KafkaStreams.State.RUNNING, stores(true, false, reads));
        assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
        assertEquals("not readable", down.getData().orElseThrow().get("silences"));
    }
}
