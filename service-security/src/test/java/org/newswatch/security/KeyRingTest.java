package org.newswatch.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.ApiKeys;

class KeyRingTest {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();

    @Test
    void aKeyIsFoundByItsHashWithItsRoleAndPrincipal() {
        ApiKeys keys = ApiKeys.parse(List.of("# comment", "", ApiKeys.line("k1", "subscriber", "alice"),
                ApiKeys.line("k2", "subscriber", "bob"), ApiKeys.line("k3", "admin", "root")), "test");
        assertEquals(new ApiKeys.Holder("alice", "subscriber"), keys.holder("k1").orElseThrow());
        assertEquals(new ApiKeys.Holder("bob", "subscriber"), keys.holder("k2").orElseThrow());
        assertTrue(keys.holder("k4").isEmpty());
        assertTrue(keys.holder("").isEmpty());
    }

    @Test
    void aPlainKeyOrAnUnknownRoleIsRefusedWithoutQuotingTheLine() {
        IllegalArgumentException plain = assertThrows(IllegalArgumentException.class,
                () -> ApiKeys.parse(List.of("my-secret-key admin root"), "keys.txt"));
        assertTrue(plain.getMessage().contains("keys.txt line 1"));
        assertTrue(!plain.getMessage().contains("my-secret-key"));
        assertThrows(IllegalArgumentException.class,
                () -> ApiKeys.parse(List.of(ApiKeys.sha256Hex("x") + " root alice"), "keys.txt"));
    }

    @Test
    void theFileIsReReadWhenItChangesAfterTheInterval() throws IOException {
        Path file = dir.resolve("keys");
        Files.writeString(file, ApiKeys.line("old", "ingest", "feeder") + "\n");
        KeyRing ring = new KeyRing(ApiKeys.parse(List.of(ApiKeys.line("inline", "admin", "ops")), "inline"),
                Optional.of(file), Duration.ofSeconds(1), clock::get);
        assertNotNull(ring.keys().holder("old").orElse(null));
        assertNotNull(ring.keys().holder("inline").orElse(null));

        Files.writeString(file, ApiKeys.line("old", "ingest", "feeder") + "\n" + ApiKeys.line("new", "ingest", "feeder2") + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertTrue(ring.keys().holder("new").isEmpty(), "not before the interval");
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals("feeder2", ring.keys().holder("new").orElseThrow().principal());

        Files.writeString(file, ApiKeys.line("new", "ingest", "feeder2") + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 10000));
        clock.addAndGet(Duration.ofSeconds(1).toNanos());
        assertNull(ring.keys().holder("old").orElse(null), "a key taken out is revoked");
        assertNotNull(ring.keys().holder("inline").orElse(null));
    }

    @Test
    void aBrokenFileKeepsTheKeysReadBefore() throws IOException {
        Path file = dir.resolve("keys");
        Files.writeString(file, ApiKeys.line("good", "reader", "dash") + "\n");
        KeyRing ring = new KeyRing(ApiKeys.none(), Optional.of(file), Duration.ZERO, clock::get);
        Files.writeString(file, "not a key line\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals("dash", ring.keys().holder("good").orElseThrow().principal());
    }

    @Test
    void withoutKeysOrJwtTheServiceMustNotStart() throws IOException {
        assertNotNull(StartupPolicy.problem(ApiKeys.none(), Optional.empty(), false));
        assertNotNull(StartupPolicy.problem(ApiKeys.none(), Optional.of(dir.resolve("missing")), true));
        assertNull(StartupPolicy.problem(ApiKeys.none(), Optional.empty(), true));
        Path file = Files.writeString(dir.resolve("keys"), ApiKeys.line("k", "admin", "ops"));
        assertNull(StartupPolicy.problem(ApiKeys.parse(Files.readAllLines(file), "f"), Optional.of(file), false));
    }
}
