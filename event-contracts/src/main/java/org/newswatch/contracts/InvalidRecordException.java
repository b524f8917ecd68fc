package org.newswatch.contracts;

/** A record that does not follow its contract; its message is the reason written to the dead-letter topic. */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
