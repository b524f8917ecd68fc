package org.newswatch.ingest.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the poller knows about one feed.
 *
 * @param etag           the last ETag, sent back as If-None-Match
 * @param lastModified   the last Last-Modified, sent back as If-Modified-Since
 * @param lastPolledAt   when it was last polled
 * @param lastResult     ok, not-modified or error
 * @param lastError      the last failure, while failing
 * @param failures       consecutive failures (the backoff grows with them)
 * @param nextPollAt     when it is polled next
 * @param published      articles published from it (not counting duplicates)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedStatus(String etag, String lastModified, Instant lastPolledAt, String lastResult, String lastError,
        int failures, Instant nextPollAt, long published) {

    public static final String OK = "ok";
    public static final String NOT_MODIFIED = "not-modified";
    public static final String ERROR = "error";

    public static FeedStatus initial(Instant now) {
        return new FeedStatus(null, null, null, null, null, 0, now, 0);
    }
}
