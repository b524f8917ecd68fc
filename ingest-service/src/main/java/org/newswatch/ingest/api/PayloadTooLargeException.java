package org.newswatch.ingest.api;

/** A request body over the configured size limit (413). */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long size, long limit) {
        super("request body of " + size + " bytes is over the limit of " + limit + " bytes");
    }

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
