package org.newswatch.alert.notify;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.alert.grouping.GroupedDelivery;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.readable.AlertMessages;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;

/**
 * The email channel: one plain-text message per new alert, readable ({@link AlertMessages}: the subscription's own
 * templates or the shipped ones), to each of the subscription's addresses, through SMTP
 * with Quarkus Mailer ({@code quarkus.mailer.*}: host, port, from, credentials, TLS). The delivery id travels in
 * {@value WebhookNotifier#DELIVERY_HEADER}. Failures are retried with exponential backoff and jitter; after the last
 * attempt the alert goes to {@link InternalTopics#EMAIL_DLQ} with the address in {@value #ADDRESS_HEADER}.
 */
@ApplicationScoped
public class EmailNotifier implements GroupedNotifier {

    public static final String ADDRESS_HEADER = "email-to";

    @Inject
    MeterRegistry registry;
    @Inject
    Mailer mailer;
    @Inject
    AlertMessages messages;
    @Inject
    GroupedDelivery grouped;

    @ConfigProperty(name = "alert.email.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "alert.email.max-attempts", defaultValue = "4")
    int maxAttempts;
    @ConfigProperty(name = "alert.email.backoff", defaultValue = "PT1S")
    Duration backoff;
    @ConfigProperty(name = "alert.email.max-backoff", defaultValue = "PT60S")
    Duration maxBackoff;

    private volatile boolean stopped;

    @Override
    public String channel() {
        return Delivery.EMAIL;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public List<String> targets(Subscription subscription) {
        return subscription.emails() == null ? List.of() : subscription.emails();
    }

    @Override
    public String deadLetterTopic() {
        return InternalTopics.EMAIL_DLQ;
    }

    @Override
    public String targetHeader() {
        return ADDRESS_HEADER;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public String deliver(String address, Subscription subscription, Alert alert, byte[] body, String deliveryId) {
        if (subscription.grouping() != null) {
            grouped.offer(this, address, subscription, alert);
            return null;
        }
        return send(address, messages.render(AlertMessages.EMAIL_SUBJECT, subscription, alert),
                messages.render(AlertMessages.EMAIL_BODY, subscription, alert), deliveryId);
    }

    /** One message about a group of alerts, or the daily digest when the subscription asks for one. */
    @Override
    public String deliverBatch(String address, Subscription subscription, List<Alert> alerts, String deliveryId) {
        boolean digest = subscription.grouping() != null && subscription.grouping().dailyDigestAt() != null;
        return send(address, messages.subject(subscription, alerts, digest), messages.body(subscription, alerts),
                deliveryId);
    }

    private String send(String address, String subject, String text, String deliveryId) {
        Backoff delays = new Backoff(backoff, maxBackoff);
        String last = "no attempt";
        for (int attempt = 1; attempt <= maxAttempts && !stopped; attempt++) {
            try {
                mailer.send(Mail.withText(address, subject, text)
                        .addHeader(WebhookNotifier.DELIVERY_HEADER, deliveryId));
                return null;
            } catch (RuntimeException e) {
                last = e.getClass().getSimpleName() + " on attempt " + attempt + ": " + e.getMessage();
            }
            if (attempt < maxAttempts) {
                DeliveryMetrics.count(registry, channel(), DeliveryMetrics.RETRIED);
            }
            if (attempt < maxAttempts && !delays.pause(attempt)) {
                return "interrupted";
            }
        }
        return last;
    }
}
