package org.newswatch.ingest.replay;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;

/**
 * An external merge sort of articles into replay order (publication time, then dated before undated, then id) in
 * bounded memory: articles are buffered up to {@code runSize}, each full buffer is sorted and written to a run file
 * (JSON Lines) in a work folder, and {@link #merged()} merges the runs with a k-way merge (one article per run in
 * memory). Memory: one buffer plus one article per run; disk: the articles once.
 */
final class EventTimeSorter implements AutoCloseable {

    /** One article with whether its time was read from the archive's clock (it sorts after dated ones of its time). */
    private record Entry(Article article, boolean undated) {
    }

    static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.article().publishedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Entry::undated)
            .thenComparing(e -> e.article().id());

    private final Path dir;
    private final int runSize;
    private final List<Entry> buffer = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    private final List<Cursor> cursors = new ArrayList<>();
    private long size;

    /** A sorted run on disk and whether its articles are undated. */
    private record Run(Path file, boolean undated) {
    }

    EventTimeSorter(Path dir, int runSize) {
        this.dir = dir;
        this.runSize = runSize;
    }

    /** Adds an article; {@code undated}: dated from the archive's clock. Undated and dated articles are not mixed in a run. */
    void add(Article article, boolean undated) {
        if (!buffer.isEmpty() && buffer.get(0).undated() != undated) {
            spill();
        }
        buffer.add(new Entry(article, undated));
        size++;
        if (buffer.size() >= runSize) {
            spill();
        }
    }

    long size() {
        return size;
    }

    int runs() {
        return runs.size();
    }

    private void spill() {
        if (buffer.isEmpty()) {
            return;
        }
        buffer.sort(ORDER);
        Path file = dir.resolve("run-" + runs.size() + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Entry e : buffer) {
                out.write(Json.write(e.article()));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run to " + dir, e);
        }
        runs.add(new Run(file, buffer.get(0).undated()));
        buffer.clear();
    }

    /** Every added article in replay order. Call once, after the last {@link #add}. */
    Iterator<Article> merged() {
        spill();
        PriorityQueue<Cursor> heads = new PriorityQueue<>(Comparator.comparing(Cursor::head, ORDER));
        for (Run run : runs) {
            Cursor cursor = new Cursor(run);
            cursors.add(cursor);
            if (cursor.advance()) {
                heads.add(cursor);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Article next() {
                Cursor cursor = heads.poll();
                if (cursor == null) {
                    throw new NoSuchElementException();
                }
                Article article = cursor.head().article();
                if (cursor.advance()) {
                    heads.add(cursor);
                }
                return article;
            }
        };
    }

    /** Reads one run line by line. */
    private static final class Cursor {
        private final Run run;
        private final BufferedReader in;
        private Entry head;

        Cursor(Run run) {
            this.run = run;
            try {
                this.in = Files.newBufferedReader(run.file(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sort run " + run.file(), e);
            }
        }

        Entry head() {
            return head;
        }

        boolean advance() {
            try {
                String line = in.readLine();
                if (line == null) {
                    in.close();
                    head = null;
                    return false;
                }
                head = new Entry(Json.read(line, Article.class), run.undated());
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sort run " + run.file(), e);
            }
        }
    }

    /** Deletes the work folder and its runs. */
    @Override
    public void close() {
        buffer.clear();
        for (Cursor cursor : cursors) {
            try {
                cursor.in.close();
            } catch (IOException e) {
                // deleted below anyway
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind: the OS cleans its temp folder
        }
    }

    /** The latest of two instants, either may be null. */
    static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
