package org.newswatch.ingest.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SeedFormat;

/**
 * Reads the files of the drop folder into articles by extension: {@code .txt} (seed format), {@code .json} (one
 * article object or an array of them), {@code .jsonl} (one object per non-blank line), {@code .html}/{@code .htm}.
 * A file with any unreadable part is refused as a whole ({@link InvalidArticleException}), so it is published
 * completely or not at all.
 */
public final class DropFiles {

    public static final List<String> EXTENSIONS = List.of(".txt", ".json", ".jsonl", ".html", ".htm");

    private DropFiles() {
    }

    public static boolean supported(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** Strict: any unreadable item refuses the whole file. */
    public static List<ArticleInput> read(String fileName, String content) {
        return read(fileName, content, null);
    }

    /**
     * Lenient when {@code badItem} is given: an unreadable line of a .jsonl or element of a .json array is reported to
     * it (as "item N: reason") and skipped, the rest is read. A file that is unreadable as a whole still throws.
     */
    public static List<ArticleInput> read(String fileName, String content, Consumer<String> badItem) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String body = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (lower.endsWith(".txt")) {
            SeedFormat.Parsed parsed;
            try {
                parsed = SeedFormat.parse(body);
            } catch (IllegalArgumentException e) {
                throw new InvalidArticleException(e.getMessage(), e);
            }
            return List.of(new ArticleInput(null, null, null, PublicationTime.of(parsed.date()), parsed.text()));
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return List.of(HtmlArticles.parse(body, null, null));
        }
        if (lower.endsWith(".jsonl")) {
            List<ArticleInput> inputs = new ArrayList<>();
            String[] lines = body.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (!line.isBlank()) {
                    addItem(inputs, i + 1, () -> fromJson(parseTree(line)), badItem);
                }
            }
            return inputs;
        }
        if (lower.endsWith(".json")) {
            JsonNode root = parseTree(body);
            if (root.isArray()) {
                List<ArticleInput> inputs = new ArrayList<>();
                for (int i = 0; i < root.size(); i++) {
                    JsonNode node = root.get(i);
                    addItem(inputs, i + 1, () -> fromJson(node), badItem);
                }
                return inputs;
            }
            return List.of(fromJson(root));
        }
        throw new InvalidArticleException("unsupported file type: " + fileName + " (expected one of " + EXTENSIONS + ")");
    }

    private static void addItem(List<ArticleInput> inputs, int position, Supplier<ArticleInput> read, Consumer<String> badItem) {
        try {
            inputs.add(withLine(position, read));
        } catch (InvalidArticleException e) {
            if (badItem == null) {
                throw e;
            }
            badItem.accept(e.getMessage());
        }
    }

    /** Prefixes the reason with the 1-based position of the item (line of a .jsonl, element of a .json array). */
    private static ArticleInput withLine(int position, Supplier<ArticleInput> read) {
        try {
            return read.get();
        } catch (InvalidArticleException e) {
            throw new InvalidArticleException("item " + position + ": " + e.getMessage(), e);
        }
    }

    /** One line of a JSON Lines archive (an article object); an unreadable one is an {@link InvalidArticleException}. */
    public static ArticleInput jsonLine(String line) {
        return fromJson(parseTree(line));
    }

    private static JsonNode parseTree(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidArticleException("empty JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ArticleInput fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidArticleException("expected a JSON object with a text field");
        }
        String text = node.path("text").asText(null);
        ArticleInput input = new ArticleInput(node.path("title").asText(null), node.path("url").asText(null),
                node.path("source").asText(null), PublicationTime.parse(node.path(node.has("publishedAt") ? "publishedAt"
                        : "date").asText(null)), text); // "date": the older name of newswatch extract --jsonl
        if (text != null && HtmlArticles.looksLikeHtml(text)) {
            return HtmlArticles.parse(text, input.url(), input);
        }
        return input;
    }
}
