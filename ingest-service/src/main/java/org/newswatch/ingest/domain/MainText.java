package org.newswatch.ingest.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a web page, the way the best extractors find it (trafilatura's cascade, Readability's scoring):
 * page furniture removed by tag and by known boilerplate classes and ids ({@code html/boilerplate-attributes.tsv});
 * the content root found by known article-body classes ({@code html/content-attributes.tsv}), else the page's
 * {@code <article>}/{@code <main>}, else by paragraph scoring with link density; inside it, link-dense blocks
 * (teaser and related-link lists) and furniture lines ({@code html/boilerplate-lines.txt}) dropped; when that leaves
 * little, a recall-oriented fallback (the best-scored block, then the JSON-LD {@code articleBody}).
 * One paragraph a line pair. Mutates the document it is given.
 */
public final class MainText {

    private static final AttributeWords BOILERPLATE = AttributeWords.load("html/boilerplate-attributes.tsv");
    private static final AttributeWords CONTENT = AttributeWords.load("html/content-attributes.tsv");
    private static final List<Pattern> LINES = patterns("html/boilerplate-lines.txt");

    /** Elements never part of an article's text. */
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "button", "input", "select", "textarea", "option", "label", "nav", "aside", "footer", "figure",
            "figcaption", "menu", "object", "embed", "video", "audio", "picture", "map", "dialog", "fieldset", "link",
            "meta", "head", "title");
    /** Blocks that are dropped when most of their text is link text. */
    private static final Set<String> LINK_DENSE_CANDIDATES = Set.of("ul", "ol", "li", "div", "section", "table", "tr",
            "td", "p", "dl", "dd", "header", "span", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "br", "hr", "dd", "dt", "dl", "header",
            "address", "center", "td", "th");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Marks the start of a heading in the block text (removed by {@link #filterLines}). */
    private static final char HEADING = '\u0001';
    private static final int NOT_HEADING = 9;
    /** The label of lead entries in {@code html/content-attributes.tsv}. */
    private static final String LEAD = "lead";
    /**
     * A marked element with this much text outside links is kept unless its class is one that long text has too
     * (comments, cookie notices): the mark is more likely a modifier ("section--ads") than furniture.
     */
    private static final int LONG_MARKED = 1000;
    private static final Set<String> STRONG_LABELS = Set.of("comments", "cookie", "overlay", "footer");
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    /** Up to this many characters, an unpunctuated last paragraph is a label, not text. */
    private static final int LABEL = 60;
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    /** Elements that score as a paragraph when they hold text of their own (text not wrapped in a paragraph). */
    private static final Set<String> LOOSE_TEXT = Set.of("div", "span", "section", "article",
            "font", "center");

    /** Below this many characters a result is short and the recall fallback is tried. */
    static final int SHORT = 250;
    /** The JSON-LD articleBody replaces a text it is this many times longer than (a page that renders by script). */
    private static final int JSON_LD_LONGER = 3;
    /** How many scored blocks are weighed, and how many must share an ancestor to make it the root. */
    private static final int TOP = 5;
    private static final int SPLIT = 3;
    private static final double CLOSE = 0.4;

    private MainText() {
    }

    /** The main text of the page (paragraphs separated by blank lines), possibly empty. */
    public static String of(Document doc, String jsonLdBody) {
        Element body = doc.body();
        if (body == null) {
            return jsonLdBody == null ? "" : jsonLdBody;
        }
        dropTags(body);
        Map<Element, int[]> stats = new IdentityHashMap<>();
        measure(body, stats);
        if (dropMarked(body, stats)) {
            stats.clear();
            measure(body, stats);
        }

        Element scored = scoredRoot(body, stats);
        Element root = contentRoot(body, scored, stats);
        List<Element> roots = new ArrayList<>();
        if (root == null && own(stats.get(body)) > 0) {
            root = body; // a page of a few short lines: all of it
        }
        if (root != null) {
            Element lead = lead(root, stats);
            if (lead != null) {
                roots.add(lead);
            }
            roots.add(root);
        }
        String text = roots.isEmpty() ? "" : extract(roots, stats);
        if (visibleLength(text) < SHORT && scored != null && !roots.contains(scored)) {
            String fallback = extract(List.of(scored), stats);
            if (visibleLength(fallback) > visibleLength(text)) {
                text = fallback;
            }
        }
        if (jsonLdBody != null && visibleLength(jsonLdBody) > visibleLength(text) * JSON_LD_LONGER) {
            text = jsonLdBody;
        }
        return text;
    }

    // ---- cleaning

    private static void dropTags(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (DROPPED_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || hiddenStyle(e.attr("style"))) {
                drop.add(e);
            } else if (tag.equals("form")) {
                // a page-wide form (ASP.NET) holds the article: keep its content, drop the form's own controls
                e.unwrap();
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    /**
     * Drops the elements a boilerplate class or id marks, before the content root is looked for (a cookie dialog or
     * a comment thread must not win it), except wrappers holding half the page's text or more.
     */
    private static boolean dropMarked(Element body, Map<Element, int[]> stats) {
        int pageText = own(stats.get(body));
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && marked(e, stats, pageText)) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
        return !drop.isEmpty();
    }

    /**
     * True when a boilerplate class or id marks the element as furniture: not when it holds half the text around it
     * or more (a wrapper), nor when it holds long text and its class is one a modifier may carry ("section--ads").
     */
    private static boolean marked(Element e, Map<Element, int[]> stats, int context) {
        String label = BOILERPLATE.match(e);
        if (label == null) {
            return false;
        }
        int own = own(stats.get(e));
        return own * 2 < context && (own < LONG_MARKED || STRONG_LABELS.contains(label));
    }

    private static boolean hiddenStyle(String style) {
        if (style.isEmpty()) {
            return false;
        }
        String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Per element: {visible characters, of them in links}; post-order over the tree. */
    private static int[] measure(Element e, Map<Element, int[]> stats) {
        int text = 0;
        int links = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text += visibleLength(t.getWholeText());
            } else if (child instanceof Element c) {
                int[] s = measure(c, stats);
                text += s[0];
                links += s[1];
            }
        }
        if (e.normalName().equals("a")) {
            links = text;
        }
        int[] s = {text, links};
        stats.put(e, s);
        return s;
    }

    // ---- the content root

    /**
     * The content root: the paragraph-scored block arbitrates between the elements that say they hold the article (a
     * known article-body class or id, {@code itemprop=articleBody}, {@code <article>}, {@code <main>}): the most
     * specific of those that contain it, or that it contains while holding at least half its text; else itself.
     */
    private static Element contentRoot(Element body, Element scored, Map<Element, int[]> stats) {
        Element best = null;
        int bestRank = Integer.MAX_VALUE;
        int bestText = Integer.MAX_VALUE;
        int scoredText = scored == null ? 0 : own(stats.get(scored));
        for (Element e : body.getAllElements()) {
            int own = own(stats.get(e));
            if (own < 100) {
                continue;
            }
            int rank = rank(e);
            if (rank == Integer.MAX_VALUE) {
                continue;
            }
            if (scored != null) {
                boolean contains = isAncestor(e, scored);
                boolean inside = !contains && own * 2 >= scoredText && isAncestor(scored, e);
                if (!contains && !inside) {
                    continue;
                }
            }
            if (rank < bestRank || (rank == bestRank && own < bestText)) {
                best = e;
                bestRank = rank;
                bestText = own;
            }
        }
        return best != null ? best : scored;
    }

    /** True when {@code a} is {@code e} or one of its ancestors. */
    private static boolean isAncestor(Element a, Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lead (intro, standfirst, excerpt) that pages often set apart before the body: an element marked so by
     * {@code html/content-attributes.tsv} in the root's parent or grandparent, before the root, outside it.
     */
    private static Element lead(Element root, Map<Element, int[]> stats) {
        Element scope = root.parent() == null ? null : root.parent().parent();
        if (scope == null || scope.normalName().equals("body")) {
            scope = root.parent();
        }
        if (scope == null) {
            return null;
        }
        for (Element e : scope.getAllElements()) {
            if (e == root) {
                return null; // only what comes before the root
            }
            if (LEAD.equals(CONTENT.match(e)) && own(stats.get(e)) >= 40 && !isAncestor(e, root)) {
                return e;
            }
        }
        return null;
    }

    private static int rank(Element e) {
        if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
            return 0;
        }
        String label = CONTENT.match(e);
        if (label != null && !label.equals(LEAD)) {
            return Integer.parseInt(label);
        }
        return switch (e.normalName()) {
            case "article" -> 4;
            case "main" -> 5;
            default -> "main".equals(e.attr("role")) ? 5 : Integer.MAX_VALUE;
        };
    }

    private static int own(int[] stats) {
        return stats == null ? 0 : stats[0] - stats[1];
    }

    /** Readability's way: paragraphs score their parent (and half their grandparent); link density discounts. */
    private static Element scoredRoot(Element body, Map<Element, int[]> stats) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!PARAGRAPHS.contains(e.normalName()) && !(LOOSE_TEXT.contains(e.normalName()) && hasOwnText(e))) {
                continue;
            }
            int[] s = stats.get(e);
            int length = s[0] - s[1];
            if (length < 25) {
                continue;
            }
            double score = 1 + commas(e) + Math.min(length / 100.0, 3);
            Element parent = e.parent();
            if (parent != null) {
                scores.computeIfAbsent(parent, k -> new double[1])[0] += score;
                Element grand = parent.parent();
                if (grand != null) {
                    scores.computeIfAbsent(grand, k -> new double[1])[0] += score / 2;
                }
            }
        }
        List<Element> top = new ArrayList<>();
        List<Double> topScores = new ArrayList<>();
        for (Map.Entry<Element, double[]> entry : scores.entrySet()) {
            Element e = entry.getKey();
            int[] s = stats.get(e);
            if (s == null) {
                continue; // above the body
            }
            double density = s[0] == 0 ? 0 : (double) s[1] / s[0];
            double score = entry.getValue()[0] * (1 - density);
            if (BOILERPLATE.match(e) != null) {
                score *= 0.5;
            }
            if (CONTENT.match(e) != null) {
                score *= 1.5;
            }
            int at = 0;
            while (at < topScores.size() && topScores.get(at) >= score) {
                at++;
            }
            if (at < TOP) {
                top.add(at, e);
                topScores.add(at, score);
                if (top.size() > TOP) {
                    top.remove(TOP);
                    topScores.remove(TOP);
                }
            }
        }
        if (top.isEmpty()) {
            return null;
        }
        return commonAncestor(top, topScores);
    }

    /**
     * An article split into several blocks (between ads, in page-builder sections) scores each block apart: when
     * at least {@value #SPLIT} other top candidates scoring at least {@value #CLOSE} of the best lie under one
     * ancestor of the best, that ancestor is the root.
     */
    private static Element commonAncestor(List<Element> top, List<Double> scores) {
        Element best = top.get(0);
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < top.size(); i++) {
            if (scores.get(i) >= scores.get(0) * CLOSE) {
                close.add(top.get(i));
            }
        }
        if (close.size() < SPLIT) {
            return best;
        }
        for (Element ancestor = best.parent(); ancestor != null && !ancestor.normalName().equals("body");
                ancestor = ancestor.parent()) {
            int under = 0;
            for (Element e : close) {
                if (isAncestor(ancestor, e)) {
                    under++;
                }
            }
            if (under >= SPLIT) {
                return ancestor;
            }
        }
        return best;
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (visibleLength(t.getWholeText()) >= 25) {
                return true;
            }
        }
        return false;
    }

    private static int commas(Element e) {
        String text = e.text();
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }

    // ---- text of the content root

    private static String extract(List<Element> roots, Map<Element, int[]> stats) {
        StringBuilder out = new StringBuilder();
        for (Element root : roots) {
            int rootText = stats.get(root)[0] - stats.get(root)[1];
            prune(root, true, rootText, stats);
            blockText(root, out);
            out.append("\n\n");
        }
        return filterLines(out.toString());
    }

    /**
     * Removes boilerplate-marked and link-dense descendants; returns {visible characters, in links} of what stays.
     * An element holding most of the root's text stays whatever its class says (a wrapper, not furniture).
     */
    private static int[] prune(Element e, boolean isRoot, int rootText, Map<Element, int[]> stats) {
        if (!isRoot) {
            if (marked(e, stats, rootText)) {
                e.remove();
                return new int[2];
            }
        }
        int text = 0;
        int links = 0;
        for (Node child : new ArrayList<>(e.childNodes())) {
            if (child instanceof TextNode t) {
                text += visibleLength(t.getWholeText());
            } else if (child instanceof Element c) {
                int[] s = prune(c, false, rootText, stats);
                text += s[0];
                links += s[1];
            }
        }
        String tag = e.normalName();
        if (tag.equals("a")) {
            links = text;
        }
        if (!isRoot && text > 0 && LINK_DENSE_CANDIDATES.contains(tag) && links > text * 0.5) {
            e.remove();
            return new int[2];
        }
        return new int[] {text, links};
    }

    private static void blockText(Element root, StringBuilder out) {
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append(HEADINGS.contains(e.normalName()) ? "\n\n" + HEADING + e.normalName().charAt(1) : "\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append(e.normalName().equals("br") ? "" : "\n\n");
                }
            }
        }, root);
    }

    /**
     * Drops furniture lines (read-more prompts, credits, share and subscribe prompts, lone bylines), headings with
     * no text under them (the title of a related-links block whose links went), and short unpunctuated labels
     * left at the end ("Tags", "Contact:").
     */
    static String filterLines(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        for (String paragraph : BLANK_LINE.split(text)) {
            StringBuilder kept = new StringBuilder();
            int at = paragraph.indexOf(HEADING);
            int heading = at >= 0 && at + 1 < paragraph.length() ? paragraph.charAt(at + 1) - '0' : NOT_HEADING;
            if (at >= 0) {
                paragraph = paragraph.substring(0, at) + paragraph.substring(Math.min(at + 2, paragraph.length()));
            }
            for (String line : paragraph.split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !isFurniture(l)) {
                    kept.append(kept.length() > 0 ? "\n" : "").append(l);
                }
            }
            if (kept.length() > 0) {
                paragraphs.add(kept.toString());
                headings.add(heading);
            }
        }
        // a heading followed by nothing, or by a heading of its level or above, heads nothing
        for (int i = paragraphs.size() - 1; i >= 0 && paragraphs.size() > 1; i--) {
            boolean last = i == paragraphs.size() - 1;
            if (headings.get(i) != NOT_HEADING && (last || headings.get(i + 1) <= headings.get(i))) {
                paragraphs.remove(i);
                headings.remove(i);
            }
        }
        while (paragraphs.size() > 1 && isLabel(paragraphs.get(paragraphs.size() - 1))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        return String.join("\n\n", paragraphs);
    }

    /** A short line that ends no sentence: a label or link left over, not text. */
    private static boolean isLabel(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > LABEL) {
            return false;
        }
        char end = p.charAt(p.length() - 1);
        return ".!?\"»«”“'…)。！？".indexOf(end) < 0;
    }

    /** True when a whole line is page furniture by {@code html/boilerplate-lines.txt}. */
    static boolean isFurniture(String line) {
        if (line.length() > 200) {
            return false;
        }
        for (Pattern p : LINES) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    private static List<Pattern> patterns(String resource) {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = MainText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    patterns.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return patterns;
    }
}
