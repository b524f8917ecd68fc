package org.newswatch.ingest.messaging;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.ArticlePublisher;

/**
 * Publishes articles on the {@link Topics#ARTICLES} channel (acks=all): key = article id, value = the contract
 * JSON, CloudEvents headers, record timestamp = the article's event time (publication, else receipt). A topic
 * other than the channel's (a replay namespace) is set per record.
 */
@ApplicationScoped
public class KafkaArticlePublisher implements ArticlePublisher {

    public static final String CE_SOURCE = "/newswatch/ingest-service";

    @Inject
    @Channel(Topics.ARTICLES)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 16384)
    Emitter<String> emitter;

    @Override
    public CompletionStage<Void> publish(String topic, Article article) {
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> meta = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.id())
                .withTimestamp(article.eventTime())
                .withHeaders(CloudEvents.headers(article.id(), CloudEvents.ARTICLE_TYPE, CE_SOURCE, article.eventTime()));
        if (!Topics.ARTICLES.equals(topic)) {
            meta.withTopic(topic);
        }
        return AckedSend.send(emitter, Json.write(article), meta.build());
    }
}
