package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Topics;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/**
 * The delivery dispatcher survives a notifier that throws and a dead-letter write that fails: the failed alert is
 * dead-lettered (after the write is retried) and later alerts of the channel are still delivered.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class DispatcherSupervisionTest {

    @Inject
    FaultyNotifier faulty;

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    private static String alertOf(String name) throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String id = AlertServiceTest.create("{\"name\":\"faulty " + name + " " + keyword + "\",\"filter\":{\"keywords\":"
                + "[\"" + keyword + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}");
        AlertServiceTest.produceEvent("TURMIL", keyword);
        return AlertServiceTest.awaitAlert(id);
    }

    private void awaitDelivered(String alertId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> faulty.delivered.contains(alertId));
    }

    @Test
    void aNotifierExceptionIsDeadLetteredAndDeliveryGoesOn() throws Exception {
        String thrown = alertOf("throws");
        ConsumerRecord<String, byte[]> dead = AlertServiceTest.findRecord(Topics.EVENTS_DLQ, thrown);
        assertEquals("the faulty notifier threw java.lang.IllegalStateException",
                new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8));
        awaitDelivered(alertOf("ok"));
    }

    @Test
    void aFailedDeadLetterWriteIsRetriedAndDeliveryGoesOn() throws Exception {
        faulty.failDeadLetterWrites.set(2);
        String failed = alertOf("dlq");
        AlertServiceTest.findRecord(Topics.EVENTS_DLQ, failed);
        assertEquals(0, faulty.failDeadLetterWrites.get(), "both failed writes were retried");
        awaitDelivered(alertOf("ok"));
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
