package org.newswatch.extract.api;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.Guarded;
import org.newswatch.security.OperationsEndpoints;
import org.newswatch.security.TestCredentials;

/** POST /extract: 401 without a valid credential, 403 for a subscriber; health stays open. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuthenticationTest {

    @BeforeEach
    void noDefaultCredential() {
        TestCredentials.everyRequestWith(null);
    }

    @Test
    void extractNeedsAReadingRole() {
        Guarded.of("POST", "/extract", ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN)
                .body("text/plain", "Five soldiers were killed.").check();
    }

    @Test
    void healthNeedsNoCredential() {
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsNeedAReaderWhileTheApiDocumentIsOpen() {
        OperationsEndpoints.check("jvm_memory_used_bytes");
    }
}
