package org.newswatch.ingest.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * jsoup parsing with a nesting limit. jsoup's tree builder is iterative and bounds its scope searches, so a page of
 * thousands of nested elements neither overflows the stack nor takes more than time linear in its size (which the body
 * limits bound), but every later walk over such a tree (ours, and any recursive code a library adds) pays for the depth,
 * and no real article nests more than a few dozen elements. A page whose elements nest deeper than {@value #MAX_DEPTH}
 * (the limit browsers' parsers use) is refused as an invalid article (400), naming the limit.
 */
public final class HtmlDepth {

    /** The deepest element nesting accepted, counted from the document (html is 1, body 2). */
    public static final int MAX_DEPTH = 512;

    private HtmlDepth() {
    }

    /** The page's document; {@link InvalidArticleException} when its elements nest deeper than {@value #MAX_DEPTH}. */
    public static Document parse(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        if (depth(doc, MAX_DEPTH + 1) > MAX_DEPTH) {
            throw new InvalidArticleException("the HTML nests elements more than " + MAX_DEPTH + " deep");
        }
        return doc;
    }

    /** How deep the elements below {@code root} nest, counting up to {@code stopAt} at most (iterative). */
    static int depth(Node root, int stopAt) {
        int[] deepest = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element) {
                    deepest[0] = Math.max(deepest[0], depth);
                }
                return deepest[0] >= stopAt ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, root);
        return deepest[0];
    }
}
