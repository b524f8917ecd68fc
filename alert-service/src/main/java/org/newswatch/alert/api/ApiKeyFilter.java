package org.newswatch.alert.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Writes (POST, PUT, DELETE, PATCH) need the API key of {@code alert.api-key} (env {@code ALERT_API_KEY}) in the
 * {@code X-API-Key} header. Without a configured key, writes are open and a warning is logged on the first one.
 */
public class ApiKeyFilter {

    public static final String HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static volatile boolean warned;

    @ConfigProperty(name = "alert.api-key")
    Optional<String> apiKey;

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return Optional.empty();
        }
        if (apiKey.isEmpty() || apiKey.get().isBlank()) {
            if (!warned) {
                warned = true;
                LOG.warn("alert.api-key (ALERT_API_KEY) is not set: writes are open to anyone");
            }
            return Optional.empty();
        }
        String given = request.getHeaderString(HEADER);
        if (given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(ErrorMappers.json(Response.Status.UNAUTHORIZED,
                new ApiError("a write needs the API key in the " + HEADER + " header", HEADER)));
    }
}
