package org.newswatch.alert.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.notify.EmailNotifier;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.kafka.KafkaTestResource;
import org.newswatch.security.TestCredentials;

/** The email channel against an in-process SMTP server. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "events,subscriptions,alerts,events-dlq"))
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EmailTest {

    @BeforeEach
    void asAdmin() {
        TestCredentials.everyRequestWith(TestCredentials.ADMIN);
    }

    /** The messages the SMTP server received whose subject names this subscription. */
    static List<MimeMessage> mailsFor(String subscriptionName) {
        return Arrays.stream(SmtpTestResource.server().getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subscriptionName);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anAlertIsMailedOnceToEachRecipientWithItsEvidence() throws MessagingException, IOException, Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String name = "mailed " + keyword;
        String id = AlertServiceTest.create("{\"name\":\"" + name + "\",\"filter\":{\"keywords\":[\"" + keyword
                + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},"
                + "\"emails\":[\"analyst@example.org\",\"desk@example.org\"]}");
        given().when().get("/subscriptions/" + id).then().body("emails[1]", equalTo("d…@example.org"));
        AlertServiceTest.produceEvent("TURMIL", keyword);
        String alertId = AlertServiceTest.awaitAlert(id);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsFor(name).size() >= 2);
        List<MimeMessage> mails = mailsFor(name);
        assertEquals(2, mails.size(), "one message per recipient");
        List<String> to = mails.stream().map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(List.of("analyst@example.org", "desk@example.org"), to);
        MimeMessage mail = mails.get(0);
        assertEquals("[NewsWatch] " + name + ": At least 22 Turkish military killed in Idlib on 2020-02-27",
                mail.getSubject());
        assertEquals(alertId, mail.getHeader(WebhookNotifier.DELIVERY_HEADER)[0]);
        String body = mail.getContent().toString().replace("\r\n", "\n"); // SMTP ends lines with CRLF
        assertTrue(body.contains("Rule: threshold"), body);
        assertTrue(body.contains("Count: at least 22\n"), body);
        assertTrue(body.contains("Victim: Turkish military (TURMIL)\n"), body);
        assertTrue(body.contains("Open in the dashboard: https://desk.example.org/#/alerts/" + alertId), body);
        assertTrue(body.contains("At least 22 Turkish soldiers were killed " + keyword), body);
        assertTrue(body.contains("<https://x.org/a>"), body);
        assertTrue(body.contains("Alert id: " + alertId), body);
    }

    @Test
    void anAlertThatCannotBeMailedGoesToTheEmailDeadLetterTopicWithTheReason() throws Exception {
        String keyword = "kw" + UUID.randomUUID().toString().replace("-", "");
        String id = AlertServiceTest.create("{\"name\":\"unmailable " + keyword + "\",\"filter\":{\"keywords\":[\""
                + keyword + "\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"emails\":[\"desk@example.org\"]}");
        SmtpTestResource.pause();
        try {
            AlertServiceTest.produceEvent("TURMIL", keyword);
            String alertId = AlertServiceTest.awaitAlert(id);
            ConsumerRecord<String, byte[]> dead = AlertServiceTest.findRecord(InternalTopics.EMAIL_DLQ, alertId);
            String reason = new String(dead.headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER).value(), StandardCharsets.UTF_8);
            assertTrue(reason.contains("on attempt 3"), "every attempt was made: " + reason);
            assertEquals("desk@example.org",
                    new String(dead.headers().lastHeader(EmailNotifier.ADDRESS_HEADER).value(), StandardCharsets.UTF_8));
            assertEquals(alertId, Json.read(dead.value(), Alert.class).alertId());
        } finally {
            SmtpTestResource.resume();
        }
    }

    @Test
    void malformedAddressesAreRefused() {
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"emails\":[\"a@example.org\","
                + "\"not an address\"]}", "emails[1]");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"emails\":\"a@example.org\"}",
                "emails");
        AlertServiceTest.rejects("{\"name\":\"x\",\"rule\":{\"kind\":\"new\"},\"emails\":[\"a@example.org\\r\\n"
                + "Bcc: b@example.org\"]}", "emails[0]");
    }
}
