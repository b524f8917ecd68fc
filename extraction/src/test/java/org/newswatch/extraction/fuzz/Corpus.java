package org.newswatch.extraction.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SeedFormat;

/**
 * Every text of every set the project keeps for the engine: the seed articles ({@code seeds/}) and, under the
 * extraction module's test resources, every article file ({@code *.txt}: dev, blind, notes dev and blind), every
 * {@code "text"} of a JSON Lines file (the held-out sentences; the gold files have none), every item of the
 * robustness set (its {@code "sentences"}) and the first column of every TSV (the generalisation sentences).
 * Read-only and in a fixed order, so a generator seeded alike gives the same inputs.
 *
 * @param texts each text with the set (folder) it comes from
 */
public record Corpus(List<Text> texts) {

    /** One text and where it comes from. */
    public record Text(String set, String name, String text) {
    }

    /**
     * @param testResources {@code extraction/src/test/resources}
     * @param seeds         the seed articles folder
     */
    public static Corpus load(Path testResources, Path seeds) {
        List<Text> texts = new ArrayList<>();
        try {
            for (Path f : files(seeds)) {
                if (f.toString().endsWith(".txt")) {
                    texts.add(new Text("seeds", f.getFileName().toString(), SeedFormat.parse(read(f)).text()));
                }
            }
            for (Path f : files(testResources)) {
                String set = testResources.relativize(f.getParent()).toString().replace('\\', '/').replaceAll("/articles$", "");
                String name = f.getFileName().toString();
                if (name.endsWith(".txt")) {
                    texts.add(new Text(set, name, SeedFormat.parse(read(f)).text()));
                } else if (name.endsWith(".jsonl")) {
                    jsonl(set, f, texts);
                } else if (name.endsWith(".tsv")) {
                    int line = 0;
                    for (String l : read(f).split("\n")) {
                        line++;
                        if (!l.isBlank() && !l.startsWith("#")) {
                            texts.add(new Text(set, name + ":" + line, l.split("\t", -1)[0]));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(List.copyOf(texts));
    }

    /** How many texts each set gave. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> m = new TreeMap<>();
        for (Text t : texts) {
            m.merge(t.set(), 1, Integer::sum);
        }
        return m;
    }

    private static void jsonl(String set, Path f, List<Text> texts) throws IOException {
        int line = 0;
        for (String l : read(f).split("\n")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode n = Json.MAPPER.readTree(l);
            String id = f.getFileName() + ":" + line;
            if (n.hasNonNull("text")) {
                texts.add(new Text(set, id, n.get("text").asText()));
            } else if (n.path("sentences").isArray()) {
                List<String> sentences = new ArrayList<>();
                n.get("sentences").forEach(s -> sentences.add(s.asText()));
                texts.add(new Text(set, id, String.join(" ", sentences)));
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no such folder: " + dir.toAbsolutePath());
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String read(Path f) throws IOException {
        return Files.readString(f, StandardCharsets.UTF_8);
    }
}
