package org.newswatch.ingest.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.contracts.Json;

/**
 * The request size limit ({@code newswatch.ingest.max-body-size}, default 5M): a declared Content-Length over it
 * is refused with 413 and a JSON message before the body is read; resources check bodies sent without a length.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "newswatch.ingest.max-body-size", defaultValue = "5M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(rc -> {
            String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            long declared = parse(length);
            if (declared > bytes()) {
                byte[] body = Json.bytes(Map.of("error", new PayloadTooLargeException(declared, bytes()).getMessage()));
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(new String(body, StandardCharsets.UTF_8));
                return;
            }
            rc.next();
        });
    }

    public long bytes() {
        return maxBodySize.asLongValue();
    }

    /** Throws {@link PayloadTooLargeException} when a body read without a declared length is too large. */
    public void check(long size) {
        if (size > bytes()) {
            throw new PayloadTooLargeException(size, bytes());
        }
    }

    private static long parse(String length) {
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
