package org.newswatch.alert.domain;

/** A request that breaks a rule of the API; {@link #field()} names the offending field (dotted path). */
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
