package org.newswatch.ingest.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.newswatch.contracts.Article;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.IngestResult;
import org.newswatch.ingest.domain.Ingestor;

/**
 * Polls one feed: a conditional GET (If-None-Match / If-Modified-Since from the last answer), 304 is nothing new,
 * 200 is parsed and every entry ingested (the dedup memory drops entries seen before) and the validators are kept
 * only once all were acknowledged. Any failure (network, timeout, HTTP error, garbage) is counted and the next poll
 * backs off exponentially, up to a maximum.
 */
public class FeedPoller {

    private static final System.Logger LOG = System.getLogger(FeedPoller.class.getName());

    private final HttpClient http;
    private final Ingestor ingestor;
    private final Clock clock;
    private final Duration timeout;
    private final Duration maxBackoff;

    public FeedPoller(HttpClient http, Ingestor ingestor, Clock clock, Duration timeout, Duration maxBackoff) {
        this.http = http;
        this.ingestor = ingestor;
        this.clock = clock;
        this.timeout = timeout;
        this.maxBackoff = maxBackoff;
    }

    /** The delay before the next poll after {@code failures} consecutive failures (0: the feed's interval). */
    public static Duration backoff(Duration interval, int failures, Duration max) {
        if (failures <= 0) {
            return interval;
        }
        long factor = 1L << Math.min(failures, 20);
        Duration d = interval.multipliedBy(factor);
        return d.compareTo(max) > 0 ? (interval.compareTo(max) > 0 ? interval : max) : d;
    }

    /** Polls once and returns the feed's new status. */
    public FeedStatus poll(Feed feed, FeedStatus status) {
        Instant now = clock.instant();
        Duration interval = Duration.ofSeconds(feed.intervalSeconds());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(feed.url())).timeout(timeout).GET()
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1")
                    .header("User-Agent", "newswatch-ingest/1.0");
            if (status.etag() != null) {
                request.header("If-None-Match", status.etag());
            }
            if (status.lastModified() != null) {
                request.header("If-Modified-Since", status.lastModified());
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 304) {
                return new FeedStatus(status.etag(), status.lastModified(), now, FeedStatus.NOT_MODIFIED, null, 0,
                        now.plus(interval), status.published());
            }
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            List<ArticleInput> entries = FeedEntries.parse(response.body(), feed.name());
            List<CompletableFuture<IngestResult>> acks = new ArrayList<>();
            for (ArticleInput entry : entries) {
                acks.add(ingestor.ingest(entry, Article.LIVE).toCompletableFuture());
            }
            CompletableFuture.allOf(acks.toArray(new CompletableFuture[0])).get(timeout.multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS);
            long published = acks.stream().map(CompletableFuture::join).filter(r -> !r.duplicate()).count();
            return new FeedStatus(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), now, FeedStatus.OK, null, 0,
                    now.plus(interval), status.published() + published);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(feed, status, now, interval, e);
        } catch (Exception e) {
            return failed(feed, status, now, interval, e);
        }
    }

    private FeedStatus failed(Feed feed, FeedStatus status, Instant now, Duration interval, Exception e) {
        int failures = status.failures() + 1;
        Duration delay = backoff(interval, failures, maxBackoff);
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        LOG.log(System.Logger.Level.WARNING, "feed " + feed.url() + " failed (" + failures + " in a row), next try in "
                + delay + ": " + reason);
        // keep the validators only if they still describe what we published; a failure after a 200 drops them
        return new FeedStatus(status.etag(), status.lastModified(), now, FeedStatus.ERROR, reason, failures, now.plus(delay),
                status.published());
    }
}
