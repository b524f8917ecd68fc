package org.newswatch.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.newswatch.ingest.domain.InvalidArticleException;

/**
 * The folder replays may read ({@code newswatch.ingest.replay.root}): a requested path, relative to it or absolute,
 * is read only if its real path (every symlink followed) lies inside the root's real path, and so is every file of a
 * requested folder. Every refusal has the same message, so a caller learns nothing of what exists outside.
 */
public final class ArchiveRoot {

    /** The one answer to any path that is not read. */
    public static final String REFUSED = "path is not a readable archive under the replay root";

    private final Path root;

    public ArchiveRoot(Path root) {
        this.root = root;
    }

    /** The real path of the archive (file or folder) named by {@code requested}, or an {@link InvalidArticleException}. */
    public Path resolve(String requested) {
        if (requested == null || requested.isBlank() || requested.indexOf('\0') >= 0) {
            throw new InvalidArticleException(REFUSED);
        }
        try {
            Path base = realRoot();
            Path real = base.resolve(requested).toRealPath();
            if (!real.startsWith(base) || !Files.isReadable(real)) {
                throw new InvalidArticleException(REFUSED);
            }
            return real;
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new InvalidArticleException(REFUSED);
        }
    }

    /** Whether a file found in an archive folder really lies inside the root (a symlink out of it does not). */
    public boolean contains(Path file) {
        try {
            return file.toRealPath().startsWith(realRoot());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The root's real path; the folder is created if it does not exist yet. */
    public Path realRoot() {
        try {
            Files.createDirectories(root);
            return root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("the replay root " + root + " cannot be created", e);
        }
    }
}
