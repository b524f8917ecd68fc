package org.newswatch.alert.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.alert.grouping.GroupedDelivery;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.readable.AlertMessages;
import org.newswatch.alert.readable.ChatPayloads;
import org.newswatch.alert.readable.PartyNames;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.TraceHeaders;
import org.newswatch.security.outbound.OutboundHttp;

/**
 * The chat channel: each new alert to each of the subscription's {@link Subscription#chats()}, in the body its kind
 * takes ({@link ChatPayloads}: Slack Block Kit, a Teams Workflows Adaptive Card, Mattermost, a templated webhook). Sent
 * like a webhook ({@link WebhookSender}: every attempt under the webhooks' outbound address policy, 429, 5xx, time-outs
 * and I/O errors retried with backoff and jitter or after {@code Retry-After}), unsigned (chat services do not verify
 * signatures; the URL is the secret), the delivery id in {@value WebhookNotifier#DELIVERY_HEADER}; after the last
 * attempt the alert goes to {@link InternalTopics#CHAT_DLQ} with the URL in {@value #URL_HEADER}. A subscription with
 * {@code grouping} hears of its alerts and their updates in grouped messages ({@link GroupedDelivery}).
 */
@ApplicationScoped
public class ChatNotifier implements GroupedNotifier {

    public static final String URL_HEADER = "chat-url";

    @Inject
    ChatConfig config;
    @Inject
    WebhookConfig webhookConfig;
    @Inject
    WebhookNotifier webhooks;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry registry;
    @Inject
    AlertMessages messages;
    @Inject
    GroupedDelivery grouped;

    private volatile WebhookSender sender;
    private volatile OutboundHttp http;
    private volatile ChatPayloads payloads;
    private volatile boolean stopped;

    /** The readable messages of every channel, linking to the configured dashboard. */
    @Produces
    @Singleton
    static AlertMessages messages(ChatConfig config) {
        return new AlertMessages(PartyNames.get(), config.dashboardUrl().orElse(null));
    }

    private synchronized WebhookSender sender() {
        if (sender == null) {
            http = new OutboundHttp(vertx, webhooks.policy(), 4);
            payloads = new ChatPayloads(messages);
            WebhookConfig c = webhookConfig;
            sender = new WebhookSender(http, c.maxAttempts(), new Backoff(c.backoff(), c.maxBackoff()),
                    c.maxResponseBytes(), c.maxRetryAfter(), Clock.systemUTC(),
                    () -> DeliveryMetrics.count(registry, channel(), DeliveryMetrics.RETRIED));
        }
        return sender;
    }

    @Override
    public String channel() {
        return Delivery.CHAT;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public List<String> targets(Subscription subscription) {
        return subscription.chats() == null ? List.of() : subscription.chats().stream().map(Subscription.Chat::url).toList();
    }

    @Override
    public String deadLetterTopic() {
        return InternalTopics.CHAT_DLQ;
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
    synchronized void close() {
        if (http != null) {
            http.close();
        }
    }

    @Override
    public String deliver(String url, Subscription subscription, Alert alert, byte[] record, String deliveryId) {
        if (subscription.grouping() != null) {
            grouped.offer(this, url, subscription, alert);
            return null;
        }
        return deliverBatch(url, subscription, List.of(alert), deliveryId);
    }

    @Override
    public String deliverBatch(String url, Subscription subscription, List<Alert> alerts, String deliveryId) {
        Subscription.Chat chat = subscription.chats().stream().filter(c -> c.url().equals(url)).findFirst().orElse(null);
        if (chat == null) {
            return "no chat channel with this URL any more";
        }
        WebhookSender s = sender();
        byte[] body;
        try {
            body = payloads.body(chat.kind(), subscription, alerts);
        } catch (RuntimeException e) {
            return "template failed: " + e.getMessage();
        }
        Duration timeout = chat.timeoutMs() == null ? webhookConfig.timeout() : Duration.ofMillis(chat.timeoutMs());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(WebhookNotifier.DELIVERY_HEADER, deliveryId);
        TraceHeaders.inject(Context.current(), headers);
        return s.deliver(url, timeout, headers, now -> Map.of(), body, () -> stopped);
    }
}
