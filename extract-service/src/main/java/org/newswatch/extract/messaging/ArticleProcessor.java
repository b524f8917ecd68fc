package org.newswatch.extract.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.extract.domain.Engine;
import org.newswatch.extract.domain.EventRecords;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * Kafka adapter: each article record becomes its events. Records arrive in polled batches; the batch's
 * offsets are committed only after every event (and every dead letter) of the batch is acknowledged by the
 * broker, so one broker round trip serves a whole batch (at least once; event ids make repeats harmless). A send
 * the broker does not acknowledge is sent again until it is ({@link Resend}), so a broker's failure delays the batch
 * and never stops the channel or drops an event.
 * A record that is not a valid article goes to {@link Topics#ARTICLES_DLQ} with the reason in
 * {@link Topics#DEAD_LETTER_REASON_HEADER}, and the rest of the batch carries on; so does an article the engine
 * throws on (the reason is the exception's first stack line, {@link Engine#reason}). Event ids come from the
 * instance's identity resolver: a report of an event already seen takes that event's id.
 *
 * <p>Traced: each article is extracted in a span ({@value #SPAN_NAME}) whose parent is the article record's W3C trace
 * context (a polled batch has no single parent), and its events are published as children of that span.
 */
@ApplicationScoped
public class ArticleProcessor {

    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);
    static final String SPAN_NAME = Topics.ARTICLES + " process";
    static final Duration RESEND_FIRST = Duration.ofSeconds(1);
    static final Duration RESEND_MAX = Duration.ofSeconds(30);

    @Inject
    Engine engine;

    @Inject
    EventIdentity identity;

    @Inject
    @Channel(Topics.EVENTS)
    MutinyEmitter<String> events;

    @Inject
    @Channel(Topics.ARTICLES_DLQ)
    MutinyEmitter<String> deadLetters;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    @Incoming(Topics.ARTICLES)
    public Uni<Void> process(ConsumerRecords<String, String> records) {
        List<Uni<Void>> sends = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Article article;
            try {
                article = EventRecords.parseArticle(record.value());
            } catch (InvalidRecordException e) {
                LOG.warnf("article record %s-%d@%d dead-lettered: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                String reason = e.getMessage();
                sends.add(send(deadLetters, Topics.ARTICLES_DLQ, () -> deadLetter(record, reason)));
                deadLettered("invalid");
                continue;
            }
            Context parent = TraceHeaders.extract(record.headers());
            Span span = tracer.spanBuilder(SPAN_NAME).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("newswatch.article.id", article.id()).startSpan();
            Context traced = parent.with(span);
            List<ExtractedEvent> extracted;
            try {
                extracted = identity.resolve(engine.extract(article));
            } catch (RuntimeException | StackOverflowError e) {
                span.setStatus(StatusCode.ERROR, "the engine failed");
                span.end();
                String reason = Engine.reason(e);
                LOG.errorf(e, "article %s (%s-%d@%d) dead-lettered: the engine failed", article.id(), record.topic(),
                        record.partition(), record.offset());
                sends.add(send(deadLetters, Topics.ARTICLES_DLQ, () -> deadLetter(record, reason)));
                deadLettered("engine");
                continue;
            }
            span.end();
            for (ExtractedEvent event : extracted) {
                sends.add(send(events, Topics.EVENTS,
                        () -> message(event, article).addMetadata(TracingMetadata.withCurrent(traced))));
                // newswatch_events_total{type}
                registry.counter("newswatch.events", "type", String.valueOf(event.type())).increment();
            }
        }
        return sends.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    /**
     * One record, sent again until acknowledged ({@link Resend}); each refusal logged and counted
     * ({@code newswatch_sends_refused_total{topic}}).
     */
    private Uni<Void> send(MutinyEmitter<String> emitter, String topic, Supplier<Message<String>> message) {
        return Resend.untilAcknowledged(() -> emitter.sendMessage(message.get()), RESEND_FIRST, RESEND_MAX, e -> {
            LOG.warnf("a record to %s was not acknowledged (%s); sending it again", topic, e.getMessage());
            registry.counter("newswatch.sends.refused", "topic", topic).increment();
        });
    }

    private static Message<String> message(ExtractedEvent event, Article article) {
        return Message.of(Json.write(event)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.eventId())
                .withTimestamp(EventRecords.eventTime(article))
                .withHeaders(EventRecords.headers(event, article))
                .build());
    }

    /** The record as it came, with the reason and where it came from (the header names SmallRye uses). */
    /** newswatch_articles_dead_lettered_total{reason}: invalid record or engine failure. */
    private void deadLettered(String reason) {
        registry.counter("newswatch.articles.dead.lettered", "reason", reason).increment();
    }

    private static Message<String> deadLetter(ConsumerRecord<String, String> record, String reason) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, utf8(reason));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(Integer.toString(record.partition())));
        headers.add("dead-letter-offset", utf8(Long.toString(record.offset())));
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> metadata =
                OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers);
        if (record.key() != null) {
            metadata.withKey(record.key());
        }
        return Message.of(record.value() == null ? "" : record.value()).addMetadata(metadata.build());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
