package org.newswatch.ingest.api;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.common.annotation.Blocking;
import org.junit.jupiter.api.Test;
import org.newswatch.ingest.domain.InvalidArticleException;

class ArticleEndpointLimitsTest {

    @Test
    void theArticleEndpointsRunOnWorkerThreads() {
        // jsoup, normalisation and MinHash are CPU work: Quarkus REST runs a @Blocking resource off the event loop
        assertTrue(ArticlesResource.class.isAnnotationPresent(Blocking.class));
    }

    @Test
    void aDeeplyNestedBodyIsAnInvalidArticle() {
        String deep = "{\"text\": \"x\", \"extra\": " + "[".repeat(200) + "]".repeat(200) + "}";
        InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> ArticleRequest.parse(deep));
        assertTrue(e.getMessage().startsWith("invalid JSON"), e.getMessage());
        assertThrows(InvalidArticleException.class, () -> BatchParser.jsonArray("[" + deep + "]"));
        assertTrue(BatchParser.jsonLines(deep).get(0).error().startsWith("invalid JSON"));
    }
}
