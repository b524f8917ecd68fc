package org.newswatch.security.outbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OutboundHttpTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static Vertx vertx;
    static HttpServer server;
    static final AtomicReference<String> lastHost = new AtomicReference<>();
    static final AtomicInteger hits = new AtomicInteger();
    static final CountDownLatch never = new CountDownLatch(1);

    @BeforeAll
    static void start() throws IOException {
        vertx = Vertx.vertx();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", ex -> {
            hits.incrementAndGet();
            lastHost.set(ex.getRequestHeaders().getFirst("Host"));
            byte[] body = ex.getRequestBody().readAllBytes();
            byte[] answer = body.length == 0 ? "hello".getBytes(StandardCharsets.UTF_8) : body;
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            ex.sendResponseHeaders(200, answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(answer);
            }
        });
        server.createContext("/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/big", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(new byte[64 * 1024]);
            } catch (IOException e) {
                // the client hung up on purpose
            }
        });
        server.createContext("/slow", ex -> {
            try {
                never.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterAll
    static void stop() {
        never.countDown();
        server.stop(0);
        vertx.close();
    }

    static int port() {
        return server.getAddress().getPort();
    }

    static OutboundHttp http(OutboundPolicy.Resolver resolver) {
        return new OutboundHttp(vertx, new OutboundPolicy(List.of("127.0.0.0/8"), resolver), 4);
    }

    @Test
    void connectsToTheCheckedAddressAndNamesTheHost() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        OutboundHttp http = http(host -> {
            lookups.incrementAndGet();
            return List.of(InetAddress.getByName("127.0.0.1"));
        });
        OutboundHttp.Response r = http.send(OutboundHttp.Request.post("http://feeds.test:" + port() + "/ok",
                Map.of("Content-Type", "text/plain"), "ping".getBytes(StandardCharsets.UTF_8), TIMEOUT, 1024));
        assertEquals(200, r.status());
        assertArrayEquals("ping".getBytes(StandardCharsets.UTF_8), r.body());
        assertEquals("\"v1\"", r.header("etag").orElseThrow());
        assertEquals("feeds.test:" + port(), lastHost.get());
        assertEquals(1, lookups.get(), "one lookup per attempt");
    }

    @Test
    void aDnsAnswerThatTurnsInternalIsRefusedBeforeAnyConnection() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("127.0.0.1");
        OutboundHttp http = new OutboundHttp(vertx, new OutboundPolicy(List.of("127.0.0.1/32"),
                host -> List.of(InetAddress.getByName(answer.get()))), 1);
        assertEquals(200, http.send(OutboundHttp.Request.get("http://rebind.test:" + port() + "/ok", Map.of(), TIMEOUT,
                1024)).status());
        int before = hits.get();
        answer.set("127.0.0.2");
        OutboundException e = assertThrows(OutboundException.class, () -> http.send(
                OutboundHttp.Request.get("http://rebind.test:" + port() + "/ok", Map.of(), TIMEOUT, 1024)));
        assertTrue(e.getMessage().contains("special-purpose"), e.getMessage());
        assertEquals(before, hits.get());
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        OutboundHttp.Response r = http(OutboundPolicy.Resolver.SYSTEM).send(OutboundHttp.Request.get(
                "http://127.0.0.1:" + port() + "/redirect", Map.of(), TIMEOUT, 1024));
        assertEquals(302, r.status());
    }

    @Test
    void aResponseOverTheLimitFails() {
        OutboundException e = assertThrows(OutboundException.class, () -> http(OutboundPolicy.Resolver.SYSTEM).send(
                OutboundHttp.Request.get("http://127.0.0.1:" + port() + "/big", Map.of(), TIMEOUT, 1000)));
        assertEquals("response larger than 1000 bytes", e.getMessage());
    }

    @Test
    void errorsNameNeitherAddressNorPort() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        OutboundException refused = assertThrows(OutboundException.class, () -> http(OutboundPolicy.Resolver.SYSTEM).send(
                OutboundHttp.Request.get("http://127.0.0.1:" + closed + "/", Map.of(), TIMEOUT, 1000)));
        assertEquals("connection failed", refused.getMessage());
        OutboundException slow = assertThrows(OutboundException.class, () -> http(OutboundPolicy.Resolver.SYSTEM).send(
                OutboundHttp.Request.get("http://127.0.0.1:" + port() + "/slow", Map.of(), Duration.ofMillis(300), 1000)));
        assertTrue(slow.getMessage().startsWith("timed out"), slow.getMessage());
        assertFalse(slow.getMessage().contains(String.valueOf(port())));
    }
}
