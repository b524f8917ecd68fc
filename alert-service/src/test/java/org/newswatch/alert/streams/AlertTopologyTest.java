package org.newswatch.alert.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.domain.Silence;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.JsonSerde;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/** The production topology, driven without a broker. */
class AlertTopologyTest {

    static final Instant T0 = Instant.parse("2020-02-27T10:00:00Z");
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    TopologyTestDriver driver;
    TestInputTopic<String, byte[]> events;
    TestInputTopic<String, Subscription> subscriptions;
    TestOutputTopic<String, Alert> alerts;
    TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void start() throws Exception {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        stateDir = Files.createTempDirectory("alert-ttd");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(AlertTopology.build(Clock.fixed(NOW, ZoneOffset.UTC)), props);
        events = driver.createInputTopic(Topics.EVENTS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        subscriptions = driver.createInputTopic(Topics.SUBSCRIPTIONS, Serdes.String().serializer(),
                new JsonSerde<>(Subscription.class));
        alerts = driver.createOutputTopic(Topics.ALERTS, Serdes.String().deserializer(),
                new JsonSerde<>(Alert.class));
        dlq = driver.createOutputTopic(Topics.EVENTS_DLQ, Serdes.String().deserializer(),
                Serdes.ByteArray().deserializer());
    }

    java.nio.file.Path stateDir;

    @AfterEach
    void stop() {
        driver.close();
        TopologyHarness.deleteTree(stateDir);
    }

    static Subscription sub(String id, List<EventType> types, List<String> victims, Subscription.Rule rule) {
        return new Subscription(1, id, "sub " + id, new Subscription.Filter(types, victims, null), rule, T0);
    }

    static ExtractedEvent event(String eventId, String article, EventType type, String victim, Long count,
            boolean cumulative, String location, LocalDate date) {
        return new ExtractedEvent(1, eventId, article, type, victim, null, count, null,
                count == null ? null : Qualifier.AT_LEAST, count == null ? "dozens" : null, cumulative, null,
                location, location == null ? null : new Place(location, "SY", 35.9, 36.6), date, null,
                "evidence of " + eventId + " in " + article, 0, 10, "test", 0.9, "Title " + article,
                "https://example.org/" + article, "Example", null);
    }

    static ExtractedEvent killed(String eventId, String article, String victim, Long count) {
        return event(eventId, article, EventType.KILLED, victim, count, false, "Idlib", LocalDate.of(2020, 2, 27));
    }

    void send(ExtractedEvent e) {
        events.pipeInput(new TestRecord<>(e.eventId(), Json.bytes(e), T0));
    }

    void send(ExtractedEvent e, Instant time) {
        events.pipeInput(new TestRecord<>(e.eventId(), Json.bytes(e), time));
    }

    static Subscription.Rule threshold(long n) {
        return new Subscription.Rule("threshold", n);
    }

    @Test
    void thresholdFiresAtNNotBelowNotOnCumulativeNorVagueCounts() {
        subscriptions.pipeInput("s1", sub("s1", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        // (2, not 4: 4 and 5 killed at one place on one day would be one incident whose toll rose, issue 16)
        send(killed("e2", "a1", "TURMIL", 2L));
        send(event("ecum", "a1", EventType.KILLED, "TURMIL", 50L, true, "Idlib", LocalDate.of(2020, 2, 27)));
        send(killed("evague", "a1", "TURMIL", null));
        send(killed("eother", "a1", "SYRMIL", 40L));
        assertTrue(alerts.isEmpty(), "2 < 5, cumulative, vague, other victim: nothing fires");

        send(killed("e5", "a2", "TURMIL", 5L));
        TestRecord<String, Alert> out = alerts.readRecord();
        Alert a = out.value();
        assertEquals("s1", out.key());
        assertEquals("threshold", a.rule());
        assertEquals(5L, a.count());
        assertEquals(T0, a.eventTime());
        assertEquals(NOW, a.firedAt());
        assertEquals(Alert.NEW, a.status());
        assertEquals(List.of("e5"), a.eventIds());
        assertEquals("a2", a.articles().get(0).id());
        assertEquals(1, a.corroboration());
        assertEquals("sub s1", a.subscriptionName());
        assertEquals("KILLED TURMIL 5 (AT_LEAST) in Idlib on 2020-02-27", a.summary());
        assertEquals(a.alertId(), CloudEvents.header(out.headers(), CloudEvents.ID));
        assertEquals(CloudEvents.ALERT_TYPE, CloudEvents.header(out.headers(), CloudEvents.TYPE));
        assertEquals(T0.toString(), CloudEvents.header(out.headers(), CloudEvents.TIME));
        assertTrue(alerts.isEmpty());
    }

    @Test
    void roleWildcardMatchesAnyCountry() {
        subscriptions.pipeInput("s2", sub("s2", List.of(EventType.KILLED), List.of("MIL"), threshold(20)));
        send(killed("e-syr", "a1", "SYRMIL", 51L));
        send(killed("e-civ", "a1", "SYRCIV", 60L));
        List<Alert> out = alerts.readValuesToList();
        assertEquals(1, out.size());
        assertEquals("SYRMIL", out.get(0).victim());
    }

    @Test
    void theSameEventFromASecondArticleUpdatesInsteadOfFiringAgain() {
        subscriptions.pipeInput("s3", sub("s3", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        send(killed("e22", "a1", "TURMIL", 22L));
        send(killed("e22", "a2", "TURMIL", 22L));
        send(killed("e22", "a1", "TURMIL", 22L));
        List<TestRecord<String, Alert>> out = alerts.readRecordsToList();
        assertEquals(2, out.size(), "one alert, one update, nothing for the replay of a1");
        Alert first = out.get(0).value();
        Alert update = out.get(1).value();
        assertEquals(Alert.NEW, first.status());
        assertEquals(Alert.UPDATE, update.status());
        assertEquals(first.alertId(), update.alertId());
        assertEquals(2, update.corroboration());
        assertEquals(List.of("a1", "a2"), update.articles().stream().map(s -> s.id()).toList());
        assertNotEquals(first.alertId(), CloudEvents.header(out.get(1).headers(), CloudEvents.ID));
        assertNull(first.joined());
        assertEquals(new Alert.Joined("a2", "e22", List.of("same-event-id")), update.joined(),
                "an update says which source joined and why");
    }

    @Test
    void reportsWithoutTheSameEventIdMergeBySignatureOrNearDuplicate() {
        subscriptions.pipeInput("s4", sub("s4", List.of(EventType.KILLED), List.of("TURMIL"), threshold(5)));
        send(killed("e-a", "a1", "TURMIL", 22L));
        // same type, party, place and count, one day later, another eventId: the same story
        send(event("e-b", "a2", EventType.KILLED, "TURMIL", 22L, false, "Idlib", LocalDate.of(2020, 2, 28)));
        // the same figure with no place: an unknown place is no evidence of sameness, a story of its own
        send(event("e-u", "a5", EventType.KILLED, "TURMIL", 22L, false, null, LocalDate.of(2020, 2, 28)));
        // a near-duplicate of a2 with a different figure: the same story
        ExtractedEvent nd = killed("e-c", "a3", "TURMIL", 23L);
        send(new ExtractedEvent(1, nd.eventId(), nd.article(), nd.type(), nd.victim(), null, nd.count(), null, null,
                null, false, null, "Idlib", null, nd.date(), null, "copy", 0, 4, "t", 0.9, null, null, null, "a2"));
        // same figure four days later: a different event
        send(event("e-d", "a4", EventType.KILLED, "TURMIL", 22L, false, "Idlib", LocalDate.of(2020, 3, 3)));
        List<Alert> out = alerts.readValuesToList();
        assertEquals(5, out.size());
        assertEquals(List.of(Alert.NEW, Alert.UPDATE, Alert.NEW, Alert.UPDATE, Alert.NEW),
                out.stream().map(Alert::status).toList());
        assertEquals(out.get(0).alertId(), out.get(3).alertId());
        assertEquals(3, out.get(3).corroboration());
        assertEquals(List.of("e-a", "e-b", "e-c"), out.get(3).eventIds());
        Alert.Joined byRule = out.get(1).joined();
        assertEquals("a2", byRule.article());
        assertTrue(byRule.signals().containsAll(List.of("same-place-unknown-precision", "same-figure-large")),
                byRule.signals().toString());
        assertTrue(out.get(3).joined().signals().contains("near-duplicate"), out.get(3).joined().toString());
        assertNotEquals(out.get(0).alertId(), out.get(2).alertId());
        assertNotEquals(out.get(0).alertId(), out.get(4).alertId());
    }

    @Test
    void aChangedOrAddedSubscriptionAppliesFromTheNextEvent() {
        subscriptions.pipeInput("s6", sub("s6", List.of(EventType.KILLED), null, threshold(10)));
        send(killed("e1", "a1", "TURMIL", 3L));
        assertTrue(alerts.isEmpty(), "3 < 10");
        subscriptions.pipeInput("s6", sub("s6", List.of(EventType.KILLED), null, threshold(2)));
        send(killed("e2", "a2", "SYRMIL", 4L));
        assertEquals(List.of(4L), alerts.readValuesToList().stream().map(Alert::count).toList(), "the new threshold");
        subscriptions.pipeInput("s7", sub("s7", List.of(EventType.KILLED), null, threshold(1)));
        send(killed("e3", "a3", "IRQMIL", 6L));
        assertEquals(List.of("s6", "s7"), alerts.readRecordsToList().stream().map(TestRecord::key).sorted().toList(),
                "both subscriptions, the one added last included");
    }

    @Test
    void aDeletedSubscriptionFiresNoMore() {
        subscriptions.pipeInput("s5", sub("s5", List.of(EventType.KILLED), null, threshold(1)));
        send(killed("e1", "a1", "TURMIL", 3L));
        assertEquals(1, alerts.readValuesToList().size());
        subscriptions.pipeInput("s5", (Subscription) null);
        send(killed("e2", "a2", "SYRMIL", 9L));
        assertTrue(alerts.isEmpty());
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndProcessingGoesOn() {
        subscriptions.pipeInput("s6", sub("s6", null, null, new Subscription.Rule("new", null)));
        events.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
        events.pipeInput("noid", "{\"schemaVersion\":1,\"type\":\"KILLED\"}".getBytes(StandardCharsets.UTF_8));
        send(killed("e1", "a1", "TURMIL", 3L));
        List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertEquals(2, dead.size());
        assertEquals("bad", dead.get(0).key());
        assertEquals("{not json", new String(dead.get(0).value(), StandardCharsets.UTF_8));
        String reason = CloudEvents.header(dead.get(0).headers(), Topics.DEAD_LETTER_REASON_HEADER);
        assertTrue(reason.startsWith("not a valid ExtractedEvent"), reason);
        assertEquals("event has no eventId",
                CloudEvents.header(dead.get(1).headers(), Topics.DEAD_LETTER_REASON_HEADER));
        assertEquals(1, alerts.readValuesToList().size(), "the good record after them still fires");
    }

    @Test
    void newRuleFiresOncePerEvent() {
        subscriptions.pipeInput("s7", sub("s7", List.of(EventType.OFFENSIVE), null, new Subscription.Rule("new", null)));
        send(event("o1", "a1", EventType.OFFENSIVE, null, null, false, "Idlib", LocalDate.of(2020, 2, 27)));
        send(event("o1", "a2", EventType.OFFENSIVE, null, null, false, "Idlib", LocalDate.of(2020, 2, 27)));
        send(event("o2", "a3", EventType.OFFENSIVE, null, null, false, "Saraqib", LocalDate.of(2020, 2, 27)));
        List<Alert> out = alerts.readValuesToList();
        assertEquals(List.of(Alert.NEW, Alert.UPDATE, Alert.NEW), out.stream().map(Alert::status).toList());
        assertNull(out.get(0).count());
        assertFalse(out.get(0).summary().isBlank());
    }

    static ExtractedEvent killedOn(String eventId, String article, long count, int day, String location) {
        return event(eventId, article, EventType.KILLED, "TURMIL", count, false, location, LocalDate.of(2020, 2, day));
    }

    @Test
    void windowSumsIncidentsOnceEachAndNeverRunningTotals() {
        subscriptions.pipeInput("w1", sub("w1", List.of(EventType.KILLED), List.of("TURMIL"),
                new Subscription.Rule("window", 30L, "P7D", null)));
        send(killedOn("w-d1", "a1", 10, 1, "Idlib"));
        send(killedOn("w-d3", "a2", 10, 3, "Saraqib"));
        send(killedOn("w-d3", "a3", 10, 3, "Saraqib"));
        send(event("w-total", "a4", EventType.KILLED, "TURMIL", 100L, true, null, LocalDate.of(2020, 2, 4)));
        send(killedOn("w-d12", "a5", 10, 12, "Afrin"));
        assertTrue(alerts.isEmpty(), "10 + 10 (reported twice, counted once); the running total is not added");

        send(killedOn("w-d6", "a6", 12, 6, "Idlib"));
        List<Alert> out = alerts.readValuesToList();
        assertEquals(1, out.size());
        Alert a = out.get(0);
        assertEquals("window", a.rule());
        assertEquals(32L, a.count());
        assertEquals(List.of("w-d1", "w-d3", "w-d6"), a.eventIds());
        assertEquals(List.of("a1", "a2", "a3", "a6"), a.articles().stream().map(x -> x.id()).toList());

        send(killedOn("w-d7", "a7", 10, 7, "Idlib"));
        assertTrue(alerts.isEmpty(), "an overlapping window does not fire again");
        send(killedOn("w-d14", "a8", 25, 14, "Idlib"));
        assertEquals(List.of(35L), alerts.readValuesToList().stream().map(Alert::count).toList(),
                "a window that no longer overlaps the fired one fires: 10 (day 12) + 25 (day 14)");
    }

    @Test
    void escalationSendsOneFollowUpWhenTheFigureRisesByTheStep() {
        subscriptions.pipeInput("x1", sub("x1", List.of(EventType.KILLED), List.of("TURMIL"),
                new Subscription.Rule("escalation", 1L, null, 10L)));
        send(killedOn("x-22", "a1", 22, 27, "Idlib"));
        send(killedOn("x-25", "a2", 25, 27, "Idlib"));
        send(killedOn("x-33", "a3", 33, 28, "Idlib"));
        send(killedOn("x-34", "a4", 34, 28, "Idlib"));
        List<Alert> out = alerts.readValuesToList();
        assertEquals(List.of(Alert.NEW, Alert.UPDATE, Alert.NEW, Alert.UPDATE),
                out.stream().map(Alert::status).toList());
        Alert first = out.get(0);
        Alert followUp = out.get(2);
        assertEquals(22L, first.count());
        assertNull(first.previousCount());
        assertEquals(33L, followUp.count());
        assertEquals(22L, followUp.previousCount());
        assertNotEquals(first.alertId(), followUp.alertId());
        assertTrue(followUp.summary().endsWith("up from 22"), followUp.summary());
        assertEquals(followUp.alertId(), out.get(3).alertId());
        assertEquals(4, out.get(3).corroboration());
    }

    @Test
    void activeSilencesMuteMatchingAlertsWhichAreStillSent() {
        TestInputTopic<String, Silence> silences = driver.createInputTopic(InternalTopics.SILENCES,
                Serdes.String().serializer(), new JsonSerde<>(Silence.class));
        subscriptions.pipeInput("m1", sub("m1", List.of(EventType.KILLED), null, threshold(5)));
        silences.pipeInput("expired", new Silence("expired", List.of(new Silence.Matcher("subscription", "m1")),
                null, NOW.minusSeconds(1), "t", null, T0));
        send(killed("m-tur", "a1", "TURMIL", 22L));
        Alert loud = alerts.readValue();
        assertFalse(loud.isMuted(), "an expired silence mutes nothing");

        silences.pipeInput("mil", new Silence("mil", List.of(new Silence.Matcher("subscription", "m1"),
                new Silence.Matcher("victim", "MIL")), null, NOW.plusSeconds(3600), "t", null, T0));
        send(killed("m-syr", "a2", "SYRMIL", 51L));
        send(killed("m-civ", "a3", "SYRCIV", 12L));
        List<Alert> out = alerts.readValuesToList();
        assertEquals(2, out.size());
        assertTrue(out.get(0).isMuted());
        assertEquals("mil", out.get(0).silenceId());
        assertFalse(out.get(1).isMuted(), "civilians do not match the victim matcher MIL");
    }
}
