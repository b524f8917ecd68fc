package org.newswatch.alert.notify;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.WebhookPolicy;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.kafka.KafkaWriter;
import org.newswatch.alert.kafka.Tables;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/**
 * Delivers alerts to their subscription's webhooks. A consumer group of its own reads the alerts topic
 * (read_committed) and commits only after each record's deliveries ended, so delivery is at least once; receivers
 * dedupe on the {@value #DELIVERY_HEADER} header (the record's ce_id). Muted alerts are not delivered. Each attempt
 * is signed ({@link WebhookSigner}); 429, 5xx, timeouts and I/O errors are retried with exponential backoff and
 * jitter; after the last attempt (or at once on another 4xx) the alert goes to {@link InternalTopics#WEBHOOKS_DLQ}
 * with the reason in {@link Topics#DEAD_LETTER_REASON_HEADER} and the URL in {@value #URL_HEADER}.
 */
@ApplicationScoped
public class WebhookNotifier {

    public static final String DELIVERY_HEADER = "X-NewsWatch-Delivery";
    public static final String URL_HEADER = "webhook-url";
    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
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

    @Inject
    Tables tables;
    @Inject
    KafkaWriter writer;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile boolean running;
    private KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public WebhookPolicy policy() {
        return new WebhookPolicy(Set.copyOf(allowHosts.orElse(List.of())));
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        if (secret.isEmpty() || secret.get().isBlank()) {
            LOG.warn("alert.webhook.secret (ALERT_WEBHOOK_SECRET) is not set: webhooks are sent unsigned");
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "alert-service-webhooks");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10);
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 600_000);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::loop, "alert-webhooks");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        try {
            consumer.subscribe(List.of(Topics.ALERTS));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    handle(record);
                }
                consumer.commitSync();
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("webhook delivery stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        Alert alert;
        try {
            alert = record.value() == null ? null : Json.read(record.value(), Alert.class);
        } catch (InvalidRecordException e) {
            return;
        }
        if (alert == null || alert.isMuted()) {
            return;
        }
        Subscription sub = findSubscription(alert.subscriptionId());
        if (sub == null || sub.webhooks() == null) {
            return;
        }
        String deliveryId = Optional.ofNullable(CloudEvents.header(record.headers(), CloudEvents.ID))
                .orElse(alert.alertId());
        for (Subscription.Webhook hook : sub.webhooks()) {
            String failure = deliver(hook, record.value(), deliveryId, alert);
            if (failure != null) {
                LOG.warnf("webhook %s failed for alert %s: %s", hook.url(), alert.alertId(), failure);
                ProducerRecord<String, byte[]> dead = new ProducerRecord<>(InternalTopics.WEBHOOKS_DLQ,
                        alert.alertId(), record.value());
                dead.headers().add(Topics.DEAD_LETTER_REASON_HEADER, failure.getBytes(StandardCharsets.UTF_8));
                dead.headers().add(URL_HEADER, hook.url().getBytes(StandardCharsets.UTF_8));
                writer.send(dead);
            }
        }
    }

    private Subscription findSubscription(String id) {
        for (int i = 0; i < 50 && running; i++) {
            try {
                return tables.subscriptions().find(id).orElse(null);
            } catch (RuntimeException e) {
                pause(Duration.ofMillis(200));
            }
        }
        return null;
    }

    /** Delivers with retries; returns null on success, else why it failed for good. */
    String deliver(Subscription.Webhook hook, byte[] body, String deliveryId, Alert alert) {
        String refusal = policy().refusal(hook.url());
        if (refusal != null) {
            return "refused: " + refusal;
        }
        Duration timeout = hook.timeoutMs() == null ? defaultTimeout : Duration.ofMillis(hook.timeoutMs());
        String last = "no attempt";
        for (int attempt = 1; attempt <= maxAttempts && running; attempt++) {
            long now = Instant.now().getEpochSecond();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.url())).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header(DELIVERY_HEADER, deliveryId)
                    .header("X-NewsWatch-Alert-Status", alert.isUpdate() ? Alert.UPDATE : Alert.NEW)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (secret.isPresent() && !secret.get().isBlank()) {
                request.header(WebhookSigner.HEADER, WebhookSigner.header(secret.get(), now, body));
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
            if (attempt < maxAttempts) {
                pause(backoff(attempt));
            }
        }
        return last;
    }

    /** Exponential backoff with equal jitter: half the doubled delay plus a random part of the other half. */
    Duration backoff(int attempt) {
        long cap = Math.min(maxBackoff.toMillis(), backoff.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
