package org.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.ingest.domain.InvalidArticleException;

class ArchiveRootTest {

    @TempDir
    Path dir;

    private String refusal(ArchiveRoot root, String path) {
        return assertThrows(InvalidArticleException.class, () -> root.resolve(path)).getMessage();
    }

    @Test
    void onlyPathsWhoseRealPathIsInsideTheRootAreRead() throws IOException {
        Path rootDir = Files.createDirectories(dir.resolve("archives"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.createDirectories(rootDir.resolve("a"));
        Path inside = Files.writeString(rootDir.resolve("a/one.txt"), "x");
        Files.createSymbolicLink(rootDir.resolve("link.txt"), outside);
        Files.createSymbolicLink(rootDir.resolve("up"), dir);
        ArchiveRoot root = new ArchiveRoot(rootDir);

        assertEquals(inside.toRealPath(), root.resolve("a/one.txt"));
        assertEquals(inside.toRealPath(), root.resolve(inside.toString()));
        assertEquals(rootDir.resolve("a").toRealPath(), root.resolve("a"));

        // one message for all: a file outside, traversal, a symlink out, a folder symlink out, a missing file
        for (String refused : new String[] {"/etc/hostname", outside.toString(), "../secret.txt", "a/../../secret.txt",
                "link.txt", "up/secret.txt", "missing.txt", "/no/such/file", "", "a\0b"}) {
            assertEquals(ArchiveRoot.REFUSED, refusal(root, refused), refused);
        }
        assertTrue(root.contains(inside));
        assertFalse(root.contains(rootDir.resolve("link.txt")));
    }
}
