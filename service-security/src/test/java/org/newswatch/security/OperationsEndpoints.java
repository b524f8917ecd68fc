package org.newswatch.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * What every service's operations endpoints must do: {@code /q/metrics} (Prometheus) for readers and admins only,
 * {@code /q/openapi} and {@code /q/swagger-ui} open. Used by each service's tests with its own counters.
 */
public final class OperationsEndpoints {

    private OperationsEndpoints() {
    }

    /** Checks the endpoints; the metrics must name each of {@code metrics}. Leaves no default credential set. */
    public static void check(String... metrics) {
        TestCredentials.everyRequestWith(null);
        given().when().get("/q/metrics").then().statusCode(401);
        given().header(TestCredentials.HEADER, TestCredentials.INGEST).when().get("/q/metrics").then().statusCode(403);
        String text = given().header(TestCredentials.HEADER, TestCredentials.READER).when().get("/q/metrics").then()
                .statusCode(200).extract().asString();
        for (String metric : metrics) {
            if (!text.contains(metric)) {
                throw new AssertionError("/q/metrics does not name " + metric);
            }
        }
        given().header(TestCredentials.HEADER, TestCredentials.ADMIN).when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi"))
                .body(containsString("X-API-Key"));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
