package org.newswatch.extract.namespace;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.namespace.Namespaces;
import org.newswatch.extract.domain.Engine;
import org.newswatch.extract.domain.EventRecords;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * The extraction of one namespace: {@code ns.articles} (group {@code ns.extract-service}) to {@code ns.events}, with
 * the live path's engine, record format and dead letters ({@code ns.articles-dlq}), and an identity memory of its own,
 * so a replay's event ids neither see nor disturb the live ones. At least once like the live path: a polled batch's
 * offsets are committed after every event of it is acknowledged.
 */
final class NamespaceExtractor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NamespaceExtractor.class);

    private final String namespace;
    private final Engine engine;
    private final EventIdentity identity;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final Thread thread;
    private volatile boolean closed;

    NamespaceExtractor(String namespace, String bootstrapServers, Engine engine, EventIdentity identity) {
        this.namespace = namespace;
        this.engine = engine;
        this.identity = identity;
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, Namespaces.name(namespace, Namespaces.EXTRACT_GROUP));
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        c.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer());
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, Namespaces.name(namespace, "extract-service-events"));
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        thread = new Thread(this::run, "extract-" + namespace);
        thread.setDaemon(true);
    }

    NamespaceExtractor start() {
        thread.start();
        return this;
    }

    private void run() {
        String articles = Namespaces.name(namespace, Topics.ARTICLES);
        consumer.subscribe(List.of(articles));
        try {
            while (!closed) {
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    sends.addAll(process(record));
                }
                if (sends.isEmpty()) {
                    continue;
                }
                for (Future<RecordMetadata> send : sends) {
                    send.get();
                }
                consumer.commitSync();
            }
        } catch (WakeupException e) {
            // closed
        } catch (ExecutionException e) {
            LOG.errorf("namespace %s: an event could not be written (%s); its extraction stops, uncommitted",
                    namespace, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.errorf(e, "namespace %s: extraction stopped", namespace);
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
            producer.close(Duration.ofSeconds(5));
        }
    }

    private List<Future<RecordMetadata>> process(ConsumerRecord<String, String> record) {
        Article article;
        try {
            article = EventRecords.parseArticle(record.value());
        } catch (InvalidRecordException e) {
            return List.of(deadLetter(record, e.getMessage()));
        }
        List<ExtractedEvent> events;
        try {
            events = identity.resolve(engine.extract(article));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(deadLetter(record, Engine.reason(e)));
        }
        String topic = Namespaces.name(namespace, Topics.EVENTS);
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (ExtractedEvent event : events) {
            sends.add(producer.send(new ProducerRecord<>(topic, null, EventRecords.eventTime(article).toEpochMilli(),
                    event.eventId(), Json.write(event), EventRecords.headers(event, article))));
        }
        return sends;
    }

    private Future<RecordMetadata> deadLetter(ConsumerRecord<String, String> record, String reason) {
        LOG.warnf("namespace %s: article record %s-%d@%d dead-lettered: %s", namespace, record.topic(),
                record.partition(), record.offset(), reason);
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        return producer.send(new ProducerRecord<>(Namespaces.name(namespace, Topics.ARTICLES_DLQ), null, record.key(),
                record.value() == null ? "" : record.value(), headers));
    }

    /** Stops polling and leaves the group (so the namespace's group can be deleted). */
    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
