package org.newswatch.alert.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;
import org.newswatch.security.TestSpans;

/**
 * The last hops of a trace: an event record's W3C trace context (as extract-service writes it) reaches the alert
 * record's headers (Kafka Streams) and the webhook request's {@code traceparent} (the hand-written dispatcher), through
 * spans of alert-service's own, read in memory.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TraceContextTest {

    /** A sampled trace context from "upstream" (extract-service's publish span). */
    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String UPSTREAM_SPAN = "00f067aa0ba902b7";

    HttpServer server;
    final List<String> traceparents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            traceparents.add(String.valueOf(exchange.getRequestHeaders().getFirst(TraceHeaders.TRACEPARENT)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theEventsTraceReachesTheAlertRecordAndTheWebhookRequest() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String id = AlertServiceTest.create("{\"name\":\"traced\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"webhooks\":[{\"url\":\"http://127.0.0.1:"
                + server.getAddress().getPort() + "/hook\"}]}");
        AlertServiceTest.produceEvent("TURMIL", keyword, 22L, "00-" + TRACE_ID + "-" + UPSTREAM_SPAN + "-01");
        String alertId = AlertServiceTest.awaitAlert(id);

        // the alert record: the same trace, its parent the span that evaluated the event (a child of upstream's)
        ConsumerRecord<String, byte[]> alert = AlertServiceTest.findRecord(Topics.ALERTS, id);
        assertEquals(alertId, Json.read(alert.value(), Alert.class).alertId());
        String onAlert = CloudEvents.header(alert.headers(), TraceHeaders.TRACEPARENT);
        assertEquals(TRACE_ID, TraceHeaders.traceId(alert.headers()).orElseThrow(), onAlert);
        SpanData rules = TestSpans.awaitSpan(TRACE_ID, Topics.EVENTS + " process", SpanKind.CONSUMER);
        assertEquals(UPSTREAM_SPAN, rules.getParentSpanId());
        assertEquals("00-" + TRACE_ID + "-" + rules.getSpanId() + "-01", onAlert);

        // the webhook request: the same trace, its parent the delivery span (a child of the alert record's)
        await().atMost(Duration.ofSeconds(60)).until(() -> !traceparents.isEmpty());
        String onWebhook = traceparents.get(0);
        assertEquals(TRACE_ID, TraceHeaders.traceIdOf(onWebhook).orElseThrow(), onWebhook);
        SpanData delivery = TestSpans.awaitSpan(TRACE_ID, "webhook deliver", SpanKind.CLIENT);
        assertEquals(rules.getSpanId(), delivery.getParentSpanId());
        assertEquals("00-" + TRACE_ID + "-" + delivery.getSpanId() + "-01", onWebhook);
        assertEquals(alertId, delivery.getAttributes().asMap().entrySet().stream()
                .filter(e -> e.getKey().getKey().equals("newswatch.alert.id")).findFirst().orElseThrow().getValue());
        assertNotEquals(onAlert, onWebhook, "each hop is a span of its own");
    }
}
