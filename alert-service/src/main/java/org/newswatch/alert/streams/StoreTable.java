package org.newswatch.alert.streams;

import org.apache.kafka.streams.state.KeyValueStore;
import org.newswatch.alert.domain.StateTable;

/** A Kafka Streams key-value store seen as the domain's {@link StateTable}. */
final class StoreTable<V> implements StateTable<V> {

    private final KeyValueStore<String, V> store;

    StoreTable(KeyValueStore<String, V> store) {
        this.store = store;
    }

    @Override
    public V get(String key) {
        return store.get(key);
    }

    @Override
    public void put(String key, V value) {
        store.put(key, value);
    }
}
