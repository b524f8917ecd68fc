package org.newswatch.cli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.WebhookSignature;

/**
 * A webhook endpoint on 127.0.0.1 as a subscriber would run it: checks the Standard Webhooks signature
 * ({@link WebhookSignature}: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, five minutes'
 * tolerance) under the subscription's secret once it has been given one, deduplicates by the signed
 * {@code webhook-id} (the delivery id), and keeps the first arrival of each delivery. It can be told to fail (answer
 * 503) for a while.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** The delivery id also sent unsigned (a subscription without a secret gets no {@code webhook-id}). */
    public static final String DELIVERY_HEADER = "X-NewsWatch-Delivery";

    /** The first arrival of one delivery, with its W3C {@code traceparent} header (null when it had none). */
    public record Delivery(String deliveryId, Alert alert, long receivedNanos, String traceparent) {
    }

    private volatile String secret;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Delivery> deliveries = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicInteger failWith = new AtomicInteger();

    /** A receiver that accepts unsigned deliveries until {@link #verifyWith} gives it the subscription's secret. */
    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the webhook receiver", e);
        }
        server.createContext("/hook", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** From now on, accept only deliveries signed with this secret (the create answer's {@code webhookSecret}). */
    public void verifyWith(String webhookSecret) {
        this.secret = webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret;
    }

    /** The URL to register as a webhook. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** From now on answer every delivery with {@code status} (e.g. 503), or 0 to accept again. */
    public void failWith(int status) {
        failWith.set(status);
    }

    /** The first arrival of every distinct delivery id, by id. */
    public Map<String, Delivery> deliveries() {
        return Map.copyOf(deliveries);
    }

    /** Every request that reached the handler (accepted, refused, duplicate or badly signed). */
    public long requests() {
        return requests.get();
    }

    /** Accepted requests whose delivery id had been accepted before (the sender's retries after a lost answer). */
    public long duplicates() {
        return duplicates.get();
    }

    /** Requests with a missing, wrong or stale signature (answered 401). */
    public long badSignatures() {
        return badSignatures.get();
    }

    /** Requests answered with the failure status on purpose. */
    public long refused() {
        return refused.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        requests.incrementAndGet();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            int failure = failWith.get();
            if (failure != 0) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(failure, -1);
                return;
            }
            String key = secret;
            if (key != null && !WebhookSignature.verify(List.of(key), exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body,
                    Instant.now().getEpochSecond(), WebhookSignature.DEFAULT_TOLERANCE_SECONDS)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Alert alert;
            try {
                alert = Json.read(body, Alert.class);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String deliveryId = exchange.getRequestHeaders().getFirst(WebhookSignature.ID_HEADER);
            if (deliveryId == null || deliveryId.isBlank()) {
                deliveryId = exchange.getRequestHeaders().getFirst(DELIVERY_HEADER);
            }
            if (deliveryId == null || deliveryId.isBlank()) {
                deliveryId = alert.alertId();
            }
            if (deliveries.putIfAbsent(deliveryId, new Delivery(deliveryId, alert, now,
                    exchange.getRequestHeaders().getFirst("traceparent"))) != null) {
                duplicates.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
