package org.newswatch.alert.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code {"matchers":[{"name":"victim","value":"TURMIL"}], "endsAt":"...", "startsAt":"...",
 * "createdBy":"...", "comment":"..."}} into a {@link Silence}, or throws a {@link ValidationException}.
 */
public final class SilenceValidator {

    static final List<String> FIELDS = List.of("matchers", "startsAt", "endsAt", "createdBy", "comment");

    private SilenceValidator() {
    }

    public static Silence parse(JsonNode body, String id, Instant now) {
        if (body == null || !body.isObject()) {
            throw new ValidationException("", "the body must be a JSON object");
        }
        var names = body.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!FIELDS.contains(f)) {
                throw new ValidationException(f, "unknown field '" + f + "'; known: " + FIELDS);
            }
        }
        JsonNode ms = body.get("matchers");
        if (ms == null || !ms.isArray() || ms.isEmpty()) {
            throw new ValidationException("matchers", "matchers must be a non-empty array of {name, value}");
        }
        List<Silence.Matcher> matchers = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            String path = "matchers[" + i + "]";
            JsonNode m = ms.get(i);
            if (!m.isObject() || m.size() > 2 || m.size() == 2 && !(m.has("name") && m.has("value"))) {
                throw new ValidationException(path, path + " must be an object {name, value}");
            }
            String name = m.path("name").isTextual() ? m.get("name").asText() : null;
            String value = m.path("value").isTextual() ? m.get("value").asText() : null;
            if (name == null || !Silence.NAMES.contains(name)) {
                throw new ValidationException(path + ".name", "name must be one of " + Silence.NAMES);
            }
            if (value == null || value.isBlank()) {
                throw new ValidationException(path + ".value", "value is required");
            }
            matchers.add(new Silence.Matcher(name, value));
        }
        Instant startsAt = instant(body, "startsAt");
        Instant endsAt = instant(body, "endsAt");
        if (endsAt == null) {
            throw new ValidationException("endsAt", "endsAt is required (an ISO-8601 instant)");
        }
        if (!endsAt.isAfter(now) || startsAt != null && !endsAt.isAfter(startsAt)) {
            throw new ValidationException("endsAt", "endsAt must be in the future and after startsAt");
        }
        String createdBy = optionalText(body, "createdBy");
        String comment = optionalText(body, "comment");
        return new Silence(id, List.copyOf(matchers), startsAt, endsAt, createdBy, comment, now);
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ValidationException(field, field + " must be a string");
        }
        return n.asText();
    }

    private static Instant instant(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw new ValidationException(field, field + " must be an ISO-8601 instant like 2030-01-01T00:00:00Z");
        }
        try {
            return Instant.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, field + " must be an ISO-8601 instant like 2030-01-01T00:00:00Z");
        }
    }
}
