package org.newswatch.ingest.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.newswatch.contracts.Article;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.IngestResult;
import org.newswatch.ingest.domain.Ingestor;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.security.outbound.OutboundException;
import org.newswatch.security.outbound.OutboundHttp;

/**
 * Polls one feed: a conditional GET (If-None-Match / If-Modified-Since from the last answer), 304 is nothing new,
 * 200 is parsed and every entry ingested (the dedup memory drops entries seen before) and the validators are kept
 * only once all were acknowledged. Any failure (network, timeout, HTTP error, garbage) is counted and the next poll
 * backs off exponentially, up to a maximum. Requests go through {@link OutboundHttp}: the host is resolved and
 * checked against the outbound address policy at every poll, no redirect is followed, the document is read up to
 * {@code maxBodyBytes}, and the error kept in the status names no address or port.
 */
public class FeedPoller {

    private static final System.Logger LOG = System.getLogger(FeedPoller.class.getName());

    private final OutboundHttp http;
    private final Ingestor ingestor;
    private final Clock clock;
    private final Duration timeout;
    private final Duration maxBackoff;
    private final long maxBodyBytes;

    public FeedPoller(OutboundHttp http, Ingestor ingestor, Clock clock, Duration timeout, Duration maxBackoff,
            long maxBodyBytes) {
        this.http = http;
        this.ingestor = ingestor;
        this.clock = clock;
        this.timeout = timeout;
        this.maxBackoff = maxBackoff;
        this.maxBodyBytes = maxBodyBytes;
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
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
            headers.put("User-Agent", "newswatch-ingest/1.0");
            if (status.etag() != null) {
                headers.put("If-None-Match", status.etag());
            }
            if (status.lastModified() != null) {
                headers.put("If-Modified-Since", status.lastModified());
            }
            OutboundHttp.Response response = http.send(OutboundHttp.Request.get(feed.url(), headers, timeout, maxBodyBytes));
            if (response.status() == 304) {
                return new FeedStatus(status.etag(), status.lastModified(), now, FeedStatus.NOT_MODIFIED, null, 0,
                        now.plus(interval), status.published());
            }
            if (response.status() / 100 == 3) {
                throw new OutboundException("HTTP " + response.status() + ": redirects are not followed; register the target URL");
            }
            if (response.status() / 100 != 2) {
                throw new OutboundException("HTTP " + response.status());
            }
            List<ArticleInput> entries = FeedEntries.parse(response.body(), feed.name());
            List<CompletableFuture<IngestResult>> acks = new ArrayList<>();
            for (ArticleInput entry : entries) {
                acks.add(ingestor.ingest(entry, Article.LIVE).toCompletableFuture());
            }
            CompletableFuture.allOf(acks.toArray(new CompletableFuture[0])).get(timeout.multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS);
            long published = acks.stream().map(CompletableFuture::join).filter(r -> !r.duplicate()).count();
            return new FeedStatus(response.header("ETag").orElse(null), response.header("Last-Modified").orElse(null), now, FeedStatus.OK, null, 0,
                    now.plus(interval), status.published() + published);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(feed, status, now, interval, e);
        } catch (Exception e) {
            return failed(feed, status, now, interval, e);
        }
    }

    /** What {@code GET /feeds} shows of a failure: our own messages only, never the network stack's. */
    static String reason(Exception e) {
        if (e instanceof OutboundException || e instanceof InvalidArticleException) {
            return e.getMessage();
        }
        if (e instanceof java.util.concurrent.TimeoutException) {
            return "publishing the entries timed out";
        }
        return "poll failed (" + e.getClass().getSimpleName() + ")";
    }

    private FeedStatus failed(Feed feed, FeedStatus status, Instant now, Duration interval, Exception e) {
        int failures = status.failures() + 1;
        String reason = reason(e);
        Duration delay = backoff(interval, failures, maxBackoff);
        LOG.log(System.Logger.Level.WARNING, "feed " + feed.id() + " failed (" + failures + " in a row), next try in "
                + delay + ": " + reason);
        // keep the validators only if they still describe what we published; a failure after a 200 drops them
        return new FeedStatus(status.etag(), status.lastModified(), now, FeedStatus.ERROR, reason, failures, now.plus(delay),
                status.published());
    }
}
