package org.newswatch.ingest.feeds;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.Record;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.Ingestor;
import org.newswatch.ingest.messaging.TopicReader;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundPolicy;

/**
 * Polls the registered feeds: a tick every {@code newswatch.ingest.feeds.tick} hands due feeds to a small pool, so a
 * slow or failing feed never holds up the others. The feed list is kept on the compacted topic {@link #TOPIC}
 * (key = feed id, tombstone on delete) and read back at startup; {@code newswatch.ingest.feeds.urls} adds feeds
 * from configuration.
 */
@ApplicationScoped
public class FeedScheduler {

    /** Compacted topic owned by ingest-service: the feed list. */
    public static final String TOPIC = "ingest-feeds";
    private static final Logger LOG = Logger.getLogger(FeedScheduler.class);

    @Inject
    Ingestor ingestor;

    @Inject
    @Channel(TOPIC)
    Emitter<Record<String, String>> emitter;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Inject
    FeedsConfig config;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "newswatch.ingest.startup-timeout", defaultValue = "5s")
    Duration startupTimeout;

    private final FeedRegistry registry = new FeedRegistry();
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService ticker;
    private ExecutorService pollers;
    private FeedPoller poller;
    private OutboundHttp http;
    private volatile boolean stopping;

    void onStart(@Observes StartupEvent event) {
        http = new OutboundHttp(vertx, policy(), 1);
        poller = new FeedPoller(http, ingestor, clock, config.timeout(), config.maxBackoff(), config.maxBodySize().asLongValue());
        if (!loadFeeds(startupTimeout)) {
            Thread retry = new Thread(this::loadFeedsWithRetry, "ingest-feeds-loader");
            retry.setDaemon(true);
            retry.start();
        }
        config.urls().orElse(List.of()).stream().filter(u -> !u.isBlank())
                .forEach(u -> registry.add(Feed.of(u, null, null), clock.instant()));
        pollers = Executors.newFixedThreadPool(Math.max(1, config.threads()), r -> daemon(r, "ingest-feed-poller"));
        ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ingest-feed-ticker"));
        ticker.scheduleWithFixedDelay(this::pollDue, config.tick().toMillis(), config.tick().toMillis(), TimeUnit.MILLISECONDS);
    }

    private boolean loadFeeds(Duration timeout) {
        try {
            TopicReader.ensureCompacted(bootstrapServers, TOPIC, timeout);
            TopicReader.read(bootstrapServers, TOPIC, Long.MAX_VALUE, timeout, rec -> {
                if (rec.value() == null) {
                    registry.remove(rec.key());
                    return;
                }
                try {
                    registry.add(Json.read(rec.value(), Feed.class), clock.instant());
                } catch (InvalidRecordException e) {
                    LOG.warnf("skipping unreadable feed record %s: %s", rec.key(), e.getMessage());
                }
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("feed list not read back from %s yet: %s", TOPIC, e.getMessage());
            return false;
        }
    }

    private void loadFeedsWithRetry() {
        long backoffMs = 1000;
        while (!stopping) {
            try {
                TimeUnit.MILLISECONDS.sleep(backoffMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (loadFeeds(Duration.ofSeconds(30))) {
                return;
            }
            backoffMs = Math.min(backoffMs * 2, 30_000);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        if (ticker != null) {
            ticker.shutdownNow();
            pollers.shutdownNow();
        }
        if (http != null) {
            http.close();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void pollDue() {
        if (!ingestor.memory().loaded()) {
            return;
        }
        for (FeedRegistry.View due : registry.takeDue(clock.instant())) {
            pollers.submit(() -> {
                FeedStatus next = due.status();
                try {
                    next = poller.poll(due.feed(), due.status());
                } finally {
                    registry.finished(due.feed().id(), next);
                }
            });
        }
    }

    /** The outbound address policy feeds are polled under ({@code newswatch.ingest.feeds.allow}). */
    public OutboundPolicy policy() {
        return new OutboundPolicy(config.allow().orElse(List.of()), OutboundPolicy.Resolver.SYSTEM);
    }

    public FeedRegistry registry() {
        return registry;
    }

    /** Adds a feed and records it on the feed topic; false when it was there already. */
    public CompletionStage<Boolean> add(Feed feed) {
        boolean added = registry.add(feed, clock.instant());
        return emitter.send(Record.of(feed.id(), Json.write(feed))).thenApply(ok -> added);
    }

    /** Removes a feed and writes its tombstone; false when there was no such feed. */
    public CompletionStage<Boolean> remove(String id) {
        boolean removed = registry.remove(id);
        return emitter.send(Record.of(id, (String) null)).thenApply(ok -> removed);
    }

    public boolean pollNow(String id) {
        return registry.pollNow(id, clock.instant());
    }
}
