package org.newswatch.kafka;

/** A running Kafka broker that tests or the local stack talk to. */
public interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    @Override
    void close();
}
