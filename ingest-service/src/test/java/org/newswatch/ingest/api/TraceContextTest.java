package org.newswatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;
import org.newswatch.security.TestSpans;

/**
 * The first hop of a trace: {@code POST /articles} is served in a span, and the article record carries a
 * {@code traceparent} of that trace (its producer span, a child of the request's), read in memory.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TraceContextTest {

    private static TopicRecords articles;

    @BeforeAll
    static void subscribe() {
        articles = new TopicRecords(Topics.ARTICLES);
    }

    @AfterAll
    static void close() {
        articles.close();
    }

    private static String post(String traceparent) {
        var request = given().header(TestCredentials.HEADER, TestCredentials.INGEST).contentType("application/json")
                .body(Json.write(Map.of("text", "Traced " + UUID.randomUUID()
                        + " reported that 12 soldiers were killed near the border on Tuesday.")));
        if (traceparent != null) {
            request.header(TraceHeaders.TRACEPARENT, traceparent);
        }
        return request.when().post("/articles").then().statusCode(202).extract().path("id");
    }

    @Test
    void theArticleRecordCarriesTheTraceOfItsRequest() {
        ConsumerRecord<String, String> record = articles.awaitKey(post(null));
        String traceId = TraceHeaders.traceId(record.headers()).orElseThrow(() -> new AssertionError("no traceparent"));

        SpanData request = TestSpans.awaitSpan(traceId, "POST /articles", SpanKind.SERVER);
        SpanData publish = TestSpans.awaitSpan(traceId, Topics.ARTICLES + " publish", SpanKind.PRODUCER);
        assertEquals(request.getSpanId(), publish.getParentSpanId(), "published within the request");
        assertEquals("00-" + traceId + "-" + publish.getSpanId() + "-01",
                new String(record.headers().lastHeader(TraceHeaders.TRACEPARENT).value()));
    }

    @Test
    void aCallersTraceContextIsContinued() {
        String callers = "0af7651916cd43dd8448eb211c80319c";
        ConsumerRecord<String, String> record = articles.awaitKey(post("00-" + callers + "-b7ad6b7169203331-01"));
        assertEquals(callers, TraceHeaders.traceId(record.headers()).orElseThrow());
        assertEquals("b7ad6b7169203331",
                TestSpans.awaitSpan(callers, "POST /articles", SpanKind.SERVER).getParentSpanId());
    }
}
