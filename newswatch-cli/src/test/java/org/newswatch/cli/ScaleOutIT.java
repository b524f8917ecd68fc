package org.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;

/**
 * Two extract-service and two alert-service instances (one consumer group / Streams application each) on
 * articles and events topics of three partitions: both instances of each get partitions, and the alerts are the
 * same as with one instance (one per article due, with its figure), none twice; either alert-service instance lists
 * the whole alert history.
 */
class ScaleOutIT {

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void twoInstancesOfExtractAndAlertRaiseEachAlertOnce() throws Exception {
        Stack.Options options = PipelineProof.options()
                .instances(Stack.Service.EXTRACT, 2).instances(Stack.Service.ALERT, 2)
                .topic(Topics.ARTICLES, 3).topic(Topics.EVENTS, 3).topic(Topics.ALERTS, 3);
        try (PipelineProof proof = PipelineProof.start(data, options)) {
            proof.feeder.start(20);
            proof.awaitAccepted(300);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    proof.stack.bootstrapServers()))) {
                Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(
                        List.of("extract-service", "alert-service")).all().get(30, TimeUnit.SECONDS);
                for (ConsumerGroupDescription group : groups.values()) {
                    List<MemberDescription> working = group.members().stream()
                            .filter(m -> !m.assignment().topicPartitions().isEmpty()).toList();
                    proof.note(group.groupId() + ": " + group.members().size() + " members, "
                            + working.size() + " with partitions");
                    assertEquals(2, working.size(), group.groupId() + " shares its partitions between two instances");
                }
            }
            proof.verify();
            assertTrue(proof.stack.instances(Stack.Service.ALERT) == 2);

            // GET /alerts answers from the whole history on either instance, not only its own partitions
            Set<String> onTopic = proof.client.readAlerts().stream().map(Alert::alertId).collect(Collectors.toSet());
            HttpClient http = HttpClient.newHttpClient();
            for (int instance = 0; instance < 2; instance++) {
                URI uri = proof.stack.url(Stack.Service.ALERT, instance).resolve("/alerts?limit=10000");
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri)
                            .header(PipelineClient.API_KEY_HEADER, proof.stack.keys().admin()).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, answer.statusCode(), answer.body());
                    Set<String> listed = new HashSet<>();
                    Json.MAPPER.readTree(answer.body()).forEach(a -> listed.add(a.path("alertId").asText()));
                    assertEquals(onTopic, listed, "GET " + uri);
                });
            }
        }
    }
}
