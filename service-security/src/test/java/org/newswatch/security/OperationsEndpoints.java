package org.newswatch.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What every service's operations endpoints must do: {@code /q/metrics} (Prometheus) for readers and admins only,
 * {@code /q/openapi} and {@code /q/swagger-ui} open. Used by each service's tests with its own counters.
 */
public final class OperationsEndpoints {

    private OperationsEndpoints() {
    }

    /**
     * The values of a metric's series whose labels include each of {@code labels} (e.g. {@code topic="alerts"}), read
     * from {@code /q/metrics} with a reader key; empty when there is none.
     */
    public static List<Double> values(String name, String... labels) {
        RequestSpecification defaults = RestAssured.requestSpecification;
        String text;
        try {
            RestAssured.requestSpecification = null; // the reader key only
            text = given().header(TestCredentials.HEADER, TestCredentials.READER).when().get("/q/metrics").then()
                    .statusCode(200).extract().asString();
        } finally {
            RestAssured.requestSpecification = defaults;
        }
        List<Double> values = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            int end = line.lastIndexOf(' ');
            String series = line.substring(0, end);
            if (Arrays.stream(labels).allMatch(series::contains)) {
                values.add(Double.parseDouble(line.substring(end + 1)));
            }
        }
        return values;
    }

    /** The value of the one series of a metric with these labels; fails when there is none or several. */
    public static double value(String name, String... labels) {
        List<Double> values = values(name, labels);
        if (values.size() != 1) {
            throw new AssertionError(name + " " + Arrays.toString(labels) + ": " + values.size() + " series");
        }
        return values.get(0);
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
