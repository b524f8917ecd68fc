package org.newswatch.extraction.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and output of the extract and eval commands. */
class ToolsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int extract(String... args) {
        return ExtractTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void extractSeedFileAndJsonl(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("a.txt");
        Files.writeString(seed, " date 2020-02-12 At least 13 civilians were killed in airstrikes on Idlib on Tuesday.\n");
        Path jsonl = dir.resolve("b.jsonl");
        Files.writeString(jsonl, "{\"id\":\"b1\",\"text\":\"Gunmen killed 5 farmers in Zamfara.\",\"date\":\"2024-03-01\"}\n");
        assertEquals(0, extract("--jsonl", jsonl.toString(), seed.toString()));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("\"article\":\"a.txt\"") && o.contains("\"count\":13") && o.contains("\"date\":\"2020-02-11\""), o);
        assertTrue(o.contains("\"article\":\"b1\"") && o.contains("\"count\":5"), o);
    }

    /** A bad line in the middle is reported with its number, and the lines after it are still read. */
    @Test
    void jsonlStreamsPastBadLines(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\":\"a1\",\"text\":\"Gunmen killed 5 farmers in Zamfara.\",\"date\":\"2024-03-01\"}",
                "{\"id\":\"a2\",\"text\":\"Gunmen killed 6 farmers",
                "",
                "{\"id\":\"a4\",\"title\":\"no text here\"}",
                "{\"id\":\"a5\",\"text\":\"Gunmen killed 7 farmers in Zamfara.\",\"date\":\"March 2024\"}",
                "[1, 2]",
                "{\"title\":\"Bandits kill 8\",\"url\":\"https://example.org/zamfara\",\"source\":\"Wire\","
                        + "\"publishedAt\":\"2024-03-02T23:30:00-05:00\",\"text\":\"Bandits killed 8 villagers in Zamfara State.\"}",
                "{\"id\":\"a8\",\"text\":\"Gunmen killed 9 farmers in Zamfara.\"}") + "\n");
        assertEquals(1, extract("--jsonl", jsonl.toString()));
        String o = out.toString(StandardCharsets.UTF_8);
        String e = err.toString(StandardCharsets.UTF_8);
        for (int line : new int[] {2, 4, 5, 6}) {
            assertTrue(e.contains(jsonl + ":" + line + ": "), e);
        }
        assertTrue(e.contains("4 lines of " + jsonl + " skipped") && !e.contains(":1:") && !e.contains(":3:") && !e.contains(":7:"), e);
        assertTrue(o.contains("\"article\":\"a1\"") && o.contains("\"count\":5,") && o.contains("\"date\":\"2024-03-01\""), o);
        // the ingest replay's fields: the URL stands for the id, publishedAt (here the 3rd in UTC) dates the article
        assertTrue(o.contains("\"article\":\"https://example.org/zamfara\"") && o.contains("\"count\":8,")
                && o.contains("\"date\":\"2024-03-03\"") && o.contains("\"articleTitle\":\"Bandits kill 8\""), o);
        // undated: read in the latest publication time before it
        assertTrue(o.contains("\"article\":\"a8\"") && o.contains("\"count\":9,"), o);
        assertTrue(o.indexOf("\"a1\"") < o.indexOf("zamfara\"") && o.indexOf("zamfara\"") < o.indexOf("\"a8\""), "file order: " + o);
    }

    @Test
    void jsonlFromStandardInput() {
        byte[] in = "{\"id\":\"s1\",\"text\":\"Gunmen killed 5 farmers in Zamfara.\",\"date\":\"2024-03-01\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        int rc = ExtractTool.run(new String[] {"--jsonl", "-"}, new ByteArrayInputStream(in),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("\"article\":\"s1\"") && o.contains("\"count\":5,"), o);
        assertEquals(1, o.lines().filter(l -> l.contains("\"type\":\"KILLED\"")).count(), o);
    }

    @Test
    void badArgumentsAndUnreadableFiles(@TempDir Path dir) {
        assertEquals(2, extract());
        assertEquals(2, extract("--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"));
        assertEquals(1, extract(dir.resolve("missing.txt").toString()));
        assertEquals(1, extract("--jsonl", dir.resolve("missing.jsonl").toString()));
        assertEquals(2, extract("--jsonl"));
        assertEquals(2, EvalTool.run(new String[] {"--gold"}, new PrintStream(out), new PrintStream(err)));
    }

    @Test
    void evalPrintsTheTable() throws Exception {
        Path gold = Path.of(ToolsTest.class.getResource("/gold/seeds.jsonl").toURI());
        int rc = EvalTool.run(new String[] {"--gold", gold.toString(), "--articles", "../seeds"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err));
        assertEquals(0, rc);
        String o = out.toString(StandardCharsets.UTF_8);
        assertTrue(o.contains("exhaustive") && o.contains("attribute accuracy") && o.contains("clusters"), o);
    }

    @Test
    void evalAllReportsEverySetBlindFirst(@TempDir Path dir) throws Exception {
        // a test-resources folder of two sets: a blind one (monitor/blind, with per-note rows) and the seeds
        Path resources = dir.resolve("extraction/src/test/resources");
        Path blind = Files.createDirectories(resources.resolve("monitor/blind/articles"));
        Files.writeString(blind.resolve("m1.txt"), " date 2024-06-05\nOn 4 June 2024, gunmen killed 3 villagers in"
                + " Kidal, Mali.");
        Files.writeString(blind.resolve("../gold.jsonl"), "{\"article\":\"m1.txt\",\"type\":\"KILLED\",\"victim\":"
                + "\"MLICVL\",\"actor\":\"MLIREB\",\"count\":3,\"qualifier\":\"EXACT\",\"cumulative\":false,"
                + "\"location\":\"Kidal\",\"date\":\"2024-06-04\",\"claimedBy\":null,\"evidence\":\"killed 3\","
                + "\"cluster\":\"c1\",\"scored\":true}\n");
        Files.writeString(blind.resolve("../notes.tsv"), "id\tdate\tcountry\tkind\tlocation\tadmin1\tadmin2"
                + "\tfatalities\nm1\t2024-06-04\tMali\tattack\tKidal\tKidal\tKidal\t3\n");
        Files.createDirectories(resources.resolve("gold"));
        Files.copy(Path.of(ToolsTest.class.getResource("/gold/seeds.jsonl").toURI()), resources.resolve("gold/seeds.jsonl"));
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (var files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        int rc = EvalTool.run(new String[] {"--all", "--root", resources.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err));
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, err.toString());
        assertTrue(o.indexOf("| **monitor blind** | 1 | 1.000 / 1.000 / 1.000") >= 0, o);
        assertTrue(o.indexOf("**monitor blind**") < o.indexOf("| seeds | 5 |"), "blind rows first:\n" + o);
        assertTrue(o.contains("| **monitor blind** | 1.000 (1 of 1) |"), "the per-note row:\n" + o);
        assertTrue(!o.contains("notes dev"), "a missing set is skipped:\n" + o);

        // eval --dev: the same report without the blind sets (what a helper tuning on dev data may see)
        out.reset();
        rc = EvalTool.run(new String[] {"--dev", "--root", resources.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err));
        String dev = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, err.toString());
        assertTrue(dev.contains("| seeds | 5 |"), dev);
        assertTrue(!dev.contains("monitor blind"), "no blind row:\n" + dev);
    }
}
