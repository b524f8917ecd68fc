package org.newswatch.ingest.replay;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newswatch.ingest.domain.ArticlePublisher;
import org.newswatch.ingest.domain.InvalidArticleException;

/**
 * Runs archive replays on their own threads ({@code newswatch.ingest.replay.threads}) and keeps their progress.
 * With {@code newswatch.ingest.replay.root} set, only paths under that folder can be replayed.
 */
@ApplicationScoped
public class ReplayService {

    @Inject
    ArticlePublisher publisher;

    @ConfigProperty(name = "newswatch.ingest.replay.root")
    Optional<Path> root;

    @ConfigProperty(name = "newswatch.ingest.replay.threads", defaultValue = "2")
    int threads;

    private final Map<String, Replay> replays = new ConcurrentHashMap<>();
    private volatile ExecutorService executor;

    public ReplayStatus start(ReplayRequest request) {
        request.validate();
        Path path = checkPath(request.path());
        String id = UUID.randomUUID().toString().substring(0, 8);
        Replay replay = new Replay(id, new ReplayRequest(path.toString(), request.speed(), request.asFastAsPossible(),
                request.from(), request.to(), request.topicPrefix()), publisher, Clock.systemUTC(), null);
        replays.put(id, replay);
        executor().submit(replay::run);
        return replay.status();
    }

    public Optional<ReplayStatus> status(String id) {
        return Optional.ofNullable(replays.get(id)).map(Replay::status);
    }

    public List<ReplayStatus> list() {
        return replays.values().stream().map(Replay::status).sorted(Comparator.comparing(ReplayStatus::startedAt)).toList();
    }

    public Optional<ReplayStatus> cancel(String id) {
        Replay replay = replays.get(id);
        if (replay == null) {
            return Optional.empty();
        }
        replay.cancel();
        return Optional.of(replay.status());
    }

    private Path checkPath(String value) {
        Path path;
        try {
            path = Path.of(value).toRealPath();
        } catch (IOException | RuntimeException e) {
            throw new InvalidArticleException("no such file or folder: " + value);
        }
        if (root.isPresent()) {
            Path allowed;
            try {
                allowed = root.get().toRealPath();
            } catch (IOException e) {
                throw new InvalidArticleException("replay root does not exist: " + root.get());
            }
            if (!path.startsWith(allowed)) {
                throw new InvalidArticleException("path is outside the replay root " + allowed);
            }
        }
        if (!Files.isReadable(path)) {
            throw new InvalidArticleException("cannot read " + value);
        }
        return path;
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
