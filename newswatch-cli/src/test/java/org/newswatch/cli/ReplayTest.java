package org.newswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Json;

class ReplayTest {

    @TempDir
    Path dir;

    @Test
    void buildsTheReplayRequestWithAnAbsolutePath() throws IOException {
        Path archive = Files.writeString(dir.resolve("a.jsonl"), "{}\n");
        Replay.Request r = Replay.parse(new String[] {archive.toString(), "--speed", "60", "--from", "2020-02-01",
                "--to", "2020-02-29", "--prefix", "test."}, 8081);
        assertEquals(archive.toAbsolutePath().toString(), r.body().get("path"));
        assertEquals(60.0, r.body().get("speed"));
        assertEquals("2020-02-01", r.body().get("from"));
        assertEquals("2020-02-29", r.body().get("to"));
        assertEquals("test.", r.body().get("topicPrefix"));
        assertEquals("http://localhost:8081", r.ingest().toString());
    }

    @Test
    void refusesWhatIngestWouldRefuseBeforeCallingIt() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Replay.parse(new String[] {}, 8081))
                .getMessage().contains("PATH"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Replay.parse(new String[] {dir.resolve("missing").toString()}, 8081)).getMessage().contains("exist"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Replay.parse(new String[] {dir.toString(), "--speed", "0"}, 8081)).getMessage().contains("speed"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Replay.parse(new String[] {dir.toString(), "--speed", "2", "--as-fast-as-possible"}, 8081))
                .getMessage().contains("exclude"));
        assertEquals(2, Main.run(new String[] {"replay"}, System.out, System.err));
    }

    @Test
    void progressLineShowsBarCountRateAndEta() throws IOException {
        String line = Replay.progressLine(Json.MAPPER.readTree(
                "{\"state\":\"running\",\"total\":200,\"published\":90,\"duplicates\":10,\"filtered\":0,\"errors\":0,"
                        + "\"ratePerSecond\":12.5,\"etaSeconds\":8}"));
        assertTrue(line.startsWith("[###############...............] 100/200"), line);
        assertTrue(line.contains("12.5 articles/s"), line);
        assertTrue(line.contains("ETA 8 s"), line);
    }
}
