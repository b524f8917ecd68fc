package org.newswatch.contracts;

import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serialiser, deserialiser and Kafka Streams serde of one contract record, as JSON. */
public class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : Json.bytes(data);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : Json.read(data, type);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the contract fixes the mapping
    }

    @Override
    public void close() {
        // holds no resources
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
