package org.newswatch.ingest.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.HtmlArticles;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.TextNormalizer;

/**
 * RSS and Atom documents to articles with Rome: title, link, publication (else update) date, the feed's title as
 * source, and the entry's content (else description) as text, HTML stripped with jsoup. DOCTYPEs are refused.
 */
public final class FeedEntries {

    private FeedEntries() {
    }

    public static List<ArticleInput> parse(byte[] document, String fallbackSource) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(document)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InvalidArticleException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        String source = feed.getTitle() == null || feed.getTitle().isBlank() ? fallbackSource : feed.getTitle().strip();
        List<ArticleInput> articles = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String html = content(entry);
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String text = html == null ? null : entryText(html);
            if (TextNormalizer.isBlank(text)) {
                text = entry.getTitle(); // a headline-only entry is still news
            }
            if (TextNormalizer.isBlank(text)) {
                continue;
            }
            articles.add(new ArticleInput(entry.getTitle(), entry.getLink() != null ? entry.getLink() : entry.getUri(), source,
                    date == null ? null : date.toInstant(), text));
        }
        return articles;
    }

    /** The entry's HTML as text; null when it cannot be read (nested too deep): the entry keeps its headline. */
    private static String entryText(String html) {
        try {
            return HtmlArticles.parse("<html><body>" + html + "</body></html>", null, null).text();
        } catch (InvalidArticleException e) {
            return null;
        }
    }

    private static String content(SyndEntry entry) {
        StringBuilder out = new StringBuilder();
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null) {
                out.append(c.getValue()).append('\n');
            }
        }
        if (out.toString().isBlank() && entry.getDescription() != null) {
            out.append(entry.getDescription().getValue());
        }
        return out.toString().isBlank() ? null : out.toString();
    }
}
