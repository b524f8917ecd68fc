package org.newswatch.ingest.domain;

import java.time.Instant;

/**
 * An article as it came in, before cleaning and deduplication.
 *
 * @param title       headline, may be null
 * @param url         where it was published, may be null
 * @param source      publisher or feed name, may be null
 * @param publishedAt publication time, may be null
 * @param text        body text (plain text, already extracted from HTML)
 * @param modifiedAt  last modification time, may be null (from a page's metadata)
 * @param author      author(s), may be null (from a page's metadata)
 * @param language    language tag, may be null (from a page's metadata)
 */
public record ArticleInput(String title, String url, String source, Instant publishedAt, String text, Instant modifiedAt,
        String author, String language) {

    /** An input without page metadata. */
    public ArticleInput(String title, String url, String source, Instant publishedAt, String text) {
        this(title, url, source, publishedAt, text, null, null, null);
    }
}
