package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newswatch.ingest.support.TopicRecords;

/** The main-text extractor on test pages written for it, one for each class of boilerplate it handles. */
class MainTextTest {

    static Stream<String> boilerplatePages() throws IOException, URISyntaxException {
        Path dir = Path.of(MainTextTest.class.getClassLoader().getResource("html/boilerplate").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList().stream();
        }
    }

    /**
     * Each page of {@code html/boilerplate/} holds fragments of one boilerplate class, set before and after the text
     * of {@code html/article-template.html}; the template's {@code test:keep} sentences must be in the extracted
     * text, the page's {@code test:drop} ones must not.
     */
    @ParameterizedTest
    @MethodSource("boilerplatePages")
    void boilerplateClassIsDroppedAndTheArticleKept(String page) {
        String template = TopicRecords.resource("html/article-template.html");
        Document fragments = Jsoup.parse(TopicRecords.resource("html/boilerplate/" + page));
        String html = template.replace("<!--BEFORE-->", fragments.selectFirst("template#before").html())
                .replace("<!--AFTER-->", fragments.selectFirst("template#after").html());
        String text = TextNormalizer.clean(HtmlArticles.parse(html, null, null).text());
        List<Element> keep = Jsoup.parse(template).select("meta[name=test:keep]");
        List<Element> drop = fragments.select("meta[name=test:drop]");
        assertFalse(keep.isEmpty() || drop.isEmpty(), page + " states its expectations");
        for (Element k : keep) {
            assertTrue(text.contains(k.attr("content")), page + ": missing '" + k.attr("content") + "' in:\n" + text);
        }
        for (Element d : drop) {
            assertFalse(text.contains(d.attr("content")), page + ": kept '" + d.attr("content") + "' in:\n" + text);
        }
    }

    @Test
    void leadBeforeTheBodyAndABodySplitBetweenAdsAreKeptAndACookieDialogIsNot() {
        String text = HtmlArticles.parse(TopicRecords.resource("html/structure-lead-and-split.html"), null, null).text();
        assertTrue(text.startsWith("Die Gemeinde Altmoor bekommt im Frühjahr"), text);
        for (String part : new String[] {"Die alte Fähre, seit 1987", "Der Kreis übernimmt", "Die Werft in Kessin"}) {
            assertTrue(text.contains(part), part + " in: " + text);
        }
        assertFalse(text.contains("Cookies"), text);
        assertFalse(text.contains("Anzeige"), text);
    }

    @Test
    void jsonLdGivesTheBodyWhenThePageRendersItWithAScriptAndTheMetadata() {
        HtmlArticles.Page page = HtmlArticles.read(TopicRecords.resource("html/jsonld-body.html"), null, null);
        ArticleInput input = page.input();
        assertTrue(input.text().startsWith("A loading crane collapsed onto an empty container ship"), input.text());
        assertEquals("Harbour crane collapses at Port Telford", input.title());
        assertEquals("https://gazette.example/news/harbour-crane", input.url());
        assertEquals("Port Telford Gazette", input.source());
        assertEquals(Instant.parse("2024-03-01T17:30:00Z"), input.publishedAt());
        assertEquals(Instant.parse("2024-03-02T10:15:00Z"), input.modifiedAt());
        assertEquals("Sam Okafor, Lea Brandt", input.author());
        assertEquals("en-GB", input.language());
    }

    @Test
    void metadataFallsBackToOpenGraphArticleTagsAndTime() {
        String html = """
                <html lang="fr"><head><title>Site | Le titre</title>
                <meta property="og:title" content="Le titre">
                <meta name="author" content="Claire Martin">
                <meta property="og:url" content="https://exemple.fr/a/1">
                </head><body><article><h1>Le titre</h1><time datetime="2023-05-04T08:00:00+02:00">4 mai</time>
                <p>Un texte assez long pour être un article, avec une phrase, puis une autre phrase encore.</p></article>
                </body></html>""";
        ArticleInput input = HtmlArticles.parse(html, null, null);
        assertEquals("Le titre", input.title());
        assertEquals("https://exemple.fr/a/1", input.url());
        assertEquals(Instant.parse("2023-05-04T06:00:00Z"), input.publishedAt());
        assertEquals("Claire Martin", input.author());
        assertEquals("fr", input.language());
        assertNull(input.modifiedAt());
    }

    @Test
    void paragraphsRightUnderTheBodyAsInAFeedEntry() {
        String text = HtmlArticles.parse("<html><body><p>The ferry to the north shore, in service since 1987, stops in March.</p>"
                + "<p>A new electric ferry, built at Kessin, takes over in spring.</p></body></html>", null, null).text();
        assertEquals("The ferry to the north shore, in service since 1987, stops in March.\n\n"
                + "A new electric ferry, built at Kessin, takes over in spring.", text);
    }

    @Test
    void furnitureLinesComeFromTheDataFile() {
        assertTrue(MainText.isFurniture("Read more: Ten years after the flood"));
        assertTrue(MainText.isFurniture("Lesen Sie auch: Hochwasser im Tal"));
        assertTrue(MainText.isFurniture("Foto: dpa"));
        assertTrue(MainText.isFurniture("Von Anna Schmidt und Peter Lang"));
        assertTrue(MainText.isFurniture("Crédits photos : Agence"));
        assertFalse(MainText.isFurniture("Read the full report, the minister said, before Friday's vote in parliament."));
        assertFalse(MainText.isFurniture("Von den 400 Bewohnern kehrten am Abend nur wenige zurück."));
    }

    @Test
    void headingsThatHeadNothingAndTrailingLabelsGo() {
        String text = MainText.filterLines("\n\n\u00012Storm\n\nThe storm closed the road.\n\n\u00012Related\n\n"
                + "\u00012Videos\n\nTags");
        assertEquals("Storm\n\nThe storm closed the road.", text);
    }
}
