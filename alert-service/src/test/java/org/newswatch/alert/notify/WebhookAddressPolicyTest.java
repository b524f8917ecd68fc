package org.newswatch.alert.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newswatch.security.outbound.LocalServer;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundPolicy;

/** Webhooks under the outbound address policy, against real local receivers. */
class WebhookAddressPolicyTest {

    static final byte[] BODY = "{\"alertId\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
    static Vertx vertx;
    static LocalServer loopback;
    static LocalServer second;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        loopback = new LocalServer("127.0.0.1", n -> null);
        second = new LocalServer("127.0.0.2", n -> null);
    }

    @AfterAll
    static void stop() {
        loopback.close();
        second.close();
        vertx.close();
    }

    private static WebhookSender sender(OutboundPolicy policy) {
        return new WebhookSender(new OutboundHttp(vertx, policy, 1), 3, new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)),
                1024, Duration.ofSeconds(5), Clock.systemUTC(), () -> { });
    }

    private static String deliver(WebhookSender sender, String url) {
        return sender.deliver(url, Duration.ofSeconds(3), Map.of("Content-Type", "application/json"), now -> Map.of(), BODY,
                () -> false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "169.254.169.254", "[::ffff:127.0.0.1]", "0.0.0.0", "[64:ff9b::7f00:1]"})
    void internalAddressesAreRefusedAtOnceAndNeverReached(String host) {
        int before = loopback.hits();
        String failure = deliver(sender(OutboundPolicy.strict()),
                "http://" + host + ":" + loopback.port() + "/hook");
        assertTrue(failure.startsWith("refused: ") && failure.contains("special-purpose"), failure);
        assertEquals(before, loopback.hits());
    }

    @Test
    void aDnsAnswerThatChangesToLoopbackIsRefusedAtTheNextDelivery() {
        AtomicReference<String> answer = new AtomicReference<>("127.0.0.2"); // stands in for a public address
        WebhookSender sender = sender(new OutboundPolicy(List.of("127.0.0.2/32"),
                host -> List.of(InetAddress.getByName(answer.get()))));
        String url = "http://hooks.test:" + second.port() + "/hook";
        assertNull(deliver(sender, url));
        assertEquals(1, second.hits());
        answer.set("127.0.0.1");
        int before = loopback.hits();
        String failure = deliver(sender, url);
        assertTrue(failure.startsWith("refused: "), failure);
        assertEquals(before, loopback.hits());
    }
}
