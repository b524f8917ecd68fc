package org.newswatch.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The load generator's HTTP client against real servers on loopback. */
class PostClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Posts {@code n} bodies and waits for every answer. */
    private static List<PostClient.Answer> postAll(PostClient client, int n) throws InterruptedException {
        LinkedBlockingQueue<PostClient.Answer> answers = new LinkedBlockingQueue<>();
        for (int i = 0; i < n; i++) {
            client.post("/echo", "text/plain; charset=UTF-8", ("body " + i).getBytes(StandardCharsets.UTF_8),
                    answers::add);
        }
        List<PostClient.Answer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PostClient.Answer a = answers.poll(10, TimeUnit.SECONDS);
            assertNotNull(a, "answer " + i + " of " + n);
            out.add(a);
        }
        return out;
    }

    @Test
    void postsOverAFewKeptAliveConnectionsAndReadsFixedAndChunkedBodies() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        Set<String> clients = ConcurrentHashMap.newKeySet();
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/echo", exchange -> {
            clients.add(exchange.getRemoteAddress().toString());
            byte[] body = exchange.getRequestBody().readAllBytes();
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] answer = ("{\"got\":\"" + new String(body, StandardCharsets.UTF_8) + "\",\"type\":\"" + type + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            // every other answer chunked (length 0 = chunked in this server)
            boolean chunked = requests.incrementAndGet() % 2 == 0;
            exchange.sendResponseHeaders(202, chunked ? 0 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        try (PostClient client = new PostClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), 3,
                TIMEOUT, TIMEOUT)) {
            List<PostClient.Answer> answers = postAll(client, 200);
            List<String> bodies = new ArrayList<>();
            for (PostClient.Answer a : answers) {
                assertNull(a.failure());
                assertEquals(202, a.status());
                assertTrue(a.body().contains("\"type\":\"text/plain; charset=UTF-8\""), a.body());
                bodies.add(a.body().replaceAll(".*\"got\":\"body (\\d+)\".*", "$1"));
            }
            Collections.sort(bodies);
            assertEquals(200, bodies.stream().distinct().count(), "every body answered once");
            assertTrue(clients.size() <= 3, "at most one connection per thread: " + clients);

            // one request at a time: the connection freed last takes the next one, so a single one serves them all
            clients.clear();
            for (int i = 0; i < 20; i++) {
                assertEquals(202, postAll(client, 1).get(0).status());
            }
            assertEquals(1, clients.size(), "a light load keeps to one connection: " + clients);
        } finally {
            server.stop(0);
        }
    }

    /**
     * A server that closes each connection after one answer without saying so: the next request on it finds the
     * connection closed and is sent once more on a new one, so no request fails.
     */
    @Test
    void aConnectionTheServerClosedWhileIdleIsReplaced() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger served = new AtomicInteger();
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        readRequest(s.getInputStream());
                        String body = "{\"n\":" + served.incrementAndGet() + "}";
                        s.getOutputStream().write(("HTTP/1.1 202 Accepted\r\nContent-Length: " + body.length()
                                + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            try (PostClient client = new PostClient(URI.create("http://127.0.0.1:" + server.getLocalPort()), 1,
                    TIMEOUT, TIMEOUT)) {
                for (int i = 1; i <= 5; i++) {
                    PostClient.Answer a = postAll(client, 1).get(0);
                    assertNull(a.failure(), "request " + i);
                    assertEquals(202, a.status());
                    assertEquals("{\"n\":" + i + "}", a.body());
                }
            }
        }
    }

    @Test
    void aServerThatIsNotThereGivesAFailureNotAnAnswer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (PostClient client = new PostClient(URI.create("http://127.0.0.1:" + port), 2, TIMEOUT, TIMEOUT)) {
            PostClient.Answer a = postAll(client, 1).get(0);
            assertEquals(0, a.status());
            assertNotNull(a.failure());
        }
    }

    /** A server that takes the request and never answers: a timeout, and the request is not sent again. */
    @Test
    void anAnswerThatNeverComesTimesOutWithoutARepeat() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger accepted = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                List<Socket> open = new ArrayList<>();
                try {
                    while (!server.isClosed()) {
                        Socket s = server.accept();
                        accepted.incrementAndGet();
                        open.add(s);
                    }
                } catch (IOException e) {
                    // closed
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            t.start();
            try (PostClient client = new PostClient(URI.create("http://127.0.0.1:" + server.getLocalPort()), 1,
                    TIMEOUT, Duration.ofMillis(300))) {
                PostClient.Answer a = postAll(client, 1).get(0);
                assertEquals(0, a.status());
                assertEquals("SocketTimeoutException", a.failure().getClass().getSimpleName());
                assertEquals(1, accepted.get(), "one connection, no second attempt");
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed");
            }
            head.append((char) c);
        }
        int length = Integer.parseInt(head.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        in.readNBytes(length);
    }
}
