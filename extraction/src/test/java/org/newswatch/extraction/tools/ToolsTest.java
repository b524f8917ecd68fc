package org.newswatch.extraction.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void badArgumentsAndUnreadableFiles(@TempDir Path dir) {
        assertEquals(2, extract());
        assertEquals(2, extract("--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage"));
        assertEquals(1, extract(dir.resolve("missing.txt").toString()));
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
}
