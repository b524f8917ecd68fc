package org.newswatch.ingest.feeds;

import java.net.URI;
import java.util.Locale;
import org.newswatch.ingest.domain.ArticleIds;
import org.newswatch.ingest.domain.InvalidArticleException;

/**
 * One RSS or Atom feed to poll.
 *
 * @param id              derived from the URL (the same URL is the same feed)
 * @param url             http(s) URL of the feed
 * @param name            a human name; used as the articles' source when the feed has no title
 * @param intervalSeconds seconds between polls when all is well
 */
public record Feed(String id, String url, String name, long intervalSeconds) {

    public static final long DEFAULT_INTERVAL_SECONDS = 300;
    public static final long MIN_INTERVAL_SECONDS = 1;

    /** Validates a request: an absolute http(s) URL, an interval of at least one second. */
    public static Feed of(String url, String name, Long intervalSeconds) {
        if (url == null || url.isBlank()) {
            throw new InvalidArticleException("url is required");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidArticleException("feed url must be an absolute http or https URL: " + url);
        }
        long interval = intervalSeconds == null ? DEFAULT_INTERVAL_SECONDS : intervalSeconds;
        if (interval < MIN_INTERVAL_SECONDS) {
            throw new InvalidArticleException("intervalSeconds must be at least " + MIN_INTERVAL_SECONDS);
        }
        String canonical = uri.toString();
        return new Feed(ArticleIds.sha256Hex(canonical).substring(0, 16), canonical,
                name == null || name.isBlank() ? uri.getHost() : name.strip(), interval);
    }
}
