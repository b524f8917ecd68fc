package org.newswatch.ingest.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.feeds.Feed;
import org.newswatch.ingest.feeds.FeedRegistry;
import org.newswatch.ingest.feeds.FeedScheduler;

/** {@code GET/POST/DELETE /feeds}: the RSS and Atom feeds polled for articles. */
@RolesAllowed({ApiKeys.INGEST, ApiKeys.ADMIN})
@Path("/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedsResource {

    /**
     * The body of {@code POST /feeds}.
     *
     * @param url             the feed's http(s) URL (required)
     * @param name            a human name (default: the host)
     * @param intervalSeconds seconds between polls (default 300)
     */
    public record FeedRequest(String url, String name, Long intervalSeconds) {
    }

    @Inject
    FeedScheduler scheduler;

    @GET
    @RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
    public List<FeedRegistry.View> list() {
        return scheduler.registry().list();
    }

    @GET
    @RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/{id}")
    public FeedRegistry.View get(@PathParam("id") String id) {
        return scheduler.registry().get(id).orElseThrow(() -> new NotFoundException("no feed " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> add(byte[] body) {
        FeedRequest request = JsonBodies.read(body, FeedRequest.class, "{\"url\": ..., \"name\": ..., \"intervalSeconds\": ...}");
        Feed feed = Feed.of(request.url(), request.name(), request.intervalSeconds());
        String refusal = scheduler.policy().refusal(feed.url());
        if (refusal != null) {
            throw new InvalidArticleException("feed url refused: " + refusal);
        }
        return scheduler.add(feed).thenApply(added -> {
            FeedRegistry.View view = scheduler.registry().get(feed.id()).orElseThrow();
            return added ? Response.created(URI.create("/feeds/" + feed.id())).entity(view).build() : Response.ok(view).build();
        });
    }

    @DELETE
    @Path("/{id}")
    public CompletionStage<Response> remove(@PathParam("id") String id) {
        if (scheduler.registry().get(id).isEmpty()) {
            throw new NotFoundException("no feed " + id);
        }
        return scheduler.remove(id).thenApply(removed -> Response.noContent().build());
    }

    /** Polls a feed at the next tick instead of waiting for its interval. */
    @POST
    @Path("/{id}/poll")
    public Response pollNow(@PathParam("id") String id) {
        if (!scheduler.pollNow(id)) {
            throw new NotFoundException("no feed " + id);
        }
        return Response.accepted(scheduler.registry().get(id).orElseThrow()).build();
    }
}
