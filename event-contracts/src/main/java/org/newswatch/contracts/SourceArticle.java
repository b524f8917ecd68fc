package org.newswatch.contracts;

/** One article that reported an alert's event. */
public record SourceArticle(String id, String title, String url, String source, String evidence) {
}
