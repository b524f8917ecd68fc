package org.newswatch.extract.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.extract.domain.EventRecords;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * Kafka adapter: each article record becomes its events. The article's offset is committed only after
 * every event is acknowledged by the broker (at least once; event ids make repeats harmless). A record that
 * cannot be read throws, is nacked, and lands on the dead-letter topic with the reason. Event ids come from the
 * instance's identity resolver: a report of an event already seen takes that event's id.
 */
@ApplicationScoped
public class ArticleProcessor {

    @Inject
    Extractor extractor;

    @Inject
    EventIdentity identity;

    @Inject
    @Channel(Topics.EVENTS)
    MutinyEmitter<String> events;

    @Incoming(Topics.ARTICLES)
    public Uni<Void> process(ConsumerRecord<String, String> record) {
        Article article = EventRecords.parseArticle(record.value());
        List<ExtractedEvent> extracted = identity.resolve(extractor.extract(article));
        if (extracted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = extracted.stream().map(event -> events.sendMessage(message(event, article))).toList();
        return Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    private static Message<String> message(ExtractedEvent event, Article article) {
        return Message.of(Json.write(event)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.eventId())
                .withTimestamp(EventRecords.eventTime(article))
                .withHeaders(EventRecords.headers(event, article))
                .build());
    }
}
