package org.newswatch.extract.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ExtractResourceTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    @Test
    void extractsFromASeedFormatText() {
        given().contentType("text/plain")
                .body(" date 2020-02-28 At least 22 Turkish soldiers were killed in an air strike in Idlib on Thursday.")
                .when().post("/extract")
                .then().statusCode(200)
                .body("type", hasItem("KILLED"))
                .body("find { it.type == 'KILLED' }.victim", equalTo("TURMIL"))
                .body("find { it.type == 'KILLED' }.count", equalTo(22))
                .body("find { it.type == 'KILLED' }.date", equalTo("2020-02-27"));
    }

    @Test
    void blankTextIsABadRequestWithAMessage() {
        given().contentType("text/plain").body("   ")
                .when().post("/extract")
                .then().statusCode(400).body("error", containsString("article text"));
    }

    @Test
    void impossibleDateLineIsABadRequest() {
        given().contentType("text/plain").body(" date 2020-13-45 Five soldiers were killed.")
                .when().post("/extract")
                .then().statusCode(400).body("error", containsString("invalid date line"));
    }
}
