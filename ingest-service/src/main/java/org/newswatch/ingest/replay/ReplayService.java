package org.newswatch.ingest.replay;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.ingest.api.PayloadTooLargeException;
import org.newswatch.ingest.domain.ArticlePublisher;
import org.newswatch.ingest.domain.InvalidArticleException;

/**
 * Runs archive replays on their own threads ({@code newswatch.ingest.replay.threads}) and keeps their progress.
 * Only paths under {@code newswatch.ingest.replay.root} (default {@code .newswatch/archives}) are read
 * ({@link ArchiveRoot}); an uploaded archive is streamed to a temporary file first and deleted after its replay.
 */
@ApplicationScoped
public class ReplayService {

    @Inject
    ArticlePublisher publisher;

    @ConfigProperty(name = "newswatch.ingest.replay.root", defaultValue = ".newswatch/archives")
    Path root;

    /** Archive files (and uploads) larger than this are not read. */
    @ConfigProperty(name = "newswatch.ingest.replay.max-file-size", defaultValue = "64M")
    MemorySize maxFileSize;

    @ConfigProperty(name = "newswatch.ingest.replay.threads", defaultValue = "2")
    int threads;

    @Inject
    NamespaceRegistry namespaces;

    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    /** The final pipeline progress of namespace replays that are done (it no longer changes). */
    private final Map<String, NamespaceProgress> done = new ConcurrentHashMap<>();
    private volatile ExecutorService executor;

    public ReplayStatus start(ReplayRequest request) {
        request.validate();
        ArchiveRoot archives = new ArchiveRoot(root);
        Path path = archives.resolve(request.path());
        return launch(request.at(path), archives::contains, () -> { });
    }

    /**
     * Replays an archive sent as JSON Lines: the body is streamed to a temporary file (at most
     * {@code newswatch.ingest.replay.max-file-size}), which is deleted when the replay ends.
     */
    public ReplayStatus upload(InputStream body, ReplayRequest options) {
        options.at(Path.of("upload.jsonl")).validate();
        Path file;
        try {
            file = Files.createTempFile("newswatch-upload-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            long limit = maxFileSize.asLongValue();
            long copied = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                copied += n;
                if (copied > limit) {
                    throw new PayloadTooLargeException(copied, limit);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new InvalidArticleException("the upload was cut off");
        }
        return launch(options.at(file), f -> f.equals(file), () -> deleteQuietly(file));
    }

    private ReplayStatus launch(ReplayRequest request, Predicate<Path> readable, Runnable after) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        if (request.namespace() != null) {
            namespaces.create(request.namespace(), id, request.subscriptions());
        }
        Replay replay = new Replay(id, request, publisher, Clock.systemUTC(), null, readable,
                maxFileSize.asLongValue());
        replays.put(id, replay);
        executor().submit(() -> {
            try {
                replay.run();
            } finally {
                after.run();
            }
        });
        return replay.status();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind: the OS cleans its temp folder
        }
    }

    /** The replay's progress; a namespace replay's with how far the services have processed it. */
    public Optional<ReplayStatus> status(String id) {
        return Optional.ofNullable(replays.get(id)).map(this::withPipeline);
    }

    public List<ReplayStatus> list() {
        return replays.values().stream().map(Replay::status).sorted(Comparator.comparing(ReplayStatus::startedAt)).toList();
    }

    private ReplayStatus withPipeline(Replay replay) {
        ReplayStatus status = replay.status();
        if (replay.namespace() == null) {
            return status;
        }
        NamespaceProgress final_ = done.get(status.id());
        if (final_ != null) {
            return status.with(final_);
        }
        NamespaceProgress progress = namespaces.progress(replay.namespace(), !ReplayStatus.RUNNING.equals(status.state()));
        if (progress.done()) {
            done.put(status.id(), progress);
        }
        return status.with(progress);
    }

    public Optional<ReplayStatus> cancel(String id) {
        Replay replay = replays.get(id);
        if (replay == null) {
            return Optional.empty();
        }
        replay.cancel();
        return Optional.of(replay.status());
    }

    private ExecutorService executor() {
        if (executor == null) {
            synchronized (this) {
                if (executor == null) {
                    executor = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
                        Thread t = new Thread(r, "ingest-replay");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return executor;
    }

    void onStop(@Observes ShutdownEvent event) {
        replays.values().forEach(Replay::cancel);
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
