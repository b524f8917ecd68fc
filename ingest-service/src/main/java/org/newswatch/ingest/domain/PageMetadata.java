package org.newswatch.ingest.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news reader needs to know of a page besides its text, from JSON-LD (an Article-like object), Open Graph,
 * {@code article:*}, Dublin Core and plain {@code <meta>} tags, {@code <link rel=canonical>}, {@code <time>} and
 * {@code <html lang>}, in that order of trust.
 *
 * @param articleBody the JSON-LD {@code articleBody}, a fallback for the main text
 */
public record PageMetadata(String title, String url, String siteName, Instant publishedAt, Instant modifiedAt,
        String author, String language, String articleBody) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report",
            "scholarlyarticle", "techarticle", "liveblogposting", "posting", "socialmediaposting", "webpage");

    /** Reads the metadata; call before the document's scripts are removed (JSON-LD lives in them). */
    public static PageMetadata read(Document doc, String baseUrl) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "dc.title"), doc.title(), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String url = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(doc, "og:url"), baseUrl);
        String site = first(meta(doc, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"),
                meta(doc, "application-name"), meta(doc, "dc.publisher"), meta(doc, "publisher"));
        Instant published = time(text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"),
                meta(doc, "sailthru.date"), doc.select("time[datetime]").attr("datetime"));
        Instant modified = time(text(ld, "dateModified"), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), meta(doc, "dateModified"), meta(doc, "last-modified"),
                meta(doc, "dcterms.modified"));
        String author = first(ld == null ? null : names(ld.get("author")), meta(doc, "author"),
                meta(doc, "article:author"), meta(doc, "dc.creator"), meta(doc, "byl"),
                doc.selectFirst("[rel=author]") == null ? null : doc.selectFirst("[rel=author]").text());
        if (author != null && author.startsWith("http")) {
            author = null; // article:author is often a profile URL
        }
        String language = first(text(ld, "inLanguage"), doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"), meta(doc, "content-language"), meta(doc, "dc.language"),
                meta(doc, "og:locale"));
        if (language != null) {
            language = language.replace('_', '-').strip();
            language = language.isEmpty() ? null : language;
        }
        String body = text(ld, "articleBody");
        return new PageMetadata(title, url, site, published, modified, author, language, body);
    }

    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(MAPPER.readTree(script.data()), 0);
                if (found != null) {
                    return found;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a broken block is common: skip it
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        JsonNode type = node.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                String name = t.asText().toLowerCase(Locale.ROOT);
                if (ARTICLE_TYPES.contains(name) && (!name.equals("webpage") || node.has("headline"))) {
                    return node;
                }
            }
        }
        JsonNode graph = node.get("@graph");
        JsonNode found = graph == null ? null : findArticle(graph, depth + 1);
        return found != null ? found : findArticle(node.get("mainEntity"), depth + 1);
    }

    private static String names(JsonNode author) {
        if (author == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v == null || !v.isValueNode() ? null : org.jsoup.parser.Parser.unescapeEntities(v.asText(), false).strip();
    }

    private static Instant time(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return PublicationTime.parse(candidate.strip());
                } catch (RuntimeException e) {
                    // try the next one
                }
            }
        }
        return null;
    }

    static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                + "], meta[http-equiv=" + name + "]")) {
            String content = e.attr("content");
            if (!content.isBlank()) {
                return content.strip();
            }
        }
        return null;
    }

    @SafeVarargs
    static <T> T first(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) {
                return v;
            }
        }
        return null;
    }
}
