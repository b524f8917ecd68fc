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

    private InternalTopics() {
    }
}
