package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropFilesTest {

    @Test
    void readsEachSupportedKind() {
        List<ArticleInput> txt = DropFiles.read("a.TXT", "\uFEFF date 2020-02-12 Turkey said.\n");
        assertEquals(Instant.parse("2020-02-12T00:00:00Z"), txt.get(0).publishedAt());
        assertEquals("Turkey said.\n", txt.get(0).text());

        List<ArticleInput> json = DropFiles.read("b.json", "[{\"text\":\"one\",\"url\":\"https://x.org/1\"},{\"text\":\"two\"}]");
        assertEquals(2, json.size());
        assertEquals("https://x.org/1", json.get(0).url());
        assertEquals("one", DropFiles.read("c.json", "{\"text\":\"one\"}").get(0).text());
        assertEquals(2, DropFiles.read("d.jsonl", "{\"text\":\"one\"}\n\n{\"text\":\"two\"}\n").size());
        assertEquals("Body.", TextNormalizer.clean(DropFiles.read("e.html", "<html><body><p>Body.</p></body></html>").get(0).text()));
        // an HTML text inside JSON is cleaned too
        assertEquals("Inner.", TextNormalizer.clean(DropFiles.read("f.json",
                "{\"text\":\"<html><body><nav>Menu</nav><p>Inner.</p></body></html>\"}").get(0).text()));
    }

    @Test
    void refusesMalformedFilesWithAReason() {
        assertTrue(assertThrows(InvalidArticleException.class, () -> DropFiles.read("a.json", "{")).getMessage().contains("invalid JSON"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> DropFiles.read("a.jsonl", "{\"text\":\"x\"}\n[1]"))
                .getMessage().startsWith("item 2"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> DropFiles.read("a.txt", " date 2020-13-45 text"))
                .getMessage().contains("2020-13-45"));
        assertTrue(assertThrows(InvalidArticleException.class, () -> DropFiles.read("a.json", "{\"text\":\"x\",\"publishedAt\":\"soon\"}"))
                .getMessage().contains("publishedAt"));
        assertFalse(DropFiles.supported("notes.pdf"));
        assertTrue(DropFiles.supported("page.HTM"));
    }
}
