package org.newswatch.ingest.replay;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.ArticlePreparer;
import org.newswatch.ingest.domain.ArticlePublisher;
import org.newswatch.ingest.domain.Decision;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.PreparedArticle;

/**
 * One archive replay: reads a folder (recursively) or file item by item ({@link ArchiveReader}), orders the articles by
 * publication time (then by id) with an external merge sort on disk ({@link EventTimeSorter}, so an archive of any size
 * is replayed in bounded memory), publishes them with origin {@code replay} and the record timestamp = publication
 * time, paced at N times real time or as fast as possible. It has its own dedup memory: exact duplicates within the archive are published once,
 * near-duplicates are marked against earlier articles of the archive, and the live memory is untouched, so
 * replaying one archive twice publishes the same articles with the same ids.
 */
public class Replay {

    /** Waits between publications; a test passes one that records instead of waiting. */
    public interface Pacer {
        /** Waits up to {@code delay}; returns false if the replay was cancelled meanwhile. */
        boolean await(Duration delay) throws InterruptedException;
    }

    private static final int MAX_IN_FLIGHT = 1000;
    /** Articles sorted in memory at once before a run goes to disk (about 2 KB of heap each for short articles). */
    static final int RUN_SIZE = 20_000;
    private static final int MAX_ERROR_SAMPLES = 10;

    private final String id;
    private final ReplayRequest request;
    private final ArticlePublisher publisher;
    private final Clock clock;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Pacer pacer;
    private final Predicate<Path> readable;
    private final long maxFileBytes;
    private final int runSize;
    private final Path workRoot;
    private final List<String> errorSamples = new ArrayList<>();
    private volatile String state = ReplayStatus.RUNNING;
    private volatile long prepared;
    private volatile int published;
    private volatile int duplicates;
    private volatile int filtered;
    private volatile int errors;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    public Replay(String id, ReplayRequest request, ArticlePublisher publisher, Clock clock, Pacer pacer) {
        this(id, request, publisher, clock, pacer, file -> true, Long.MAX_VALUE);
    }

    /**
     * @param readable     whether a file found in an archive folder may be read (inside the replay root)
     * @param maxFileBytes files larger than this are skipped (counted as errors)
     */
    public Replay(String id, ReplayRequest request, ArticlePublisher publisher, Clock clock, Pacer pacer,
            Predicate<Path> readable, long maxFileBytes) {
        this(id, request, publisher, clock, pacer, readable, maxFileBytes, RUN_SIZE, null);
    }

    /**
     * @param runSize  articles sorted in memory before a run is written to disk
     * @param workRoot where the replay's work folder (sort runs) is made; null: the system's temporary folder
     */
    Replay(String id, ReplayRequest request, ArticlePublisher publisher, Clock clock, Pacer pacer,
            Predicate<Path> readable, long maxFileBytes, int runSize, Path workRoot) {
        this.runSize = runSize;
        this.workRoot = workRoot;
        this.readable = readable;
        this.maxFileBytes = maxFileBytes;
        this.id = id;
        this.request = request;
        this.publisher = publisher;
        this.clock = clock;
        this.pacer = pacer != null ? pacer : delay -> !cancelled.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        this.startedAt = clock.instant();
    }

    public String topic() {
        return request.prefix() + Topics.ARTICLES;
    }

    public String namespace() {
        return request.namespace();
    }

    public void cancel() {
        cancelled.countDown();
    }

    /** Runs the replay to its end in the calling thread. */
    public void run() {
        startedAt = clock.instant();
        Path work = null;
        try {
            work = workRoot == null ? Files.createTempDirectory("newswatch-replay-")
                    : Files.createTempDirectory(workRoot, "newswatch-replay-");
            try (EventTimeSorter sorter = new EventTimeSorter(work, runSize)) {
                sort(Path.of(request.path()), work, sorter);
                prepared = sorter.size();
                publish(sorter.merged());
            }
            state = cancelled.getCount() == 0 ? ReplayStatus.CANCELLED : ReplayStatus.COMPLETED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = ReplayStatus.CANCELLED;
        } catch (IOException e) {
            error("cannot make a work folder: " + e.getMessage());
            state = ReplayStatus.FAILED;
        } catch (RuntimeException e) {
            error(e.getMessage());
            state = ReplayStatus.FAILED;
        } finally {
            if (work != null) {
                deleteQuietly(work);
            }
            finishedAt = clock.instant();
        }
    }

    /**
     * Reads the archive into the sorter, item by item. Undated articles are dated in the archive's event time, not by
     * the wall clock: a full date in the text, else the latest year-less day it states read against the latest
     * publication time of the archive's dated articles, else that time itself; since that time is known only at the
     * end, they wait in a spill file until then. So a replay is deterministic in event time even for undated articles.
     */
    private void sort(Path archive, Path work, EventTimeSorter sorter) throws IOException {
        Instant from = request.fromInstant();
        Instant to = request.toInstant();
        Instant now = clock.instant();
        Path undatedFile = work.resolve("undated.jsonl");
        Instant[] archiveClock = {null};
        try (BufferedWriter undated = Files.newBufferedWriter(undatedFile, StandardCharsets.UTF_8)) {
            new ArchiveReader(readable, maxFileBytes, this::error, request.csv()).read(archive, input -> {
                archiveClock[0] = EventTimeSorter.latest(archiveClock[0], input.publishedAt());
                if ((from != null || to != null) && (input.publishedAt() == null
                        || from != null && input.publishedAt().isBefore(from) || to != null && input.publishedAt().isAfter(to))) {
                    filtered++;
                    return;
                }
                if (input.publishedAt() == null) {
                    try {
                        undated.write(Json.write(input));
                        undated.newLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return;
                }
                try {
                    sorter.add(ArticlePreparer.article(input, Article.REPLAY, now, null), false);
                } catch (InvalidArticleException e) {
                    error(e.getMessage());
                }
            });
        }
        try (BufferedReader undated = Files.newBufferedReader(undatedFile, StandardCharsets.UTF_8)) {
            for (String line; (line = undated.readLine()) != null; ) {
                try {
                    sorter.add(ArticlePreparer.article(Json.read(line, ArticleInput.class), Article.REPLAY, now,
                            archiveClock[0]), true);
                } catch (InvalidArticleException e) {
                    error(e.getMessage());
                }
            }
        }
    }

    /**
     * Publishes the articles in replay order. The replay has its own dedup memory: exact duplicates within the archive
     * are published once, near-duplicates marked against earlier articles of the archive.
     */
    private void publish(Iterator<Article> ordered) throws InterruptedException {
        double speed = request.pacing();
        Instant firstEventTime = null;
        long wallStart = clock.millis();
        DedupMemory memory = new DedupMemory();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        while (ordered.hasNext()) {
            if (cancelled.getCount() == 0) {
                break;
            }
            PreparedArticle p = ArticlePreparer.withEntry(ordered.next());
            Decision decision = memory.admit(p.entry());
            if (decision.duplicate()) {
                countDuplicate();
                continue;
            }
            p = p.withNearDuplicateOf(decision.nearDuplicateOf());
            Instant eventTime = p.article().publishedAt();
            if (firstEventTime == null) {
                firstEventTime = eventTime;
            }
            if (speed > 0 && eventTime != null && firstEventTime != null) {
                long due = wallStart + (long) (Duration.between(firstEventTime, eventTime).toMillis() / speed);
                long wait = due - clock.millis();
                if (wait > 0 && !pacer.await(Duration.ofMillis(wait))) {
                    break;
                }
            }
            inFlight.add(publisher.publish(topic(), p.article()).toCompletableFuture().thenRun(this::countPublished));
            if (inFlight.size() >= MAX_IN_FLIGHT) {
                CompletableFuture.allOf(inFlight.toArray(new CompletableFuture[0])).join();
                inFlight.clear();
            }
        }
        CompletableFuture.allOf(inFlight.toArray(new CompletableFuture[0])).join();
    }

    private synchronized void countDuplicate() {
        duplicates++;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind: the OS cleans its temp folder
        }
    }

    private synchronized void countPublished() {
        published++;
    }

    private synchronized void error(String message) {
        errors++;
        if (errorSamples.size() < MAX_ERROR_SAMPLES) {
            errorSamples.add(message);
        }
    }

    public synchronized ReplayStatus status() {
        Instant end = finishedAt != null ? finishedAt : clock.instant();
        double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        double rate = published / seconds;
        // articles to publish: those read (after the date filter) less the duplicates found so far
        int total = (int) (prepared - duplicates);
        Long eta = finishedAt == null && rate > 0 ? Math.round((total - published) / rate) : null;
        return new ReplayStatus(id, state, topic(), total, published, duplicates, filtered, errors, List.copyOf(errorSamples),
                startedAt, finishedAt, Math.round(rate * 10) / 10.0, eta, request.namespace(), null);
    }
}
