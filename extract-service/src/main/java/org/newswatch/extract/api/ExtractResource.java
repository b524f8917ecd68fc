package org.newswatch.extract.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.identity.EventIdentity;

/** {@code POST /extract}: try the engine on a text without going through Kafka. */
@RolesAllowed({ApiKeys.INGEST, ApiKeys.READER, ApiKeys.ADMIN})
@Path("/extract")
public class ExtractResource {

    static final int MAX_CHARS = 5 * 1024 * 1024;

    @Inject
    Extractor extractor;

    @Inject
    EventIdentity identity;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public List<ExtractedEvent> extract(String body) {
        if (body == null || body.isBlank()) {
            throw new WebApplicationException(error(400, "the body must be an article text"));
        }
        if (body.length() > MAX_CHARS) {
            throw new WebApplicationException(error(413, "the text is longer than " + MAX_CHARS + " characters"));
        }
        SeedFormat.Parsed parsed;
        try {
            parsed = SeedFormat.parse(body);
        } catch (IllegalArgumentException e) {
            throw new WebApplicationException(error(400, e.getMessage()));
        }
        Instant published = parsed.date() == null ? null : parsed.date().atStartOfDay(ZoneOffset.UTC).toInstant();
        Article article = new Article(Article.VERSION, "adhoc", null, null, null, published, Instant.now(),
                Article.LIVE, parsed.text(), null);
        // ids as the pipeline would give them, without remembering an ad hoc text
        return identity.peek(extractor.extract(article));
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build();
    }
}
