package org.newswatch.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys of a service, as the services read them and as {@code newswatch up} writes them: one key a line,
 * {@code <sha256 hex of the key> <role> <principal>}, blank lines and {@code #} comments ignored. Only the hash is
 * kept, so a keys file read by someone else gives away no key. Roles: {@value #INGEST}, {@value #SUBSCRIBER},
 * {@value #ADMIN}, {@value #READER}.
 */
public final class ApiKeys {

    public static final String INGEST = "ingest";
    public static final String SUBSCRIBER = "subscriber";
    public static final String ADMIN = "admin";
    public static final String READER = "reader";
    public static final Set<String> ROLES = Set.of(INGEST, SUBSCRIBER, ADMIN, READER);

    /** Who a key is: the principal name and its role. */
    public record Holder(String principal, String role) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Holder> byHash;

    private ApiKeys(Map<String, Holder> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    public static ApiKeys none() {
        return new ApiKeys(Map.of());
    }

    /**
     * Reads key lines; {@code source} names where they come from in error messages (which never quote a line,
     * since a misplaced key might be in it).
     */
    public static ApiKeys parse(Collection<String> lines, String source) {
        Map<String, Holder> keys = new LinkedHashMap<>();
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3) {
                throw new IllegalArgumentException(source + " line " + number
                        + ": expected '<sha256 hex> <role> <principal>'");
            }
            String hash = parts[0].toLowerCase();
            if (hash.length() != 64 || !hash.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException(source + " line " + number
                        + ": the first field must be the 64 hex digits of the key's SHA-256, not the key");
            }
            if (!ROLES.contains(parts[1])) {
                throw new IllegalArgumentException(source + " line " + number + ": unknown role '" + parts[1]
                        + "' (one of " + String.join(", ", List.of(ADMIN, INGEST, SUBSCRIBER, READER)) + ")");
            }
            keys.put(hash, new Holder(parts[2], parts[1]));
        }
        return new ApiKeys(keys);
    }

    /** Both sets of keys; a hash in both takes {@code other}'s holder. */
    public ApiKeys with(ApiKeys other) {
        Map<String, Holder> merged = new LinkedHashMap<>(byHash);
        merged.putAll(other.byHash);
        return new ApiKeys(merged);
    }

    /** The holder of a presented key, if it is one of these. */
    public Optional<Holder> holder(String presentedKey) {
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byHash.get(sha256Hex(presentedKey)));
    }

    public boolean isEmpty() {
        return byHash.isEmpty();
    }

    public int size() {
        return byHash.size();
    }

    /** The lower-case hex SHA-256 of a key's UTF-8 bytes: what a keys file holds. */
    public static String sha256Hex(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** A new random key: 32 bytes, URL-safe Base64 without padding, prefixed {@code nw_}. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "nw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The keys-file line of a key. */
    public static String line(String key, String role, String principal) {
        if (!ROLES.contains(role) || principal.isBlank() || principal.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a role of " + ROLES + " and a principal without spaces");
        }
        return sha256Hex(key) + " " + role + " " + principal;
    }
}
