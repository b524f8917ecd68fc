package org.newswatch.ingest.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.ingest.replay.NamespaceRegistry;

/**
 * {@code GET /namespaces[/{name}]}, {@code DELETE /namespaces/{name}}: the isolated namespaces replays run in (made by
 * {@code POST /replays} with a {@code namespace}), with their topics and consumer groups; a deletion removes them all.
 */
@RolesAllowed({ApiKeys.INGEST, ApiKeys.ADMIN})
@Path("/namespaces")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class NamespacesResource {

    @Inject
    NamespaceRegistry namespaces;

    @GET
    @RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
    public List<NamespaceRegistry.Info> list() {
        return namespaces.list();
    }

    @GET
    @RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
    @Path("/{name}")
    public NamespaceRegistry.Info get(@PathParam("name") String name) {
        return namespaces.find(name).orElseThrow(() -> new NotFoundException("no namespace " + name));
    }

    /** Stops the namespace's processing in every service and deletes its topics, groups and state; answers what went. */
    @DELETE
    @Path("/{name}")
    public NamespaceRegistry.Deleted delete(@PathParam("name") String name) {
        return namespaces.delete(name).orElseThrow(() -> new NotFoundException("no namespace " + name));
    }
}
