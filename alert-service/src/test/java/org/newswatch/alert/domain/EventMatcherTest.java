package org.newswatch.alert.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.Subscription;

/** The cause criterion: a conflict subscription never hears of a flood's toll unless it asks. */
class EventMatcherTest {

    private static ExtractedEvent killed(Cause cause) {
        return new ExtractedEvent(ExtractedEvent.VERSION, "e1", "a1", EventType.KILLED, "SYRCVL", null, 12L, null,
                Qualifier.EXACT, null, false, null, "Hasakah", null, LocalDate.parse("2024-05-06"), null,
                "Floods killed 12 people in Hasakah.", 0, 36, "killed.active", 0.8, null, null, null, null, null, cause);
    }

    private static Subscription.Filter filter(List<Cause> causes) {
        return new Subscription.Filter(List.of(EventType.KILLED), null, null, null, null, null, causes);
    }

    @Test
    void aFilterWithoutCausesMatchesViolenceOnly() {
        assertTrue(EventMatcher.matches(filter(null), killed(Cause.VIOLENCE)));
        assertTrue(EventMatcher.matches(filter(null), killed(null)), "an event written before v1.2 is violence");
        assertFalse(EventMatcher.matches(filter(null), killed(Cause.DISASTER)));
        assertFalse(EventMatcher.matches(filter(List.of()), killed(Cause.ACCIDENT)));
        assertFalse(EventMatcher.matches(null, killed(Cause.DISEASE)));
    }

    @Test
    void aFilterNamingCausesMatchesExactlyThose() {
        assertTrue(EventMatcher.matches(filter(List.of(Cause.DISASTER)), killed(Cause.DISASTER)));
        assertFalse(EventMatcher.matches(filter(List.of(Cause.DISASTER)), killed(Cause.VIOLENCE)));
        assertTrue(EventMatcher.matches(filter(List.of(Cause.VIOLENCE, Cause.ACCIDENT)), killed(Cause.ACCIDENT)));
    }
}
