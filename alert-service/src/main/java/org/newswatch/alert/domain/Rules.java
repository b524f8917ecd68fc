package org.newswatch.alert.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Rule kinds and the deterministic alert ids. */
public final class Rules {

    public static final String THRESHOLD = "threshold";
    public static final String NEW = "new";
    public static final String WINDOW = "window";
    public static final String ESCALATION = "escalation";

    private Rules() {
    }

    /** The same parts always give the same id (name-based UUID), so replays and restarts reuse alert ids. */
    public static String alertId(String... parts) {
        return UUID.nameUUIDFromBytes(("alert|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
