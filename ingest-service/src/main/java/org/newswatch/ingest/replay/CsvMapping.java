package org.newswatch.ingest.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.PublicationTime;

/**
 * How the rows of a CSV or TSV archive file (with a header row) become articles: which column holds each article
 * field, the separator and the date format; given in the replay request, or a named preset of
 * {@code replay/csv-presets.json} ({@code gdelt}, {@code acled}) with the request's fields overriding it.
 *
 * @param preset     a preset name, or null
 * @param separator  one character; default {@code ,} ({@code \t} for a {@code .tsv} file)
 * @param dateFormat a {@link DateTimeFormatter} pattern of dates (days), or null for ISO dates and date-times
 * @param columns    article field ({@code text}, {@code publishedAt}, {@code title}, {@code url}, {@code source},
 *                   {@code location}) to column header
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CsvMapping(String preset, String separator, String dateFormat, Map<String, String> columns) {

    static final Set<String> FIELDS = Set.of("text", "publishedAt", "title", "url", "source", "location");
    private static final Map<String, CsvMapping> PRESETS = presets();

    /** The mapping with its preset's values filled in (the request's win); validated. */
    public CsvMapping resolved() {
        CsvMapping base = preset == null ? null : PRESETS.get(preset.toLowerCase(Locale.ROOT));
        if (preset != null && base == null) {
            throw new InvalidArticleException("csv.preset must be one of " + PRESETS.keySet());
        }
        Map<String, String> cols = new LinkedHashMap<>(base == null ? Map.of() : base.columns());
        if (columns != null) {
            cols.putAll(columns);
        }
        for (String field : cols.keySet()) {
            if (!FIELDS.contains(field)) {
                throw new InvalidArticleException("csv.columns: unknown article field " + field + " (one of " + FIELDS + ")");
            }
        }
        if (!cols.containsKey("text")) {
            throw new InvalidArticleException("csv.columns must name the text column");
        }
        String sep = separator != null ? separator : base == null ? null : base.separator();
        if (sep != null && sep.length() != 1) {
            throw new InvalidArticleException("csv.separator is one character");
        }
        String format = dateFormat != null ? dateFormat : base == null ? null : base.dateFormat();
        if (format != null) {
            try {
                DateTimeFormatter.ofPattern(format, Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                throw new InvalidArticleException("csv.dateFormat is not a date pattern: " + format);
            }
        }
        return new CsvMapping(preset, sep, format, Map.copyOf(cols));
    }

    /** The separator for a file: the mapping's, else tab for {@code .tsv}, else comma. */
    char separatorFor(String fileName) {
        if (separator != null) {
            return separator.charAt(0);
        }
        return fileName.toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
    }

    /** One row (header name to value) as an article; a row without text is an {@link InvalidArticleException}. */
    ArticleInput article(Map<String, String> row) {
        String text = value(row, "text");
        if (text == null) {
            throw new InvalidArticleException("no text in column " + columns.get("text"));
        }
        String location = value(row, "location");
        if (location != null && !text.toLowerCase(Locale.ROOT).contains(location.toLowerCase(Locale.ROOT))) {
            text = location + ": " + text;
        }
        return new ArticleInput(value(row, "title"), value(row, "url"), value(row, "source"), date(value(row, "publishedAt")),
                text);
    }

    private Instant date(String value) {
        if (value == null) {
            return null;
        }
        if (dateFormat == null) {
            return PublicationTime.parse(value);
        }
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ofPattern(dateFormat, Locale.ENGLISH))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("date " + value + " is not of the form " + dateFormat);
        }
    }

    private String value(Map<String, String> row, String field) {
        String column = columns.get(field);
        String v = column == null ? null : row.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Map<String, CsvMapping> presets() {
        try (InputStream in = CsvMapping.class.getResourceAsStream("/replay/csv-presets.json")) {
            JsonNode root = Json.MAPPER.readTree(in);
            Map<String, CsvMapping> out = new LinkedHashMap<>();
            root.fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("_")) {
                    out.put(e.getKey(), Json.MAPPER.convertValue(e.getValue(), CsvMapping.class));
                }
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read replay/csv-presets.json", e);
        }
    }
}
