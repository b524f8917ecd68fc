package org.newswatch.ingest.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, String> m = metas(doc);
        String title = first(text(ld, "headline"), meta(m, "og:title"), meta(m, "twitter:title"),
                meta(m, "dc.title"), doc.title(), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String url = first(doc.select("link[rel=canonical]").attr("abs:href"), meta(m, "og:url"), baseUrl);
        String site = first(meta(m, "og:site_name"), ld == null ? null : text(ld.path("publisher"), "name"),
                meta(m, "application-name"), meta(m, "dc.publisher"), meta(m, "publisher"));
        Instant published = time(text(ld, "datePublished"), meta(m, "article:published_time"),
                meta(m, "og:published_time"), meta(m, "datePublished"), meta(m, "pubdate"), meta(m, "publishdate"),
                meta(m, "date"), meta(m, "dc.date"), meta(m, "dc.date.issued"), meta(m, "dcterms.created"),
                meta(m, "sailthru.date"), doc.select("time[datetime]").attr("datetime"));
        Instant modified = time(text(ld, "dateModified"), meta(m, "article:modified_time"),
                meta(m, "og:updated_time"), meta(m, "dateModified"), meta(m, "last-modified"),
                meta(m, "dcterms.modified"));
        String author = first(ld == null ? null : names(ld.get("author")), meta(m, "author"),
                meta(m, "article:author"), meta(m, "dc.creator"), meta(m, "byl"),
                doc.selectFirst("[rel=author]") == null ? null : doc.selectFirst("[rel=author]").text());
        if (author != null && author.startsWith("http")) {
            author = null; // article:author is often a profile URL
        }
        String language = first(text(ld, "inLanguage"), doc.selectFirst("html") == null ? null
                : doc.selectFirst("html").attr("lang"), meta(m, "content-language"), meta(m, "dc.language"),
                meta(m, "og:locale"));
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

    /** Every {@code <meta>} by its lower-cased property, name, itemprop or http-equiv: the first non-blank content. */
    private static Map<String, String> metas(Document doc) {
        Map<String, String> metas = new HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String value = e.attr(key);
                if (!value.isEmpty()) {
                    metas.putIfAbsent(value.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return metas;
    }

    private static String meta(Map<String, String> metas, String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
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
