package org.newswatch.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code newswatch.security.*}, the same in every service: where the API keys are. Bearer JWTs are configured with
 * the MicroProfile JWT properties ({@code mp.jwt.verify.publickey.location}, {@code mp.jwt.verify.issuer}).
 */
@ConfigMapping(prefix = "newswatch.security")
public interface SecurityConfig {

    /**
     * The keys file ({@link org.newswatch.contracts.ApiKeys} format: {@code <sha256 hex> <role> <principal>} a line),
     * re-read when it changes. Env {@code NEWSWATCH_SECURITY_KEYS_FILE}.
     */
    Optional<Path> keysFile();

    /** Keys given inline, in the same format (one entry a key); not reloaded. Env {@code NEWSWATCH_SECURITY_KEYS}. */
    Optional<List<String>> keys();

    /** How often at most the keys file is checked for a change. */
    @WithDefault("1s")
    Duration reloadInterval();
}
