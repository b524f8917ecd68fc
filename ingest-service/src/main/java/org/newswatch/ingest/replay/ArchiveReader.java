package org.newswatch.ingest.replay;

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
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.DropFiles;
import org.newswatch.ingest.domain.InvalidArticleException;

/**
 * Reads an archive item by item, never whole: a file, or a folder searched recursively (files in path order), of the
 * drop folder's formats ({@link DropFiles}), each also gzipped ({@code .gz}) or inside a {@code .zip}. JSON Lines are
 * streamed line by line, so a file of any size is read in constant memory; a file of another format is one document
 * and is read whole, up to the size limit. An unreadable file or item is reported and skipped.
 */
final class ArchiveReader {

    private final Predicate<Path> readable;
    private final long maxFileBytes;
    private final Consumer<String> error;

    /**
     * @param readable     whether a file found in an archive folder may be read (inside the replay root)
     * @param maxFileBytes a document (not JSON Lines) larger than this is skipped, as an error
     * @param error        told of each file or item that is skipped, with why
     */
    ArchiveReader(Predicate<Path> readable, long maxFileBytes, Consumer<String> error) {
        this.readable = readable;
        this.maxFileBytes = maxFileBytes;
        this.error = error;
    }

    /** Whether a file name is of a format the archive reader knows (a {@code .gz} of one, a {@code .zip}). */
    static boolean supported(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".zip") || DropFiles.supported(lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower);
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

    /** The document as text, or null (reported) when it is larger than the limit. */
    private String readBounded(String name, InputStream in) throws IOException {
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
        return out.toString(StandardCharsets.UTF_8);
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
