package org.newswatch.alert.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.alert.kafka.UnavailableException;

/** Maps failures to JSON error bodies. */
public class ErrorMappers {

    @ServerExceptionMapper
    public Response invalid(ValidationException e) {
        return json(Response.Status.BAD_REQUEST, new ApiError(e.getMessage(), e.field()));
    }

    @ServerExceptionMapper
    public Response unavailable(UnavailableException e) {
        return json(Response.Status.SERVICE_UNAVAILABLE, new ApiError(e.getMessage(), null));
    }

    static Response json(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(error).build();
    }

    static Response notFound(String what, String id) {
        return json(Response.Status.NOT_FOUND, new ApiError("no " + what + " with id " + id, "id"));
    }
}
