package org.newswatch.alert.domain;

import java.time.Instant;
import org.newswatch.contracts.Alert;

/** Copies of an {@link Alert} with one aspect changed. */
public final class Alerts {

    private Alerts() {
    }

    public static Alert muted(Alert a, String silenceId) {
        return new Alert(a.schemaVersion(), a.alertId(), a.subscriptionId(), a.subscriptionName(), a.rule(),
                a.summary(), a.eventType(), a.victim(), a.actor(), a.count(), a.qualifier(), a.location(), a.place(),
                a.date(), a.evidence(), a.articles(), a.eventIds(), a.corroboration(), a.eventTime(), a.firedAt(),
                a.status(), a.previousCount(), Boolean.TRUE, silenceId, a.acknowledgedBy(), a.acknowledgedAt(),
                a.baseline(), a.joined());
    }

    public static Alert acknowledged(Alert a, String by, Instant at) {
        return new Alert(a.schemaVersion(), a.alertId(), a.subscriptionId(), a.subscriptionName(), a.rule(),
                a.summary(), a.eventType(), a.victim(), a.actor(), a.count(), a.qualifier(), a.location(), a.place(),
                a.date(), a.evidence(), a.articles(), a.eventIds(), a.corroboration(), a.eventTime(), a.firedAt(),
                a.status(), a.previousCount(), a.muted(), a.silenceId(), by, at, a.baseline(), a.joined());
    }
}
