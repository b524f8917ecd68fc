package org.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.InvalidArticleException;

class ReplayRequestTest {

    private static ReplayRequest request(String prefix, String namespace, List<JsonNode> subscriptions) {
        return new ReplayRequest("seeds", null, true, null, null, prefix, namespace, subscriptions);
    }

    @Test
    void aNamespaceReplayPublishesBehindTheNamespacesPrefix() {
        ReplayRequest r = request(null, "march", null);
        r.validate();
        assertEquals("march.", r.prefix());
        assertEquals("test-", request("test-", null, null).prefix());
    }

    @Test
    void badNamespaceOptionsAreRefused() {
        assertThrows(InvalidArticleException.class, () -> request(null, "Bad.Name", null).validate());
        assertThrows(InvalidArticleException.class, () -> request("x-", "march", null).validate());
        assertThrows(InvalidArticleException.class,
                () -> request(null, null, List.of(Json.read("{\"id\":\"a\"}", JsonNode.class))).validate());
        assertThrows(InvalidArticleException.class,
                () -> request(null, "march", List.of(Json.read("{\"name\":\"no id\"}", JsonNode.class))).validate());
        request(null, "march", List.of(Json.read("{\"id\":\"a\",\"name\":\"x\"}", JsonNode.class))).validate();
    }
}
