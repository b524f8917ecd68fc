package org.newswatch.security;

import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/**
 * The spans a service's {@code @QuarkusTest} records, in memory: Quarkus OpenTelemetry exports to every
 * {@code SpanExporter} bean (and then not to OTLP); this test-jar is a bean archive, so each service's tests have it.
 */
@ApplicationScoped
public class TestSpans {

    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return EXPORTER;
    }

    /** Waits for a finished span of the trace with this name and kind. */
    public static SpanData awaitSpan(String traceId, String name, SpanKind kind) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> find(traceId, name, kind), span -> span != null);
    }

    private static SpanData find(String traceId, String name, SpanKind kind) {
        return EXPORTER.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)
                && s.getName().equals(name) && s.getKind() == kind).findFirst().orElse(null);
    }

    /** Every finished span of the trace. */
    public static List<SpanData> of(String traceId) {
        return EXPORTER.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }
}
