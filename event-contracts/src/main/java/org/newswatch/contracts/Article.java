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
        String nearDuplicateOf) {

    public static final int VERSION = 1;
    public static final String LIVE = "live";
    public static final String REPLAY = "replay";

    /** The time the article is about: publication time, else the time it was received. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : receivedAt;
    }
}
