package org.newswatch.ingest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Json;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * Ingest throughput: articles per second through {@code POST /articles} into Kafka with acks=all (each answer waits
 * for the broker), 32 requests in flight, against the in-JVM broker. Prints the figure and writes it to
 * {@code target/ingest-throughput.txt}; fails if any article is not accepted.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class IngestThroughputBench {

    private static final int ARTICLES = 2000;
    private static final int IN_FLIGHT = 32;

    @Test
    void measuresRestToKafkaThroughput() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/articles");
        String run = UUID.randomUUID().toString();
        String body = "Officials said %d soldiers were killed and %d wounded near the town of %s on Tuesday, run %s. ";
        // warm-up
        send(http, uri, 200, run + "-warm", body);
        long start = System.nanoTime();
        List<Integer> statuses = send(http, uri, ARTICLES, run, body);
        double seconds = (System.nanoTime() - start) / 1e9;
        long accepted = statuses.stream().filter(s -> s == 202).count();
        String report = String.format("ingest throughput: %d articles in %.2f s = %.0f articles/s (REST -> Kafka, acks=all, %d in flight, about %d bytes each)",
                ARTICLES, seconds, ARTICLES / seconds, IN_FLIGHT, body.length() * 8);
        System.out.println(report);
        Files.writeString(Path.of("target", "ingest-throughput.txt"), report + "\n");
        assertEquals(ARTICLES, accepted);
    }

    private static List<Integer> send(HttpClient http, URI uri, int count, String run, String template)
            throws InterruptedException, IOException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.acquire();
            String text = template.formatted(i, i % 7, "Saraqeb", run + "-" + i).repeat(8);
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .header(TestCredentials.HEADER, TestCredentials.ADMIN)
                    .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("text", text)))).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                    .whenComplete((s, e) -> slots.release()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> answer : answers) {
            statuses.add(answer.join());
        }
        return statuses;
    }
}
