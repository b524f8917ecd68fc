package org.newswatch.ingest.domain;

import org.newswatch.contracts.Article;

/** A cleaned article ready to publish, and what the dedup memory will keep of it. */
public record PreparedArticle(Article article, DedupEntry entry) {

    public PreparedArticle withNearDuplicateOf(String earlier) {
        return new PreparedArticle(article.withNearDuplicateOf(earlier), entry.withNearDuplicateOf(earlier));
    }
}
