package org.newswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newswatch.contracts.ApiKeys;

/**
 * The API keys of a local stack, one per role, generated at each start: {@code <data>/keys} holds their hashes for
 * the services ({@code NEWSWATCH_SECURITY_KEYS_FILE}), {@code <data>/local-keys.env} the keys themselves, readable by
 * the owner only, for the commands that talk to a running stack ({@code replay}, {@code bench --target}).
 */
public record LocalKeys(String admin, String ingest, String subscriber, String reader) {

    /** The environment variable a command's key comes from first. */
    public static final String ENV = "NEWSWATCH_API_KEY";
    static final String KEYS_FILE = "keys";
    static final String PLAIN_FILE = "local-keys.env";

    public static LocalKeys generate() {
        return new LocalKeys(ApiKeys.generate(), ApiKeys.generate(), ApiKeys.generate(), ApiKeys.generate());
    }

    /** Writes both files into {@code dir}; returns the keys file the services read. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Path plain = dir.resolve(PLAIN_FILE);
            Files.deleteIfExists(plain);
            Files.createFile(plain, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(plain, "# the API keys of the local stack; regenerated at each start\n"
                    + "NEWSWATCH_ADMIN_KEY=" + admin + "\nNEWSWATCH_INGEST_KEY=" + ingest + "\nNEWSWATCH_SUBSCRIBER_KEY="
                    + subscriber + "\nNEWSWATCH_READER_KEY=" + reader + "\n", StandardCharsets.UTF_8);
            Path keys = dir.resolve(KEYS_FILE);
            Files.write(keys, List.of("# <sha256 hex of the key> <role> <principal>; written by newswatch",
                    ApiKeys.line(admin, ApiKeys.ADMIN, "local-admin"),
                    ApiKeys.line(ingest, ApiKeys.INGEST, "local-ingest"),
                    ApiKeys.line(subscriber, ApiKeys.SUBSCRIBER, "local-subscriber"),
                    ApiKeys.line(reader, ApiKeys.READER, "local-reader")), StandardCharsets.UTF_8);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local keys into " + dir, e);
        }
    }

    /** The keys written into {@code dir} by {@link #write}, if any. */
    static Optional<LocalKeys> read(Path dir) {
        Path plain = dir.resolve(PLAIN_FILE);
        if (!Files.isReadable(plain)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(plain, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(new LocalKeys(p.getProperty("NEWSWATCH_ADMIN_KEY"), p.getProperty("NEWSWATCH_INGEST_KEY"),
                p.getProperty("NEWSWATCH_SUBSCRIBER_KEY"), p.getProperty("NEWSWATCH_READER_KEY")));
    }

    /**
     * The key a command uses against a running stack: {@value #ENV}, else the admin key that {@code newswatch up}
     * wrote into {@code <home>/.newswatch}.
     */
    public static String clientKey() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        Path dir = Main.home().resolve(".newswatch");
        return read(dir).map(LocalKeys::admin).orElseThrow(() -> new IllegalStateException("no API key: set " + ENV
                + " or start the stack with ./newswatch up (it writes " + dir.resolve(PLAIN_FILE) + ")"));
    }

    /** Prints the keys for the person who started the stack (up and demo only). */
    void print(PrintStream err, Path dir) {
        err.println("  API keys (header X-API-Key; also in " + dir.resolve(PLAIN_FILE) + "):");
        err.println("    admin       " + admin);
        err.println("    ingest      " + ingest);
        err.println("    subscriber  " + subscriber);
        err.println("    reader      " + reader);
    }
}
