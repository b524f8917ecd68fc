package org.newswatch.ingest.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.HtmlArticles;
import org.newswatch.ingest.domain.IngestResult;
import org.newswatch.ingest.domain.Ingestor;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.NotReadyException;
import org.newswatch.ingest.domain.PublicationTime;

/**
 * {@code POST /articles}: one article as JSON or in the seed format; 202 once the broker has it, 200 for a duplicate.
 * {@link Blocking}: parsing, HTML cleaning, normalisation and MinHash are CPU work and run on worker threads, never on
 * a Vert.x event loop.
 */
@Blocking
@RolesAllowed({ApiKeys.INGEST, ApiKeys.ADMIN})
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    public static final String JSON_LINES = "application/jsonlines";
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    Ingestor ingestor;

    @Inject
    BodyLimit limit;

    /** How many articles one batch may hold (413 above it). */
    @ConfigProperty(name = "newswatch.ingest.batch.max-items", defaultValue = "1000")
    int maxBatchItems;

    /**
     * How long an answer waits for the broker's acknowledgement before it is a 503 (the broker is down or out of
     * reach: the producer's own time-outs, 10 s to send and 30 s to deliver, queue one behind another).
     */
    @ConfigProperty(name = "newswatch.ingest.publish-timeout", defaultValue = "10s")
    Duration publishTimeout;

    @Context
    HttpHeaders headers;

    /**
     * The ingest's answer, or a {@link NotReadyException} (503) when the broker has not acknowledged the article within
     * {@link #publishTimeout}. Never a 202 for an article the broker does not have; the article may still be
     * published later (its send is under way), and then a retry is answered {@code duplicate} with its id.
     */
    private CompletableFuture<IngestResult> acknowledged(CompletionStage<IngestResult> ingest) {
        CompletableFuture<IngestResult> answer = new CompletableFuture<>();
        ingest.whenComplete((r, failure) -> {
            if (failure == null) {
                answer.complete(r);
            } else {
                answer.completeExceptionally(failure);
            }
        });
        answer.completeOnTimeout(null, publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        return answer.thenApply(r -> {
            if (r == null) {
                throw new NotReadyException("the broker did not acknowledge the article in " + publishTimeout.toSeconds()
                        + " s; retry later (if it was published meanwhile, the retry is answered duplicate)");
            }
            return r;
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> postJson(byte[] body) {
        limit.check(body.length);
        ArticleRequest request = ArticleRequest.parse(text(body, headers));
        return acknowledged(ingestor.ingest(request.toInput(), Article.LIVE)).thenApply(ArticlesResource::response);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public CompletionStage<Response> postSeed(byte[] body, @QueryParam("title") String title, @QueryParam("url") String url,
            @QueryParam("source") String source) {
        limit.check(body.length);
        SeedFormat.Parsed parsed;
        try {
            parsed = SeedFormat.parse(text(body, headers));
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException(e.getMessage(), e);
        }
        ArticleInput input = new ArticleInput(title, url, source, PublicationTime.of(parsed.date()), parsed.text());
        return acknowledged(ingestor.ingest(input, Article.LIVE)).thenApply(ArticlesResource::response);
    }

    /**
     * An HTML page: main text, title, dates, canonical URL, site name, author and language read from it (see
     * {@link HtmlArticles}); the charset as a browser decides it, the Content-Type header first; query parameters
     * win over the page.
     */
    @POST
    @Consumes(MediaType.TEXT_HTML)
    public CompletionStage<Response> postHtml(byte[] body, @QueryParam("title") String title, @QueryParam("url") String url,
            @QueryParam("source") String source, @QueryParam("publishedAt") String publishedAt) {
        limit.check(body.length);
        ArticleInput known = new ArticleInput(title, url, source, PublicationTime.parse(publishedAt), null);
        ArticleInput input = HtmlArticles.read(body, headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE),
                url, known).input();
        return acknowledged(ingestor.ingest(input, Article.LIVE)).thenApply(ArticlesResource::response);
    }

    /** {@code POST /articles/batch}: a JSON array, or JSON Lines ({@value #JSON_LINES} or {@value #NDJSON}). */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<BatchResponse> postBatch(byte[] body) {
        limit.check(body.length);
        return ingestAll(BatchParser.jsonArray(text(body, headers)));
    }

    @POST
    @Path("/batch")
    @Consumes({JSON_LINES, NDJSON, "application/jsonl", "application/x-jsonlines"})
    public CompletionStage<BatchResponse> postBatchLines(byte[] body) {
        limit.check(body.length);
        return ingestAll(BatchParser.jsonLines(text(body, headers)));
    }

    private CompletionStage<BatchResponse> ingestAll(List<BatchParser.Item> items) {
        if (items.size() > maxBatchItems) {
            throw new PayloadTooLargeException("a batch may hold at most " + maxBatchItems
                    + " articles (newswatch.ingest.batch.max-items); this one holds " + items.size());
        }
        List<CompletableFuture<BatchItemResult>> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            BatchParser.Item item = items.get(i);
            CompletableFuture<BatchItemResult> result;
            if (item.error() != null) {
                result = CompletableFuture.completedFuture(BatchItemResult.failed(index, item.error()));
            } else {
                try {
                    result = acknowledged(ingestor.ingest(item.request().toInput(), Article.LIVE))
                            .thenApply(r -> BatchItemResult.of(index, r))
                            .exceptionally(t -> BatchItemResult.failed(index, "could not publish: " + rootMessage(t)));
                } catch (RuntimeException e) {
                    if (e instanceof NotReadyException) {
                        throw e;
                    }
                    result = CompletableFuture.completedFuture(BatchItemResult.failed(index, e.getMessage()));
                }
            }
            results.add(result);
        }
        return CompletableFuture.allOf(results.toArray(new CompletableFuture[0]))
                .thenApply(done -> BatchResponse.of(results.stream().map(CompletableFuture::join).toList()));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The body as text in the charset of its Content-Type, UTF-8 when none is given. */
    static String text(byte[] body, HttpHeaders headers) {
        MediaType type = headers == null ? null : headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return new String(body, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("unknown charset: " + charset, e);
        }
    }

    static Response response(IngestResult result) {
        return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED).entity(result).build();
    }
}
