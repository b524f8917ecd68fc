package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.Topics;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * The recent events behind the explorer ({@code GET /events} as JSON, CSV and GeoJSON, with its filters) and the rule
 * preview: it returns the alerts a subscription would have fired over them and publishes none.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EventsAndPreviewTest {

    static final Place SARAQEB = new Place("Saraqeb", "SY", 35.8647, 36.8006, Place.Precision.TOWN,
            new Place.AdminArea("SY.12", "Idlib"), null);
    static final Place IDLIB = new Place("Idlib", "SY", 35.93062, 36.63393, Place.Precision.ADMIN1,
            new Place.AdminArea("SY.12", "Idlib"), null);

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    static void produce(String victim, long count, Place place, String evidence) throws Exception {
        produce(victim, count, place, evidence, LocalDate.of(2020, 2, 27));
    }

    static void produce(String victim, long count, Place place, String evidence, LocalDate date) throws Exception {
        String id = "ev-" + UUID.randomUUID();
        ExtractedEvent e = new ExtractedEvent(1, id, "art-" + id, EventType.KILLED, victim, null, count, null,
                Qualifier.AT_LEAST, null, false, null, place.name(), place, date, null, evidence, 0,
                10, "test", 0.9, "Title, \"quoted\"", "https://x.org/" + id, "X", null);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, AlertServiceTest.bootstrap());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.EVENTS, null, AlertServiceTest.PUBLISHED.toEpochMilli(), id,
                    Json.bytes(e))).get(10, TimeUnit.SECONDS);
        }
    }

    static int count(String query) {
        return given().when().get("/events?" + query).then().statusCode(200).extract().<List<Object>>path("$").size();
    }

    @Test
    void recentEventsAreSearchedAndExportedAsCsvAndGeoJson() throws Exception {
        String k = "kw" + UUID.randomUUID().toString().replace("-", "");
        produce("TURMIL", 22, SARAQEB, "At least 22 Turkish soldiers were killed " + k);
        produce("SYRMIL", 51, IDLIB, "51 Syrian soldiers, \"officials\" said, were killed " + k);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("q=" + k) == 2);
        assertEquals(1, count("q=" + k + "&party=TURMIL"));
        assertEquals(2, count("q=" + k + "&party=MIL"), "a role matches any country");
        assertEquals(0, count("q=" + k + "&type=WOUNDED"));
        assertEquals(1, count("q=" + k + "&near=35.86,36.80&radiusKm=10"), "Saraqeb only");
        assertEquals(2, count("q=" + k + "&province=Idlib&country=SY"));
        assertEquals(0, count("q=" + k + "&from=2020-02-28"));
        assertEquals(2, count("q=" + k + "&from=2020-02-27&to=2020-02-27"));
        given().when().get("/events?near=north").then().statusCode(400).body("field", equalTo("near"));

        String csv = given().accept("text/csv").when().get("/events?q=" + k).then().statusCode(200)
                .contentType(containsCsv()).extract().asString();
        List<List<String>> rows = parseCsv(csv);
        assertEquals(3, rows.size(), csv);
        List<String> header = rows.get(0);
        List<String> syrian = rows.get(2);
        assertEquals("51 Syrian soldiers, \"officials\" said, were killed " + k, syrian.get(header.indexOf("evidence")));
        assertEquals("Syrian military", syrian.get(header.indexOf("victimName")));
        assertEquals("Title, \"quoted\"", syrian.get(header.indexOf("articleTitle")));
        assertEquals("Turkish military", rows.get(1).get(header.indexOf("victimName")));

        String geo = given().accept("application/geo+json").when().get("/events?q=" + k).then().statusCode(200)
                .extract().asString();
        JsonNode fc = Json.MAPPER.readTree(geo);
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(2, fc.get("features").size());
        JsonNode saraqeb = fc.get("features").get(0);
        assertEquals("Point", saraqeb.at("/geometry/type").asText());
        assertEquals(36.8006, saraqeb.at("/geometry/coordinates/0").asDouble(), 1e-9, "longitude first");
        assertEquals(35.8647, saraqeb.at("/geometry/coordinates/1").asDouble(), 1e-9);
        assertEquals(22, saraqeb.at("/properties/count").asInt());
        assertEquals("Idlib", saraqeb.at("/properties/province").asText());
        given().when().get("/events?q=" + k + "&format=geojson").then().statusCode(200)
                .contentType("application/geo+json");
    }

    @Test
    void aPreviewReturnsWhatTheRuleWouldHaveCaughtAndPublishesNothing() throws Exception {
        String k = "kw" + UUID.randomUUID().toString().replace("-", "");
        produce("TURMIL", 22, SARAQEB, "At least 22 Turkish soldiers were killed " + k);
        produce("SYRMIL", 51, IDLIB, "51 Syrian soldiers were killed " + k);
        produce("SYRCVL", 40, IDLIB, "40 civilians were killed " + k);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("q=" + k) == 3);

        String name = "preview " + k;
        JsonNode answer = Json.MAPPER.readTree(given().contentType(ContentType.JSON).body("{\"name\":\"" + name
                + "\",\"filter\":{\"types\":[\"KILLED\"],\"victims\":[\"MIL\"],\"keywords\":[\"" + k + "\"]},"
                + "\"rule\":{\"kind\":\"threshold\",\"minCount\":20},\"includeReplays\":true}")
                .when().post("/subscriptions/preview").then().statusCode(200).extract().asString());
        List<String> caught = new ArrayList<>();
        answer.get("alerts").forEach(a -> caught.add(a.get("victim").asText() + " " + a.get("count").asLong()));
        assertEquals(List.of("TURMIL 22", "SYRMIL 51"), caught, "the military tolls of 20 or more, not the civilians'");
        assertEquals(2, answer.get("matched").asInt());

        JsonNode higher = Json.MAPPER.readTree(given().contentType(ContentType.JSON).body("{\"name\":\"" + name
                + "\",\"filter\":{\"victims\":[\"MIL\"],\"keywords\":[\"" + k + "\"]},\"rule\":{\"kind\":\"threshold\","
                + "\"minCount\":30}}").when().post("/subscriptions/preview").then().statusCode(200).extract().asString());
        assertEquals(1, higher.get("alerts").size());
        given().contentType(ContentType.JSON).body("{\"name\":\"x\",\"rule\":{\"kind\":\"often\"}}")
                .when().post("/subscriptions/preview").then().statusCode(400).body("field", equalTo("rule.kind"));

        // a later alert of a real subscription has been delivered: had the preview published, its alerts would be before
        String sentinel = "kw" + UUID.randomUUID().toString().replace("-", "");
        String real = AlertServiceTest.create("{\"name\":\"sentinel\",\"filter\":{\"keywords\":[\"" + sentinel + "\"]},"
                + "\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}");
        AlertServiceTest.produceEvent("TURMIL", sentinel);
        AlertServiceTest.awaitAlert(real);
        List<String> names = given().queryParam("limit", 1000).when().get("/alerts").then().statusCode(200).extract()
                .path("subscriptionName");
        assertTrue(names.stream().noneMatch(name::equals), "no alert of the preview was published");
        assertEquals(List.of(), given().queryParam("subscription", "preview").when().get("/alerts").then()
                .statusCode(200).extract().path("alertId"));
    }

    private static String containsCsv() {
        return "text/csv";
    }

    /** RFC 4180: quoted fields with doubled quotes, CRLF records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.isEmpty(), "ends with CRLF");
        return rows;
    }
}
