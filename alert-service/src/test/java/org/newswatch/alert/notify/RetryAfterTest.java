package org.newswatch.alert.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundPolicy;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void secondsAndHttpDatesAreRead() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse("7", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Sat, 05 Dec 2026 10:01:30 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sat, 05 Dec 2026 09:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("99999999999999999999999", NOW));
    }

    @Test
    void theLongerOfBackoffAndRetryAfterIsWaitedUpToTheCap() {
        Duration backoff = Duration.ofMillis(500);
        Duration cap = Duration.ofMinutes(5);
        assertEquals(backoff, RetryAfter.pause(backoff, Optional.empty(), cap));
        assertEquals(backoff, RetryAfter.pause(backoff, Optional.of(Duration.ZERO), cap));
        assertEquals(Duration.ofSeconds(30), RetryAfter.pause(backoff, Optional.of(Duration.ofSeconds(30)), cap));
        assertEquals(cap, RetryAfter.pause(backoff, Optional.of(Duration.ofHours(2)), cap));
    }

    Vertx vertx;
    HttpServer receiver;
    final List<Long> arrivals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        vertx = Vertx.vertx();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            ex.getRequestBody().readAllBytes();
            arrivals.add(System.nanoTime());
            if (arrivals.size() == 1) {
                ex.getResponseHeaders().add("Retry-After", "1");
                ex.sendResponseHeaders(503, -1);
            } else {
                ex.sendResponseHeaders(204, -1);
            }
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        vertx.close();
    }

    @Test
    void aRealReceiversRetryAfterIsHonoured() {
        WebhookSender sender = new WebhookSender(new OutboundHttp(vertx, new OutboundPolicy(List.of("127.0.0.0/8"),
                OutboundPolicy.Resolver.SYSTEM), 1), 3, new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)), 1024,
                Duration.ofSeconds(10), Clock.systemUTC(), () -> { });
        String failure = sender.deliver("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", Duration.ofSeconds(3),
                Map.of(), now -> Map.of(), "{}".getBytes(StandardCharsets.UTF_8), () -> false);
        assertNull(failure);
        assertEquals(2, arrivals.size());
        long waitedMs = Duration.ofNanos(arrivals.get(1) - arrivals.get(0)).toMillis();
        assertTrue(waitedMs >= 950, "waited " + waitedMs + " ms, the backoff alone is 2 ms");
    }
}
