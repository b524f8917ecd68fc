package org.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.InvalidArticleException;

/** Archive formats beyond the drop folder's, each from a fixture the test writes: tables, feed dumps, WARC. */
class ArchiveFormatsTest {

    private final List<String> errors = new ArrayList<>();

    private List<ArticleInput> read(Path path, CsvMapping csv) {
        List<ArticleInput> out = new ArrayList<>();
        new ArchiveReader(f -> true, 1 << 20, errors::add, csv).read(path, out::add);
        return out;
    }

    @Test
    void anAcledLikeCsvWithThePresetGivesOneArticlePerRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("acled.csv"), """
                event_id_cnty,event_date,event_type,location,source,notes
                SYR1,12 February 2020,Battles,Idlib,SOHR,"On 12 February 2020, clashes near Saraqeb killed 9 soldiers, the monitor said."
                SYR2,13 February 2020,Explosions/Remote violence,Taftanaz,Anadolu,"Airstrikes hit a market,
                killing 4 civilians."
                SYR3,14 February 2020,Battles,Idlib,SOHR,
                """);
        List<ArticleInput> rows = read(dir.resolve("acled.csv"), new CsvMapping("acled", null, null, null));
        assertEquals(2, rows.size(), String.valueOf(errors));
        assertEquals(Instant.parse("2020-02-12T00:00:00Z"), rows.get(0).publishedAt());
        assertEquals("Idlib: On 12 February 2020, clashes near Saraqeb killed 9 soldiers, the monitor said.", rows.get(0).text());
        assertEquals("SOHR", rows.get(0).source());
        assertEquals("Battles", rows.get(0).title());
        assertEquals("Taftanaz: Airstrikes hit a market,\nkilling 4 civilians.", rows.get(1).text());
        assertEquals(List.of("acled.csv: row 4: no text in column notes"), errors);
    }

    @Test
    void aGdeltLikeTsvAndAMappingGivenInTheRequest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("export.tsv"), "GLOBALEVENTID\tSQLDATE\tActionGeo_FullName\tSOURCEURL\tTEXT\n"
                + "1\t20200227\tIdlib, Idlib, Syria\thttps://example.org/a\t33 Turkish soldiers were killed in an air strike.\n");
        List<ArticleInput> rows = read(dir.resolve("export.tsv"), new CsvMapping("gdelt", null, null, null));
        assertEquals(1, rows.size(), String.valueOf(errors));
        assertEquals(Instant.parse("2020-02-27T00:00:00Z"), rows.get(0).publishedAt());
        assertEquals("https://example.org/a", rows.get(0).url());
        assertTrue(rows.get(0).text().startsWith("Idlib, Idlib, Syria: 33 Turkish"), rows.get(0).text());

        Files.writeString(dir.resolve("sheet.csv"), "when;what\n2020-03-01T08:00:00Z;Two tanks were destroyed.\n");
        List<ArticleInput> sheet = read(dir.resolve("sheet.csv"),
                new CsvMapping(null, ";", null, Map.of("text", "what", "publishedAt", "when")));
        assertEquals(Instant.parse("2020-03-01T08:00:00Z"), sheet.get(0).publishedAt());
        assertEquals("Two tanks were destroyed.", sheet.get(0).text());

        assertThrows(InvalidArticleException.class, () -> new CsvMapping("nope", null, null, null).resolved());
        assertThrows(InvalidArticleException.class, () -> new CsvMapping(null, null, null, Map.of("date", "x")).resolved());
    }

    @Test
    void rssAndAtomDumpsGiveTheirEntries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("wire.rss"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
                <item><title>Clashes in Idlib</title><link>https://example.org/1</link>
                <pubDate>Wed, 12 Feb 2020 10:00:00 GMT</pubDate><description>Nine soldiers were killed.</description></item>
                <item><title>Market hit</title><link>https://example.org/2</link>
                <pubDate>Thu, 13 Feb 2020 10:00:00 GMT</pubDate><description>&lt;p&gt;Four civilians were killed.&lt;/p&gt;</description></item>
                </channel></rss>""");
        Files.writeString(dir.resolve("feed.atom"), """
                <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
                <id>urn:x</id><updated>2020-02-14T00:00:00Z</updated>
                <entry><title>Convoy shelled</title><id>urn:1</id><link href="https://example.org/3"/>
                <updated>2020-02-14T09:00:00Z</updated><summary>A convoy was shelled near Saraqeb.</summary></entry></feed>""");
        List<ArticleInput> entries = read(dir, null);
        assertEquals(3, entries.size(), String.valueOf(errors));
        assertEquals("Convoy shelled", entries.get(0).title()); // feed.atom sorts before wire.rss
        assertEquals("Wire", entries.get(1).source());
        assertEquals("Four civilians were killed.", entries.get(2).text());
        assertEquals(Instant.parse("2020-02-13T10:00:00Z"), entries.get(2).publishedAt());
    }

    @Test
    void aGzippedWarcGivesItsHtmlResponsesOnly(@TempDir Path dir) throws IOException {
        String page = "<html><head><title>Clashes near Saraqeb</title></head><body><article><p>Nine Syrian soldiers"
                + " were killed in clashes near Saraqeb on Wednesday, a monitor said. The fighting went on through the"
                + " night around the town.</p></article></body></html>";
        ByteArrayOutputStream gzBody = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(gzBody)) {
            gz.write(page.replace("Nine Syrian", "Four Turkish").getBytes(StandardCharsets.UTF_8));
        }
        byte[] chunked = chunk(gzBody.toByteArray());
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        record(warc, "warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8));
        record(warc, "request", "https://example.org/a", "application/http; msgtype=request",
                "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        record(warc, "response", "https://example.org/a", "application/http; msgtype=response",
                http("200 OK", "text/html; charset=utf-8", "", page.getBytes(StandardCharsets.UTF_8)));
        record(warc, "response", "<https://example.org/b>", "application/http; msgtype=response",
                http("200 OK", "text/html", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n", chunked));
        record(warc, "response", "https://example.org/missing", "application/http; msgtype=response",
                http("404 Not Found", "text/html", "", "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8)));
        record(warc, "response", "https://example.org/logo.png", "application/http; msgtype=response",
                http("200 OK", "image/png", "", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("crawl.warc.gz")))) {
            out.write(warc.toByteArray());
        }
        List<ArticleInput> pages = read(dir.resolve("crawl.warc.gz"), null);
        assertEquals(2, pages.size(), String.valueOf(errors));
        assertEquals(List.of(), errors);
        assertEquals("https://example.org/a", pages.get(0).url());
        assertTrue(pages.get(0).text().startsWith("Nine Syrian soldiers were killed"), pages.get(0).text());
        assertEquals("https://example.org/b", pages.get(1).url());
        assertTrue(pages.get(1).text().startsWith("Four Turkish soldiers were killed"), pages.get(1).text());
    }

    @Test
    void jsonLinesReadTheOlderDateField(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("old.jsonl"), "{\"id\":\"a1\",\"text\":\"Five soldiers were killed.\",\"date\":\"2020-02-03\"}\n");
        List<ArticleInput> lines = read(dir.resolve("old.jsonl"), null);
        assertEquals(Instant.parse("2020-02-03T00:00:00Z"), lines.get(0).publishedAt());
    }

    private static byte[] http(String status, String type, String extraHeaders, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\n" + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] chunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int half = body.length / 2;
        out.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, 0, half);
        out.writeBytes(("\r\n" + Integer.toHexString(body.length - half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body, half, body.length - half);
        out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static void record(ByteArrayOutputStream warc, String type, String uri, String contentType, byte[] block) {
        StringBuilder head = new StringBuilder("WARC/1.1\r\nWARC-Type: ").append(type).append("\r\n");
        if (uri != null) {
            head.append("WARC-Target-URI: ").append(uri).append("\r\n");
        }
        head.append("WARC-Date: 2020-02-12T10:00:00Z\r\nContent-Type: ").append(contentType)
                .append("\r\nContent-Length: ").append(block.length).append("\r\n\r\n");
        warc.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        warc.writeBytes(block);
        warc.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
}
