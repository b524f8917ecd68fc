package org.newswatch.alert.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.contracts.WebhookSignature;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundPolicy;

/**
 * The webhook channel: POSTs the alert JSON to each of the subscription's webhooks. Each attempt is signed with the
 * subscription's own secrets per Standard Webhooks ({@link WebhookSignature}: the delivery id in {@code webhook-id}, also
 * in {@value #DELIVERY_HEADER}); 429, 5xx, timeouts and I/O
 * errors are retried with exponential backoff and jitter; every attempt goes through the outbound address policy
 * ({@link OutboundHttp}); every attempt carries the current trace context as {@code traceparent} (the delivery's span,
 * see {@link ChannelDispatcher}); after the last attempt (or at once on another 4xx or a refusal) the alert goes to {@link InternalTopics#WEBHOOKS_DLQ} with the URL in {@value #URL_HEADER}.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {

    public static final String DELIVERY_HEADER = "X-NewsWatch-Delivery";
    public static final String URL_HEADER = "webhook-url";
    private static final Logger LOG = Logger.getLogger(WebhookNotifier.class);

    @Inject
    WebhookConfig config;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry registry;

    private volatile WebhookSender sender;
    private volatile OutboundHttp http;
    private volatile boolean stopped;

    /** The outbound address policy webhooks are called under ({@code alert.webhook.allow}). */
    public OutboundPolicy policy() {
        return new OutboundPolicy(config.allow().orElse(List.of()), OutboundPolicy.Resolver.SYSTEM);
    }

    private WebhookSender sender() {
        WebhookSender s = sender;
        if (s == null) {
            synchronized (this) {
                if (sender == null) {
                    http = new OutboundHttp(vertx, policy(), 4);
                    sender = new WebhookSender(http, config.maxAttempts(), new Backoff(config.backoff(), config.maxBackoff()),
                            config.maxResponseBytes(), config.maxRetryAfter(), Clock.systemUTC(),
                            () -> DeliveryMetrics.count(registry, channel(), DeliveryMetrics.RETRIED));
                }
                s = sender;
            }
        }
        return s;
    }

    @Override
    public String channel() {
        return Delivery.WEBHOOK;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    /** How long a rotated-out secret still signs. */
    public Duration secretOverlap() {
        return config.secretOverlap();
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

    @PreDestroy
    void close() {
        if (http != null) {
            http.close();
        }
    }

    @Override
    public String deliver(String url, Subscription subscription, Alert alert, byte[] body, String deliveryId) {
        Integer timeoutMs = subscription.webhooks().stream().filter(w -> w.url().equals(url))
                .map(Subscription.Webhook::timeoutMs).filter(t -> t != null).findFirst().orElse(null);
        Duration timeout = timeoutMs == null ? config.timeout() : Duration.ofMillis(timeoutMs);
        if (subscription.webhookSecrets() == null) {
            LOG.warnf("subscription %s has no webhook secret (made before secrets existed): sent unsigned; rotate its"
                    + " secret to sign", subscription.id());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(DELIVERY_HEADER, deliveryId);
        headers.put("X-NewsWatch-Alert-Status", alert.isUpdate() ? Alert.UPDATE : Alert.NEW);
        TraceHeaders.inject(Context.current(), headers);
        return sender().deliver(url, timeout, headers, now -> subscription.webhookSecrets() == null ? Map.of()
                : WebhookSignature.headers(subscription.webhookSecrets().valid(Instant.ofEpochSecond(now)), deliveryId, now,
                        body), body, () -> stopped);
    }
}
