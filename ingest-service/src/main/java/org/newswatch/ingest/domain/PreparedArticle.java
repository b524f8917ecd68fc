package org.newswatch.ingest.domain;

import org.newswatch.contracts.Article;

/** A cleaned article ready to publish, and what the dedup memory will keep of it. */
public record PreparedArticle(Article article, DedupEntry entry) {

    public PreparedArticle withNearDuplicateOf(String earlier) {
        Article a = article;
        return new PreparedArticle(new Article(a.schemaVersion(), a.id(), a.title(), a.url(), a.source(), a.publishedAt(),
                a.receivedAt(), a.origin(), a.text(), earlier), entry.withNearDuplicateOf(earlier));
    }
}
