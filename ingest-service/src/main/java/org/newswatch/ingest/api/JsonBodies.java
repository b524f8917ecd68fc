package org.newswatch.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.InvalidArticleException;

/** Reads request bodies with the contract mapper, so that every malformed body gets the API's own 400 message. */
final class JsonBodies {

    private JsonBodies() {
    }

    static <T> T read(byte[] body, Class<T> type, String expected) {
        if (body == null || body.length == 0) {
            throw new InvalidArticleException("empty body; expected " + expected);
        }
        try {
            T value = Json.MAPPER.readValue(body, type);
            if (value == null) {
                throw new InvalidArticleException("expected " + expected);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("invalid JSON: " + e.getOriginalMessage() + "; expected " + expected, e);
        } catch (IOException e) {
            throw new InvalidArticleException("unreadable body: " + e.getMessage(), e);
        }
    }
}
