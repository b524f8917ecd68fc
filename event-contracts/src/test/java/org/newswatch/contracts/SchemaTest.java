package org.newswatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON Schemas are the published contract; the records must say exactly what they say. */
class SchemaTest {

    @Test
    void everyRecordMatchesItsSchema() throws IOException {
        assertSameFields(Article.class, "article-v1");
        assertSameFields(ExtractedEvent.class, "event-v1");
        assertSameFields(Alert.class, "alert-v1");
        assertSameFields(Subscription.class, "subscription-v1");
    }

    @Test
    void enumsMatchTheSchema() throws IOException {
        JsonNode props = schema("event-v1").get("properties");
        assertEquals(names(EventType.values()), values(props.get("type").get("enum")));
        assertEquals(names(Qualifier.values()), values(props.get("qualifier").get("enum")));
        assertEquals(names(Equipment.values()), values(props.get("equipment").get("enum")));
    }

    @Test
    void eventRoundTripsAndOmitsNulls() {
        ExtractedEvent event = new ExtractedEvent(1, "e1", "a1", EventType.KILLED, "TURMIL", null, 22L, null,
                Qualifier.AT_LEAST, null, false, null, "Idlib", new Place("Idlib", "SY", 35.93, 36.63),
                LocalDate.of(2020, 2, 27), null, "At least 22 Turkish soldiers were killed", 0, 40, "casualty", 0.9,
                null, null, null, null);
        String json = Json.write(event);
        assertTrue(json.contains("\"date\":\"2020-02-27\""), json);
        assertFalse(json.contains("actor"), json);
        assertEquals(event, Json.read(json, ExtractedEvent.class));
    }

    @Test
    void readerIgnoresFieldsAddedLaterButRejectsBrokenJson() {
        Article article = Json.read("{\"schemaVersion\":1,\"id\":\"x\",\"text\":\"t\",\"origin\":\"live\","
                + "\"receivedAt\":\"2020-02-12T00:00:00Z\",\"addedInV1_1\":true}", Article.class);
        assertEquals("x", article.id());
        assertEquals(Instant.parse("2020-02-12T00:00:00Z"), article.eventTime());
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> Json.read("{not json", Article.class));
        assertTrue(e.getMessage().startsWith("not a valid Article"), e.getMessage());
    }

    @Test
    void articlePageMetadataIsOptionalAndAbsentWhenUnknown() {
        Article old = new Article(1, "x", "T", null, null, null, Instant.parse("2020-02-12T00:00:00Z"), Article.LIVE, "t",
                null);
        String json = Json.write(old);
        assertFalse(json.contains("modifiedAt") || json.contains("author") || json.contains("language"), json);
        assertEquals(old, Json.read(json, Article.class));

        Article rich = new Article(1, "x", "T", null, null, null, Instant.parse("2020-02-12T00:00:00Z"), Article.LIVE,
                "t", null, Instant.parse("2020-02-13T08:00:00Z"), "A. Writer", "de");
        Article back = Json.read(Json.write(rich), Article.class);
        assertEquals(rich, back);
        assertEquals(rich, back.withNearDuplicateOf(null));
        assertEquals("y", back.withNearDuplicateOf("y").nearDuplicateOf());
        assertEquals("de", back.withNearDuplicateOf("y").language());
    }

    @Test
    void serdeHandlesTombstones() {
        JsonSerde<Subscription> serde = new JsonSerde<>(Subscription.class);
        assertNull(serde.serialize("t", null));
        assertNull(serde.deserialize("t", null));
        Subscription s = new Subscription(1, "s1", "Turkish troop deaths",
                new Subscription.Filter(List.of(EventType.KILLED), List.of("TURMIL"), null),
                new Subscription.Rule("threshold", 5L), null);
        assertEquals(s, serde.deserialize("t", serde.serialize("t", s)));
    }

    @Test
    void cloudEventHeadersAreComplete() {
        var headers = CloudEvents.headers("id-1", CloudEvents.EVENT_TYPE, "/newswatch/extract-service",
                Instant.parse("2020-02-12T10:00:00Z"));
        assertEquals("1.0", CloudEvents.header(headers, CloudEvents.SPECVERSION));
        assertEquals("org.newswatch.event.v1", CloudEvents.header(headers, CloudEvents.TYPE));
        assertEquals("2020-02-12T10:00:00Z", CloudEvents.header(headers, CloudEvents.TIME));
        assertNull(CloudEvents.header(headers, "ce_missing"));
    }

    private static void assertSameFields(Class<? extends Record> type, String schemaName) throws IOException {
        JsonNode schema = schema(schemaName);
        Set<String> recordFields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> schemaFields = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
        assertEquals(recordFields, schemaFields, schemaName + " properties");
        for (JsonNode required : schema.get("required")) {
            assertTrue(recordFields.contains(required.asText()), schemaName + " requires unknown " + required);
        }
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return Json.MAPPER.readTree(in);
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> values(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> {
            if (!n.isNull()) {
                out.add(n.asText());
            }
        });
        return out;
    }
}
