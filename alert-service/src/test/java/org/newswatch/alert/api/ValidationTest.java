package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** Every invalid field answers 400 naming it, and nothing of a refused write is stored (POST and PUT). */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ValidationTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    @Test
    void invalidSubscriptionsAreRefusedFieldByFieldAndNotStored() {
        String name = "refused-" + UUID.randomUUID();
        String n = "{\"name\":\"" + name + "\",";
        String[][] cases = {
            {n + "\"rule\":{\"kind\":\"rate\",\"minCount\":3,\"window\":\"P1D\",\"factor\":3}}", "rule.baseline"},
            {n + "\"rule\":{\"kind\":\"rate\",\"minCount\":3,\"window\":\"P1D\",\"baseline\":7}}", "rule.factor"},
            {n + "\"rule\":{\"kind\":\"rate\",\"minCount\":3,\"window\":\"P1D\",\"baseline\":7,\"factor\":-1}}",
                "rule.factor"},
            {n + "\"rule\":{\"kind\":\"rate\",\"minCount\":3,\"window\":\"P0D\",\"baseline\":7,\"factor\":3}}",
                "rule.window"},
            {n + "\"rule\":{\"kind\":\"rate\",\"window\":\"P1D\",\"baseline\":7,\"factor\":3}}", "rule.minCount"},
            {n + "\"rule\":{\"kind\":\"threshold\",\"minCount\":5,\"baseline\":7}}", "rule.baseline"},
            {n + "\"rule\":{\"kind\":\"new\",\"key\":[\"type\",\"weather\"]}}", "rule.key[1]"},
            {n + "\"rule\":{\"kind\":\"new\",\"window\":\"30 days\"}}", "rule.window"},
            {n + "\"rule\":{\"kind\":\"new\",\"minCount\":2}}", "rule.minCount"},
            {n + "\"rule\":{\"kind\":\"new\",\"treshold\":2}}", "rule.treshold"},
            {n + "\"rule\":{\"kind\":\"new\"},\"includeReplays\":\"yes\"}", "includeReplays"},
            {n + "\"rule\":{\"kind\":\"new\"},\"chanels\":[]}", "chanels"},
            {n + "\"rule\":{\"kind\":\"new\"},\"filter\":{\"type\":[\"KILLED\"]}}", "filter.type"},
            {n + "\"rule\":{\"kind\":\"new\"},\"filter\":{\"places\":[{\"name\":\"Idlib\",\"latitude\":95}]}}",
                "filter.places[0].latitude"},
            {n + "\"rule\":{\"kind\":\"new\"},\"filter\":{\"countries\":[\"Syria\"]}}", "filter.countries[0]"},
            {n + "\"rule\":{\"kind\":\"new\"},\"filter\":{\"provinces\":[\"Idlib\",\" \"]}}", "filter.provinces[1]"},
            {n + "\"rule\":{\"kind\":\"new\"},\"filter\":{\"districts\":[\"\"]}}", "filter.districts[0]"},
            {n + "\"rule\":{\"kind\":\"new\"},\"filter\":{\"causes\":[\"FLOOD\"]}}", "filter.causes[0]"},
            {n + "\"rule\":{\"kind\":\"new\"},\"webhooks\":[{\"url\":\"http:// bad url\"}]}", "webhooks[0].url"},
            {"{\"name\":42,\"rule\":{\"kind\":\"new\"}}", "name"},
        };
        for (String[] c : cases) {
            AlertServiceTest.rejects(c[0], c[1]);
        }
        given().when().get("/subscriptions").then().statusCode(200).body("name", not(hasItem(name)));
    }

    @Test
    void aRefusedReplaceLeavesTheSubscriptionAsItWas() {
        String id = AlertServiceTest.create("{\"name\":\"before\",\"rule\":{\"kind\":\"rate\",\"minCount\":3,"
                + "\"window\":\"PT1H\",\"baseline\":24,\"factor\":2.5},\"includeReplays\":true}");
        AlertServiceTest.writer().contentType(ContentType.JSON)
                .body("{\"name\":\"after\",\"rule\":{\"kind\":\"window\",\"minCount\":30,\"window\":\"PT0S\"}}")
                .when().put("/subscriptions/" + id).then().statusCode(400).body("field", equalTo("rule.window"));
        AlertServiceTest.writer().contentType(ContentType.JSON)
                .body("{\"name\":\"after\",\"rule\":{\"kind\":\"new\"},\"emails\":[\"nobody\"]}")
                .when().put("/subscriptions/" + id).then().statusCode(400).body("field", equalTo("emails[0]"));
        given().when().get("/subscriptions/" + id).then().statusCode(200).body("name", equalTo("before"))
                .body("rule.kind", equalTo("rate")).body("rule.baseline", equalTo(24))
                .body("rule.factor", equalTo(2.5f)).body("includeReplays", equalTo(true));

        String stored = given().when().get("/subscriptions/" + id).then().extract().asString();
        AlertServiceTest.writer().contentType(ContentType.JSON).body(stored.replace("\"before\"", "\"after\""))
                .when().put("/subscriptions/" + id).then().statusCode(200).body("name", equalTo("after"));
        given().when().get("/subscriptions/" + id).then().body("name", equalTo("after"))
                .body("rule.window", equalTo("PT1H"));
    }

    @Test
    void putToANewIdCreatesItUnderThatIdAndRefusesABadId() {
        String id = "chosen-" + UUID.randomUUID();
        AlertServiceTest.writer().contentType(ContentType.JSON).body("{\"name\":\"chosen\",\"rule\":{\"kind\":\"new\"}}")
                .when().put("/subscriptions/" + id).then().statusCode(201).body("id", equalTo(id));
        given().when().get("/subscriptions/" + id).then().statusCode(200).body("name", equalTo("chosen"));
        AlertServiceTest.writer().contentType(ContentType.JSON).body("{\"name\":\"chosen again\",\"rule\":{\"kind\":\"new\"}}")
                .when().put("/subscriptions/" + id).then().statusCode(200).body("name", equalTo("chosen again"));
        AlertServiceTest.writer().contentType(ContentType.JSON).body("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"}}")
                .when().put("/subscriptions/-bad%20id").then().statusCode(400).body("field", equalTo("id"));
        given().when().get("/subscriptions/-bad%20id").then().statusCode(404);
    }

    @Test
    void invalidSilencesAreRefusedFieldByField() {
        String[][] cases = {
            {"{\"matchers\":[{\"name\":\"rule\",\"value\":\"rate\"}],\"endsAt\":\"2999-01-01T00:00:00Z\","
                + "\"until\":\"x\"}", "until"},
            {"{\"matchers\":[\"rule=rate\"],\"endsAt\":\"2999-01-01T00:00:00Z\"}", "matchers[0]"},
            {"{\"matchers\":[{\"name\":\"weather\",\"value\":\"rain\"}],\"endsAt\":\"2999-01-01T00:00:00Z\"}",
                "matchers[0].name"},
            {"{\"matchers\":[{\"name\":\"rule\",\"value\":\"rate\"}],\"endsAt\":12}", "endsAt"},
            {"{\"matchers\":[{\"name\":\"rule\",\"value\":\"rate\"}],\"endsAt\":\"2999-01-01T00:00:00Z\","
                + "\"createdBy\":7}", "createdBy"},
        };
        for (String[] c : cases) {
            AlertServiceTest.writer().contentType(ContentType.JSON).body(c[0]).when().post("/silences").then()
                    .statusCode(400).body("field", equalTo(c[1]));
        }
    }
}
