package org.newswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.SourceArticle;

class DemoTest {

    @Test
    void updatesReplaceTheirAlertAndTheLineCarriesWhatAnAnalystNeeds() {
        Alert first = alert("a1", 1, List.of("x"));
        Alert other = alert("a2", 1, List.of("y"));
        Alert update = alert("a1", 2, List.of("x", "z"));
        List<Alert> latest = Demo.latestPerAlert(List.of(first, other, update));
        assertEquals(List.of("a1", "a2"), latest.stream().map(Alert::alertId).toList());
        assertEquals(2, latest.get(0).corroboration());

        String line = Demo.line(latest.get(0));
        Map<?, ?> json = Json.read(line, Map.class);
        assertEquals("Turkish troop deaths", json.get("subscription"));
        assertEquals("KILLED", json.get("type"));
        assertEquals(22, json.get("count"));
        assertEquals("2020-02-27", json.get("date"));
        assertEquals(List.of("x", "z"), json.get("articles"));
        assertTrue(line.contains("\"victim\":\"TURMIL\""), line);
        assertTrue(line.contains("At least 22 Turkish soldiers"), line);
    }

    @Test
    void keepPrintsTheDashboardAndTheAdminKeyOnceAndAnUnknownOptionIsRefused() {
        String message = Demo.keptMessage(java.net.URI.create("http://localhost:8083"), "nwk-admin-secret",
                java.nio.file.Path.of("/tmp/demo-1"));
        assertTrue(message.contains("dashboard  http://localhost:8083/\n"), message);
        assertEquals(1, message.split("nwk-admin-secret", -1).length - 1, message);
        assertTrue(message.contains("Ctrl-C"), message);

        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertEquals(2, Demo.run(java.nio.file.Path.of("/nonexistent"), new String[] {"--kep"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), new java.io.PrintStream(err)));
        assertTrue(err.toString().contains("usage: newswatch demo [--keep]"), err.toString());
    }

    private static Alert alert(String id, int corroboration, List<String> articles) {
        return new Alert(1, id, "s1", "Turkish troop deaths", "threshold", "KILLED TURMIL 22", EventType.KILLED,
                "TURMIL", "SYRMIL", 22L, Qualifier.AT_LEAST, "Idlib", null, LocalDate.of(2020, 2, 27),
                "At least 22 Turkish soldiers were killed",
                articles.stream().map(a -> new SourceArticle(a, null, null, null, null)).toList(), List.of("e1"),
                corroboration, Instant.EPOCH, Instant.EPOCH, corroboration == 1 ? "new" : "update", null, null, null,
                null, null);
    }
}
