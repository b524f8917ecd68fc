package org.newswatch.ingest.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.newswatch.contracts.Article;

/**
 * One drop folder: every supported file in it is read, all its articles published (acknowledged by the broker),
 * and only then moved to {@code processed/}; a malformed file goes to {@code failed/} with a {@code .reason} file
 * beside it, and so does a file larger than the size limit (unread). A file whose articles could not be published (broker down) stays where it is and is tried again. A
 * crash between publishing and moving re-reads the file after the restart: its articles are then exact duplicates
 * in the dedup memory and are not published again, so nothing is lost and nothing published twice.
 */
public class DropFolder {

    public static final String PROCESSED = "processed";
    public static final String FAILED = "failed";
    public static final String REASON_SUFFIX = ".reason";

    private static final System.Logger LOG = System.getLogger(DropFolder.class.getName());

    private final Path dir;
    private final Ingestor ingestor;
    private final Duration settle;
    private final Duration publishTimeout;
    private final long maxFileSize;
    private final Clock clock;

    /**
     * @param settle         a file modified more recently than this is still being written and is left for the next scan
     * @param publishTimeout how long to wait for the broker's acknowledgements of one file
     * @param maxFileSize    a larger file is not read: it goes to failed/ with the limit as its reason
     */
    public DropFolder(Path dir, Ingestor ingestor, Duration settle, Duration publishTimeout, long maxFileSize, Clock clock) {
        this.dir = dir;
        this.ingestor = ingestor;
        this.settle = settle;
        this.publishTimeout = publishTimeout;
        this.maxFileSize = maxFileSize;
        this.clock = clock;
    }

    /** The outcome of one file. */
    public enum Outcome { PROCESSED, FAILED, RETRY }

    public Path dir() {
        return dir;
    }

    /** Creates the folder and its processed/ and failed/ subfolders. */
    public void init() {
        try {
            Files.createDirectories(dir.resolve(PROCESSED));
            Files.createDirectories(dir.resolve(FAILED));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create drop folder " + dir, e);
        }
    }

    /** Processes every settled file once, oldest name first; returns how many files were moved. */
    public int scanOnce() {
        int moved = 0;
        for (Path file : pending()) {
            if (process(file) != Outcome.RETRY) {
                moved++;
            }
        }
        return moved;
    }

    List<Path> pending() {
        long now = clock.millis();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().endsWith(".part") && !f.getFileName().toString().endsWith(".tmp"))
                    .filter(f -> now - lastModified(f) >= settle.toMillis())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list drop folder " + dir, e);
        }
    }

    /** Reads, publishes and moves one file. */
    public Outcome process(Path file) {
        String name = file.getFileName().toString();
        List<ArticleInput> items;
        try {
            if (!DropFiles.supported(name)) {
                throw new InvalidArticleException("unsupported file type (expected one of " + DropFiles.EXTENSIONS + ")");
            }
            long size = Files.size(file);
            if (size > maxFileSize) {
                throw new InvalidArticleException("file has " + size + " bytes, more than the limit of " + maxFileSize
                        + " (newswatch.ingest.drop-max-file-size)");
            }
            String content = decode(Files.readAllBytes(file));
            List<ArticleInput> inputs = DropFiles.read(name, content);
            if (inputs.isEmpty()) {
                throw new InvalidArticleException("no article in file");
            }
            items = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                ArticleInput input = inputs.get(i);
                try {
                    ArticlePreparer.prepare(input, Article.LIVE, clock.instant()); // validate all before publishing any
                } catch (InvalidArticleException e) {
                    throw new InvalidArticleException(inputs.size() == 1 ? e.getMessage() : "item " + (i + 1) + ": " + e.getMessage(), e);
                }
                items.add(input);
            }
        } catch (InvalidArticleException e) {
            moveToFailed(file, e.getMessage());
            return Outcome.FAILED;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read " + file + ", will retry", e);
            return Outcome.RETRY;
        }
        try {
            List<CompletableFuture<IngestResult>> acks = new ArrayList<>();
            for (ArticleInput item : items) {
                acks.add(ingestor.ingest(item, Article.LIVE).toCompletableFuture());
            }
            CompletableFuture.allOf(acks.toArray(new CompletableFuture[0])).get(publishTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not publish " + file + ", will retry: " + e);
            return Outcome.RETRY;
        }
        move(file, dir.resolve(PROCESSED));
        return Outcome.PROCESSED;
    }

    private void moveToFailed(Path file, String reason) {
        Path target = move(file, dir.resolve(FAILED));
        try {
            Files.writeString(target.resolveSibling(target.getFileName() + REASON_SUFFIX), reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reason for " + target, e);
        }
        LOG.log(System.Logger.Level.WARNING, "drop file " + file.getFileName() + " failed: " + reason);
    }

    /** Moves a file into a folder, keeping its name unless a file of that name is there already. */
    private static Path move(Path file, Path folder) {
        Path target = folder.resolve(file.getFileName());
        if (Files.exists(target)) {
            target = folder.resolve(System.currentTimeMillis() + "-" + file.getFileName());
        }
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("file is not UTF-8 text", e);
        }
    }

    private static long lastModified(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
