package org.newswatch.alert.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;

class RedactTest {

    @Test
    void aUrlKeepsSchemeHostAndPortOnly() {
        assertEquals("https://hooks.example.org/…", Redact.url("https://hooks.example.org/T0/B1/secret?x=1"));
        assertEquals("http://127.0.0.1:8080/…", Redact.url("http://user:pw@127.0.0.1:8080/a"));
        assertEquals("…", Redact.url("not a url at all"));
    }

    @Test
    void aBodySentBackRedactedKeepsTheStoredChannels() {
        Subscription stored = new Subscription(1, "s", "n", null, null, null,
                List.of(new Subscription.Webhook("https://h.example/secret/path", null)),
                List.of("alice@example.org"), null);
        JsonNode body = Json.MAPPER.valueToTree(Redact.subscription(stored));
        JsonNode restored = Redact.restore(body, stored);
        assertEquals("https://h.example/secret/path", restored.path("webhooks").get(0).path("url").asText());
        assertEquals("alice@example.org", restored.path("emails").get(0).asText());
        JsonNode changed = Redact.restore(Json.MAPPER.valueToTree(java.util.Map.of("emails", List.of("bob@example.org"))),
                stored);
        assertEquals("bob@example.org", changed.path("emails").get(0).asText());
    }

    @Test
    void anAddressKeepsItsFirstLetterAndDomain() {
        assertEquals("a…@example.org", Redact.email("alice@example.org"));
        assertEquals("…", Redact.email("@example.org"));
        assertEquals("a…@example.org", Redact.target("alice@example.org"));
        assertEquals("https://h/…", Redact.target("https://h/x"));
    }
}
