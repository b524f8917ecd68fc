package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.Guarded;
import org.newswatch.security.TestCredentials;

/** Every endpoint of alert-service: 401 without a valid credential, 403 for the other roles; health stays open. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuthenticationTest {

    private static final String[] WRITE = {ApiKeys.SUBSCRIBER, ApiKeys.ADMIN};
    private static final String[] READ = {ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN};

    @BeforeEach
    void noDefaultCredential() {
        TestCredentials.everyRequestWith(null);
    }

    @Test
    void everyEndpointNeedsItsRole() {
        // bodies the endpoints refuse (400) or ids they do not know (404): nothing is stored
        List.of(Guarded.of("POST", "/subscriptions", WRITE).body("application/json", "{}"),
                Guarded.of("GET", "/subscriptions", READ),
                Guarded.of("GET", "/subscriptions/none", READ),
                Guarded.of("PUT", "/subscriptions/none", WRITE).body("application/json", "{}"),
                Guarded.of("DELETE", "/subscriptions/none", WRITE),
                Guarded.of("GET", "/alerts", READ),
                Guarded.of("GET", "/alerts/none", READ),
                Guarded.of("GET", "/alerts/stream", READ).header("Last-Event-ID", "yesterday"),
                Guarded.of("POST", "/alerts/none/ack", WRITE).body("application/json", "{}"),
                Guarded.of("POST", "/silences", WRITE).body("application/json", "{}"),
                Guarded.of("GET", "/silences", READ),
                Guarded.of("DELETE", "/silences/none", WRITE))
                .forEach(Guarded::check);
    }

    @Test
    void healthNeedsNoCredential() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
