package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;

/**
 * The robustness set ({@code robustness/items.jsonl}, see its README): each item's events written in other text
 * shapes — without final punctuation, as several paragraphs (with and without it), ending in "…" or "...", and cut
 * off right after the event clause — give the same set of (type, principal party, count) as the item written as one
 * paragraph with its punctuation.
 */
class TextShapeTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    record Item(String id, LocalDate date, List<String> sentences, String cut) {
    }

    static List<Item> items() throws IOException {
        List<Item> items = new ArrayList<>();
        try (InputStream in = TextShapeTest.class.getResourceAsStream("/robustness/items.jsonl")) {
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.MAPPER.readTree(line);
                List<String> sentences = new ArrayList<>();
                n.get("sentences").forEach(s -> sentences.add(s.asText()));
                items.add(new Item(n.get("id").asText(), LocalDate.parse(n.get("date").asText()), sentences, n.get("cut").asText()));
            }
        }
        return items;
    }

    /** The item in every shape, the reference (one paragraph, final punctuation) first. */
    static Map<String, String> variants(Item item) {
        List<String> s = item.sentences();
        List<String> head = s.subList(0, s.size() - 1);
        String last = s.get(s.size() - 1);
        String bare = last.replaceAll("[.!?]+$", "");
        String before = head.isEmpty() ? "" : String.join(" ", head) + " ";
        String beforeParas = head.isEmpty() ? "" : String.join("\n\n", head) + "\n\n";
        Map<String, String> v = new LinkedHashMap<>();
        v.put("a one paragraph, final punctuation", before + last);
        v.put("b one paragraph, no final punctuation", before + bare);
        v.put("c paragraphs, final punctuation", beforeParas + last);
        v.put("c paragraphs, no final punctuation", beforeParas + bare);
        v.put("d ending in '…'", before + bare + "…");
        v.put("d ending in '...'", before + bare + "...");
        v.put("d cut off after the event clause", item.cut());
        return v;
    }

    static Set<String> events(Item item, String variant, String text) {
        Instant day = item.date().atStartOfDay().toInstant(ZoneOffset.UTC);
        Set<String> out = new TreeSet<>();
        for (ExtractedEvent e : EXTRACTOR.extract(new Article(Article.VERSION, item.id() + " " + variant, null, null, null, day,
                day, Article.REPLAY, text, null))) {
            out.add(e.type() + "/" + e.principal() + "/" + e.count());
        }
        return out;
    }

    @Test
    void everyShapeGivesTheEventsOfTheReference() throws IOException {
        List<Item> items = items();
        assertTrue(items.size() >= 30, "items: " + items.size());
        List<String> differences = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Item item : items) {
            Set<String> reference = null;
            for (Map.Entry<String, String> v : variants(item).entrySet()) {
                Set<String> got = events(item, v.getKey(), v.getValue());
                if (reference == null) {
                    reference = got;
                    if (got.isEmpty()) {
                        silent.add(item.id());
                    }
                } else if (!got.equals(reference)) {
                    differences.add(item.id() + " [" + v.getKey() + "]: " + got + " instead of " + reference);
                }
            }
        }
        System.out.println("TextShapeTest: items giving no event even in the reference shape: " + silent);
        assertTrue(silent.size() <= items.size() / 6, "too few items give events: none from " + silent);
        assertTrue(differences.isEmpty(), differences.size() + " variants differ from their reference:\n"
                + String.join("\n", differences));
    }
}
