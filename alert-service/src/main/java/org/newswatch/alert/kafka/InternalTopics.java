package org.newswatch.alert.kafka;

/** Topics private to alert-service (not part of the public contract). */
public final class InternalTopics {

    /** Silences (compacted), key: silence id, tombstone on delete. */
    public static final String SILENCES = "alert-silences";
    /** Acknowledgements (compacted), key: alert id. */
    public static final String ACKS = "alert-acks";
    /** Webhook deliveries that failed after the last retry, key: alert id, value: the alert JSON. */
    public static final String WEBHOOKS_DLQ = "alert-webhooks-dlq";
    /** Emails that failed after the last retry, key: alert id, value: the alert JSON. */
    public static final String EMAIL_DLQ = "alert-email-dlq";
    /** Chat messages (Slack, Teams, Mattermost, templated webhooks) that failed after the last retry, like the others. */
    public static final String CHAT_DLQ = "alert-chat-dlq";

    /**
     * Analysts' splits of a report off an alert's story ({@code POST /alerts/{id}/split}), key: the report's event id
     * (the events topic's key, so the split reaches the stream task of the report), partitioned like events.
     */
    public static final String SPLITS = "alert-splits";

    private InternalTopics() {
    }
}
