package org.newswatch.alert.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code alert.delivery.*}: the delivery channels' dispatchers (webhook, email, chat). */
@ConfigMapping(prefix = "alert.delivery")
public interface DeliveryConfig {

    /** How many receivers a channel delivers to at once (the records of one receiver stay in order). */
    @WithDefault("8")
    int parallelism();

    /** Readiness is DOWN while a channel has been failing this long (env {@code ALERT_DELIVERY_STUCK_AFTER}). */
    @WithDefault("PT60S")
    Duration stuckAfter();

    /**
     * How long a channel's offset commit may wait for the broker before it fails and the channel reopens its consumer
     * (env {@code ALERT_DELIVERY_COMMIT_TIMEOUT}); Kafka's own default API time-out.
     */
    @WithDefault("PT60S")
    Duration commitTimeout();
}
