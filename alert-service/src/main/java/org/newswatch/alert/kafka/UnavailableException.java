package org.newswatch.alert.kafka;

/** Kafka cannot be written or a store read right now (starting, rebalancing, broker down): answer 503. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
