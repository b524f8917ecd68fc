package org.newswatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document against what the code holds: its channels are exactly the topic constants of {@link Topics};
 * each message names a schema file that exists, with that file's SHA-256 (so changing a schema without the document
 * fails here) and the CloudEvents type the services write; every schema is in the document.
 */
class AsyncApiTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode document() throws IOException {
        try (InputStream in = AsyncApiTest.class.getResourceAsStream("/asyncapi/asyncapi.yaml")) {
            assertNotNull(in, "asyncapi/asyncapi.yaml on the classpath");
            return YAML.readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWhoseChannelsAreTheTopicConstants() throws Exception {
        JsonNode doc = document();
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        Set<String> addresses = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("channels").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> channel = it.next();
            assertEquals(channel.getKey(), channel.getValue().path("address").asText(), "channel name = topic name");
            addresses.add(channel.getValue().path("address").asText());
            for (JsonNode message : channel.getValue().path("messages")) {
                assertTrue(resolve(doc, message.path("$ref").asText()).isObject(), message.toString());
            }
        }
        assertEquals(topicConstants(), addresses, "the document's channels and the constants of Topics");
        for (JsonNode operation : doc.path("operations")) {
            assertTrue(resolve(doc, operation.path("channel").path("$ref").asText()).isObject(), operation.toString());
        }
    }

    @Test
    void everyMessageNamesItsSchemaWithTheSchemasDigestAndCloudEventsType() throws Exception {
        JsonNode doc = document();
        Map<String, String> types = Map.of("article-v1", CloudEvents.ARTICLE_TYPE, "event-v1", CloudEvents.EVENT_TYPE,
                "alert-v1", CloudEvents.ALERT_TYPE, "subscription-v1", CloudEvents.SUBSCRIPTION_TYPE);
        Set<String> named = new TreeSet<>();
        for (JsonNode message : doc.path("components").path("messages")) {
            String ref = message.path("payload").path("schema").path("$ref").asText(null);
            if (ref == null) {
                continue; // a dead letter: any bytes
            }
            assertTrue(ref.startsWith("schemas/") && ref.endsWith(".schema.json"), ref);
            String name = ref.substring("schemas/".length(), ref.length() - ".schema.json".length());
            named.add(name);
            byte[] schema = resource("/" + ref);
            assertEquals(sha256(schema), message.path("x-schema-sha256").asText(),
                    ref + " changed: update the document (its messages, and x-schema-sha256 to the digest here)");
            assertEquals(types.get(name), message.path("x-ce-type").asText(), ref);
            JsonNode parsed = Json.MAPPER.readTree(schema);
            assertTrue(parsed.path("$id").asText().endsWith(ref), parsed.path("$id").asText());
        }
        assertEquals(new TreeSet<>(types.keySet()), named, "every schema is in the document");
    }

    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field f : Topics.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().endsWith("_HEADER")) {
                topics.add((String) f.get(null));
            }
        }
        return topics;
    }

    private static JsonNode resolve(JsonNode doc, String ref) {
        assertTrue(ref.startsWith("#/"), ref);
        return doc.at(ref.substring(1));
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = AsyncApiTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
