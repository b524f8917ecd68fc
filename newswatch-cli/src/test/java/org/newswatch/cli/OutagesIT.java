package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.cli.bench.Feeder;
import org.newswatch.contracts.Json;

/**
 * Two long outages on one stack while articles flow at 10 a second, then the end-to-end checks of
 * {@link PipelineProof} (nothing answered 202 lost, every alert due on the topic once and delivered):
 * <ol>
 * <li>the subscriber's webhook answers 503 for about 15 s: the alert-service retries, nothing is dead-lettered;
 * <li>the broker is stopped (its data folder kept) for {@value #BROKER_DOWN_SECONDS} s, longer than ingest's 30 s
 * delivery time-out and the consumers' 60 s API time-out (a delivery channel's commit times out in it): every
 * request sent while the broker is down and answered before it is back is answered 503, never 202 (the
 * client retries those; nothing is lost silently); after the broker returns every service is ready again, the
 * delivery channels' threads are alive (liveness check {@code alert delivery threads}) and deliver everything.
 * </ol>
 */
class OutagesIT {

    static final int BROKER_DOWN_SECONDS = 90;

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void webhookAndBrokerOutagesLoseNothingAndDuplicateNoAlert() {
        try (PipelineProof proof = PipelineProof.start(data, PipelineProof.options())) {
            proof.feeder.start(10);

            // 1. the webhook receiver refuses deliveries for a while
            await().atMost(PipelineProof.PATIENCE).until(() -> proof.receiver.deliveries().size() >= 5);
            proof.receiver.failWith(503);
            proof.note("webhook receiver answers 503");
            long refusedBefore = proof.receiver.refused();
            proof.awaitAccepted(150);
            await().atMost(PipelineProof.PATIENCE).until(() -> proof.receiver.refused() > refusedBefore + 10);
            proof.receiver.failWith(0);
            proof.note("webhook receiver back after " + proof.receiver.refused() + " refused deliveries");
            proof.awaitAccepted(20);

            // 2. the broker goes away for longer than every client time-out
            proof.stack.stopBroker();
            long down = System.nanoTime();
            proof.note("broker stopped; articles keep coming");
            await().atMost(Duration.ofSeconds(BROKER_DOWN_SECONDS + 60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> System.nanoTime() - down >= Duration.ofSeconds(BROKER_DOWN_SECONDS).toNanos()
                            && !answeredWhileDown(proof.feeder, down, System.nanoTime()).isEmpty());
            long up = System.nanoTime();
            proof.stack.startBroker();
            proof.stack.awaitHealthy();
            proof.note(String.format("broker back after %.0f s, services ready", (up - down) / 1e9));

            List<Feeder.Answer> whileDown = answeredWhileDown(proof.feeder, down, up);
            Map<String, Long> outcomes = whileDown.stream()
                    .collect(Collectors.groupingBy(Feeder.Answer::outcome, TreeMap::new, Collectors.counting()));
            proof.note("requests sent and answered while the broker was down: " + outcomes);
            assertFalse(whileDown.isEmpty());
            assertEquals(Map.of("503", (long) whileDown.size()), outcomes,
                    "while the broker is down ingest answers 503, never 202");

            JsonNode live = health(proof.stack.url(Stack.Service.ALERT).resolve("/q/health/live"));
            JsonNode threads = check(live, "alert delivery threads");
            assertEquals("UP", threads.path("status").asText(), live.toString());
            assertTrue(threads.path("data").path("webhook").asBoolean(), "the webhook channel's thread runs: " + live);
            proof.awaitAccepted(50);
            proof.verify();
            assertEquals("UP", check(health(proof.stack.url(Stack.Service.ALERT).resolve("/q/health/ready")),
                    "alert delivery").path("status").asText(), "no delivery channel stuck after the outage");
        }
    }

    /** The answers to requests sent after {@code down} and answered before {@code up}. */
    private static List<Feeder.Answer> answeredWhileDown(Feeder feeder, long down, long up) {
        return feeder.answers().stream().filter(a -> a.sentNanos() >= down && a.answeredNanos() < up).toList();
    }

    private JsonNode health(URI uri) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Json.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("no answer from " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode c : health.path("checks")) {
            if (name.equals(c.path("name").asText())) {
                return c;
            }
        }
        throw new AssertionError("no check '" + name + "' in " + health);
    }
}
