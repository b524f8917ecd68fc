package org.newswatch.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import org.newswatch.contracts.ApiKeys;

/**
 * The keys a service accepts now: the inline keys plus the keys file, which is re-read when its modification time or
 * size changed (checked at most once per interval, on use), so keys are added, rotated and revoked without a
 * restart. A file that cannot be read or parsed keeps the keys read before (and says so, without quoting it).
 */
public final class KeyRing {

    private static final Logger LOG = Logger.getLogger(KeyRing.class);

    private record Stamp(FileTime modified, long size) {
    }

    private final ApiKeys inline;
    private final Optional<Path> file;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private volatile ApiKeys current;
    private volatile Stamp stamp;
    private volatile long checkedAt;

    public KeyRing(ApiKeys inline, Optional<Path> file, Duration interval, LongSupplier nanoTime) {
        this.inline = inline;
        this.file = file;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.current = inline;
        this.checkedAt = nanoTime.getAsLong();
        file.ifPresent(this::reload);
    }

    /** The keys, after re-reading the file if it changed and the interval passed. */
    public ApiKeys keys() {
        if (file.isPresent()) {
            long now = nanoTime.getAsLong();
            if (now - checkedAt >= intervalNanos) {
                synchronized (this) {
                    if (now - checkedAt >= intervalNanos) {
                        checkedAt = now;
                        reload(file.get());
                    }
                }
            }
        }
        return current;
    }

    private void reload(Path path) {
        Stamp seen;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            seen = new Stamp(attributes.lastModifiedTime(), attributes.size());
        } catch (IOException e) {
            if (stamp != null || current == inline) {
                LOG.warnf("the keys file %s cannot be read (%s); keeping the keys read before", path,
                        e.getClass().getSimpleName());
            }
            stamp = null;
            return;
        }
        if (Objects.equals(seen, stamp)) {
            return;
        }
        try {
            ApiKeys read = ApiKeys.parse(Files.readAllLines(path, StandardCharsets.UTF_8), path.toString());
            current = inline.with(read);
            stamp = seen;
            LOG.infof("%d API keys from %s", read.size(), path);
        } catch (IOException | IllegalArgumentException e) {
            stamp = seen;
            LOG.warnf("the keys file %s was not taken: %s; keeping the keys read before", path,
                    e instanceof IOException ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
