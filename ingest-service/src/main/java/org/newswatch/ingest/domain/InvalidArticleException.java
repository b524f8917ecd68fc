package org.newswatch.ingest.domain;

/** Input that cannot become an article (no text, a bad date, unreadable JSON...); the message says why. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
