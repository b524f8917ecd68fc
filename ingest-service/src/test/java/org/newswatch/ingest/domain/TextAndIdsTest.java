package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextAndIdsTest {

    @Test
    void fingerprintCollapsesWhiteSpaceAndComposesUnicode() {
        String decomposed = "Cavus\u0327og\u0306lu  said\u00A0\n\n today ";
        assertEquals("Cavuşoğlu said today", TextNormalizer.fingerprint(decomposed));
    }

    @Test
    void cleanKeepsParagraphsButDropsNoise() {
        String raw = "  First line  \r\n\r\n\r\n\r\nSecond\u200B  line\t here \n";
        assertEquals("First line\n\nSecond line here", TextNormalizer.clean(raw));
    }

    @Test
    void idIsDeterministicAndIgnoresWhiteSpace() {
        String id = ArticleIds.articleId("Turkey said 51 soldiers were killed.");
        assertEquals(16, id.length());
        assertTrue(id.matches("[0-9a-f]{16}"));
        assertEquals(id, ArticleIds.articleId("  Turkey said\n51   soldiers were killed. "));
        assertNotEquals(id, ArticleIds.articleId("Turkey said 52 soldiers were killed."));
        // SHA-256 of the fingerprint, first 16 hex characters
        assertEquals(ArticleIds.sha256Hex("Turkey said 51 soldiers were killed.").substring(0, 16), id);
    }

    @Test
    void urlKeyIgnoresCaseOfHostFragmentAndTrailingSlash() {
        String key = ArticleIds.urlKey("https://Example.org/news/1");
        assertEquals(key, ArticleIds.urlKey("https://example.org:443/news/1/#top"));
        assertNotEquals(key, ArticleIds.urlKey("https://example.org/news/2"));
        assertNull(ArticleIds.urlKey("  "));
    }

    @Test
    void publicationTimeAcceptsDatesAndDateTimes() {
        assertEquals(Instant.parse("2020-02-27T00:00:00Z"), PublicationTime.parse("2020-02-27"));
        assertEquals(Instant.parse("2020-02-27T08:15:30Z"), PublicationTime.parse("2020-02-27T10:15:30+02:00"));
        assertEquals(Instant.parse("2020-02-27T10:15:30Z"), PublicationTime.parse("2020-02-27T10:15:30"));
        assertEquals(Instant.parse("2020-02-27T10:15:30Z"), PublicationTime.parse("Thu, 27 Feb 2020 10:15:30 GMT"));
        assertNull(PublicationTime.parse(" "));
        assertThrows(InvalidArticleException.class, () -> PublicationTime.parse("last Tuesday"));
    }

    @Test
    void preparerRefusesBlankTextAndKeepsMetadata() {
        assertThrows(InvalidArticleException.class,
                () -> ArticlePreparer.prepare(new ArticleInput("t", null, null, null, " \u200B\n "), "live", Instant.EPOCH));
        PreparedArticle p = ArticlePreparer.prepare(
                new ArticleInput(" Title\n here ", " https://x.org/a ", "Src", Instant.EPOCH, "Body  text."), "live", Instant.EPOCH);
        assertEquals("Title here", p.article().title());
        assertEquals("https://x.org/a", p.article().url());
        assertEquals("Body text.", p.article().text());
        assertEquals(ArticleIds.articleId("Body text."), p.article().id());
        assertEquals(ArticleIds.urlKey("https://x.org/a"), p.entry().urlKey());
    }
}
