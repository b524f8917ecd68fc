package org.newswatch.alert.notify;

import io.micrometer.core.instrument.MeterRegistry;

/** {@code newswatch_deliveries_total{channel, outcome}}: ok, retried (each retry), dead-lettered. */
public final class DeliveryMetrics {

    public static final String OK = "ok";
    public static final String RETRIED = "retried";
    public static final String DEAD_LETTERED = "dead-lettered";

    private DeliveryMetrics() {
    }

    public static void count(MeterRegistry registry, String channel, String outcome) {
        registry.counter("newswatch.deliveries", "channel", channel, "outcome", outcome).increment();
    }
}
