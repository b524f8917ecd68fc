package org.newswatch.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newswatch.contracts.Article;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.domain.Ingestor;
import org.newswatch.security.outbound.LocalServer;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundPolicy;

/** Feeds under the outbound address policy, against real local HTTP servers. */
class FeedAddressPolicyTest {

    static final String RSS = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>http://x/</link>"
            + "<description>d</description><item><title>Clashes</title><link>http://x/%d</link><description>Twelve people "
            + "were killed in clashes.</description></item></channel></rss>";
    static Vertx vertx;
    static LocalServer loopback;
    static LocalServer second;
    final List<Article> published = new ArrayList<>();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        loopback = new LocalServer("127.0.0.1", n -> String.format(RSS, n).getBytes(StandardCharsets.UTF_8));
        second = new LocalServer("127.0.0.2", n -> String.format(RSS, n).getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        loopback.close();
        second.close();
        vertx.close();
    }

    private FeedPoller poller(OutboundPolicy policy) {
        DedupMemory memory = new DedupMemory();
        memory.markLoaded();
        Ingestor ingestor = new Ingestor(memory, (topic, article) -> {
            published.add(article);
            return CompletableFuture.completedFuture(null);
        }, entry -> CompletableFuture.completedFuture(null), Clock.systemUTC());
        return new FeedPoller(new OutboundHttp(vertx, policy, 1), ingestor, Clock.systemUTC(), Duration.ofSeconds(3),
                Duration.ofMinutes(1), 1 << 20);
    }

    private static FeedStatus poll(FeedPoller poller, String url) {
        return poller.poll(Feed.of(url, "t", 60L), FeedStatus.initial(Instant.now()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]", "169.254.169.254", "[::ffff:127.0.0.1]", "0.0.0.0", "[64:ff9b::7f00:1]"})
    void internalAddressesAreRefusedAndNeverReached(String host) {
        int before = loopback.hits();
        FeedStatus status = poll(poller(OutboundPolicy.strict()), "http://" + host + ":" + loopback.port() + "/feed");
        assertEquals(FeedStatus.ERROR, status.lastResult());
        assertTrue(status.lastError().contains("special-purpose"), status.lastError());
        assertEquals(before, loopback.hits());
        assertTrue(published.isEmpty());
    }

    @Test
    void aDnsAnswerThatChangesToLoopbackIsRefusedAtTheNextPoll() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("127.0.0.2"); // stands in for a public address
        FeedPoller poller = poller(new OutboundPolicy(List.of("127.0.0.2/32"),
                host -> List.of(InetAddress.getByName(answer.get()))));
        String url = "http://news.test:" + second.port() + "/feed";
        FeedStatus first = poll(poller, url);
        assertEquals(FeedStatus.OK, first.lastResult(), first.lastError());
        assertEquals(1, published.size());
        answer.set("127.0.0.1");
        int before = loopback.hits();
        FeedStatus next = poll(poller, url);
        assertEquals(FeedStatus.ERROR, next.lastResult());
        assertTrue(next.lastError().contains("special-purpose"), next.lastError());
        assertEquals(before, loopback.hits());
    }

    @Test
    void connectionErrorsDoNotMapPorts() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        FeedStatus status = poll(poller(new OutboundPolicy(List.of("127.0.0.0/8"), OutboundPolicy.Resolver.SYSTEM)),
                "http://127.0.0.1:" + closed + "/feed");
        assertEquals("connection failed", status.lastError());
        assertFalse(status.lastError().contains(String.valueOf(closed)));
    }

    @Test
    void aFeedOverTheSizeLimitFails() {
        FeedPoller small = new FeedPoller(new OutboundHttp(vertx, new OutboundPolicy(List.of("127.0.0.0/8"),
                OutboundPolicy.Resolver.SYSTEM), 1), null, Clock.systemUTC(), Duration.ofSeconds(3), Duration.ofMinutes(1), 16);
        FeedStatus status = poll(small, "http://127.0.0.1:" + loopback.port() + "/feed");
        assertEquals("response larger than 16 bytes", status.lastError());
    }
}
