package org.newswatch.ingest.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.DropFiles;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.feeds.FeedEntries;

/**
 * Reads an archive item by item, never whole: a file, or a folder searched recursively (files in path order), of the
 * drop folder's formats ({@link DropFiles}: {@code .txt}, {@code .json}, {@code .jsonl}, {@code .html}), CSV/TSV tables
 * ({@link CsvMapping}), RSS/Atom dumps ({@code .xml}, {@code .rss}, {@code .atom}: {@link FeedEntries}, as for live
 * feeds) and WARC web archives ({@link WarcReader}), each also gzipped ({@code .gz}) or inside a {@code .zip}. JSON
 * Lines, tables and WARC records are streamed, so a file of any size is read in constant memory; a file of another
 * format is one document and is read whole, up to the size limit. An unreadable file or item is reported and skipped.
 */
final class ArchiveReader {

    /** Formats of archive files beyond the drop folder's: tables, feed dumps, web archives. */
    static final List<String> MORE = List.of(".csv", ".tsv", ".xml", ".rss", ".atom", ".warc");
    /** Without a mapping, a table's columns are named like the article's fields. */
    static final CsvMapping DEFAULT_CSV = new CsvMapping(null, null, null, Map.of("text", "text",
            "publishedAt", "publishedAt", "title", "title", "url", "url", "source", "source"));

    private final Predicate<Path> readable;
    private final long maxFileBytes;
    private final Consumer<String> error;
    private final CsvMapping csv;

    /**
     * @param readable     whether a file found in an archive folder may be read (inside the replay root)
     * @param maxFileBytes a document (not JSON Lines) larger than this is skipped, as an error
     * @param error        told of each file or item that is skipped, with why
     */
    ArchiveReader(Predicate<Path> readable, long maxFileBytes, Consumer<String> error) {
        this(readable, maxFileBytes, error, null);
    }

    /** @param csv how rows of CSV/TSV files become articles (null: columns named like the article fields) */
    ArchiveReader(Predicate<Path> readable, long maxFileBytes, Consumer<String> error, CsvMapping csv) {
        this.csv = csv == null ? DEFAULT_CSV : csv.resolved();
        this.readable = readable;
        this.maxFileBytes = maxFileBytes;
        this.error = error;
    }

    /** Whether a file name is of a format the archive reader knows (a {@code .gz} of one, a {@code .zip}). */
    static boolean supported(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String inner = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        return lower.endsWith(".zip") || DropFiles.supported(inner) || MORE.stream().anyMatch(inner::endsWith);
    }

    /** Gives every article of the archive at {@code path} to {@code sink}, in file order. */
    void read(Path path, Consumer<ArticleInput> sink) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(f -> supported(f.getFileName().toString())).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                throw new UncheckedIOException("cannot list " + path, e instanceof IOException io ? io
                        : ((UncheckedIOException) e).getCause());
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new InvalidArticleException("no such file or folder: " + path);
        }
        for (Path file : files) {
            String name = path.equals(file) ? file.getFileName().toString() : path.relativize(file).toString();
            if (!readable.test(file)) {
                error.accept(name + ": " + ArchiveRoot.REFUSED);
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                readStream(name, in, sink);
            } catch (IOException | UncheckedIOException e) {
                error.accept(name + ": " + e.getMessage());
            }
        }
    }

    private void readStream(String name, InputStream in, Consumer<ArticleInput> sink) throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (!entry.isDirectory() && supported(entry.getName()) && !entry.getName().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    readStream(name + "!" + entry.getName(), unclosable(zip), sink);
                }
            }
            return;
        }
        if (lower.endsWith(".gz")) {
            readStream(name.substring(0, name.length() - 3), new GZIPInputStream(in, 64 * 1024), sink);
            return;
        }
        if (lower.endsWith(".jsonl")) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(DropFiles.jsonLine(line));
                } catch (InvalidArticleException e) {
                    error.accept(name + ": item " + number + ": " + e.getMessage());
                }
            }
            return;
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            readTable(name, in, sink);
            return;
        }
        if (lower.endsWith(".warc")) {
            new WarcReader(maxFileBytes, error).read(name, new BufferedInputStream(in, 64 * 1024), sink);
            return;
        }
        if (lower.endsWith(".xml") || lower.endsWith(".rss") || lower.endsWith(".atom")) {
            byte[] document = readBoundedBytes(name, in);
            if (document != null) {
                try {
                    FeedEntries.parse(document, name).forEach(sink);
                } catch (InvalidArticleException e) {
                    error.accept(name + ": " + e.getMessage());
                }
            }
            return;
        }
        String content = readBounded(name, in);
        if (content == null) {
            return;
        }
        try {
            DropFiles.read(name, content, bad -> error.accept(name + ": " + bad)).forEach(sink);
        } catch (InvalidArticleException e) {
            error.accept(name + ": " + e.getMessage());
        }
    }

    /** A CSV or TSV file with a header row, row by row, through the mapping. */
    private void readTable(String name, InputStream in, Consumer<ArticleInput> sink) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(csv.separatorFor(name));
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class).with(schema)
                .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long row = 1;
            while (rows.hasNextValue()) {
                row++;
                Map<String, String> values = rows.nextValue();
                try {
                    sink.accept(csv.article(values));
                } catch (InvalidArticleException e) {
                    error.accept(name + ": row " + row + ": " + e.getMessage());
                }
            }
        } catch (JsonProcessingException e) {
            error.accept(name + ": not a readable table: " + e.getOriginalMessage() + "; the rest is not read");
        }
    }

    private static final CsvMapper CSV = new CsvMapper();

    /** The document as text, or null (reported) when it is larger than the limit. */
    private String readBounded(String name, InputStream in) throws IOException {
        byte[] bytes = readBoundedBytes(name, in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The document's bytes, or null (reported) when it is larger than the limit. */
    private byte[] readBoundedBytes(String name, InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > maxFileBytes) {
                error.accept(name + ": larger than " + maxFileBytes + " bytes, not read");
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A zip entry's stream, which the reader of one entry must not close. */
    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}
