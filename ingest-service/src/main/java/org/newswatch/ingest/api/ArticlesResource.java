package org.newswatch.ingest.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.IngestResult;
import org.newswatch.ingest.domain.Ingestor;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.PublicationTime;

/** {@code POST /articles}: one article as JSON or in the seed format; 202 once the broker has it, 200 for a duplicate. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @Inject
    Ingestor ingestor;

    @Inject
    BodyLimit limit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> postJson(byte[] body) {
        limit.check(body.length);
        ArticleRequest request = ArticleRequest.parse(new String(body, StandardCharsets.UTF_8));
        return ingestor.ingest(request.toInput(), Article.LIVE).thenApply(ArticlesResource::response);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public CompletionStage<Response> postSeed(byte[] body, @QueryParam("title") String title, @QueryParam("url") String url,
            @QueryParam("source") String source) {
        limit.check(body.length);
        SeedFormat.Parsed parsed;
        try {
            parsed = SeedFormat.parse(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(e.getMessage(), e);
        }
        ArticleInput input = new ArticleInput(title, url, source, PublicationTime.of(parsed.date()), parsed.text());
        return ingestor.ingest(input, Article.LIVE).thenApply(ArticlesResource::response);
    }

    static Response response(IngestResult result) {
        return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED).entity(result).build();
    }
}
