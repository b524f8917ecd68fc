package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.ingest.support.TopicRecords;

class HtmlAndBoilerplateTest {

    @Test
    void pageBecomesCleanTextWithMetadata() {
        ArticleInput input = HtmlArticles.parse(TopicRecords.resource("html/page.html"), null, null);
        assertEquals("22 Turkish Soldiers Killed in Syria's Idlib", input.title());
        assertEquals("https://news.example.org/a/22-turkish-soldiers", input.url());
        assertEquals("Example News", input.source());
        assertEquals(Instant.parse("2020-02-28T03:30:00Z"), input.publishedAt());

        String text = TextNormalizer.clean(input.text());
        assertTrue(text.startsWith("22 Turkish Soldiers Killed in Syria\u2019s Idlib\n\nAt least 22 Turkish soldiers were killed"), text);
        assertTrue(text.contains("Cavuşoğlu said."), "NFC: " + text);
        assertTrue(text.endsWith("42 Turkish security personnel have been killed in Idlib."), text);
        for (String junk : new String[] {"Accessibility", "Breaking", "Share on", "tracking", "color", "Advertisement",
                "Most read", "Copyright", "Subscribe", "Smoke over"}) {
            assertFalse(text.contains(junk), junk + " in: " + text);
        }
        assertTrue(text.contains("Turkish soldiers were killed in the northwestern Syrian province of Idlib after an airstrike on Thursday"),
                "inline white space collapsed: " + text);
    }

    @Test
    void nestingIsLimitedAtTheDepthBrowsersUse() {
        String page = "<html><body>%s<p>Five soldiers were killed.</p></body></html>";
        // html 1, body 2, the divs (left open), the p inside the last: 509 divs put the p at depth 512
        assertTrue(HtmlArticles.parse(page.formatted("<div>".repeat(HtmlDepth.MAX_DEPTH - 3)), null, null).text()
                .contains("Five soldiers were killed."));
        InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> HtmlArticles.parse(page.formatted("<div>".repeat(HtmlDepth.MAX_DEPTH - 2)), null, null));
        assertEquals("the HTML nests elements more than 512 deep", e.getMessage());
        // a million open spans (5 MB, the body limit): refused, without a stack overflow
        assertThrows(InvalidArticleException.class,
                () -> HtmlArticles.parse(page.formatted("<span>".repeat(1_000_000)), null, null));
    }

    @Test
    void knownFieldsWinOverThePage() {
        ArticleInput known = new ArticleInput("Feed title", "https://feed.example/1", "Feed", Instant.EPOCH, null);
        ArticleInput input = HtmlArticles.parse(TopicRecords.resource("html/page.html"), null, known);
        assertEquals("Feed title", input.title());
        assertEquals("https://feed.example/1", input.url());
        assertEquals("Feed", input.source());
        assertEquals(Instant.EPOCH, input.publishedAt());
    }

    @Test
    void pageWithoutMetadataFallsBackToTitleAndBody() {
        ArticleInput input = HtmlArticles.parse("<html><head><title>Plain</title></head><body><p>One.</p><p>Two.</p></body></html>",
                null, null);
        assertEquals("Plain", input.title());
        assertNull(input.publishedAt());
        assertEquals("One.\n\nTwo.", TextNormalizer.clean(input.text()));
        assertTrue(HtmlArticles.looksLikeHtml("  <!DOCTYPE html><html>"));
        assertFalse(HtmlArticles.looksLikeHtml(" date 2020-02-12 Turkey <b>said</b>"));
    }

    @Test
    void seed004LosesItsPageFurnitureButKeepsItsText() {
        String raw = SeedFormat.parse(TopicRecords.resource("seeds/004_8674de191b92f232.txt")).text();
        assertTrue(raw.startsWith("Accessibility links"));
        String text = TextNormalizer.clean(raw);
        assertTrue(text.startsWith("22 Turkish Soldiers Killed in Syria's Idlib\n\n"), text.substring(0, 60));
        assertTrue(text.contains("At least 22 Turkish soldiers were killed"));
    }

    @Test
    void onlyWholeFurnitureLinesAreDropped() {
        assertTrue(Boilerplate.isBoilerplate("  Breaking News "));
        assertTrue(Boilerplate.isBoilerplate("Share this article"));
        assertTrue(Boilerplate.isBoilerplate("Subscribe to our newsletter for daily updates"));
        assertFalse(Boilerplate.isBoilerplate("Breaking news from Idlib: 22 soldiers were killed."));
        assertFalse(Boilerplate.isBoilerplate("Officials said they would share intelligence with Ankara."));
    }
}
