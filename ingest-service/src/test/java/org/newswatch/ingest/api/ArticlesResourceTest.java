package org.newswatch.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.ingest.domain.ArticleIds;
import org.newswatch.ingest.domain.TextNormalizer;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.OperationsEndpoints;
import org.newswatch.security.TestCredentials;
import org.newswatch.security.TestSpans;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ArticlesResourceTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    private static TopicRecords articles;

    @BeforeAll
    static void subscribe() {
        articles = new TopicRecords(Topics.ARTICLES);
    }

    @AfterAll
    static void close() {
        articles.close();
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID() + " reported that 12 soldiers were killed near the border on Tuesday.";
    }

    private static String post(String json) {
        return given().contentType("application/json").body(json)
                .when().post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted")).body("id", notNullValue())
                .extract().path("id");
    }

    /** Posts a marker article and waits for it: every record sent before it is on the topic by then (one partition). */
    private static void flush() {
        String id = post(Json.write(Map.of("text", unique("marker"))));
        articles.awaitKey(id);
    }

    @Test
    void jsonArticleIsPublishedWithKeyHeadersAndEventTimestamp() {
        String text = unique("json");
        String id = post(Json.write(Map.of("title", "  A  title ", "url", "https://example.org/a/" + UUID.randomUUID(),
                "source", "Example", "publishedAt", "2020-02-27T10:15:30Z", "text", text)));
        assertEquals(ArticleIds.articleId(text), id);

        ConsumerRecord<String, String> record = articles.awaitKey(id);
        Article article = Json.read(record.value(), Article.class);
        assertEquals(id, article.id());
        assertEquals("A title", article.title());
        assertEquals("Example", article.source());
        assertEquals(Instant.parse("2020-02-27T10:15:30Z"), article.publishedAt());
        assertEquals(Article.LIVE, article.origin());
        assertEquals(text, article.text());
        assertNull(article.nearDuplicateOf());
        assertEquals(Instant.parse("2020-02-27T10:15:30Z").toEpochMilli(), record.timestamp());
        assertEquals(id, CloudEvents.header(record.headers(), CloudEvents.ID));
        assertEquals(CloudEvents.ARTICLE_TYPE, CloudEvents.header(record.headers(), CloudEvents.TYPE));
        assertEquals("/newswatch/ingest-service", CloudEvents.header(record.headers(), CloudEvents.SOURCE));
        assertEquals("2020-02-27T10:15:30Z", CloudEvents.header(record.headers(), CloudEvents.TIME));
        assertEquals("1.0", CloudEvents.header(record.headers(), CloudEvents.SPECVERSION));
    }

    @Test
    void seedFileIsPublishedWithItsDateAsTimestamp() {
        String seed = TopicRecords.resource("seeds/001_32d8ca73eb4d3cfe.txt");
        String id = given().contentType("text/plain; charset=UTF-8").body(seed)
                .when().post("/articles")
                .then().statusCode(202).body("status", equalTo("accepted"))
                .extract().path("id");
        SeedFormat.Parsed parsed = SeedFormat.parse(seed);
        assertEquals(ArticleIds.articleId(TextNormalizer.clean(parsed.text())), id);

        ConsumerRecord<String, String> record = articles.awaitKey(id);
        Article article = Json.read(record.value(), Article.class);
        assertEquals(LocalDate.of(2020, 2, 19), parsed.date());
        assertEquals(Instant.parse("2020-02-19T00:00:00Z"), article.publishedAt());
        assertEquals(Instant.parse("2020-02-19T00:00:00Z").toEpochMilli(), record.timestamp());
        assertEquals("2020-02-19T00:00:00Z", CloudEvents.header(record.headers(), CloudEvents.TIME));
        assertEquals(TextNormalizer.clean(parsed.text()), article.text());
        assertTrue(article.text().startsWith("Dozens reported dead"), article.text().substring(0, 40));
    }

    @Test
    void plainTextIsDecodedInItsDeclaredCharset() {
        String text = unique("Caf\u00e9 in Mosul");
        String id = given().contentType("text/plain; charset=ISO-8859-1").body(text.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/articles")
                .then().statusCode(202).extract().path("id");
        assertEquals(text, Json.read(articles.awaitKey(id).value(), Article.class).text());
    }

    @Test
    void dateOnlyPublishedAtIsMidnightUtc() {
        String id = post(Json.write(Map.of("publishedAt", "2020-03-01", "text", unique("dated"))));
        ConsumerRecord<String, String> record = articles.awaitKey(id);
        assertEquals(Instant.parse("2020-03-01T00:00:00Z").toEpochMilli(), record.timestamp());
    }

    @Test
    void exactDuplicateAnswersDuplicateAndIsNotRepublished() {
        String text = unique("dup");
        String id = post(Json.write(Map.of("text", text)));
        // the same text with other white space and another title is the same article
        given().contentType("application/json").body(Json.write(Map.of("title", "other", "text", "  " + text.replace(" ", "\n  "))))
                .when().post("/articles")
                .then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
        flush();
        assertEquals(1, articles.all(r -> id.equals(r.key())).size());
    }

    @Test
    void sameUrlIsADuplicate() {
        String url = "https://example.org/news/" + UUID.randomUUID();
        String id = post(Json.write(Map.of("url", url, "text", unique("url-first"))));
        given().contentType("application/json").body(Json.write(Map.of("url", url + "/#comments", "text", unique("url-second"))))
                .when().post("/articles")
                .then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
    }

    @Test
    void emptyTextIs400AndNothingIsPublished() {
        String marker = "empty-" + UUID.randomUUID();
        given().contentType("application/json").body(Json.write(Map.of("title", marker, "text", " \n\t ")))
                .when().post("/articles")
                .then().statusCode(400).contentType("application/json").body("error", containsString("text"));
        given().contentType("text/plain").body("   ")
                .when().post("/articles")
                .then().statusCode(400).body("error", containsString("text"));
        flush();
        assertTrue(articles.all(r -> r.value().contains(marker)).isEmpty());
    }

    @Test
    void invalidJsonIs400AndNothingIsPublished() {
        String marker = "broken-" + UUID.randomUUID();
        given().contentType("application/json").body("{\"text\": \"" + marker + "\",")
                .when().post("/articles")
                .then().statusCode(400).contentType("application/json").body("error", containsString("JSON"));
        given().contentType("application/json").body("[1, 2]")
                .when().post("/articles")
                .then().statusCode(400).body("error", notNullValue());
        given().contentType("application/json").body("{\"publishedAt\": \"yesterday\", \"text\": \"" + marker + "\"}")
                .when().post("/articles")
                .then().statusCode(400).body("error", containsString("publishedAt"));
        flush();
        assertTrue(articles.all(r -> r.value().contains(marker)).isEmpty());
    }

    @Test
    void bodyOverFiveMegabytesIs413() {
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        given().contentType("text/plain").body(big)
                .when().post("/articles")
                .then().statusCode(413).contentType("application/json").body("error", containsString("limit"));
    }

    @Test
    void unknownContentTypeIs415WithJson() {
        given().contentType("application/xml").body("<article/>")
                .when().post("/articles")
                .then().statusCode(415).contentType("application/json").body("error", notNullValue());
    }

    /** The first hop of a trace: the article record carries the request's trace (its producer span), read in memory. */
    @Test
    void theArticleRecordCarriesTheTraceOfItsRequest() {
        ConsumerRecord<String, String> record = articles.awaitKey(post(Json.write(Map.of("text", unique("traced")))));
        String traceId = TraceHeaders.traceId(record.headers()).orElseThrow(() -> new AssertionError("no traceparent"));
        SpanData request = TestSpans.awaitSpan(traceId, "POST /articles", SpanKind.SERVER);
        SpanData publish = TestSpans.awaitSpan(traceId, Topics.ARTICLES + " publish", SpanKind.PRODUCER);
        assertEquals(request.getSpanId(), publish.getParentSpanId(), "published within the request");
        assertEquals("00-" + traceId + "-" + publish.getSpanId() + "-01",
                CloudEvents.header(record.headers(), TraceHeaders.TRACEPARENT));
    }

    @Test
    void aCallersTraceContextIsContinued() {
        String callers = "0af7651916cd43dd8448eb211c80319c";
        String id = given().header(TraceHeaders.TRACEPARENT, "00-" + callers + "-b7ad6b7169203331-01")
                .contentType("application/json").body(Json.write(Map.of("text", unique("traced caller"))))
                .when().post("/articles").then().statusCode(202).extract().path("id");
        assertEquals(callers, TraceHeaders.traceId(articles.awaitKey(id).headers()).orElseThrow());
        assertEquals("b7ad6b7169203331",
                TestSpans.awaitSpan(callers, "POST /articles", SpanKind.SERVER).getParentSpanId());
    }

    /** newswatch_dedup_memory_size{window}: one more article remembered per article accepted. */
    @Test
    void theDedupMemorySizeIsAGauge() {
        double exact = OperationsEndpoints.value("newswatch_dedup_memory_size", "window=\"exact\"");
        double near = OperationsEndpoints.value("newswatch_dedup_memory_size", "window=\"near\"");
        String text = unique("gauge") + " The long text has enough words to be searched for near duplicates of it,"
                + " since the shingles of a short text are too few to compare, and this one goes on a while longer.";
        post(Json.write(Map.of("text", text)));
        assertEquals(exact + 1, OperationsEndpoints.value("newswatch_dedup_memory_size", "window=\"exact\""));
        assertEquals(near + 1, OperationsEndpoints.value("newswatch_dedup_memory_size", "window=\"near\""));
        given().contentType("application/json").body(Json.write(Map.of("text", text))).when().post("/articles")
                .then().statusCode(200).body("status", equalTo("duplicate"));
        assertEquals(exact + 1, OperationsEndpoints.value("newswatch_dedup_memory_size", "window=\"exact\""),
                "a duplicate is not remembered again");
    }

    @Test
    void healthIsUp() {
        JsonNode health = Json.read(given().when().get("/q/health/ready").then().statusCode(200).extract().asString(), JsonNode.class);
        assertEquals("UP", health.get("status").asText());
    }
}
