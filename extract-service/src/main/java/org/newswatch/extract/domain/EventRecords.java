package org.newswatch.extract.domain;

import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;

/** What goes on the wire for articles in and events out; plain code, no framework. */
public final class EventRecords {

    public static final String SOURCE = "/newswatch/extract-service";

    private EventRecords() {
    }

    /** Reads an article record; a record that breaks the contract is an {@link InvalidRecordException}. */
    public static Article parseArticle(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidRecordException("empty article record");
        }
        Article article = Json.read(value, Article.class);
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidRecordException("article without an id");
        }
        if (article.text() == null) {
            throw new InvalidRecordException("article " + article.id() + " without text");
        }
        if (article.schemaVersion() != Article.VERSION) {
            throw new InvalidRecordException("article " + article.id() + " has unsupported schemaVersion "
                    + article.schemaVersion());
        }
        return article;
    }

    /** The event time of an event record: the article's time, so replays are deterministic. */
    public static Instant eventTime(Article article) {
        Instant time = article.eventTime();
        return time != null ? time : Instant.EPOCH;
    }

    /** CloudEvents headers of one event record: its id names the article and the event. */
    public static RecordHeaders headers(ExtractedEvent event, Article article) {
        return CloudEvents.headers(article.id() + "/" + event.eventId(), CloudEvents.EVENT_TYPE, SOURCE,
                eventTime(article));
    }
}
