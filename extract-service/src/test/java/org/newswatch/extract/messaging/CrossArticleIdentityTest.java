package org.newswatch.extract.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.extract.identity.EventsTopicRebuild;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.identity.EventIdentity;
import org.newswatch.kafka.KafkaTestResource;

/** Two articles reporting one event get one eventId; a restarted instance rebuilt from the topic keeps it. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CrossArticleIdentityTest {

    private String servers;
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", servers), new StringSerializer(), new StringSerializer());
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", servers);
        props.put("group.id", "identity-test-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.EVENTS));
    }

    @AfterEach
    void close() {
        producer.close();
        consumer.close();
    }

    private static Article article(String id, String date, String text) {
        Instant published = Instant.parse(date + "T00:00:00Z");
        return new Article(1, id, null, null, null, published, Instant.now(), Article.LIVE, text, null);
    }

    private ExtractedEvent publishAndAwait(Article a) throws Exception {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, a.id(), Json.write(a))).get();
        ConsumerRecord<String, String> r = await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(x -> x.value().contains(a.id())).findFirst().orElse(null);
        }, x -> x != null);
        ExtractedEvent e = Json.read(r.value(), ExtractedEvent.class);
        assertEquals(e.eventId(), r.key());
        return e;
    }

    @Test
    void twoReportsOfOneEventShareAnIdAndARebuiltResolverKeepsIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        // two outlets, two wordings, days apart in their date lines, one massacre. Dated as late as the broker takes
        // (no future record times), after anything the other tests put on the shared events topic: the rebuilt memory
        // keeps the 30 days before the newest event it reads, so it must be this story's. "Friday" is the Friday at
        // least two days back, and the date lines the two days after it.
        LocalDate friday = LocalDate.now(ZoneOffset.UTC).minusDays(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        Article first = article("wire-" + run, friday.plusDays(1).toString(),
                "Forty-nine Malian soldiers were killed in an attack on a military post in Indelimane on Friday, the government said.");
        Article second = article("monitor-" + run, friday.plusDays(2).toString(),
                "Gunmen killed 49 Malian soldiers in Indelimane on Friday, officials said.");
        ExtractedEvent a = publishAndAwait(first);
        ExtractedEvent b = publishAndAwait(second);
        assertEquals(EventType.KILLED, a.type());
        assertEquals(EventType.KILLED, b.type());
        assertEquals(a.eventId(), b.eventId(), "one event, one id across articles");

        // a restart: a new resolver whose memory is read back from the events topic
        EventIdentity restarted = EventIdentity.inMemory();
        int read = EventsTopicRebuild.rebuild(restarted, servers, null, Duration.ofSeconds(30));
        assertTrue(read >= 2, "read " + read);
        Article third = article("late-" + run, friday.plusDays(2).toString(),
                "The army said 49 Malian soldiers died in the Indelimane attack on Friday.");
        List<ExtractedEvent> again = restarted.resolve(Extractor.create().extract(third));
        assertTrue(again.stream().anyMatch(e -> e.type() == EventType.KILLED && a.eventId().equals(e.eventId())),
                "rebuilt resolver joins the third report: " + again);
    }
}
