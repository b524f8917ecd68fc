package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;

/** Every event carries its article's id, links and origin, so alerting can cite and filter it. */
class ArticleMetadataTest {

    @Test
    void eventsCarryTheArticlesMetadataAndOrigin() {
        Article article = new Article(Article.VERSION, "a-42", "Clashes in Idlib", "https://example.org/idlib",
                "Example Wire", Instant.parse("2020-02-28T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
                Article.REPLAY, "At least 22 Turkish soldiers were killed in an airstrike in Idlib on Thursday.",
                "a-41");
        List<ExtractedEvent> events = Extractor.create().extract(article);
        assertFalse(events.isEmpty());
        for (ExtractedEvent e : events) {
            assertEquals("a-42", e.article());
            assertEquals("Clashes in Idlib", e.articleTitle());
            assertEquals("https://example.org/idlib", e.articleUrl());
            assertEquals("Example Wire", e.articleSource());
            assertEquals("a-41", e.nearDuplicateOf());
            assertEquals(Article.REPLAY, e.origin());
        }
    }
}
