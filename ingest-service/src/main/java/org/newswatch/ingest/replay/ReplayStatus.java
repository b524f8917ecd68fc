package org.newswatch.ingest.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Progress of one replay, as {@code GET /replays/{id}} shows it.
 *
 * @param id          the replay id
 * @param state       running, completed, failed or cancelled
 * @param topic       where it publishes
 * @param total       articles selected for publishing (after the date filter)
 * @param published   published and acknowledged so far
 * @param duplicates  exact duplicates within the archive, not published
 * @param filtered    articles outside from/to
 * @param errors      unreadable files or items
 * @param errorSamples the first few error messages
 * @param startedAt   when it started
 * @param finishedAt  when it ended
 * @param ratePerSecond articles per second so far
 * @param etaSeconds  estimated seconds left, while running
 * @param namespace   the namespace replayed into, if any
 * @param pipeline    with a namespace: how far the services have processed it and, when done, its alerts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplayStatus(String id, String state, String topic, int total, int published, int duplicates, int filtered,
        int errors, List<String> errorSamples, Instant startedAt, Instant finishedAt, Double ratePerSecond, Long etaSeconds,
        String namespace, NamespaceProgress pipeline) {

    /** This status with the namespace's pipeline progress. */
    public ReplayStatus with(NamespaceProgress progress) {
        return new ReplayStatus(id, state, topic, total, published, duplicates, filtered, errors, errorSamples, startedAt,
                finishedAt, ratePerSecond, etaSeconds, namespace, progress);
    }

    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";
}
