package org.newswatch.extract.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.security.OperationsEndpoints;
import org.newswatch.security.TestSpans;
import org.newswatch.kafka.KafkaTestResource;

/** The service against a real broker: articles in, events out, poison records to the dead-letter topic. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ArticleProcessorTest {

    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", servers), new StringSerializer(), new StringSerializer());
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", servers);
        props.put("group.id", "extract-test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.EVENTS, Topics.ARTICLES_DLQ));
    }

    @AfterEach
    void close() {
        producer.close();
        consumer.close();
    }

    @Test
    void articleBecomesEventsWithCloudEventHeadersAndArticleTime() throws Exception {
        String id = "test-" + UUID.randomUUID();
        Instant published = Instant.parse("2020-02-28T00:00:00Z");
        Article article = new Article(1, id, "22 Turkish soldiers killed", "https://example.org/a", "Example",
                published, Instant.now(), Article.LIVE,
                "At least 22 Turkish soldiers were killed in an air strike in Idlib on Thursday, the governor said.", null);
        producer.send(new ProducerRecord<>(Topics.ARTICLES, id, Json.write(article))).get();

        ConsumerRecord<String, String> record = awaitRecord(Topics.EVENTS, r -> r.value().contains(id));
        ExtractedEvent event = Json.read(record.value(), ExtractedEvent.class);
        assertEquals(id, event.article());
        assertEquals(EventType.KILLED, event.type());
        assertEquals("TURMIL", event.victim());
        assertEquals(22L, event.count());
        assertEquals(event.eventId(), record.key());
        assertEquals(published.toEpochMilli(), record.timestamp());
        assertEquals("org.newswatch.event.v1", CloudEvents.header(record.headers(), CloudEvents.TYPE));
        assertEquals("1.0", CloudEvents.header(record.headers(), CloudEvents.SPECVERSION));
        assertEquals("/newswatch/extract-service", CloudEvents.header(record.headers(), CloudEvents.SOURCE));
        assertEquals(published.toString(), CloudEvents.header(record.headers(), CloudEvents.TIME));
        assertTrue(CloudEvents.header(record.headers(), CloudEvents.ID).startsWith(id + "/"));
    }

    /** The middle hop of a trace: an article record's W3C trace context is the parent of its events' (spans in memory). */
    @Test
    void anArticlesTraceContinuesOnItsEvents() throws Exception {
        String traceId = "5bf92f3577b34da6a3ce929d0e0e4737";
        String upstream = "10f067aa0ba902b7";
        String id = "traced-" + UUID.randomUUID();
        Article article = new Article(1, id, "22 Turkish soldiers killed", "https://example.org/t", "Example",
                Instant.parse("2020-02-28T00:00:00Z"), Instant.now(), Article.LIVE,
                "At least 22 Turkish soldiers were killed in an air strike in Idlib on Thursday, the governor said.", null);
        ProducerRecord<String, String> sent = new ProducerRecord<>(Topics.ARTICLES, id, Json.write(article));
        sent.headers().add(TraceHeaders.TRACEPARENT, ("00-" + traceId + "-" + upstream + "-01").getBytes());
        producer.send(sent).get();

        ConsumerRecord<String, String> record = awaitRecord(Topics.EVENTS, r -> r.value().contains(id));
        assertEquals(traceId, TraceHeaders.traceId(record.headers()).orElseThrow());
        SpanData extracted = TestSpans.awaitSpan(traceId, Topics.ARTICLES + " process", SpanKind.CONSUMER);
        assertEquals(upstream, extracted.getParentSpanId());
        SpanData published = TestSpans.awaitSpan(traceId, Topics.EVENTS + " publish", SpanKind.PRODUCER);
        assertEquals(extracted.getSpanId(), published.getParentSpanId());
        assertEquals("00-" + traceId + "-" + published.getSpanId() + "-01",
                CloudEvents.header(record.headers(), TraceHeaders.TRACEPARENT));
    }

    /**
     * The identity memory's size (newswatch_identity_memory_size) and the articles consumer's lag per partition (the
     * Kafka client's records-lag, bound by Quarkus) are on /q/metrics once an article was read.
     */
    @Test
    void identityMemorySizeAndConsumerLagAreGauges() throws Exception {
        String id = "gauged-" + UUID.randomUUID();
        Article article = new Article(1, id, "31 Turkish soldiers killed", "https://example.org/g", "Example",
                Instant.parse("2020-03-28T00:00:00Z"), Instant.now(), Article.LIVE,
                "At least 31 Turkish soldiers were killed in an air strike in Idlib on Saturday, the governor said.", null);
        producer.send(new ProducerRecord<>(Topics.ARTICLES, id, Json.write(article))).get();
        awaitRecord(Topics.EVENTS, r -> r.value().contains(id));
        assertTrue(OperationsEndpoints.value("newswatch_identity_memory_size") >= 1);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertEquals(List.of(0.0), OperationsEndpoints.values(
                "kafka_consumer_fetch_manager_records_lag", "topic=\"articles\"", "partition=\"0\"")));
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        producer.send(new ProducerRecord<>(Topics.ARTICLES, poisonKey, "{this is not json")).get();
        String id = "after-poison-" + UUID.randomUUID();
        Article article = new Article(1, id, null, null, null, Instant.parse("2020-02-12T00:00:00Z"), Instant.now(),
                Article.LIVE, "Five Turkish soldiers were killed in a Syrian army attack on Monday.", null);
        producer.send(new ProducerRecord<>(Topics.ARTICLES, id, Json.write(article))).get();

        ConsumerRecord<String, String> dead = awaitRecord(Topics.ARTICLES_DLQ, r -> poisonKey.equals(r.key()));
        assertEquals("{this is not json", dead.value());
        String reason = CloudEvents.header(dead.headers(), Topics.DEAD_LETTER_REASON_HEADER);
        assertTrue(reason != null && reason.contains("not a valid Article"), "reason: " + reason);
        awaitRecord(Topics.EVENTS, r -> r.value().contains(id));
    }

    @Test
    void anEngineExceptionSendsTheArticleToTheDeadLetterTopicAndTheBatchGoesOn() throws Exception {
        String failing = "engine-fails-" + UUID.randomUUID();
        Article poison = new Article(1, failing, null, null, null, Instant.parse("2020-02-12T00:00:00Z"), Instant.now(),
                Article.LIVE, "Five Turkish soldiers were killed. " + ThrowingEngine.MARKER, null);
        String next = "after-engine-failure-" + UUID.randomUUID();
        Article article = new Article(1, next, null, null, null, Instant.parse("2020-02-12T00:00:00Z"), Instant.now(),
                Article.LIVE, "Seven Turkish soldiers were killed in a Syrian army attack on Monday.", null);
        // sent together, so they usually arrive in one polled batch
        producer.send(new ProducerRecord<>(Topics.ARTICLES, failing, Json.write(poison)));
        producer.send(new ProducerRecord<>(Topics.ARTICLES, next, Json.write(article))).get();

        ConsumerRecord<String, String> dead = awaitRecord(Topics.ARTICLES_DLQ, r -> failing.equals(r.key()));
        assertEquals(Json.write(poison), dead.value());
        String reason = CloudEvents.header(dead.headers(), Topics.DEAD_LETTER_REASON_HEADER);
        assertTrue(reason.startsWith("java.lang.IllegalStateException: the engine broke on purpose at "
                + ThrowingEngine.class.getName()), "reason: " + reason);
        awaitRecord(Topics.EVENTS, r -> r.value().contains(next));
    }

    private ConsumerRecord<String, String> awaitRecord(String topic,
            Predicate<ConsumerRecord<String, String>> match) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(r -> r.topic().equals(topic) && match.test(r)).findFirst().orElse(null);
        }, r -> r != null);
    }
}
