package org.newswatch.ingest.domain;

import java.time.Instant;
import org.newswatch.contracts.Article;

/** Cleans an incoming article into a contract {@link Article} with its deterministic id and dedup entry. */
public final class ArticlePreparer {

    private ArticlePreparer() {
    }

    public static PreparedArticle prepare(ArticleInput input, String origin, Instant receivedAt) {
        if (input == null || TextNormalizer.isBlank(input.text())) {
            throw new InvalidArticleException("text is empty");
        }
        String text = TextNormalizer.clean(input.text());
        if (text.isEmpty()) {
            throw new InvalidArticleException("text is empty");
        }
        String id = ArticleIds.articleId(text);
        String url = blankToNull(input.url());
        Instant published = input.publishedAt() != null ? input.publishedAt() : PublicationTime.inText(text, receivedAt);
        Article article = new Article(Article.VERSION, id, oneLine(input.title()), url, oneLine(input.source()),
                published, receivedAt, origin, text, null);
        MinHash.Signature sig = MinHash.of(text);
        return new PreparedArticle(article, new DedupEntry(id, ArticleIds.urlKey(url), null, sig.shingles(), sig.values()));
    }

    private static String oneLine(String value) {
        return value == null ? null : blankToNull(TextNormalizer.fingerprint(value));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
