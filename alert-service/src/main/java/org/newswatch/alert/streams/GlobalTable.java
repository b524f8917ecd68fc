package org.newswatch.alert.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * A compacted topic held in full by every instance as a global store (a tombstone or an unreadable value deletes),
 * with a change counter: a processor keeps a {@link Snapshot} of the values and re-reads the store only after a
 * change, instead of iterating and parsing the whole table for every event.
 */
final class GlobalTable<V> {

    private final String storeName;
    private final AtomicLong changes = new AtomicLong();

    GlobalTable(String storeName) {
        this.storeName = storeName;
    }

    /** Adds the global store of {@code topic} to the topology. */
    void addTo(StreamsBuilder builder, String topic, Serde<V> serde) {
        builder.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(storeName), Serdes.String(), serde)
                        .withLoggingDisabled(),
                topic, Consumed.with(Serdes.String(), serde), Updater::new);
    }

    /** The values as one processor sees them: read once, and again after each change. */
    Snapshot snapshot(ProcessorContext<?, ?> context) {
        return new Snapshot(context.getStateStore(storeName));
    }

    /** Applies each record of the topic to the store (on the global thread), then counts the change. */
    private final class Updater implements Processor<String, V, Void, Void> {

        private KeyValueStore<String, V> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(storeName);
        }

        @Override
        public void process(Record<String, V> record) {
            if (record.key() == null) {
                return;
            }
            if (record.value() == null) {
                store.delete(record.key());
            } else {
                store.put(record.key(), record.value());
            }
            changes.incrementAndGet();
        }
    }

    final class Snapshot {

        private final KeyValueStore<String, V> store;
        private long seen = -1;
        private List<V> values = List.of();

        private Snapshot(KeyValueStore<String, V> store) {
            this.store = store;
        }

        /** The value of one key, null if none. */
        V get(String key) {
            return store.get(key);
        }

        /** Every value, in key order; the list is not to be modified. */
        List<V> values() {
            long now = changes.get(); // read before the store: a change made meanwhile is seen next time
            if (now != seen) {
                List<V> read = new ArrayList<>();
                try (KeyValueIterator<String, V> it = store.all()) {
                    it.forEachRemaining(kv -> {
                        if (kv.value != null) {
                            read.add(kv.value);
                        }
                    });
                }
                values = List.copyOf(read);
                seen = now;
            }
            return values;
        }
    }
}
