package org.newswatch.alert.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Rule kinds and the deterministic alert ids. */
public final class Rules {

    public static final String THRESHOLD = "threshold";
    public static final String NEW = "new";
    public static final String WINDOW = "window";
    public static final String ESCALATION = "escalation";
    public static final String RATE = "rate";

    /** The fields a new rule may key on. */
    public static final List<String> KEY_FIELDS = List.of("type", "principal", "victim", "actor", "place", "country");
    /** What makes an event's kind for a new rule by default: type, principal party and place. */
    public static final List<String> DEFAULT_NEW_KEY = List.of("type", "principal", "place");
    /** How long a new rule remembers a kind by default. */
    public static final Duration DEFAULT_NEW_WINDOW = Duration.ofDays(30);

    private Rules() {
    }

    /** The same parts always give the same id (name-based UUID), so replays and restarts reuse alert ids. */
    public static String alertId(String... parts) {
        return UUID.nameUUIDFromBytes(("alert|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
