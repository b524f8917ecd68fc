package org.newswatch.ingest.feeds;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The feeds being polled and their status; thread-safe. A feed is polled by one thread at a time. */
public class FeedRegistry {

    /**
     * A feed and its status.
     *
     * @param feed   the feed
     * @param status what the poller knows about it
     */
    public record View(Feed feed, FeedStatus status) {
    }

    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();
    private final Set<String> polling = ConcurrentHashMap.newKeySet();

    /** Adds a feed, due at once; returns false (and keeps the existing one) when its URL is already there. */
    public boolean add(Feed feed, Instant now) {
        if (feeds.putIfAbsent(feed.id(), feed) != null) {
            return false;
        }
        statuses.put(feed.id(), FeedStatus.initial(now));
        return true;
    }

    public boolean remove(String id) {
        statuses.remove(id);
        return feeds.remove(id) != null;
    }

    public Optional<View> get(String id) {
        Feed feed = feeds.get(id);
        return feed == null ? Optional.empty() : Optional.of(new View(feed, statuses.get(id)));
    }

    public List<View> list() {
        return feeds.values().stream().sorted(Comparator.comparing(Feed::url))
                .map(f -> new View(f, statuses.get(f.id()))).toList();
    }

    /** Feeds due at {@code now} and not being polled; each returned feed is marked as being polled. */
    public List<View> takeDue(Instant now) {
        return list().stream()
                .filter(v -> v.status() != null && !v.status().nextPollAt().isAfter(now))
                .filter(v -> polling.add(v.feed().id()))
                .toList();
    }

    /** Records the result of a poll and releases the feed (ignored if it was removed meanwhile). */
    public void finished(String id, FeedStatus status) {
        if (feeds.containsKey(id)) {
            statuses.put(id, status);
        }
        polling.remove(id);
    }

    /** Makes a feed due now. */
    public boolean pollNow(String id, Instant now) {
        FeedStatus s = statuses.get(id);
        if (s == null) {
            return false;
        }
        statuses.put(id, new FeedStatus(s.etag(), s.lastModified(), s.lastPolledAt(), s.lastResult(), s.lastError(),
                s.failures(), now, s.published()));
        return true;
    }
}
