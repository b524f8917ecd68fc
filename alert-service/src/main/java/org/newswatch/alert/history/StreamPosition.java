package org.newswatch.alert.history;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SSE id of a record of the alerts topic: for every partition delivered up to and including that record, the
 * offset of its last record, as {@code <partition>-<offset>} pairs joined by dots ({@code 0-42.1-17.2-5}). A client
 * that reconnects with it missed exactly the later records of each partition, and every record of a partition its id
 * does not name. The id of a one-partition topic is the single pair ({@code 0-42}), as before.
 */
final class StreamPosition {

    static final String FORMAT = "Last-Event-ID must be an event id of this stream, <partition>-<offset> pairs"
            + " joined by dots";

    private StreamPosition() {
    }

    /** The id of the position: partitions in ascending order. */
    static String encode(Map<Integer, Long> offsets) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<Integer, Long> e : new TreeMap<>(offsets).entrySet()) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(e.getKey()).append('-').append(e.getValue());
        }
        return b.toString();
    }

    /** The offsets an id names, by partition. */
    static Map<Integer, Long> parse(String id) {
        Map<Integer, Long> out = new TreeMap<>();
        if (id == null || id.isEmpty() || id.length() > 4096) {
            throw new IllegalArgumentException(FORMAT);
        }
        for (String pair : id.split("\\.", -1)) {
            int dash = pair.indexOf('-');
            try {
                if (dash > 0) {
                    long p = Long.parseLong(pair.substring(0, dash));
                    long o = Long.parseLong(pair.substring(dash + 1));
                    if (p >= 0 && p <= Integer.MAX_VALUE && o >= 0 && out.put((int) p, o) == null) {
                        continue;
                    }
                }
            } catch (NumberFormatException e) {
                // falls through
            }
            throw new IllegalArgumentException(FORMAT);
        }
        return Collections.unmodifiableMap(out);
    }

    /** True when a client that saw {@code seen} has not seen the record at (partition, offset). */
    static boolean missed(Map<Integer, Long> seen, int partition, long offset) {
        Long last = seen.get(partition);
        return last == null || offset > last;
    }
}
