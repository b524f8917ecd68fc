package org.newswatch.ingest.feeds;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.support.TopicRecords;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** Feeds served by a local HTTP server: RSS with ETag and 304, Atom, and a feed that serves garbage. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FeedsTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    private static final String TAG = UUID.randomUUID().toString();
    private static HttpServer server;
    private static final AtomicInteger rssOk = new AtomicInteger();
    private static final AtomicInteger rssNotModified = new AtomicInteger();
    private static final AtomicInteger garbageHits = new AtomicInteger();
    private static final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Local Wire</title><link>http://local/</link><description>d</description>
            <item><title>Clashes in Idlib</title><link>http://local/a/1-%1$s</link>
              <pubDate>Thu, 27 Feb 2020 10:00:00 GMT</pubDate>
              <description><![CDATA[<p>rss-one %1$s: five soldiers were wounded in clashes near Saraqeb.</p><p>Share this</p>]]></description></item>
            <item><title>Talks in Moscow</title><link>http://local/a/2-%1$s</link>
              <pubDate>Fri, 28 Feb 2020 09:30:00 GMT</pubDate>
              <description>rss-two %1$s: a Turkish delegation will travel to Moscow.</description></item>
            </channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:atom-wire</id>
              <updated>2020-03-01T12:00:00Z</updated>
              <entry><title>Displacement</title><id>urn:e1-%1$s</id><link href="http://local/atom/1-%1$s"/>
                <published>2020-03-01T11:00:00Z</published><updated>2020-03-01T12:00:00Z</updated>
                <content type="html">&lt;p&gt;atom-one %1$s: about 900,000 people have fled the fighting.&lt;/p&gt;</content></entry>
            </feed>
            """;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", exchange -> {
            String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (etag != null) {
                ifNoneMatch.add(etag);
            }
            if ("\"v1\"".equals(etag)) {
                rssNotModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            rssOk.incrementAndGet();
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            exchange.getResponseHeaders().add("Last-Modified", "Fri, 28 Feb 2020 09:30:00 GMT");
            send(exchange, 200, "application/rss+xml", RSS.formatted(TAG));
        });
        server.createContext("/atom", exchange -> send(exchange, 200, "application/atom+xml", ATOM.formatted(TAG)));
        server.createContext("/garbage", exchange -> {
            garbageHits.incrementAndGet();
            send(exchange, 200, "text/html", "<html>this is not a feed");
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String addFeed(String path, int expectedStatus) {
        return given().contentType("application/json")
                .body(Json.write(Map.of("url", url(path), "name", path.substring(1), "intervalSeconds", 1)))
                .when().post("/feeds")
                .then().statusCode(expectedStatus).body("feed.url", equalTo(url(path)))
                .extract().path("feed.id");
    }

    @Test
    void rssFeedIsPublishedOnceAndPolledWithConditionalGet() {
        String id = addFeed("/rss", 201);
        addFeed("/rss", 200); // the same URL again is the same feed
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            ConsumerRecord<String, String> one = articles.awaitFirst(r -> r.value().contains("rss-one " + TAG));
            Article a1 = Json.read(one.value(), Article.class);
            assertEquals("Clashes in Idlib", a1.title());
            assertEquals("http://local/a/1-" + TAG, a1.url());
            assertEquals("Local Wire", a1.source());
            assertEquals(Instant.parse("2020-02-27T10:00:00Z").toEpochMilli(), one.timestamp());
            assertEquals("rss-one " + TAG + ": five soldiers were wounded in clashes near Saraqeb.", a1.text());
            articles.awaitFirst(r -> r.value().contains("rss-two " + TAG));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> rssNotModified.get() >= 2);
            assertEquals(1, rssOk.get());
            assertTrue(ifNoneMatch.contains("\"v1\""));
            JsonPath feed = given().when().get("/feeds/" + id).then().statusCode(200).extract().jsonPath();
            assertEquals("not-modified", feed.getString("status.lastResult"));
            assertEquals("\"v1\"", feed.getString("status.etag"));
            assertEquals(2, feed.getInt("status.published"));

            String marker = given().contentType("application/json").body(Json.write(Map.of("text", "feeds marker " + UUID.randomUUID())))
                    .when().post("/articles").then().statusCode(202).extract().path("id");
            articles.awaitKey(marker);
            assertEquals(1, articles.all(r -> r.value().contains("rss-one " + TAG)).size());
            assertEquals(1, articles.all(r -> r.value().contains("rss-two " + TAG)).size());
        }
        given().when().delete("/feeds/" + id).then().statusCode(204);
    }

    @Test
    void garbageFeedIsBackedOffWhileOtherFeedsGoOn() {
        String bad = addFeed("/garbage", 201);
        String atom = addFeed("/atom", 201);
        try (TopicRecords articles = new TopicRecords(Topics.ARTICLES)) {
            ConsumerRecord<String, String> rec = articles.awaitFirst(r -> r.value().contains("atom-one " + TAG));
            Article article = Json.read(rec.value(), Article.class);
            assertEquals("Atom Wire", article.source());
            assertEquals(Instant.parse("2020-03-01T11:00:00Z").toEpochMilli(), rec.timestamp());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().when().get("/feeds/" + bad).then().extract().jsonPath().getInt("status.failures") >= 2);
        JsonPath status = given().when().get("/feeds/" + bad).then().statusCode(200).extract().jsonPath();
        assertEquals("error", status.getString("status.lastResult"));
        assertTrue(status.getString("status.lastError").contains("not an RSS or Atom feed"), status.getString("status.lastError"));
        int failures = status.getInt("status.failures");
        Duration wait = Duration.between(Instant.parse(status.getString("status.lastPolledAt")),
                Instant.parse(status.getString("status.nextPollAt")));
        assertEquals(Duration.ofSeconds(1L << failures), wait, "exponential backoff after " + failures + " failures");

        given().when().delete("/feeds/" + bad).then().statusCode(204);
        given().when().delete("/feeds/" + atom).then().statusCode(204);
        given().when().get("/feeds/" + bad).then().statusCode(404).body("error", containsString(bad));
        given().when().delete("/feeds/" + bad).then().statusCode(404);
    }

    @Test
    void invalidFeedRequestsAre400() {
        given().contentType("application/json").body("{\"url\": \"ftp://example.org/feed\"}")
                .when().post("/feeds").then().statusCode(400).body("error", containsString("http"));
        given().contentType("application/json").body("{\"name\": \"no url\"}")
                .when().post("/feeds").then().statusCode(400).body("error", containsString("url"));
        given().contentType("application/json").body("{\"url\": ")
                .when().post("/feeds").then().statusCode(400).contentType("application/json").body("error", notNullValue());
        given().contentType("application/json").body("{\"url\": \"http://example.org/x\", \"intervalSeconds\": \"often\"}")
                .when().post("/feeds").then().statusCode(400).contentType("application/json").body("error", notNullValue());
        given().contentType("application/json").body("{\"url\": \"http://example.org/x\", \"intervalSeconds\": 0}")
                .when().post("/feeds").then().statusCode(400).body("error", containsString("intervalSeconds"));
    }

    @Test
    void feedsToInternalAddressesOutsideTheAllowListAre400() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[::1]:8081/", "http://0.0.0.0:9092/",
                "http://[64:ff9b::7f00:1]/", "http://10.0.0.1/rss")) {
            given().contentType("application/json").body("{\"url\": \"" + url + "\"}")
                    .when().post("/feeds").then().statusCode(400)
                    .body("error", containsString("special-purpose"));
        }
    }
}
