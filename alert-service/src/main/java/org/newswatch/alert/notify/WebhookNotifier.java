package org.newswatch.alert.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.alert.domain.WebhookPolicy;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.WebhookSignature;

/**
 * The webhook channel: POSTs the alert JSON to each of the subscription's webhooks. Each attempt is signed
 * ({@link WebhookSignature}) and carries the delivery id in {@value #DELIVERY_HEADER}; 429, 5xx, timeouts and I/O
 * errors are retried with exponential backoff and jitter; after the last attempt (or at once on another 4xx) the
 * alert goes to {@link InternalTopics#WEBHOOKS_DLQ} with the URL in {@value #URL_HEADER}.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {

    public static final String DELIVERY_HEADER = "X-NewsWatch-Delivery";
    public static final String URL_HEADER = "webhook-url";
    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class);

    @ConfigProperty(name = "alert.webhook.enabled", defaultValue = "true")
    boolean enabled;
    @ConfigProperty(name = "alert.webhook.secret")
    Optional<String> secret;
    @ConfigProperty(name = "alert.webhook.allow-hosts")
    Optional<List<String>> allowHosts;
    @ConfigProperty(name = "alert.webhook.max-attempts", defaultValue = "5")
    int maxAttempts;
    @ConfigProperty(name = "alert.webhook.backoff", defaultValue = "PT0.5S")
    Duration backoff;
    @ConfigProperty(name = "alert.webhook.max-backoff", defaultValue = "PT30S")
    Duration maxBackoff;
    @ConfigProperty(name = "alert.webhook.timeout", defaultValue = "PT10S")
    Duration defaultTimeout;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile boolean stopped;

    public WebhookPolicy policy() {
        return new WebhookPolicy(Set.copyOf(allowHosts.orElse(List.of())));
    }

    @Override
    public String channel() {
        return Delivery.WEBHOOK;
    }

    @Override
    public boolean enabled() {
        if (enabled && (secret.isEmpty() || secret.get().isBlank())) {
            LOG.warn("alert.webhook.secret (ALERT_WEBHOOK_SECRET) is not set: webhooks are sent unsigned");
        }
        return enabled;
    }

    @Override
    public List<String> targets(Subscription subscription) {
        return subscription.webhooks() == null ? List.of()
                : subscription.webhooks().stream().map(Subscription.Webhook::url).toList();
    }

    @Override
    public String deadLetterTopic() {
        return InternalTopics.WEBHOOKS_DLQ;
    }

    @Override
    public String targetHeader() {
        return URL_HEADER;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public String deliver(String url, Subscription subscription, Alert alert, byte[] body, String deliveryId) {
        Integer timeoutMs = subscription.webhooks().stream().filter(w -> w.url().equals(url))
                .map(Subscription.Webhook::timeoutMs).filter(t -> t != null).findFirst().orElse(null);
        String refusal = policy().refusal(url);
        if (refusal != null) {
            return "refused: " + refusal;
        }
        Duration timeout = timeoutMs == null ? defaultTimeout : Duration.ofMillis(timeoutMs);
        Backoff delays = new Backoff(backoff, maxBackoff);
        String last = "no attempt";
        for (int attempt = 1; attempt <= maxAttempts && !stopped; attempt++) {
            long now = Instant.now().getEpochSecond();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(DELIVERY_HEADER, deliveryId)
                    .header("X-NewsWatch-Alert-Status", alert.isUpdate() ? Alert.UPDATE : Alert.NEW)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (secret.isPresent() && !secret.get().isBlank()) {
                request.header(WebhookSignature.HEADER, WebhookSignature.header(secret.get(), now, body));
            }
            try {
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status >= 200 && status < 300) {
                    return null;
                }
                last = "HTTP " + status + " on attempt " + attempt;
                if (status != 429 && status < 500) {
                    return last;
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + " on attempt " + attempt + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            if (attempt < maxAttempts && !delays.pause(attempt)) {
                return "interrupted";
            }
        }
        return last;
    }
}
