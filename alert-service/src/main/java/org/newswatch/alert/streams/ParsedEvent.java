package org.newswatch.alert.streams;

import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;

/** A record of the events topic read as an {@link ExtractedEvent}, or the reason it could not be. */
record ParsedEvent(ExtractedEvent event, byte[] raw, String error) {

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
