package org.newswatch.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.InvalidArticleException;

class FeedPollerTest {

    @Test
    void backoffDoublesUpToTheMaximum() {
        Duration interval = Duration.ofSeconds(60);
        Duration max = Duration.ofMinutes(30);
        assertEquals(interval, FeedPoller.backoff(interval, 0, max));
        assertEquals(Duration.ofSeconds(120), FeedPoller.backoff(interval, 1, max));
        assertEquals(Duration.ofSeconds(480), FeedPoller.backoff(interval, 3, max));
        assertEquals(max, FeedPoller.backoff(interval, 10, max));
        assertEquals(max, FeedPoller.backoff(interval, 500, max));
    }

    @Test
    void rssEntriesBecomeArticles() {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title> Wire </title><link>http://x/</link>"
                + "<description>d</description><item><title>T</title><link>http://x/1</link>"
                + "<pubDate>Thu, 27 Feb 2020 10:00:00 GMT</pubDate><description>&lt;b&gt;Bold&lt;/b&gt; news.</description></item>"
                + "<item><title>Headline only</title><link>http://x/2</link></item></channel></rss>";
        List<ArticleInput> entries = FeedEntries.parse(rss.getBytes(StandardCharsets.UTF_8), "fallback");
        assertEquals(2, entries.size());
        assertEquals(new ArticleInput("T", "http://x/1", "Wire", Instant.parse("2020-02-27T10:00:00Z"), "Bold news."),
                new ArticleInput(entries.get(0).title(), entries.get(0).url(), entries.get(0).source(), entries.get(0).publishedAt(),
                        entries.get(0).text().strip()));
        assertEquals("Headline only", entries.get(1).text());
    }

    @Test
    void anEntryNestedTooDeeplyKeepsItsHeadlineAndTheOthersTheirText() {
        String deep = "&lt;div&gt;".repeat(1000) + "Deep text.";
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>http://x/</link>"
                + "<description>d</description><item><title>Deep one</title><link>http://x/1</link><description>" + deep
                + "</description></item><item><title>T</title><link>http://x/2</link><description>Plain news.</description>"
                + "</item></channel></rss>";
        List<ArticleInput> entries = FeedEntries.parse(rss.getBytes(StandardCharsets.UTF_8), "fallback");
        assertEquals(List.of("Deep one", "Plain news."), entries.stream().map(e -> e.text().strip()).toList());
    }

    @Test
    void garbageAndDoctypesAreRefused() {
        assertThrows(InvalidArticleException.class, () -> FeedEntries.parse("not xml".getBytes(StandardCharsets.UTF_8), "x"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThrows(InvalidArticleException.class, () -> FeedEntries.parse(xxe.getBytes(StandardCharsets.UTF_8), "x"));
    }
}
