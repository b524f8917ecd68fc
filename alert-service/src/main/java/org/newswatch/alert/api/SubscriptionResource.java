package org.newswatch.alert.api;

import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.newswatch.alert.domain.SubscriptionValidator;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.alert.kafka.CompactedTable;
import org.newswatch.alert.kafka.Tables;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.ApiKeys;

/** {@code /subscriptions}: create, list, read, replace and delete subscriptions. */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.ADMIN})
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    @Inject
    Tables tables;

    @Inject
    WebhookNotifier webhooks;

    private final Clock clock = Clock.systemUTC();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        Subscription s = SubscriptionValidator.parse(json(body), UUID.randomUUID().toString(), now(),
                webhooks.policy());
        repository().save(s, s.createdAt());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build()).entity(s).build();
    }

    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    public List<Subscription> list() {
        return repository().all().stream()
                .sorted(Comparator.comparing(Subscription::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Subscription::id))
                .toList();
    }

    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        return repository().find(id).map(s -> Response.ok(s).build())
                .orElseGet(() -> ErrorMappers.notFound("subscription", id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, String body, @Context UriInfo uri) {
        Subscription existing = repository().find(id).orElse(null);
        if (existing == null) {
            // PUT to a new id creates it under that id (201): subscriptions kept as files under version control, or
            // a demo, get the same ids, and so the same alert ids, on every fresh stack
            SubscriptionValidator.checkId(id);
            Subscription s = SubscriptionValidator.parse(json(body), id, now(), webhooks.policy());
            repository().save(s, s.createdAt());
            return Response.created(uri.getAbsolutePath()).entity(s).build();
        }
        Subscription s = SubscriptionValidator.parse(json(body), id, existing.createdAt(), webhooks.policy());
        repository().save(s, now());
        return Response.ok(s).build();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        if (repository().find(id).isEmpty()) {
            return ErrorMappers.notFound("subscription", id);
        }
        repository().delete(id);
        return Response.noContent().build();
    }

    private CompactedTable<Subscription> repository() {
        return tables.subscriptions();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            throw new ValidationException("", "the body must be a JSON object");
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ValidationException("", "malformed JSON: " + e.getOriginalMessage());
        }
    }
}
