package org.newswatch.ingest.domain;

import java.time.Instant;
import java.util.Locale;
import org.jsoup.nodes.Document;

/**
 * An HTML page to an {@link ArticleInput}: the one path for pages posted to {@code POST /articles}, dropped in the
 * drop folder, read by {@code newswatch article} and carried in feed entries. Bytes are decoded by
 * {@link PageCharset}, metadata read by {@link PageMetadata}, the main text found by {@link MainText}.
 */
public final class HtmlArticles {

    /** A page read: the article input, the page's metadata, and how its charset was decided. */
    public record Page(ArticleInput input, PageMetadata metadata, PageCharset.Decoded charset) {
    }

    private HtmlArticles() {
    }

    /** Reads a page's bytes; {@code contentType} is the HTTP header if any. Fields in {@code known} win. */
    public static Page read(byte[] body, String contentType, String baseUrl, ArticleInput known) {
        PageCharset.Decoded decoded = PageCharset.decode(body, contentType);
        Page page = read(decoded.text(), baseUrl, known);
        return new Page(page.input(), page.metadata(), decoded);
    }

    /** Reads a page already decoded; fields a caller already knows (e.g. from a feed entry) win over the page's. */
    public static Page read(String html, String baseUrl, ArticleInput known) {
        Document doc = HtmlDepth.parse(html, baseUrl); // refuses pages nested deeper than browsers' parsers allow
        PageMetadata meta = PageMetadata.read(doc, baseUrl);
        String text = MainText.of(doc, meta.articleBody());
        String title = PageMetadata.first(known == null ? null : known.title(), meta.title());
        String url = PageMetadata.first(known == null ? null : known.url(), meta.url());
        String source = PageMetadata.first(known == null ? null : known.source(), meta.siteName());
        Instant publishedAt = known != null && known.publishedAt() != null ? known.publishedAt() : meta.publishedAt();
        return new Page(new ArticleInput(title, url, source, publishedAt, text, meta.modifiedAt(), meta.author(),
                meta.language()), meta, null);
    }

    /** As {@link #read(String, String, ArticleInput)}, the article input only. */
    public static ArticleInput parse(String html, String baseUrl, ArticleInput known) {
        return read(html, baseUrl, known).input();
    }

    /** True when the content looks like HTML rather than plain text. */
    public static boolean looksLikeHtml(String content) {
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1000)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<head");
    }
}
