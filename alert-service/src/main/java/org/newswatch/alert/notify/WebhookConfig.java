package org.newswatch.alert.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code alert.webhook.*}: the webhook channel. */
@ConfigMapping(prefix = "alert.webhook")
public interface WebhookConfig {

    @WithDefault("true")
    boolean enabled();

    /**
     * How long a subscription's previous webhook secret still signs after {@code POST /subscriptions/{id}/secret/rotate}
     * (env {@code ALERT_WEBHOOK_SECRET_OVERLAP}).
     */
    @WithDefault("PT24H")
    Duration secretOverlap();

    /**
     * CIDRs a webhook may reach although they are special-purpose (loopback, private, ...); empty by default. For labs
     * and tests only: {@code 127.0.0.0/8}. Env {@code ALERT_WEBHOOK_ALLOW}.
     */
    Optional<List<String>> allow();

    @WithDefault("5")
    int maxAttempts();

    @WithDefault("PT0.5S")
    Duration backoff();

    @WithDefault("PT30S")
    Duration maxBackoff();

    /** The longest pause a receiver's {@code Retry-After} (on 429 or 503) obtains before the next attempt. */
    @WithDefault("PT5M")
    Duration maxRetryAfter();

    /** Connect and read time-out of one attempt, unless the webhook sets its own {@code timeoutMs}. */
    @WithDefault("PT10S")
    Duration timeout();

    /** How much of a receiver's answer is read at most (the rest is not awaited). */
    @WithDefault("65536")
    long maxResponseBytes();
}
