package org.newswatch.ingest.replay;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.HtmlArticles;
import org.newswatch.ingest.domain.InvalidArticleException;

/**
 * The HTML pages of a WARC file (ISO 28500, what crawlers and the Internet Archive write; a {@code .warc.gz} is
 * decompressed before): record by record, only {@code response} records of HTTP with status 200 and an HTML content
 * type, each page read like a posted page ({@link HtmlArticles#read(byte[], String, String, ArticleInput)}: charset,
 * metadata, main text) with the record's target URI as its URL. No WARC library is in the registry, so the format's
 * few rules are read here: a version line, header lines, a blank line, {@code Content-Length} bytes of block.
 */
final class WarcReader {

    private final long maxRecordBytes;
    private final Consumer<String> error;

    WarcReader(long maxRecordBytes, Consumer<String> error) {
        this.maxRecordBytes = maxRecordBytes;
        this.error = error;
    }

    void read(String name, InputStream in, Consumer<ArticleInput> sink) throws IOException {
        int number = 0;
        while (true) {
            String version = line(in);
            while (version != null && version.isEmpty()) {
                version = line(in);
            }
            if (version == null) {
                return;
            }
            number++;
            if (!version.startsWith("WARC/")) {
                error.accept(name + ": record " + number + " does not start with a WARC version line; the rest is not read");
                return;
            }
            Map<String, String> headers = headers(in);
            long length;
            try {
                length = Long.parseLong(headers.getOrDefault("content-length", "-1").strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < 0) {
                error.accept(name + ": record " + number + " has no Content-Length; the rest is not read");
                return;
            }
            boolean wanted = "response".equalsIgnoreCase(headers.get("warc-type"))
                    && headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).startsWith("application/http");
            if (!wanted || length > maxRecordBytes) {
                if (wanted) {
                    error.accept(name + ": record " + number + " larger than " + maxRecordBytes + " bytes, not read");
                }
                in.skipNBytes(length);
                continue;
            }
            byte[] block = in.readNBytes((int) length);
            if (block.length < length) {
                error.accept(name + ": record " + number + " is cut off");
                return;
            }
            try {
                ArticleInput page = page(block, headers.get("warc-target-uri"));
                if (page != null) {
                    sink.accept(page);
                }
            } catch (InvalidArticleException | IOException e) {
                error.accept(name + ": record " + number + ": " + e.getMessage());
            }
        }
    }

    /** The article of an HTTP response block, or null when it is not a 200 HTML page. */
    private static ArticleInput page(byte[] block, String uri) throws IOException {
        InputStream http = new ByteArrayInputStream(block);
        String status = line(http);
        if (status == null || !status.matches("HTTP/\\S+ 200( .*)?")) {
            return null;
        }
        Map<String, String> headers = headers(http);
        String type = headers.getOrDefault("content-type", "");
        String lower = type.toLowerCase(Locale.ROOT);
        if (!lower.contains("text/html") && !lower.contains("application/xhtml")) {
            return null;
        }
        byte[] body = http.readAllBytes();
        if (headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked")) {
            body = unchunk(body);
        }
        if (headers.getOrDefault("content-encoding", "").toLowerCase(Locale.ROOT).contains("gzip")) {
            try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = gz.readAllBytes();
            }
        }
        String url = uri == null ? null : uri.strip().replaceAll("^<|>$", "");
        return HtmlArticles.read(body, type, url, new ArticleInput(null, url, null, null, null)).input();
    }

    private static byte[] unchunk(byte[] body) throws IOException {
        InputStream in = new ByteArrayInputStream(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String size; (size = line(in)) != null; ) {
            int semi = size.indexOf(';');
            int n = Integer.parseInt((semi >= 0 ? size.substring(0, semi) : size).strip(), 16);
            if (n == 0) {
                break;
            }
            out.write(in.readNBytes(n));
            line(in);
        }
        return out.toByteArray();
    }

    /** Header lines up to a blank line, names lower-cased. */
    private static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        for (String line; (line = line(in)) != null && !line.isEmpty(); ) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    /** One line (CRLF or LF) as ISO-8859-1 text, or null at the end of the stream; at most 64 KB. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (out.size() > 65_536) {
                throw new IOException("a header line longer than 64 KB");
            }
            out.write(b);
        }
        if (b < 0 && out.size() == 0) {
            return null;
        }
        String s = out.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
