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
 */
public record ArticleInput(String title, String url, String source, Instant publishedAt, String text) {
}
