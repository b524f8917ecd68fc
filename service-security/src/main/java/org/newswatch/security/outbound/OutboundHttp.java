package org.newswatch.security.outbound;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.net.TrustOptions;
import io.vertx.core.tracing.TracingPolicy;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * HTTP requests to caller-given URLs under an {@link OutboundPolicy}: each {@link #send} resolves the host once
 * through the policy, connects to the checked address (Host header and TLS SNI/host verification still use the
 * name), sends the caller's headers as they are (Vert.x tracing is off for these requests, so a {@code traceparent}
 * the caller set is not replaced), follows no redirect (a 3xx is returned as it is), stops reading a response body
 * past its limit, and fails with an {@link OutboundException} whose message names no address and no port. Blocking:
 * never call it on an event loop.
 */
public final class OutboundHttp implements AutoCloseable {

    /**
     * One request.
     *
     * @param maxResponseBytes the response body is read up to this many bytes; more fails the request
     */
    public record Request(String method, String url, Map<String, String> headers, byte[] body, Duration timeout,
            long maxResponseBytes) {

        public static Request get(String url, Map<String, String> headers, Duration timeout, long maxResponseBytes) {
            return new Request("GET", url, headers, null, timeout, maxResponseBytes);
        }

        public static Request post(String url, Map<String, String> headers, byte[] body, Duration timeout,
                long maxResponseBytes) {
            return new Request("POST", url, headers, body, timeout, maxResponseBytes);
        }
    }

    /** An answer: status, headers (names in lower case, first value) and body. */
    public record Response(int status, Map<String, String> headers, byte[] body) {

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    private final OutboundPolicy policy;
    private final HttpClient client;

    public OutboundHttp(Vertx vertx, OutboundPolicy policy, int maxConnectionsPerServer) {
        this(vertx, policy, maxConnectionsPerServer, null);
    }

    /** @param trust the certificates trusted for https (null: the JVM's default trust store) */
    OutboundHttp(Vertx vertx, OutboundPolicy policy, int maxConnectionsPerServer, TrustOptions trust) {
        this.policy = policy;
        HttpClientOptions options = new HttpClientOptions().setVerifyHost(true).setForceSni(true)
                .setMaxPoolSize(Math.max(1, maxConnectionsPerServer)).setKeepAlive(true)
                // no span of Vert.x' own: a caller that traces puts its traceparent in the request headers
                .setTracingPolicy(TracingPolicy.IGNORE);
        if (trust != null) {
            options.setTrustOptions(trust);
        }
        this.client = vertx.createHttpClient(options);
    }

    public OutboundPolicy policy() {
        return policy;
    }

    /** Sends the request and waits for the whole answer. */
    public Response send(Request request) throws OutboundException, InterruptedException {
        OutboundPolicy.Target target = policy.resolve(request.url());
        long timeoutMs = Math.max(1, request.timeout().toMillis());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(request.method()))
                .setHost(target.host()).setPort(target.port()).setSsl(target.tls()).setURI(target.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setFollowRedirects(false).setConnectTimeout(timeoutMs).setIdleTimeout(timeoutMs);
        request.headers().forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Response> answer = client.request(options).compose(req -> {
            sent.set(req);
            Future<io.vertx.core.http.HttpClientResponse> response = request.body() == null ? req.send()
                    : req.send(Buffer.buffer(request.body()));
            return response.compose(resp -> read(resp, request.maxResponseBytes()));
        });
        try {
            return answer.toCompletionStage().toCompletableFuture().get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest req = sent.get();
            if (req != null) {
                req.reset();
            }
            throw new OutboundException("timed out after " + request.timeout().toMillis() + " ms");
        } catch (ExecutionException e) {
            throw safe(e.getCause(), request);
        }
    }

    private static Future<Response> read(io.vertx.core.http.HttpClientResponse resp, long max) {
        Promise<Response> done = Promise.promise();
        Buffer body = Buffer.buffer();
        Map<String, String> headers = new LinkedHashMap<>();
        resp.headers().forEach(h -> headers.putIfAbsent(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
        resp.handler(chunk -> {
            if (body.length() + chunk.length() > max) {
                if (done.tryFail(new OutboundException("response larger than " + max + " bytes"))) {
                    resp.request().reset();
                }
                return;
            }
            body.appendBuffer(chunk);
        });
        resp.exceptionHandler(done::tryFail);
        resp.endHandler(v -> done.tryComplete(new Response(resp.statusCode(), headers, body.getBytes())));
        return done.future();
    }

    /** An error the caller may show: no address, no port, no text from the network stack. */
    private static OutboundException safe(Throwable cause, Request request) {
        if (cause instanceof OutboundException e) {
            return e;
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String simple = root.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        if (root instanceof SSLException || cause instanceof SSLException) {
            return new OutboundException("TLS handshake failed");
        }
        if (root instanceof UnknownHostException) {
            return new OutboundException("the host does not resolve");
        }
        if (simple.contains("timeout") || String.valueOf(root.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")) {
            return new OutboundException("timed out after " + request.timeout().toMillis() + " ms");
        }
        if (root instanceof ConnectException || simple.contains("connect")) {
            return new OutboundException("connection failed");
        }
        return new OutboundException("request failed (" + root.getClass().getSimpleName() + ")");
    }

    @Override
    public void close() {
        client.close();
    }
}
