package org.newswatch.alert.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.OperationsEndpoints;
import org.newswatch.security.TestCredentials;

/** /q/metrics with the alert counters, for readers and admins; /q/openapi and /q/swagger-ui open. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class OperationsTest {

    @Test
    void metricsCountAlertsAndDeliveries() throws Exception {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String id = AlertServiceTest.create("{\"name\":\"metrics\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"emails\":[\"ops@example.org\"]}");
        AlertServiceTest.produceEvent("TURMIL", keyword);
        AlertServiceTest.awaitAlert(id);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                OperationsEndpoints.check("newswatch_alerts_total{status=\"new\"",
                        "newswatch_deliveries_total{channel=\"email\",outcome=\"ok\""));
    }

    /**
     * Consumer lag per group and partition: the webhook and e-mail dispatchers' own consumers (client ids
     * consumer-alert-service-&lt;channel&gt;s-n) and the topology's, from the Kafka clients' records-lag.
     */
    @Test
    void consumerLagIsMeasuredPerGroupAndPartition() {
        for (String group : List.of("alert-service-webhooks", "alert-service-emails")) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertFalse(OperationsEndpoints.values(
                    "kafka_consumer_fetch_manager_records_lag", "client_id=\"consumer-" + group + "-",
                    "topic=\"alerts\"", "partition=\"0\"").isEmpty(), group));
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertFalse(OperationsEndpoints.values(
                "kafka_consumer_fetch_manager_records_lag", "topic=\"events\"", "partition=\"0\"").isEmpty(),
                "the topology's consumer"));
    }
}
