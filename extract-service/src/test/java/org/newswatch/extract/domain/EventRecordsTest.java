package org.newswatch.extract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.InvalidRecordException;

class EventRecordsTest {

    @Test
    void readsAValidArticle() {
        Article a = EventRecords.parseArticle("{\"schemaVersion\":1,\"id\":\"a1\",\"text\":\"t\",\"origin\":\"live\","
                + "\"receivedAt\":\"2020-02-12T08:00:00Z\"}");
        assertEquals("a1", a.id());
        assertEquals(Instant.parse("2020-02-12T08:00:00Z"), EventRecords.eventTime(a));
    }

    @Test
    void publicationTimeWinsOverReceiveTime() {
        Article a = EventRecords.parseArticle("{\"schemaVersion\":1,\"id\":\"a1\",\"text\":\"t\",\"origin\":\"replay\","
                + "\"publishedAt\":\"2020-02-11T00:00:00Z\",\"receivedAt\":\"2026-01-01T00:00:00Z\"}");
        assertEquals(Instant.parse("2020-02-11T00:00:00Z"), EventRecords.eventTime(a));
    }

    @Test
    void contractBreachesAreRejectedWithAReason() {
        assertTrue(assertThrows(InvalidRecordException.class, () -> EventRecords.parseArticle(null))
                .getMessage().contains("empty"));
        assertTrue(assertThrows(InvalidRecordException.class, () -> EventRecords.parseArticle("[1,2]"))
                .getMessage().contains("not a valid Article"));
        assertTrue(assertThrows(InvalidRecordException.class,
                () -> EventRecords.parseArticle("{\"schemaVersion\":1,\"text\":\"t\"}")).getMessage().contains("id"));
        assertTrue(assertThrows(InvalidRecordException.class,
                () -> EventRecords.parseArticle("{\"schemaVersion\":1,\"id\":\"x\"}")).getMessage().contains("text"));
        assertTrue(assertThrows(InvalidRecordException.class,
                () -> EventRecords.parseArticle("{\"schemaVersion\":2,\"id\":\"x\",\"text\":\"t\"}"))
                .getMessage().contains("schemaVersion"));
    }
}
