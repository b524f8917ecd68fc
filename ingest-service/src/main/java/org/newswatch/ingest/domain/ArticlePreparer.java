package org.newswatch.ingest.domain;

import java.time.Instant;
import org.newswatch.contracts.Article;

/** Cleans an incoming article into a contract {@link Article} with its deterministic id and dedup entry. */
public final class ArticlePreparer {

    private ArticlePreparer() {
    }

    public static PreparedArticle prepare(ArticleInput input, String origin, Instant receivedAt) {
        return prepare(input, origin, receivedAt, null);
    }

    /**
     * As {@link #prepare(ArticleInput, String, Instant)}, for an article of an archive: when neither the input nor a
     * full date in its text gives the publication day, it is read against {@code undatedClock} (the archive's event
     * time, see {@link PublicationTime#nearClock}) and is that clock at worst, never the receive time, so replaying
     * the archive again gives the same publication times.
     */
    public static PreparedArticle prepare(ArticleInput input, String origin, Instant receivedAt, Instant undatedClock) {
        return withEntry(article(input, origin, receivedAt, undatedClock));
    }

    /** The cleaned article of {@link #prepare(ArticleInput, String, Instant, Instant)}, without its dedup entry. */
    public static Article article(ArticleInput input, String origin, Instant receivedAt, Instant undatedClock) {
        if (input == null || TextNormalizer.isBlank(input.text())) {
            throw new InvalidArticleException("text is empty");
        }
        String text = TextNormalizer.clean(input.text());
        if (text.isEmpty()) {
            throw new InvalidArticleException("text is empty");
        }
        String id = ArticleIds.articleId(text);
        String url = blankToNull(input.url());
        Instant published = input.publishedAt();
        if (published == null && undatedClock != null) {
            Instant stated = PublicationTime.nearClock(text, undatedClock, receivedAt);
            published = stated != null ? stated : undatedClock;
        } else if (published == null) {
            published = PublicationTime.inText(text, receivedAt);
        }
        return new Article(Article.VERSION, id, oneLine(input.title()), url, oneLine(input.source()),
                published, receivedAt, origin, text, null, input.modifiedAt(), oneLine(input.author()),
                blankToNull(input.language()));
    }

    /** A cleaned article with what the dedup memory keeps of it. */
    public static PreparedArticle withEntry(Article article) {
        MinHash.Signature sig = MinHash.of(article.text());
        return new PreparedArticle(article, new DedupEntry(article.id(), ArticleIds.urlKey(article.url()), null,
                sig.shingles(), sig.values()));
    }

    private static String oneLine(String value) {
        return value == null ? null : blankToNull(TextNormalizer.fingerprint(value));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
