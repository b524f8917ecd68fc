package org.newswatch.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.InvalidArticleException;

/** Splits a batch body into items: a JSON array of article objects, or JSON Lines (one object per non-blank line). */
public final class BatchParser {

    /**
     * One item: the parsed request, or the reason it could not be parsed.
     *
     * @param request the article, null on error
     * @param error   why the item is unreadable, else null
     */
    public record Item(ArticleRequest request, String error) {
    }

    private BatchParser() {
    }

    /** A JSON array; a body that is not one is an {@link InvalidArticleException} (the whole batch is refused). */
    public static List<Item> jsonArray(String body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new InvalidArticleException("expected a JSON array of articles");
        }
        List<Item> items = new ArrayList<>();
        for (JsonNode node : root) {
            items.add(item(() -> ArticleRequest.fromNode(node)));
        }
        return items;
    }

    /** JSON Lines: each non-blank line one article; an unreadable line is an error item, the others go on. */
    public static List<Item> jsonLines(String body) {
        List<Item> items = new ArrayList<>();
        for (String line : body.split("\r?\n")) {
            if (!line.isBlank()) {
                items.add(item(() -> ArticleRequest.parse(line)));
            }
        }
        return items;
    }

    private static Item item(Supplier<ArticleRequest> parse) {
        try {
            return new Item(parse.get(), null);
        } catch (InvalidArticleException e) {
            return new Item(null, e.getMessage());
        }
    }
}
