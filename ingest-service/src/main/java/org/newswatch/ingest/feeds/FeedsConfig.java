package org.newswatch.ingest.feeds;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code newswatch.ingest.feeds.*}: which feeds, how often, and the limits of every poll. */
@ConfigMapping(prefix = "newswatch.ingest.feeds")
public interface FeedsConfig {

    /** Feeds added from configuration at start. */
    Optional<List<String>> urls();

    /** How often due feeds are looked for. */
    @WithDefault("1s")
    Duration tick();

    /** Connect and read time-out of one poll (the same default as a webhook's). */
    @WithDefault("10s")
    Duration timeout();

    /** The longest pause between polls of a failing feed. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Polls at once. */
    @WithDefault("2")
    int threads();

    /** A feed document larger than this fails the poll. */
    @WithDefault("5M")
    MemorySize maxBodySize();

    /**
     * CIDRs a feed may reach although they are special-purpose (loopback, private, ...); empty by default. For labs
     * and tests only: {@code 127.0.0.0/8}.
     */
    Optional<List<String>> allow();
}
