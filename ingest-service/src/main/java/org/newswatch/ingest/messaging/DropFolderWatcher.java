package org.newswatch.ingest.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.ingest.domain.DropFolder;
import org.newswatch.ingest.domain.Ingestor;

/**
 * Watches the drop folder ({@code newswatch.ingest.drop-dir}, env {@code NEWSWATCH_INGEST_DROP_DIR}; off when unset)
 * by scanning it every {@code newswatch.ingest.drop-poll} on one thread. A failing scan is logged and the next
 * one goes on.
 */
@ApplicationScoped
public class DropFolderWatcher {

    private static final Logger LOG = Logger.getLogger(DropFolderWatcher.class);

    @Inject
    Ingestor ingestor;

    @ConfigProperty(name = "newswatch.ingest.drop-dir")
    Optional<Path> dropDir;

    @ConfigProperty(name = "newswatch.ingest.drop-poll", defaultValue = "1s")
    Duration poll;

    @ConfigProperty(name = "newswatch.ingest.drop-settle", defaultValue = "500ms")
    Duration settle;

    /** A larger drop file goes to failed/ unread. */
    @ConfigProperty(name = "newswatch.ingest.drop-max-file-size", defaultValue = "64M")
    MemorySize maxFileSize;

    private ScheduledExecutorService executor;
    private DropFolder folder;

    void onStart(@Observes StartupEvent event) {
        if (dropDir.isEmpty()) {
            return;
        }
        folder = new DropFolder(dropDir.get().toAbsolutePath(), ingestor, settle, Duration.ofSeconds(60),
                maxFileSize.asLongValue(), Clock.systemUTC());
        folder.init();
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-drop-folder");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::scan, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        LOG.infof("watching drop folder %s every %s", folder.dir(), poll);
    }

    private void scan() {
        if (!ingestor.memory().loaded()) {
            return;
        }
        try {
            folder.scanOnce();
        } catch (RuntimeException e) {
            LOG.warnf(e, "drop folder scan failed; next scan in %s", poll);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** The folder being watched, empty when the watcher is off. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder).map(DropFolder::dir);
    }
}
