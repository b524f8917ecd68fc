package org.newswatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the CLI hands an archive to the ingest service, which reads only under its replay root: a JSON Lines file is
 * uploaded ({@code POST /replays}, {@code application/x-ndjson}, works with a remote service); a folder or another
 * file is copied into the root of a local stack and named by its path relative to it.
 */
final class Archives {

    private static final List<String> SUPPORTED = List.of(".txt", ".json", ".jsonl", ".html", ".htm", ".gz", ".zip");

    private Archives() {
    }

    /** Whether the archive is one JSON Lines file, which can be uploaded. */
    static boolean uploadable(Path archive) {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(archive) && (name.endsWith(".jsonl") || name.endsWith(".ndjson"));
    }

    /** {@code POST /replays} with the file as the body; the other options become query parameters. */
    static HttpRequest.Builder upload(URI ingest, Path archive, Map<String, Object> options) {
        String query = options.entrySet().stream().filter(e -> !"path".equals(e.getKey()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return HttpRequest.newBuilder(ingest.resolve("/replays" + (query.isEmpty() ? "" : "?" + query)))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(archive));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + archive, e);
        }
    }

    /**
     * Copies the archive (a folder's supported files, its subfolders' too, or one file) into a new folder under
     * {@code root}; returns its
     * path relative to the root, as {@code POST /replays} takes it.
     */
    static String stage(Path archive, Path root) {
        Path target = root.resolve(archive.getFileName() + "-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(target);
            List<Path> files;
            if (Files.isDirectory(archive)) {
                try (Stream<Path> list = Files.walk(archive)) {
                    files = list.filter(Files::isRegularFile).filter(f -> SUPPORTED.stream()
                            .anyMatch(ext -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))).toList();
                }
                for (Path file : files) {
                    Path copy = target.resolve(archive.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            } else {
                Files.copy(archive, target.resolve(archive.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + archive + " under the replay root " + root, e);
        }
        return root.relativize(target).toString();
    }
}
