package org.newswatch.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the attributes travel as {@code ce_*} headers,
 * the record value is the JSON data.
 */
public final class CloudEvents {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SPECVERSION = "ce_specversion";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";

    public static final String ARTICLE_TYPE = "org.newswatch.article.v1";
    public static final String EVENT_TYPE = "org.newswatch.event.v1";
    public static final String ALERT_TYPE = "org.newswatch.alert.v1";
    public static final String SUBSCRIPTION_TYPE = "org.newswatch.subscription.v1";

    private CloudEvents() {
    }

    /** Headers for one record of the given CloudEvents type. */
    public static RecordHeaders headers(String id, String type, String source, Instant time) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, ID, id);
        add(headers, TYPE, type);
        add(headers, SOURCE, source);
        add(headers, TIME, time.toString());
        add(headers, SPECVERSION, SPEC_VERSION);
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /** The value of a header as UTF-8 text, or null when absent. */
    public static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
