package org.newswatch.alert.domain;

import java.time.Instant;

/** Who acknowledged an alert, and when. */
public record Ack(String alertId, String by, String comment, Instant at) {
}
