package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * A subscription belongs to the principal that made it: another subscriber neither sees nor changes it, its alerts
 * (history, one alert, ack, the stream) or its silences; an admin sees all; channels are shown redacted.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OwnershipTest {

    @TestHTTPResource("/alerts/stream")
    URL streamUrl;

    @BeforeEach
    void noDefaultCredential() {
        TestCredentials.everyRequestWith(null);
    }

    private static RequestSpecification as(String key) {
        return given().header(TestCredentials.HEADER, key);
    }

    private static String subscription(String key, String keyword) {
        return as(key).contentType(ContentType.JSON).body("{\"name\":\"mine " + keyword + "\",\"filter\":{\"types\":"
                + "[\"KILLED\"],\"keywords\":[\"" + keyword + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},"
                + "\"webhooks\":[{\"url\":\"http://127.0.0.1:9/hook/" + keyword + "?token=s3cret\"}],"
                + "\"emails\":[\"alice.analyst@example.org\"]}")
                .when().post("/subscriptions").then().statusCode(201)
                .body("webhooks[0].url", equalTo("http://127.0.0.1:9/…"))
                .body("emails[0]", equalTo("a…@example.org"))
                .extract().path("id");
    }

    private static String awaitAlert(String key, String subscriptionId) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> as(key)
                .queryParam("subscription", subscriptionId).when().get("/alerts").then().statusCode(200)
                .extract().<List<String>>path("alertId"), list -> list.size() == 1).get(0);
    }

    private static String keyword() {
        return "kw" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aSubscriberSeesAndChangesOnlyItsOwn() {
        String mine = subscription(TestCredentials.ALICE, keyword());
        as(TestCredentials.ALICE).when().get("/subscriptions/" + mine).then().statusCode(200)
                .body("owner", equalTo("alice")).body("webhooks[0].url", equalTo("http://127.0.0.1:9/…"));
        as(TestCredentials.ALICE).when().get("/subscriptions").then().statusCode(200).body("id", hasItem(mine));

        as(TestCredentials.BOB).when().get("/subscriptions").then().statusCode(200).body("id", not(hasItem(mine)));
        as(TestCredentials.BOB).when().get("/subscriptions/" + mine).then().statusCode(404);
        as(TestCredentials.BOB).contentType(ContentType.JSON).body("{\"name\":\"taken\",\"rule\":{\"kind\":\"new\"}}")
                .when().put("/subscriptions/" + mine).then().statusCode(403);
        as(TestCredentials.BOB).when().delete("/subscriptions/" + mine).then().statusCode(404);
        String bobs = as(TestCredentials.BOB).contentType(ContentType.JSON)
                .body("{\"name\":\"bob's\",\"rule\":{\"kind\":\"new\"}}").when().post("/subscriptions").then()
                .statusCode(201).body("owner", equalTo("bob")).extract().path("id");

        as(TestCredentials.ADMIN).when().get("/subscriptions").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", hasItem(bobs));
        as(TestCredentials.READER).when().get("/subscriptions/" + mine).then().statusCode(200)
                .body("emails[0]", equalTo("a…@example.org"));
        // an admin's replacement keeps the owner
        as(TestCredentials.ADMIN).contentType(ContentType.JSON).body("{\"name\":\"renamed\",\"rule\":{\"kind\":\"new\"}}")
                .when().put("/subscriptions/" + mine).then().statusCode(200).body("owner", equalTo("alice"));
        as(TestCredentials.ALICE).when().delete("/subscriptions/" + mine).then().statusCode(204);
        as(TestCredentials.BOB).when().delete("/subscriptions/" + bobs).then().statusCode(204);
    }

    @Test
    void anotherSubscribersAlertsAreNotListedShownAckedOrStreamed() throws Exception {
        String aliceKeyword = keyword();
        String bobKeyword = keyword();
        String alices = subscription(TestCredentials.ALICE, aliceKeyword);
        String bobs = subscription(TestCredentials.BOB, bobKeyword);

        // bob's stream, unfiltered, opened before either alert exists
        HttpResponse<InputStream> sse = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(
                streamUrl.toString())).header("Accept", "text/event-stream")
                .header(TestCredentials.HEADER, TestCredentials.BOB).build(),
                HttpResponse.BodyHandlers.ofInputStream()).get(20, TimeUnit.SECONDS);
        assertEquals(200, sse.statusCode());
        CompletableFuture<List<String>> bobsFirstEvent = CompletableFuture.supplyAsync(
                () -> AlertServiceTest.readEvent(sse.body()));

        AlertServiceTest.produceEvent("TURMIL", aliceKeyword);
        String alicesAlert = awaitAlert(TestCredentials.ALICE, alices);
        AlertServiceTest.produceEvent("TURMIL", bobKeyword);
        String bobsAlert = awaitAlert(TestCredentials.BOB, bobs);

        List<String> event = bobsFirstEvent.get(30, TimeUnit.SECONDS);
        String data = event.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow().substring(5);
        assertEquals(bobsAlert, Json.read(data, Alert.class).alertId(), "bob's stream skips alice's alert");

        List<String> bobSees = as(TestCredentials.BOB).queryParam("limit", 10000).when().get("/alerts").then()
                .statusCode(200).extract().path("alertId");
        assertFalse(bobSees.contains(alicesAlert));
        as(TestCredentials.BOB).queryParam("subscription", alices).when().get("/alerts").then().statusCode(200)
                .body("size()", equalTo(0));
        as(TestCredentials.BOB).when().get("/alerts/" + alicesAlert).then().statusCode(404);
        as(TestCredentials.BOB).contentType(ContentType.JSON).body("{}").when().post("/alerts/" + alicesAlert + "/ack")
                .then().statusCode(404);
        as(TestCredentials.ALICE).contentType(ContentType.JSON).body("{\"by\":\"someone else\"}")
                .when().post("/alerts/" + alicesAlert + "/ack").then().statusCode(200)
                .body("acknowledgedBy", equalTo("alice"));
        as(TestCredentials.ADMIN).when().get("/alerts/" + alicesAlert).then().statusCode(200);
        as(TestCredentials.ADMIN).when().get("/alerts/" + bobsAlert).then().statusCode(200);
    }

    @Test
    void aSubscribersSilenceIsItsOwnAndMutesOnlyItsOwnAlerts() throws Exception {
        String aliceKeyword = keyword();
        String alices = subscription(TestCredentials.ALICE, aliceKeyword);
        // bob silences every KILLED alert: it must not mute alice's
        String bobsSilence = as(TestCredentials.BOB).contentType(ContentType.JSON)
                .body("{\"matchers\":[{\"name\":\"eventType\",\"value\":\"KILLED\"}],\"endsAt\":\"2999-01-01T00:00:00Z\"}")
                .when().post("/silences").then().statusCode(201).extract().path("id");
        as(TestCredentials.ALICE).when().get("/silences").then().statusCode(200).body("id", not(hasItem(bobsSilence)));
        as(TestCredentials.ALICE).when().delete("/silences/" + bobsSilence).then().statusCode(404);
        as(TestCredentials.ADMIN).when().get("/silences").then().statusCode(200).body("id", hasItem(bobsSilence));

        AlertServiceTest.produceEvent("TURMIL", aliceKeyword);
        String alert = awaitAlert(TestCredentials.ALICE, alices);
        as(TestCredentials.ALICE).when().get("/alerts/" + alert).then().statusCode(200).body("muted", equalTo(null));
        as(TestCredentials.BOB).when().delete("/silences/" + bobsSilence).then().statusCode(204);
    }
}
