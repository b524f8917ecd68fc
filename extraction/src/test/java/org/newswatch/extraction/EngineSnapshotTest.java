package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newswatch.contracts.Json;
import org.newswatch.extraction.tools.ExtractTool;

/**
 * The engine's whole output, byte for byte, over every text set of the repository: the JSON lines the
 * {@code extract} tool prints ({@link ExtractTool}, one identity resolver per set, articles in publication
 * order) compared with the committed {@code src/test/resources/snapshot/<set>.jsonl}. It guards refactors that
 * must not change behaviour; a deliberate change of behaviour updates the snapshot in the same commit:
 *
 * <pre>
 * ./mvnw -B -pl extraction test -Dtest=EngineSnapshotTest -Dsnapshot.update=true
 * </pre>
 *
 * <p>(after {@code ./mvnw -B -q -pl extraction -am install -DskipTests}), then review {@code git diff} of the
 * snapshot files. Sets: {@code seeds} (the repository's {@code seeds/}), the article directories of
 * {@code dev}, {@code blind}, {@code notes/dev}, {@code notes/blind}, {@code monitor/dev} and {@code monitor/blind},
 * {@code heldout/sentences.jsonl} as the tool reads it, and {@code generalisation/sentences.tsv} with each sentence an article of 2024-06-05 (id: its
 * line number). The blind sets keep only a digest of their output (line count and SHA-256): a change shows, but
 * no one reads their events while tuning.
 */
class EngineSnapshotTest {

    private static final boolean UPDATE = Boolean.getBoolean("snapshot.update");
    private static final int SHOWN = 8;
    private static final int CONTEXT = 3;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds", "dev", "blind", "notes-dev", "notes-blind", "monitor-dev", "monitor-blind", "heldout",
        "generalisation"})
    void outputEqualsSnapshot(String set) throws Exception {
        List<String> actual = run(set);
        if (set.endsWith("blind")) {
            // a blind set's output is never written down where a reviewer reads it: only its digest is kept
            actual = List.of(actual.size() + " lines, sha256 " + sha256(actual));
        }
        Path file = moduleDir().resolve("src/test/resources/snapshot/" + set + ".jsonl");
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.write(file, actual, StandardCharsets.UTF_8);
            System.out.println("snapshot: wrote " + actual.size() + " lines to " + file);
            return;
        }
        if (!Files.exists(file)) {
            fail("no snapshot " + file + "; create it with -Dsnapshot.update=true");
        }
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail(diff(set, expected, actual));
        }
    }

    private static String sha256(List<String> lines) throws java.security.NoSuchAlgorithmException {
        java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
        for (String l : lines) {
            d.update(l.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
        }
        return java.util.HexFormat.of().formatHex(d.digest());
    }

    /** The tool's output for one set, as lines. */
    private List<String> run(String set) throws IOException, URISyntaxException {
        List<String> args = new ArrayList<>();
        switch (set) {
            case "seeds" -> args.addAll(files(moduleDir().resolve("../seeds")));
            case "heldout" -> args.addAll(List.of("--jsonl", resource("/heldout/sentences.jsonl").toString()));
            case "generalisation" -> args.addAll(List.of("--jsonl", generalisationJsonl().toString()));
            default -> args.addAll(files(resource("/" + set.replace('-', '/') + "/articles")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractTool.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** generalisation/sentences.tsv as the tool's JSON Lines input: first column, fixed date, id = line number. */
    private Path generalisationJsonl() throws IOException, URISyntaxException {
        List<String> in = Files.readAllLines(resource("/generalisation/sentences.tsv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String line = in.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Map<String, String> o = new LinkedHashMap<>();
            o.put("id", String.format("g%03d", i + 1));
            o.put("date", "2024-06-05");
            o.put("text", line.split("\t")[0]);
            out.add(Json.write(o));
        }
        Path f = tmp.resolve("generalisation.jsonl");
        Files.write(f, out, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().map(Path::toString).toList();
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EngineSnapshotTest.class.getResource(name).toURI());
    }

    /** The extraction module's directory (surefire sets basedir; the working directory otherwise). */
    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    /** The first differing line with what follows on each side, then the lines only one side has. */
    static String diff(String set, List<String> expected, List<String> actual) {
        int first = 0;
        while (first < expected.size() && first < actual.size() && expected.get(first).equals(actual.get(first))) {
            first++;
        }
        StringBuilder b = new StringBuilder();
        b.append("engine output for ").append(set).append(" differs from snapshot/").append(set)
                .append(".jsonl (").append(expected.size()).append(" lines expected, ").append(actual.size())
                .append(" got), first at line ").append(first + 1).append(":\n");
        for (int k = first; k < Math.min(first + CONTEXT, expected.size()); k++) {
            b.append("- ").append(k + 1).append(": ").append(expected.get(k)).append('\n');
        }
        for (int k = first; k < Math.min(first + CONTEXT, actual.size()); k++) {
            b.append("+ ").append(k + 1).append(": ").append(actual.get(k)).append('\n');
        }
        List<String> gone = minus(expected, actual);
        List<String> added = minus(actual, expected);
        b.append(gone.size()).append(" snapshot lines missing from the output, ").append(added.size())
                .append(" output lines not in the snapshot");
        gone.stream().limit(SHOWN).forEach(l -> b.append("\n  missing: ").append(l));
        added.stream().limit(SHOWN).forEach(l -> b.append("\n  new:     ").append(l));
        b.append("\nif the change is deliberate: ./mvnw -B -pl extraction test -Dtest=EngineSnapshotTest"
                + " -Dsnapshot.update=true");
        return b.toString();
    }

    /** The lines of a not in b, as multisets, in a's order. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(l -> left.merge(l, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String l : a) {
            Integer n = left.get(l);
            if (n == null || n == 0) {
                out.add(l);
            } else {
                left.put(l, n - 1);
            }
        }
        return out;
    }
}
