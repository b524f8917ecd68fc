package org.newswatch.ingest.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.ingest.replay.ReplayRequest;
import org.newswatch.ingest.replay.ReplayService;
import org.newswatch.ingest.replay.ReplayStatus;

/** {@code POST /replays}, {@code GET /replays[/{id}]}, {@code DELETE /replays/{id}}: archive replays in event time. */
@RolesAllowed({ApiKeys.INGEST, ApiKeys.ADMIN})
@Path("/replays")
@Produces(MediaType.APPLICATION_JSON)
public class ReplaysResource {

    @Inject
    ReplayService replays;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(byte[] body) {
        ReplayRequest request = JsonBodies.read(body, ReplayRequest.class,
                "{\"path\": ..., \"speed\" or \"asFastAsPossible\", \"from\", \"to\", \"topicPrefix\" or \"namespace\","
                        + " \"subscriptions\", \"csv\": {\"preset\", \"columns\", \"separator\", \"dateFormat\"}}");
        ReplayStatus status = replays.start(request);
        return Response.accepted(status).location(URI.create("/replays/" + status.id())).build();
    }

    /**
     * An archive sent as the body, JSON Lines ({@code {"title","url","source","publishedAt","text"}} a line), streamed
     * to a temporary file and replayed like a file under the root; the options are query parameters.
     */
    @POST
    @Consumes({ArticlesResource.NDJSON, ArticlesResource.JSON_LINES, "application/jsonl", "application/x-jsonlines"})
    @Blocking
    public Response upload(InputStream body, @QueryParam("speed") Double speed,
            @QueryParam("asFastAsPossible") Boolean asFastAsPossible, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("topicPrefix") String topicPrefix,
            @QueryParam("namespace") String namespace) {
        ReplayStatus status = replays.upload(body, new ReplayRequest(null, speed, asFastAsPossible, from, to,
                topicPrefix, namespace, null));
        return Response.accepted(status).location(URI.create("/replays/" + status.id())).build();
    }

    @GET
    @RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
    public List<ReplayStatus> list() {
        return replays.list();
    }

    @GET
    @RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/{id}")
    public ReplayStatus get(@PathParam("id") String id) {
        return replays.status(id).orElseThrow(() -> new NotFoundException("no replay " + id));
    }

    /** Stops a running replay; what was published stays published. */
    @DELETE
    @Path("/{id}")
    public ReplayStatus cancel(@PathParam("id") String id) {
        return replays.cancel(id).orElseThrow(() -> new NotFoundException("no replay " + id));
    }
}
