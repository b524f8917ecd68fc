package org.newswatch.alert.streams;

import org.newswatch.alert.domain.Split;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;

/**
 * A record of the events topic read as an {@link ExtractedEvent}, or the reason it could not be; or a record of the
 * splits topic ({@link #split} set, {@link #event} its report).
 */
record ParsedEvent(ExtractedEvent event, byte[] raw, String error, Split split) {

    ParsedEvent(ExtractedEvent event, byte[] raw, String error) {
        this(event, raw, error, null);
    }

    /** A record of the splits topic (written by the API after validation). */
    static ParsedEvent parseSplit(byte[] raw) {
        if (raw == null) {
            return new ParsedEvent(null, null, "empty split record");
        }
        try {
            Split split = Json.read(raw, Split.class);
            if (split == null || split.event() == null || split.event().eventId() == null
                    || split.subscriptionId() == null || split.alertId() == null) {
                return new ParsedEvent(null, raw, "split record without subscription, alert or event");
            }
            return new ParsedEvent(split.event(), raw, null, split);
        } catch (InvalidRecordException e) {
            return new ParsedEvent(null, raw, e.getMessage());
        }
    }

    static ParsedEvent parse(byte[] raw) {
        if (raw == null) {
            return new ParsedEvent(null, null, "empty record value");
        }
        try {
            ExtractedEvent event = Json.read(raw, ExtractedEvent.class);
            if (event == null) {
                return new ParsedEvent(null, raw, "record value is JSON null");
            }
            if (event.eventId() == null || event.eventId().isBlank()) {
                return new ParsedEvent(null, raw, "event has no eventId");
            }
            if (event.type() == null) {
                return new ParsedEvent(null, raw, "event has no type");
            }
            return new ParsedEvent(event, raw, null);
        } catch (InvalidRecordException e) {
            return new ParsedEvent(null, raw, e.getMessage());
        }
    }

    boolean failed() {
        return error != null;
    }
}
