package org.newswatch.extraction.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * {@code extract [--jsonl FILE] [FILE ...]}: seed-format files (article id = file name) and/or a JSON Lines
 * file of {"id","text","date"} objects; prints one JSON event a line.
 */
public final class ExtractTool {

    static final String USAGE = "usage: extract [--jsonl FILE] [FILE ...]";

    private ExtractTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Extractor.create());
    }

    public static int run(String[] args, PrintStream out, PrintStream err, Extractor extractor) {
        List<Path> files = new ArrayList<>();
        Path jsonl = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--jsonl")) {
                if (i + 1 >= args.length || jsonl != null) {
                    err.println(USAGE);
                    return 2;
                }
                jsonl = Path.of(args[++i]);
            } else if (a.startsWith("-")) {
                err.println(USAGE);
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty() && jsonl == null) {
            err.println(USAGE);
            return 2;
        }
        List<Article> articles;
        try {
            articles = new ArrayList<>(SeedArticles.load(files));
            if (jsonl != null) {
                articles.addAll(readJsonl(jsonl));
            }
        } catch (IOException | RuntimeException e) {
            err.println("extract: cannot read input: " + e.getMessage());
            return 1;
        }
        // one identity resolver over the articles in publication order: cross-article ids as the service gives them
        EventIdentity identity = EventIdentity.inMemory();
        for (Article a : SeedArticles.inPublicationOrder(articles)) {
            for (ExtractedEvent e : identity.resolve(extractor.extract(a))) {
                out.println(Json.write(e));
            }
        }
        out.flush();
        return 0;
    }

    static List<Article> readJsonl(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode n = Json.MAPPER.readTree(l);
            String id = n.hasNonNull("id") ? n.get("id").asText() : file.getFileName() + ":" + line;
            String text = n.hasNonNull("text") ? n.get("text").asText() : "";
            Instant published = n.hasNonNull("date")
                    ? LocalDate.parse(n.get("date").asText().substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : null;
            out.add(SeedArticles.article(id, text, published, published != null ? published : Instant.now()));
        }
        return out;
    }
}
