package org.newswatch.ingest.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page to an {@link ArticleInput} with jsoup: body text of the {@code <article>} (else {@code <main>}, else
 * {@code <body>}) with navigation, scripts, forms and asides removed, one paragraph per block element; title, URL,
 * source and publication date from {@code <meta>} tags (Open Graph, article:*, Dublin Core), {@code <link
 * rel=canonical>}, {@code <time datetime>} or {@code <title>}.
 */
public final class HtmlArticles {

    private static final String JUNK = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
            + "button, select, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .newsletter, .subscribe, .related, .advert, .ad, .cookie, .comments";
    private static final List<String> BLOCKS = List.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "hr", "dd", "dt", "figure");

    private HtmlArticles() {
    }

    /** Parses a page; fields a caller already knows (e.g. from a feed entry) win over what the page says. */
    public static ArticleInput parse(String html, String baseUrl, ArticleInput known) {
        Document doc = HtmlDepth.parse(html, baseUrl);
        String title = first(known == null ? null : known.title(),
                meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "dc.title"), doc.title(), text(doc.selectFirst("h1")));
        String url = first(known == null ? null : known.url(),
                doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"), baseUrl);
        String source = first(known == null ? null : known.source(), meta(doc, "og:site_name"), meta(doc, "dc.publisher"),
                meta(doc, "publisher"));
        Instant publishedAt = known != null && known.publishedAt() != null ? known.publishedAt() : publishedAt(doc);
        Element root = first(doc.selectFirst("article"), doc.selectFirst("main"), doc.selectFirst("[role=main]"), doc.body());
        String text = root == null ? "" : blockText(root);
        return new ArticleInput(title, url, source, publishedAt, text);
    }

    /** True when the content looks like HTML rather than plain text. */
    public static boolean looksLikeHtml(String content) {
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1000)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body") || head.contains("<head");
    }

    private static Instant publishedAt(Document doc) {
        for (String candidate : new String[] {meta(doc, "article:published_time"), meta(doc, "og:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "sailthru.date"),
                doc.select("time[datetime]").attr("datetime")}) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return PublicationTime.parse(candidate);
                } catch (InvalidArticleException e) {
                    // try the next tag
                }
            }
        }
        return null;
    }

    private static String blockText(Element root) {
        Element copy = root.clone();
        copy.select(JUNK).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append(e.normalName().equals("br") ? "" : "\n\n");
                }
            }
        }, copy);
        return out.toString();
    }

    private static String meta(Document doc, String name) {
        Elements m = doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        for (Element e : m) {
            String content = e.attr("content");
            if (!content.isBlank()) {
                return content.strip();
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
