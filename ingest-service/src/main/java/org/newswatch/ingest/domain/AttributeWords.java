package org.newswatch.ingest.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A word list over the {@code class}, {@code id}, {@code role} and {@code itemprop} values of elements, loaded from a
 * data file (see {@code html/boilerplate-attributes.tsv} for the format): an entry of one or more parts matches a
 * value whose parts (split at separators and lower-to-upper case changes, lower-cased) hold the entry's parts in order,
 * adjacent.
 */
final class AttributeWords {

    /** First part of an entry to the entries starting with it (each the full part list) and their labels. */
    private final Map<String, List<Entry>> byFirstPart = new HashMap<>();

    /** @param whole the entry matches a whole class name or id only ("hidden", not "overflow-hidden") */
    private record Entry(String[] parts, boolean whole, String label) {
    }

    private AttributeWords() {
    }

    static AttributeWords load(String resource) {
        AttributeWords words = new AttributeWords();
        try (InputStream in = AttributeWords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String entry = cols[0].strip().toLowerCase(Locale.ROOT);
                boolean whole = entry.startsWith("=");
                String[] parts = (whole ? entry.substring(1) : entry).split(" +");
                words.byFirstPart.computeIfAbsent(parts[0], k -> new ArrayList<>())
                        .add(new Entry(parts, whole, cols.length > 1 ? cols[1].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The label of the first entry matching the element's class, id, role or itemprop, else null. */
    String match(Element e) {
        if (e.attributesSize() == 0) {
            return null;
        }
        String label = matchValue(e.attr("class"));
        if (label == null) {
            label = matchValue(e.id());
        }
        if (label == null && e.hasAttr("role")) {
            label = matchValue(e.attr("role"));
        }
        if (label == null && e.hasAttr("itemprop")) {
            label = matchValue(e.attr("itemprop"));
        }
        return label;
    }

    /** The label of the first entry matching one attribute value, else null. */
    String matchValue(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        List<String> parts = parts(value);
        for (int i = 0; i < parts.size(); i++) {
            List<Entry> entries = byFirstPart.get(parts.get(i));
            if (entries == null) {
                continue;
            }
            for (Entry entry : entries) {
                if (matchesAt(parts, i, entry.parts()) && (!entry.whole() || wholeToken(parts, i, entry.parts().length))) {
                    return entry.label();
                }
            }
        }
        return null;
    }

    private static boolean wholeToken(List<String> parts, int at, int length) {
        return (at == 0 || parts.get(at - 1).equals(" ")) && (at + length == parts.size() || parts.get(at + length).equals(" "));
    }

    private static boolean matchesAt(List<String> parts, int at, String[] entry) {
        if (at + entry.length > parts.size()) {
            return false;
        }
        for (int k = 1; k < entry.length; k++) {
            if (!parts.get(at + k).equals(entry[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A value's parts: split at anything not a letter or digit and where a lower-case letter is followed by an
     * upper-case one; a new token (space) starts a new run, so parts of two class names never join.
     */
    static List<String> parts(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous) && part.length() > 0) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                part.append(Character.toLowerCase(c));
            } else {
                if (part.length() > 0) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                if (Character.isWhitespace(c)) {
                    parts.add(" ");
                }
            }
            previous = c;
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }
}
