package org.newswatch.alert.domain;

/** The little the rules need of a key-value state store; Kafka Streams stores and plain maps both fit. */
public interface StateTable<V> {

    V get(String key);

    void put(String key, V value);
}
