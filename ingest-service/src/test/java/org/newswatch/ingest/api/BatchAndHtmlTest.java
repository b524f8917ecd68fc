package org.newswatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BatchAndHtmlTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID() + " said five fighters were wounded in the clashes.";
    }

    @Test
    void aBatchOverTheItemLimitIs413NamingTheLimit() {
        String body = "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]";
        given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(413).body("error", containsString("at most 1000 articles"));
    }

    @Test
    void jsonArrayBatchAnswersPerItem() {
        String a = unique("batch-a");
        String b = unique("batch-b");
        String body = Json.write(List.of(
                Map.of("text", a, "publishedAt", "2020-02-20"),
                Map.of("text", b),
                Map.of("text", a),
                Map.of("title", "no text"),
                "not an object"));
        JsonPath answer = given().contentType("application/json").body(body)
                .when().post("/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(2)).body("duplicates", equalTo(1)).body("errors", equalTo(2))
                .body("results[0].status", equalTo("accepted"))
                .body("results[1].status", equalTo("accepted"))
                .body("results[2].status", equalTo("duplicate"))
                .body("results[3].status", equalTo("error")).body("results[3].error", containsString("text"))
                .body("results[3].id", nullValue())
                .body("results[4].status", equalTo("error"))
                .extract().jsonPath();
        String idA = answer.getString("results[0].id");
        assertEquals(idA, answer.getString("results[2].id"));
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            ConsumerRecord<String, String> recA = articles.awaitKey(idA);
            assertEquals(Instant.parse("2020-02-20T00:00:00Z").toEpochMilli(), recA.timestamp());
            articles.awaitKey(answer.getString("results[1].id"));
            assertEquals(1, articles.all(r -> idA.equals(r.key())).size());
        }
    }

    @Test
    void jsonLinesBatchKeepsGoingPastABadLine() {
        String a = unique("lines-a");
        String b = unique("lines-b");
        String body = Json.write(Map.of("text", a)) + "\n\n{broken\n" + Json.write(Map.of("text", b)) + "\n";
        JsonPath answer = given().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(2)).body("errors", equalTo(1))
                .body("results[1].status", equalTo("error")).body("results[1].error", containsString("JSON"))
                .extract().jsonPath();
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            assertEquals(b, Json.read(articles.awaitKey(answer.getString("results[2].id")).value(), Article.class).text());
        }
    }

    @Test
    void batchThatIsNotAnArrayIs400() {
        given().contentType("application/json").body("{\"text\": \"one\"}")
                .when().post("/articles/batch")
                .then().statusCode(400).body("error", containsString("array"));
    }

    /** A page nested deeper than browsers nest (5 MB of open divs at most) is a clear 400, not a stack overflow. */
    @Test
    void aPageNestedDeeperThanTheLimitIs400NamingIt() throws Exception {
        String deep = "<html><body><article><p>Five soldiers were killed " + UUID.randomUUID() + ".</p>"
                + "<div>".repeat(200_000) + "text</article></body></html>";
        // sent without REST Assured, whose failure log would print the page as a tree, recursively
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/articles"))
                .header("Content-Type", "text/html").header(TestCredentials.HEADER, TestCredentials.INGEST)
                .POST(HttpRequest.BodyPublishers.ofString(deep)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals("the HTML nests elements more than 512 deep",
                Json.MAPPER.readTree(answer.body()).path("error").asText());
        String nested = "<html><body><article><p>Five soldiers were killed near the border " + UUID.randomUUID()
                + ".</p>" + "<div>".repeat(400) + "in nested text</article></body></html>";
        given().contentType("text/html").body(nested).when().post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted"));
    }

    @Test
    void htmlPageIsCleanedAndPublishedWithItsMetadata() {
        String marker = UUID.randomUUID().toString();
        String html = TopicRecords.resource("html/page.html").replace("42 Turkish", "42 (" + marker + ") Turkish");
        String id = given().contentType("text/html").body(html).queryParam("url", "https://news.example.org/" + marker)
                .when().post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted"))
                .extract().path("id");
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            ConsumerRecord<String, String> record = articles.awaitKey(id);
            Article article = Json.read(record.value(), Article.class);
            assertEquals("22 Turkish Soldiers Killed in Syria's Idlib", article.title());
            assertEquals("Example News", article.source());
            assertEquals("https://news.example.org/" + marker, article.url());
            assertEquals(Instant.parse("2020-02-28T03:30:00Z"), article.publishedAt());
            assertEquals(Instant.parse("2020-02-28T03:30:00Z").toEpochMilli(), record.timestamp());
            assertFalse(article.text().contains("Accessibility"), article.text());
            assertFalse(article.text().contains("<p>"), article.text());
        }
    }
}
