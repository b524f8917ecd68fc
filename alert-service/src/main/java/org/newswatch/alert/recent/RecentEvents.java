package org.newswatch.alert.recent;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;

/**
 * The recent events, for the event explorer ({@code GET /events}) and the rule preview ({@code POST
 * /subscriptions/preview}): every instance reads the {@code events} topic from its beginning in a consumer group of its
 * own (no committed offsets: a restart rebuilds it, as {@code AlertHistory} does with alerts) and keeps the last {@code
 * alert.recent.max-events} events whose event time lies within {@code alert.recent.days} of the newest event time seen
 * (event time, not the wall clock, so a replayed archive is "recent"). A bounded in-memory list rather than a Kafka
 * Streams store: the queries scan and filter every recent event (no key to look up), each instance needs all partitions
 * (a Streams store holds only its tasks' partitions), and the alert topology, which others change, stays as it is.
 */
@ApplicationScoped
public class RecentEvents {

    private static final Logger LOG = Logger.getLogger(RecentEvents.class);

    /** One event with its record's event time and position. */
    public record Recent(ExtractedEvent event, long timestamp, int partition, long offset) {
    }

    @ConfigProperty(name = "alert.recent.max-events", defaultValue = "20000")
    int maxEvents;
    @ConfigProperty(name = "alert.recent.days", defaultValue = "30")
    int days;

    private final ArrayDeque<Recent> events = new ArrayDeque<>();
    private long newest = Long.MIN_VALUE;

    @Incoming(Topics.EVENTS)
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return;
        }
        try {
            add(new Recent(Json.read(record.value(), ExtractedEvent.class), record.timestamp(), record.partition(),
                    record.offset()));
        } catch (InvalidRecordException e) {
            LOG.debugf("recent events: skipping an unreadable record at %d@%d", record.partition(), record.offset());
        }
    }

    /** Keeps one event, dropping the oldest beyond the bounds. */
    public void add(Recent r) {
        synchronized (events) {
            events.addLast(r);
            newest = Math.max(newest, r.timestamp());
            long horizon = horizon();
            while (!events.isEmpty() && (events.size() > maxEvents || events.peekFirst().timestamp() < horizon)) {
                events.removeFirst();
            }
        }
    }

    private long horizon() {
        return newest == Long.MIN_VALUE ? Long.MIN_VALUE : newest - Duration.ofDays(days).toMillis();
    }

    /**
     * The recent events passing the filter whose event time lies within {@code lastDays} of the newest (all kept
     * when null), in event-time order (then partition and offset).
     */
    public List<Recent> query(Predicate<Recent> filter, Integer lastDays) {
        List<Recent> out = new ArrayList<>();
        synchronized (events) {
            long from = lastDays == null || newest == Long.MIN_VALUE ? Long.MIN_VALUE
                    : newest - Duration.ofDays(lastDays).toMillis();
            for (Recent r : events) {
                if (r.timestamp() >= from && filter.test(r)) {
                    out.add(r);
                }
            }
        }
        out.sort(Comparator.comparingLong(Recent::timestamp).thenComparingInt(Recent::partition)
                .thenComparingLong(Recent::offset));
        return out;
    }

    /** How many days back a preview may look at most. */
    public int days() {
        return days;
    }
}
