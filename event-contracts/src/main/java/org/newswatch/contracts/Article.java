package org.newswatch.contracts;

import java.time.Instant;

/**
 * One cleaned article on the {@link Topics#ARTICLES} topic (schema {@code schemas/article-v1.schema.json}).
 *
 * @param schemaVersion   always 1 for this record
 * @param id              stable id derived from the normalised text: the same article gets the same id
 * @param title           headline, if known
 * @param url             where it was published, if known
 * @param source          publisher or feed name, if known
 * @param publishedAt     publication time; a date-only line becomes midnight UTC; null when unknown
 * @param receivedAt      when ingest accepted it
 * @param origin          {@link #LIVE} or {@link #REPLAY}
 * @param text            the cleaned body text
 * @param nearDuplicateOf id of an earlier article this one nearly repeats, else null
 * @param modifiedAt      when the page says it was last modified, else null (added in v1.1, optional)
 * @param author          the byline's author(s), comma-separated, else null (added in v1.1, optional)
 * @param language        the page's language tag (BCP 47, e.g. "de" or "en-GB"), else null (added in v1.1, optional)
 */
public record Article(
        int schemaVersion,
        String id,
        String title,
        String url,
        String source,
        Instant publishedAt,
        Instant receivedAt,
        String origin,
        String text,
        String nearDuplicateOf,
        Instant modifiedAt,
        String author,
        String language) {

    public static final int VERSION = 1;
    public static final String LIVE = "live";
    public static final String REPLAY = "replay";

    /** A v1.0 article: without the v1.1 page metadata. */
    public Article(int schemaVersion, String id, String title, String url, String source, Instant publishedAt,
            Instant receivedAt, String origin, String text, String nearDuplicateOf) {
        this(schemaVersion, id, title, url, source, publishedAt, receivedAt, origin, text, nearDuplicateOf, null, null,
                null);
    }

    /** The same article marked as nearly repeating an earlier one. */
    public Article withNearDuplicateOf(String earlier) {
        return new Article(schemaVersion, id, title, url, source, publishedAt, receivedAt, origin, text, earlier,
                modifiedAt, author, language);
    }

    /** The time the article is about: publication time, else the time it was received. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : receivedAt;
    }
}
