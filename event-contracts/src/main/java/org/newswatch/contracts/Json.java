package org.newswatch.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of the contracts: ISO-8601 dates, absent fields for nulls, unknown fields
 * ignored on read (a v1 reader accepts a v1 record with fields added later).
 */
public final class Json {

    /**
     * What a parser accepts at most, against documents built to exhaust it: 64 levels of nesting, numbers of 100
     * digits, names of 1000 characters, strings of 16 M characters (request bodies are limited before that).
     */
    public static final StreamReadConstraints READ_CONSTRAINTS = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxNumberLength(100).maxNameLength(1000).maxStringLength(16_000_000).build();

    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(READ_CONSTRAINTS)
            .build())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads JSON text; throws {@link InvalidRecordException} with a readable reason when it is not valid. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            if (e instanceof JsonProcessingException jpe) {
                throw new InvalidRecordException(
                        "not a valid " + type.getSimpleName() + ": " + jpe.getOriginalMessage(), e);
            }
            throw new UncheckedIOException(e);
        }
    }
}
