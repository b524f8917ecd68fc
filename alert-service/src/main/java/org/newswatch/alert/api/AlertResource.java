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
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.newswatch.alert.domain.Ack;
import org.newswatch.alert.domain.AlertEngine;
import org.newswatch.alert.domain.EventMatcher;
import org.newswatch.alert.domain.Split;
import org.newswatch.alert.recent.RecentEvents;
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

    @Inject
    RecentEvents recent;

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
     * Splits a report that joined the alert's story wrongly: body {@code {"article": "id"}} and/or
     * {@code {"eventId": "id"}} (one of the alert's sources, as listed in {@code articles} and {@code joined}). The
     * story forgets the report (an update of the alert with one source less) and the report fires as its own alert
     * when the rule fires on it alone, once, whatever is replayed or restarted later: the split goes through the
     * alert topology (topic {@code alert-splits}) and lives in its state stores. Answers 202 with the id the new
     * alert gets; 404 for an alert the caller may not change or a report it does not list, 409 when the report is
     * no longer among the recent events or the alert has one source.
     */
    @POST
    @Path("/{id}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response split(@PathParam("id") String id, String body) {
        Caller caller = Caller.of(identity);
        Alert alert = history.get(id);
        Subscription sub = alert == null ? null : tables.subscriptions().find(alert.subscriptionId()).orElse(null);
        if (sub == null || !caller.canWrite(sub.owner())) {
            return ErrorMappers.notFound("alert", id);
        }
        JsonNode json = SubscriptionResource.json(body);
        String article = json.path("article").isTextual() ? json.get("article").asText() : null;
        String eventId = json.path("eventId").isTextual() ? json.get("eventId").asText() : null;
        if (article == null && eventId == null) {
            throw new ValidationException("article", "name the report to split off: article and/or eventId");
        }
        if (!AlertEngine.SPLITTABLE.contains(alert.rule())) {
            throw new ValidationException("alert", "a " + alert.rule() + " alert is about several stories; only "
                    + String.join(", ", AlertEngine.SPLITTABLE) + " alerts can be split");
        }
        if (alert.corroboration() < 2) {
            return ErrorMappers.json(Response.Status.CONFLICT, new ApiError("the alert has one source: nothing to "
                    + "split off it", "article"));
        }
        boolean allListed = alert.articles() == null || alert.articles().size() >= alert.corroboration();
        List<RecentEvents.Recent> candidates = recent.query(r -> (article == null || article.equals(r.event().article()))
                && (eventId == null || eventId.equals(r.event().eventId()))
                && r.event().type() == alert.eventType() && EventMatcher.applies(sub, r.event())
                && (!allListed || listed(alert, r.event().article())), null);
        List<RecentEvents.Recent> ofAlert = candidates.stream()
                .filter(r -> alert.eventIds() != null && alert.eventIds().contains(r.event().eventId())).toList();
        if (!ofAlert.isEmpty()) {
            candidates = ofAlert;
        }
        // one report read twice (a replay) is one report
        List<RecentEvents.Recent> reports = candidates.stream().collect(java.util.stream.Collectors.toMap(
                r -> r.event().article() + "|" + r.event().eventId(), r -> r, (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
        if (reports.isEmpty()) {
            if (article != null && allListed && !listed(alert, article)) {
                return ErrorMappers.json(Response.Status.NOT_FOUND, new ApiError("the alert does not list article "
                        + article, "article"));
            }
            return ErrorMappers.json(Response.Status.CONFLICT, new ApiError("that report is not among the recent "
                    + "events (the last " + recent.days() + " days of event time); it cannot be split any more",
                    article != null ? "article" : "eventId"));
        }
        if (reports.size() > 1) {
            throw new ValidationException(article == null ? "article" : "eventId", "several reports match ("
                    + reports.stream().map(r -> r.event().article() + "/" + r.event().eventId()).toList()
                    + "): name both article and eventId");
        }
        RecentEvents.Recent report = reports.get(0);
        Split split = new Split(sub.id(), id, report.event(), Instant.ofEpochMilli(report.timestamp()), caller.name(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        writer.send(new ProducerRecord<>(InternalTopics.SPLITS, report.event().eventId(), Json.bytes(split)));
        return Response.accepted(Map.of("alertId", id, "article", report.event().article(), "eventId",
                report.event().eventId(), "splitAlertId", AlertEngine.splitAlertId(sub.id(), report.event()))).build();
    }

    private static boolean listed(Alert alert, String article) {
        return alert.articles() != null && alert.articles().stream().anyMatch(a -> a.id().equals(article));
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
