package org.newswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Json;

/** {@code newswatch article} and {@code newswatch eval-html} on a page written for the test. */
class HtmlToolsTest {

    private static final String PAGE = """
            <html lang="de"><head><meta charset="windows-1252"><title>Fähre | Altmoorer Bote</title>
            <meta property="og:title" content="Neue Fähre für den Brennsee">
            <meta property="og:site_name" content="Altmoorer Bote">
            <meta property="article:published_time" content="2024-02-01T09:00:00+01:00"></head>
            <body><nav><a href="/">Startseite</a> <a href="/lokal">Lokales</a></nav>
            <article><h1>Neue Fähre für den Brennsee</h1>
            <p>Die alte Fähre, seit 1987 im Dienst, wird im März außer Betrieb genommen, teilte der Bürgermeister mit.</p>
            <p>Die neue Fähre fasst vierzig Fahrgäste, zwölf Fahrräder und zwei Autos.</p>
            <div class="related"><a href="/a">Brücke gesperrt</a> <a href="/b">Hafenfest abgesagt</a></div></article>
            <footer>Impressum und Datenschutz</footer></body></html>""";

    @Test
    void articlePrintsWhatIngestWouldPublish(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("page.html");
        Files.write(page, PAGE.getBytes(Charset.forName("windows-1252")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"article", page.toString(), "--url", "https://bote.example/faehre"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        JsonNode article = Json.read(out.toString(StandardCharsets.UTF_8), JsonNode.class);
        assertEquals("Neue Fähre für den Brennsee", article.path("title").asText());
        assertEquals("https://bote.example/faehre", article.path("url").asText());
        assertEquals("Altmoorer Bote", article.path("source").asText());
        assertEquals("2024-02-01T08:00:00Z", article.path("publishedAt").asText());
        assertEquals("de", article.path("language").asText());
        String text = article.path("text").asText();
        assertTrue(text.contains("zwölf Fahrräder und zwei Autos."), text);
        assertFalse(text.contains("Hafenfest") || text.contains("Impressum") || text.contains("Startseite"), text);
    }

    @Test
    void evalHtmlScoresTheTrafilaturaWay(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("eval"));
        Files.write(dir.resolve("eval/faehre.html"), PAGE.getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://bote.example/faehre": {"file": "faehre.html",
                  "with": ["seit 1987 im Dienst", "zwölf Fahrräder", "ein Satz, der fehlt"],
                  "without": ["Hafenfest abgesagt", "Impressum und Datenschutz"]}}""");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"eval-html", "--data", dir.toString(), "--warmup", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("tp 2 fn 1 fp 0 tn 2"), report);
        assertTrue(report.contains("precision 1.000  recall 0.667  accuracy 0.800  F1 0.800"), report);
    }
}
