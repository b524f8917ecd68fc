package org.newswatch.alert.notify;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of a channel's consumer may be committed while deliveries run in lanes of their own: per partition,
 * the records whose deliveries have not all ended; the committable offset is the lowest of them (or, with none
 * pending, the one after the last record seen), so a commit never skips an undelivered record however the lanes
 * finish. Thread-safe: the dispatcher tracks, the lanes report.
 */
final class OffsetTracker {

    private static final class Partition {
        final TreeMap<Long, Integer> pending = new TreeMap<>();
        long next = -1;
        long committed = -1;
    }

    private final Map<TopicPartition, Partition> partitions = new HashMap<>();
    private int inFlight;

    /** A record polled with {@code deliveries} deliveries to make (0: nothing to deliver, done at once). */
    synchronized void track(TopicPartition tp, long offset, int deliveries) {
        Partition p = partitions.computeIfAbsent(tp, k -> new Partition());
        p.next = Math.max(p.next, offset + 1);
        if (deliveries > 0) {
            p.pending.merge(offset, deliveries, Integer::sum);
            inFlight += deliveries;
        }
    }

    /** One delivery of the record ended (delivered or dead-lettered). */
    synchronized void done(TopicPartition tp, long offset) {
        Partition p = partitions.get(tp);
        if (p == null || !p.pending.containsKey(offset)) {
            return; // forgotten meanwhile (the partition was revoked)
        }
        inFlight--;
        p.pending.computeIfPresent(offset, (k, left) -> left == 1 ? null : left - 1);
    }

    /** The offsets to commit now: per partition whose committable offset moved since the last call. */
    synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        partitions.forEach((tp, p) -> {
            long offset = p.pending.isEmpty() ? p.next : p.pending.firstKey();
            if (offset > p.committed && offset >= 0) {
                out.put(tp, new OffsetAndMetadata(offset));
            }
        });
        return out;
    }

    /** The commit of these offsets went through. */
    synchronized void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((tp, o) -> {
            Partition p = partitions.get(tp);
            if (p != null) {
                p.committed = Math.max(p.committed, o.offset());
            }
        });
    }

    /** Stops tracking partitions this consumer lost; their late deliveries are ignored. */
    synchronized void forget(Collection<TopicPartition> lost) {
        for (TopicPartition tp : lost) {
            Partition p = partitions.remove(tp);
            if (p != null) {
                inFlight -= p.pending.values().stream().mapToInt(Integer::intValue).sum();
            }
        }
    }

    /** Deliveries not ended yet. */
    synchronized int inFlight() {
        return inFlight;
    }
}
