package org.newswatch.contracts;

/**
 * Topic names of the public contract, version 1. SmallRye channel names are the same strings, so
 * services and tests refer to these constants instead of spelling topic names.
 */
public final class Topics {

    /** Cleaned articles, key: article id. Produced by ingest-service. */
    public static final String ARTICLES = "articles";
    /** Extracted events, key: event id. Produced by extract-service. */
    public static final String EVENTS = "events";
    /** Alerts, key: subscription id. Produced by alert-service. */
    public static final String ALERTS = "alerts";
    /** Subscriptions (compacted), key: subscription id, tombstone on delete. Owned by alert-service. */
    public static final String SUBSCRIPTIONS = "subscriptions";

    /** Dead letters of extract-service's consumer of {@link #ARTICLES}. */
    public static final String ARTICLES_DLQ = "articles-dlq";
    /** Dead letters of alert-service's consumer of {@link #EVENTS}. */
    public static final String EVENTS_DLQ = "events-dlq";

    /** Header that carries why a record was dead-lettered (the name SmallRye uses too). */
    public static final String DEAD_LETTER_REASON_HEADER = "dead-letter-reason";

    private Topics() {
    }
}
