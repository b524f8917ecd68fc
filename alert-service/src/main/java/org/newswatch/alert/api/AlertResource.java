package org.newswatch.alert.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newswatch.alert.domain.Ack;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.alert.history.AlertHistory;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.kafka.KafkaWriter;
import org.newswatch.alert.kafka.Tables;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.security.Caller;

/** {@code /alerts}: what was delivered on the alerts topic, as a list and as a Server-Sent Events stream. */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.ADMIN})
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    static final int MAX_LIMIT = 10000;

    @Inject
    AlertHistory history;

    @Inject
    KafkaWriter writer;

    @Inject
    Tables tables;

    @Inject
    SecurityIdentity identity;

    /**
     * Newest first. Filters: {@code subscription} (id), {@code type} (event type), {@code since}/{@code until}
     * (ISO-8601 instants, on the alert's event time, until exclusive), {@code limit} (default 1000).
     */
    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    public List<Alert> list(@QueryParam("subscription") String subscription, @QueryParam("type") String type,
            @QueryParam("since") String since, @QueryParam("until") String until,
            @QueryParam("limit") Integer limit) {
        int n = limit == null ? 1000 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return history.list(filter(subscription, type, since, until).and(readable(Caller.of(identity))), n);
    }

    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        Alert alert = history.get(id);
        return alert == null || !readable(Caller.of(identity)).test(alert) ? ErrorMappers.notFound("alert", id)
                : Response.ok(alert).build();
    }

    /** Records who acknowledged an alert: body {@code {"by": "analyst", "comment": "optional"}}. */
    @POST
    @Path("/{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ack(@PathParam("id") String id, String body) {
        Caller caller = Caller.of(identity);
        Alert alert = history.get(id);
        if (alert == null || !caller.canWrite(owner(alert))) {
            return ErrorMappers.notFound("alert", id);
        }
        JsonNode json = SubscriptionResource.json(body);
        // who acknowledged is the authenticated principal, whatever the body says
        String by = caller.name();
        String comment = json.path("comment").isTextual() ? json.get("comment").asText() : null;
        Ack ack = new Ack(id, by, comment, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        writer.send(new ProducerRecord<>(InternalTopics.ACKS, id, Json.bytes(ack)));
        history.acknowledge(ack);
        return Response.ok(history.get(id)).build();
    }

    /**
     * Alert records as they are delivered (event name {@code new} or {@code update}, data the alert JSON), filterable
     * by {@code subscription} and {@code type}; {@code id:} is the record's position on the alerts topic
     * (the last offset of every partition so far, {@code 0-42.1-17}). A client that reconnects with
     * {@code Last-Event-ID} first gets what it missed on every partition.
     */
    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void stream(@Context SseEventSink sink, @Context Sse sse, @QueryParam("subscription") String subscription,
            @QueryParam("type") String type, @HeaderParam("Last-Event-ID") String lastEventId) {
        Predicate<Alert> filter = filter(subscription, type, null, null).and(readable(Caller.of(identity)));
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                AlertHistory.position(lastEventId.strip());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("Last-Event-ID", e.getMessage());
            }
        }
        history.listen(sink, sse, filter, lastEventId);
    }

    /**
     * The alerts {@code caller} may see: those of its own subscriptions, or all for an admin or reader. An alert of a
     * deleted subscription has no known owner any more: admins and readers only.
     */
    private Predicate<Alert> readable(Caller caller) {
        return alert -> caller.canRead(owner(alert));
    }

    private String owner(Alert alert) {
        return tables.subscriptions().find(alert.subscriptionId()).map(Subscription::owner).orElse(null);
    }

    static Predicate<Alert> filter(String subscription, String type, String since, String until) {
        EventType eventType = null;
        if (type != null && !type.isBlank()) {
            try {
                eventType = EventType.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("type", "unknown event type '" + type + "'");
            }
        }
        Instant from = instant("since", since);
        Instant to = instant("until", until);
        EventType t = eventType;
        return a -> (subscription == null || subscription.isBlank() || subscription.equals(a.subscriptionId()))
                && (t == null || t == a.eventType())
                && AlertHistory.within(a.eventTime(), from, to);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, field + " must be an ISO-8601 instant like 2020-02-27T00:00:00Z");
        }
    }
}
