package org.newswatch.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.newswatch.contracts.ApiKeys;

/** Whether a service has the credentials to start with outside the dev and test profiles. */
final class StartupPolicy {

    private StartupPolicy() {
    }

    /** Why the service must not start, or null when it has keys or a JWT public key. */
    static String problem(ApiKeys keys, Optional<Path> keysFile, boolean jwtPublicKey) {
        if (keysFile.isPresent() && !Files.isReadable(keysFile.get())) {
            return "Refusing to start: the keys file " + keysFile.get()
                    + " (newswatch.security.keys-file, env NEWSWATCH_SECURITY_KEYS_FILE) cannot be read";
        }
        if (keys.isEmpty() && !jwtPublicKey) {
            return "Refusing to start: no API keys and no JWT public key are configured, so every endpoint would"
                    + " refuse every caller. Set NEWSWATCH_SECURITY_KEYS_FILE to a keys file (lines"
                    + " '<sha256 hex of the key> <role> <principal>') and/or MP_JWT_VERIFY_PUBLICKEY_LOCATION;"
                    + " `newswatch up` generates local keys.";
        }
        return null;
    }
}
