package org.newswatch.ingest.domain;

/** The service cannot take articles yet (dedup memory still loading, broker unreachable). */
public class NotReadyException extends RuntimeException {

    public NotReadyException(String message) {
        super(message);
    }
}
