package org.newswatch.alert.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.newswatch.alert.domain.Silence;
import org.newswatch.alert.domain.SilenceValidator;
import org.newswatch.alert.kafka.Tables;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.security.Caller;

/** {@code /silences}: mute matching alerts until an end time (they stay in history, marked muted). */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.ADMIN})
@Path("/silences")
@Produces(MediaType.APPLICATION_JSON)
public class SilenceResource {

    @Inject
    Tables tables;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Caller caller = Caller.of(identity);
        // an admin's silence applies to every subscription, a subscriber's only to its own
        Silence s = SilenceValidator.parse(SubscriptionResource.json(body), UUID.randomUUID().toString(), now)
                .ownedBy(caller.admin() ? null : caller.name());
        tables.silences().save(s, now);
        return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build()).entity(s).build();
    }

    @GET
    @RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
    public List<Silence> list() {
        Caller caller = Caller.of(identity);
        return tables.silences().all().stream().filter(s -> caller.canRead(s.owner()))
                .sorted(Comparator.comparing(Silence::createdAt)).toList();
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = Caller.of(identity);
        if (tables.silences().find(id).filter(s -> caller.canWrite(s.owner())).isEmpty()) {
            return ErrorMappers.notFound("silence", id);
        }
        tables.silences().delete(id);
        return Response.noContent().build();
    }
}
