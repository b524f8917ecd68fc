package org.newswatch.security.outbound;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A real HTTP server on one loopback address (127.0.0.1, 127.0.0.2, ...: Linux routes all of 127/8 to this machine),
 * counting its requests and answering each with 200 and a body made from the request's number (null: 204).
 */
public final class LocalServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    public LocalServer(String address, IntFunction<byte[]> body) {
        try {
            server = HttpServer.create(new InetSocketAddress(address, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            byte[] answer = body.apply(hits.incrementAndGet());
            ex.sendResponseHeaders(answer == null ? 204 : 200, answer == null ? -1 : answer.length);
            try (OutputStream out = ex.getResponseBody()) {
                if (answer != null) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
