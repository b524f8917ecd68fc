package org.newswatch.ingest.replay;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Topics;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.ArticlePreparer;
import org.newswatch.ingest.domain.ArticlePublisher;
import org.newswatch.ingest.domain.Decision;
import org.newswatch.ingest.domain.DedupMemory;
import org.newswatch.ingest.domain.DropFiles;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.PreparedArticle;

/**
 * One archive replay: reads a folder or file, orders the articles by publication time (then by id), publishes them with origin {@code replay} and the record timestamp = publication time, paced at N times real
 * time or as fast as possible. It has its own dedup memory: exact duplicates within the archive are published once,
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
    private static final int MAX_ERROR_SAMPLES = 10;

    private final String id;
    private final ReplayRequest request;
    private final ArticlePublisher publisher;
    private final Clock clock;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Pacer pacer;
    private final Predicate<Path> readable;
    private final long maxFileBytes;
    private final List<String> errorSamples = new ArrayList<>();
    private volatile String state = ReplayStatus.RUNNING;
    private volatile int total;
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

    public void cancel() {
        cancelled.countDown();
    }

    /** Runs the replay to its end in the calling thread. */
    public void run() {
        startedAt = clock.instant();
        try {
            List<PreparedArticle> selected = select(read(Path.of(request.path())));
            total = selected.size();
            publish(selected);
            state = cancelled.getCount() == 0 ? ReplayStatus.CANCELLED : ReplayStatus.COMPLETED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = ReplayStatus.CANCELLED;
        } catch (RuntimeException e) {
            error(e.getMessage());
            state = ReplayStatus.FAILED;
        } finally {
            finishedAt = clock.instant();
        }
    }

    private List<ArticleInput> read(Path path) {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(Files::isRegularFile).filter(f -> DropFiles.supported(f.getFileName().toString())).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        } else if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            throw new InvalidArticleException("no such file or folder: " + path);
        }
        List<ArticleInput> inputs = new ArrayList<>();
        for (Path file : files) {
            try {
                String name = file.getFileName().toString();
                if (!readable.test(file)) {
                    error(name + ": " + ArchiveRoot.REFUSED);
                    continue;
                }
                if (Files.size(file) > maxFileBytes) {
                    error(name + ": larger than " + maxFileBytes + " bytes, not read");
                    continue;
                }
                inputs.addAll(DropFiles.read(name, Files.readString(file, StandardCharsets.UTF_8), bad -> error(name + ": " + bad)));
            } catch (IOException | InvalidArticleException e) {
                error(file.getFileName() + ": " + e.getMessage());
            }
        }
        return inputs;
    }

    /**
     * Undated articles are dated in the archive's event time, not by the wall clock: a full date in the text, else the
     * latest year-less day it states read against the latest publication time of the archive's dated articles, else
     * that time itself. So a replay is deterministic in event time even for undated articles.
     */
    private List<PreparedArticle> select(List<ArticleInput> inputs) {
        Instant from = request.fromInstant();
        Instant to = request.toInstant();
        Instant now = clock.instant();
        Instant archiveClock = inputs.stream().map(ArticleInput::publishedAt).filter(t -> t != null)
                .max(Instant::compareTo).orElse(null);
        List<PreparedArticle> prepared = new ArrayList<>();
        Set<String> undated = new HashSet<>();
        for (ArticleInput input : inputs) {
            if ((from != null || to != null) && (input.publishedAt() == null
                    || from != null && input.publishedAt().isBefore(from) || to != null && input.publishedAt().isAfter(to))) {
                filtered++;
                continue;
            }
            try {
                PreparedArticle p = ArticlePreparer.prepare(input, Article.REPLAY, now, archiveClock);
                prepared.add(p);
                if (input.publishedAt() == null) {
                    undated.add(p.article().id());
                }
            } catch (InvalidArticleException e) {
                error(e.getMessage());
            }
        }
        prepared.sort(Comparator.comparing((PreparedArticle p) -> p.article().publishedAt(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> undated.contains(p.article().id()))
                .thenComparing(p -> p.article().id()));
        DedupMemory memory = new DedupMemory();
        List<PreparedArticle> selected = new ArrayList<>();
        for (PreparedArticle p : prepared) {
            Decision decision = memory.admit(p.entry());
            if (decision.duplicate()) {
                duplicates++;
            } else {
                selected.add(p.withNearDuplicateOf(decision.nearDuplicateOf()));
            }
        }
        return selected;
    }

    private void publish(List<PreparedArticle> selected) throws InterruptedException {
        double speed = request.pacing();
        Instant firstEventTime = selected.stream().map(p -> p.article().publishedAt()).filter(t -> t != null).findFirst().orElse(null);
        long wallStart = clock.millis();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        for (PreparedArticle p : selected) {
            if (cancelled.getCount() == 0) {
                break;
            }
            Instant eventTime = p.article().publishedAt();
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
        Long eta = finishedAt == null && rate > 0 ? Math.round((total - published) / rate) : null;
        return new ReplayStatus(id, state, topic(), total, published, duplicates, filtered, errors, List.copyOf(errorSamples),
                startedAt, finishedAt, Math.round(rate * 10) / 10.0, eta);
    }
}
