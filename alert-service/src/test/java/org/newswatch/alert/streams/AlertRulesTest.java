package org.newswatch.alert.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Subscription;

/** The rate rule, the keyed new rule, replays and determinism, on the production topology. */
class AlertRulesTest {

    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant DAY0 = Instant.parse("2020-02-01T00:00:00Z");

    final List<TopologyHarness> harnesses = new ArrayList<>();

    TopologyHarness harness(Instant now) {
        TopologyHarness h = new TopologyHarness(now);
        harnesses.add(h);
        return h;
    }

    @AfterEach
    void close() {
        harnesses.forEach(TopologyHarness::close);
    }

    static Subscription sub(String id, List<EventType> types, Subscription.Rule rule) {
        return new Subscription(1, id, "sub " + id, new Subscription.Filter(types, null, null), rule, DAY0);
    }

    /** An event of the given type by the actor at the place, no figure, from an article of the given origin. */
    static ExtractedEvent event(String eventId, String article, EventType type, String actor, String place,
            LocalDate date, String origin) {
        return new ExtractedEvent(1, eventId, article, type, null, actor, null, null, null, null, false, null, place,
                place == null ? null : new Place(place, "SY", 35.9, 36.6), date, null,
                "evidence of " + eventId, 0, 10, "test", 0.9, "Title " + article, "https://example.org/" + article,
                "Example", null, origin);
    }

    static ExtractedEvent attack(String eventId, String article) {
        return event(eventId, article, EventType.ATTACK, "SYRMIL", "Idlib", null, Article.LIVE);
    }

    static Instant at(int day, int hour) {
        return DAY0.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }

    @Test
    void rateFiresOnASpikeAgainstTheBaselineAndNotOnSteadyTraffic() {
        TopologyHarness h = harness(NOW);
        h.subscribe(sub("r1", List.of(EventType.ATTACK), new Subscription.Rule("rate", 4L, "P1D", null, 7, 3.0, null)));
        for (int day = 0; day < 10; day++) {
            h.send(attack("steady-" + day + "-a", "art-" + day + "-a"), at(day, 6));
            h.send(attack("steady-" + day + "-b", "art-" + day + "-b"), at(day, 18));
        }
        assertTrue(h.alerts().isEmpty(), "two attacks a day, every day: no spike");

        // day 10: the window ending at each new event also holds day 9 18:00; the baseline is 14 in 7 days = 2/day,
        // so the rule needs max(4, 3 x 2) = 6 events in the last day
        for (int i = 0; i < 4; i++) {
            h.send(attack("spike-" + i, "spike-art-" + i), at(10, 8 + i));
        }
        // a second article about a counted event, and a replayed article: neither counts
        h.send(attack("spike-0", "spike-art-0-copy"), at(10, 12));
        h.send(event("spike-replayed", "old-art", EventType.ATTACK, "SYRMIL", "Idlib", null, Article.REPLAY),
                at(10, 12));
        assertTrue(h.alerts().isEmpty(), "five events in the last day is below 6");

        h.send(attack("spike-4", "spike-art-4"), at(10, 13));
        List<Alert> out = h.alerts();
        assertEquals(1, out.size());
        Alert a = out.get(0);
        assertEquals("rate", a.rule());
        assertEquals(6L, a.count());
        assertEquals(2.0, a.baseline());
        assertEquals(List.of("steady-9-b", "spike-0", "spike-1", "spike-2", "spike-3", "spike-4"), a.eventIds());
        assertEquals("art-9-b", a.articles().get(0).id());
        assertTrue(a.articles().stream().anyMatch(x -> x.id().equals("spike-art-0-copy")));
        assertEquals(at(10, 13), a.eventTime());
        assertTrue(a.summary().startsWith("6 matching events within P1D up to 2020-02-11T13:00:00Z, against a "
                + "baseline of 2 per window over 7 windows (factor 3)"), a.summary());

        h.send(attack("spike-5", "spike-art-5"), at(10, 14));
        assertTrue(h.alerts().isEmpty(), "the same window does not fire twice");
        for (int day = 11; day < 13; day++) {
            h.send(attack("after-" + day + "-a", "after-art-" + day + "-a"), at(day, 20));
            h.send(attack("after-" + day + "-b", "after-art-" + day + "-b"), at(day, 21));
        }
        assertTrue(h.alerts().isEmpty(), "back to two a day: quiet");
    }

    @Test
    void rateNeedsMinCountEvenWithoutABaseline() {
        TopologyHarness h = harness(NOW);
        h.subscribe(sub("r2", null, new Subscription.Rule("rate", 3L, "PT1H", null, 24, 2.0, null)));
        h.send(attack("q1", "qa1"), at(0, 1));
        h.send(attack("q2", "qa2"), at(0, 1).plusSeconds(60));
        assertTrue(h.alerts().isEmpty());
        h.send(attack("q3", "qa3"), at(0, 1).plusSeconds(120));
        assertEquals(List.of(3L), h.alerts().stream().map(Alert::count).toList());
    }

    static ExtractedEvent offensive(String eventId, String article, String actor, String place, int day) {
        return event(eventId, article, EventType.OFFENSIVE, actor, place, LocalDate.of(2020, 2, 1).plusDays(day),
                Article.LIVE);
    }

    @Test
    void newFiresOnTheFirstEventOfAKindNotSeenForThirtyDays() {
        TopologyHarness h = harness(NOW);
        h.subscribe(sub("n1", List.of(EventType.OFFENSIVE), new Subscription.Rule("new", null)));
        h.send(offensive("o-1", "a1", "TURMIL", "Idlib", 0), at(0, 9));
        h.send(offensive("o-1", "a2", "TURMIL", "Idlib", 0), at(0, 10));
        h.send(offensive("o-2", "a3", "TURMIL", "Idlib", 10), at(10, 9));
        h.send(offensive("o-3", "a4", "TURMIL", "Saraqib", 10), at(10, 9));
        h.send(offensive("o-4", "a5", "SYRMIL", "Idlib", 11), at(11, 9));
        h.send(offensive("o-5", "a6", "TURMIL", "Idlib", 39), at(39, 9));
        h.send(offensive("o-6", "a7", "TURMIL", "Idlib", 40), at(40, 9));
        h.send(offensive("o-7", "a8", "TURMIL", "Idlib", 70), at(70, 9));
        List<Alert> out = h.alerts();
        assertEquals(List.of("o-1", "o-1", "o-3", "o-4", "o-7"),
                out.stream().map(a -> a.eventIds().get(a.eventIds().size() - 1)).toList(),
                "day 10 at Idlib: seen 10 days before; day 39: 29 days after day 10; day 40: one day after day 39;"
                        + " day 70: 30 days after day 40");
        assertEquals(List.of(Alert.NEW, Alert.UPDATE, Alert.NEW, Alert.NEW, Alert.NEW),
                out.stream().map(Alert::status).toList());
        assertEquals(2, out.get(1).corroboration(), "a second article about the first event updates its alert");
    }

    @Test
    void newRuleKeyAndWindowAreConfigurable() {
        TopologyHarness h = harness(NOW);
        h.subscribe(sub("n2", List.of(EventType.OFFENSIVE),
                new Subscription.Rule("new", null, "P7D", null, null, null, List.of("type", "actor"))));
        h.send(offensive("k-1", "b1", "TURMIL", "Idlib", 0), at(0, 9));
        h.send(offensive("k-2", "b2", "TURMIL", "Saraqib", 3), at(3, 9));
        h.send(offensive("k-3", "b3", "TURMIL", "Afrin", 11), at(11, 9));
        assertEquals(List.of("k-1", "k-3"), h.alerts().stream().map(a -> a.eventIds().get(0)).toList(),
                "the place is not part of this key; a week after the last sighting it is new again");
    }

    @Test
    void replayedEventsAreIgnoredUnlessTheSubscriptionOptsIn() {
        TopologyHarness h = harness(NOW);
        Subscription.Rule rule = new Subscription.Rule("new", null);
        Subscription live = sub("live-only", List.of(EventType.OFFENSIVE), rule);
        Subscription all = new Subscription(1, "with-replays", "with replays", live.filter(), rule, DAY0, null, null,
                true);
        h.subscribe(live);
        h.subscribe(all);
        h.send(event("p-1", "old", EventType.OFFENSIVE, "TURMIL", "Idlib", LocalDate.of(2020, 2, 1), Article.REPLAY),
                at(0, 9));
        assertEquals(List.of("with-replays"), h.alerts().stream().map(Alert::subscriptionId).toList());
        h.send(offensive("p-2", "fresh", "RUSMIL", "Idlib", 1), at(1, 9));
        assertEquals(List.of("live-only", "with-replays"),
                h.alerts().stream().map(Alert::subscriptionId).sorted().toList());
    }

    /** Every rule kind over one stream of events, with several articles per event. */
    static List<String> run(Instant wallClock) {
        TopologyHarness h = new TopologyHarness(wallClock);
        try (h) {
            h.subscribe(sub("d-threshold", List.of(EventType.KILLED), new Subscription.Rule("threshold", 5L)));
            h.subscribe(sub("d-new", List.of(EventType.OFFENSIVE), new Subscription.Rule("new", null)));
            h.subscribe(sub("d-window", List.of(EventType.KILLED),
                    new Subscription.Rule("window", 30L, "P7D", null)));
            h.subscribe(sub("d-escalation", List.of(EventType.KILLED),
                    new Subscription.Rule("escalation", 1L, null, 10L)));
            h.subscribe(sub("d-rate", null, new Subscription.Rule("rate", 3L, "P1D", null, 3, 2.0, null)));
            for (int i = 0; i < 12; i++) {
                LocalDate date = LocalDate.of(2020, 2, 20).plusDays(i / 3);
                Instant time = date.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(i % 3 * 5));
                long count = 8L + i * 3L;
                for (int copy = 0; copy < 1 + i % 3; copy++) {
                    h.send(new ExtractedEvent(1, "k" + i, "art" + i + "-" + copy, EventType.KILLED, "TURMIL", null,
                            count, null, null, null, false, null, i % 2 == 0 ? "Idlib" : "Saraqib",
                            new Place(i % 2 == 0 ? "Idlib" : "Saraqib", "SY", 35.9, 36.6), date, null,
                            "evidence " + i + "/" + copy, 0, 10, "test", 0.9, "Title " + i, "https://x.org/" + i,
                            "X", null, null), time.plusSeconds(copy));
                }
                h.send(offensive("off" + i, "offart" + i, i % 4 == 0 ? "TURMIL" : "RUSMIL", "Idlib", i), time);
            }
            List<String> out = new ArrayList<>();
            for (byte[] b : h.alertBytes.readValuesToList()) {
                ObjectNode json = (ObjectNode) Json.MAPPER.readTree(new String(b, StandardCharsets.UTF_8));
                assertEquals(wallClock.toString(), json.remove("firedAt").asText());
                out.add(json.toString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void replayingTheSameEventsGivesTheSameAlertsApartFromFiredAt() {
        List<String> first = run(NOW);
        List<String> second = run(NOW.plus(Duration.ofDays(3)));
        assertEquals(first, second);
        for (String rule : List.of("threshold", "new", "window", "escalation", "rate")) {
            assertTrue(first.stream().anyMatch(j -> j.contains("\"rule\":\"" + rule + "\"")), rule + " fired");
        }
        assertTrue(first.stream().anyMatch(j -> j.contains("\"status\":\"update\"")), "updates are compared too");
        assertNotEquals(first.get(0), first.get(1));
        assertFalse(first.stream().anyMatch(j -> j.contains("firedAt")));
    }
}
