package org.newswatch.ingest.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.Guarded;
import org.newswatch.security.OperationsEndpoints;
import org.newswatch.security.TestCredentials;

/** Every endpoint of ingest-service: 401 without a valid credential, 403 for the other roles; health stays open. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuthenticationTest {

    private static final String[] WRITE = {ApiKeys.INGEST, ApiKeys.ADMIN};
    private static final String[] READ = {ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN};

    @BeforeEach
    void noDefaultCredential() {
        TestCredentials.everyRequestWith(null);
    }

    @Test
    void everyEndpointNeedsItsRole() {
        // bodies the endpoints refuse (400) or ids they do not know (404): nothing is published
        List.of(Guarded.of("POST", "/articles", WRITE).body("application/json", "{}"),
                Guarded.of("POST", "/articles", WRITE).body("text/plain", ""),
                Guarded.of("POST", "/articles", WRITE).body("text/html", ""),
                Guarded.of("POST", "/articles/batch", WRITE).body("application/json", "{"),
                Guarded.of("POST", "/articles/batch", WRITE).body("application/x-ndjson", "{"),
                Guarded.of("GET", "/feeds", READ),
                Guarded.of("GET", "/feeds/none", READ),
                Guarded.of("POST", "/feeds", WRITE).body("application/json", "{}"),
                Guarded.of("DELETE", "/feeds/none", WRITE),
                Guarded.of("POST", "/feeds/none/poll", WRITE),
                Guarded.of("GET", "/replays", READ),
                Guarded.of("GET", "/replays/none", READ),
                Guarded.of("POST", "/replays", WRITE).body("application/json", "{}"),
                Guarded.of("DELETE", "/replays/none", WRITE))
                .forEach(Guarded::check);
    }

    @Test
    void healthNeedsNoCredential() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsNeedAReaderAndCountArticlesWhileTheApiDocumentIsOpen() {
        given().header(TestCredentials.HEADER, TestCredentials.INGEST).contentType("application/json")
                .body("{\"text\": \"Seven people were killed in metrics-" + UUID.randomUUID() + ".\"}")
                .when().post("/articles").then().statusCode(202);
        given().header(TestCredentials.HEADER, TestCredentials.INGEST).contentType("application/json")
                .body("{\"text\": \"\"}").when().post("/articles").then().statusCode(400);
        OperationsEndpoints.check("newswatch_articles_total{origin=\"live\",outcome=\"accepted\"",
                "newswatch_articles_total{origin=\"live\",outcome=\"rejected\"");
    }
}
