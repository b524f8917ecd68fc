package org.newswatch.alert.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.newswatch.alert.domain.Redact;
import org.newswatch.alert.domain.SubscriptionValidator;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.alert.kafka.CompactedTable;
import org.newswatch.alert.kafka.Tables;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.WebhookSignature;
import org.newswatch.security.Caller;

/** {@code /subscriptions}: create, list, read, replace and delete subscriptions. */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.ADMIN})
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

    /** The field of a create or rotate answer that carries the webhook secret, the only time it is shown. */
    public static final String SECRET_FIELD = "webhookSecret";

    @Inject
    Tables tables;

    @Inject
    WebhookNotifier webhooks;

    @Inject
    SecurityIdentity identity;

    private final Clock clock = Clock.systemUTC();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        Subscription s = SubscriptionValidator.parse(json(body), UUID.randomUUID().toString(), now(),
                webhooks.policy()).ownedBy(caller().name()).withWebhookSecrets(
                        Subscription.WebhookSecrets.of(WebhookSignature.newSecret()));
        repository().save(s, s.createdAt());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build()).entity(withSecret(s)).build();
    }

    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    public List<Subscription> list() {
        Caller caller = caller();
        return repository().all().stream().filter(s -> caller.canRead(s.owner())).map(Redact::subscription)
                .sorted(Comparator.comparing(Subscription::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Subscription::id))
                .toList();
    }

    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        Caller caller = caller();
        return repository().find(id).filter(s -> caller.canRead(s.owner()))
                .map(s -> Response.ok(Redact.subscription(s)).build())
                .orElseGet(() -> ErrorMappers.notFound("subscription", id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") String id, String body, @Context UriInfo uri) {
        Caller caller = caller();
        Subscription existing = repository().find(id).orElse(null);
        if (existing != null && !caller.canWrite(existing.owner())) {
            // the same answer whether the id is another's or merely not writable: no hint of whose it is
            return ErrorMappers.json(Response.Status.FORBIDDEN,
                    new ApiError("subscription " + id + " belongs to another principal", "id"));
        }
        if (existing == null) {
            // PUT to a new id creates it under that id (201): subscriptions kept as files under version control, or
            // a demo, get the same ids, and so the same alert ids, on every fresh stack
            SubscriptionValidator.checkId(id);
            Subscription s = SubscriptionValidator.parse(json(body), id, now(), webhooks.policy())
                    .ownedBy(caller.name()).withWebhookSecrets(Subscription.WebhookSecrets.of(WebhookSignature.newSecret()));
            repository().save(s, s.createdAt());
            return Response.created(uri.getAbsolutePath()).entity(withSecret(s)).build();
        }
        // a replaced subscription keeps its owner, also when an admin replaces it
        Subscription s = SubscriptionValidator.parse(Redact.restore(json(body), existing), id, existing.createdAt(),
                webhooks.policy()).ownedBy(existing.owner()).withWebhookSecrets(existing.webhookSecrets());
        repository().save(s, now());
        return Response.ok(Redact.subscription(s)).build();
    }

    /**
     * A new webhook secret, answered once; the previous one keeps signing (alongside) for {@code
     * alert.webhook.secret-overlap}, so receivers can switch without losing a delivery.
     */
    @POST
    @Path("/{id}/secret/rotate")
    public Response rotateSecret(@PathParam("id") String id) {
        Caller caller = caller();
        Subscription existing = repository().find(id).filter(s -> caller.canWrite(s.owner())).orElse(null);
        if (existing == null) {
            return ErrorMappers.notFound("subscription", id);
        }
        Instant now = now();
        String next = WebhookSignature.newSecret();
        Subscription.WebhookSecrets secrets = existing.webhookSecrets() == null ? Subscription.WebhookSecrets.of(next)
                : existing.webhookSecrets().rotate(next, now, webhooks.secretOverlap());
        repository().save(existing.withWebhookSecrets(secrets), now);
        ObjectNode answer = Json.MAPPER.createObjectNode().put("id", id).put(SECRET_FIELD, next);
        if (secrets.previousValidUntil() != null) {
            answer.put("previousSecretValidUntil", secrets.previousValidUntil().toString());
        }
        return Response.ok(answer).build();
    }

    /** The redacted subscription and, this once, its webhook secret. */
    private static ObjectNode withSecret(Subscription s) {
        ObjectNode node = Json.MAPPER.valueToTree(Redact.subscription(s));
        return node.put(SECRET_FIELD, s.webhookSecrets().current());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = caller();
        if (repository().find(id).filter(s -> caller.canWrite(s.owner())).isEmpty()) {
            return ErrorMappers.notFound("subscription", id);
        }
        repository().delete(id);
        return Response.noContent().build();
    }

    private Caller caller() {
        return Caller.of(identity);
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
