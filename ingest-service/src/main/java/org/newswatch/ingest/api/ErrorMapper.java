package org.newswatch.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.NotReadyException;

/** Every error of the API as {@code {"error": "..."}} with the right status. */
@Provider
public class ErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Exception exception) {
        Throwable e = unwrap(exception);
        if (e instanceof InvalidArticleException || e instanceof IllegalArgumentException) {
            return error(Response.Status.BAD_REQUEST.getStatusCode(), e.getMessage());
        }
        if (e instanceof JsonProcessingException jpe) {
            return error(Response.Status.BAD_REQUEST.getStatusCode(), "invalid JSON: " + jpe.getOriginalMessage());
        }
        if (e instanceof PayloadTooLargeException) {
            return error(Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), e.getMessage());
        }
        if (e instanceof NotReadyException) {
            return error(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), e.getMessage());
        }
        if (e instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            return error(status, e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage());
        }
        LOG.error("request failed", e);
        return error(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), "could not publish: " + e.getMessage());
    }

    public static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", message == null ? "error" : message)).build();
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
