package org.newswatch.alert.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.domain.Story;
import org.newswatch.alert.domain.StoryIndex;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.JsonSerde;
import org.newswatch.contracts.Subscription;

/**
 * A long run of reports of one type and party with different figures, or of one story from many articles: every
 * event must touch a few small state values, not values that grow with that history.
 */
class StoryIndexSizeTest {

    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant T0 = Instant.parse("2020-02-27T10:00:00Z");
    static final int EVENTS = 3000;
    /** Bytes: a value holding a few dozen refs fits, one holding hundreds does not. */
    static final int MAX_VALUE_BYTES = 4096;

    final TopologyHarness h = TopologyHarness.inMemory(NOW);

    @AfterEach
    void close() {
        h.close();
    }

    static ExtractedEvent killed(String eventId, String article, long count, String nearDuplicateOf) {
        return killed(eventId, article, count, nearDuplicateOf, "Idlib");
    }

    static ExtractedEvent killed(String eventId, String article, long count, String nearDuplicateOf, String place) {
        return new ExtractedEvent(1, eventId, article, EventType.KILLED, "TURMIL", null, count, null, null, null,
                false, null, place, null, LocalDate.of(2020, 2, 27), null, "evidence of " + eventId, 0, 10, "test",
                0.9, "Title " + article, "https://example.org/" + article, "Example", nearDuplicateOf);
    }

    /**
     * One story reported by many articles: the window and rate states name the story (its sources are in the stories
     * store), so they do not grow with its articles, and a window alert still lists every source of its stories.
     */
    @Test
    void windowAndRateStatesDoNotGrowWithTheSourcesOfAStory() {
        h.subscribe(new Subscription(1, "w", "sub w", new Subscription.Filter(List.of(EventType.KILLED), null, null),
                new Subscription.Rule("window", 20L, "P7D", null), T0));
        h.subscribe(new Subscription(1, "r", "sub r", new Subscription.Filter(List.of(EventType.KILLED), null, null),
                new Subscription.Rule("rate", 1L, "P1D", null, 3, 2.0, null), T0));
        int sources = 200;
        for (int i = 1; i <= sources; i++) {
            h.send(killed("same", "a" + i, 7, null), T0.plusSeconds(i));
        }
        assertTrue(h.alerts().stream().noneMatch(a -> a.subscriptionId().equals("w")), "7 is below 20");
        h.send(killed("third", "c1", 14, null), T0.plusSeconds(sources + 1));
        Alert window = h.alerts().stream().filter(a -> a.subscriptionId().equals("w")).findFirst().orElseThrow();
        assertEquals(21L, window.count());
        assertEquals(List.of("same", "third"), window.eventIds());
        assertEquals(sources + 1, window.corroboration(), "every source of both stories counted");
        assertEquals(Story.MAX_LISTED, window.articles().size(), "the first sources listed");
        assertEquals(List.of("a1", "a2"), window.articles().subList(0, 2).stream().map(s -> s.id()).toList());

        for (String store : List.of(AlertTopology.WINDOWS_STORE, AlertTopology.RATES_STORE)) {
            KeyValueStore<String, Object> kv = h.driver.getKeyValueStore(store);
            try (KeyValueIterator<String, Object> it = kv.all()) {
                while (it.hasNext()) {
                    KeyValue<String, Object> e = it.next();
                    int size = new JsonSerde<>(Object.class).serializer().serialize(store, e.value).length;
                    assertTrue(size < 1024, store + " " + e.key + " holds " + size + " bytes");
                }
            }
        }
    }

    /**
     * One alerted story reported by thousands of articles: its stored value and its update records stay the same size,
     * the count of sources stays exact, and a replayed report (an early one, a late unlisted one) sends nothing.
     */
    @Test
    void aStoryReportedByThousandsOfArticlesStaysSmall() {
        h.subscribe(new Subscription(1, "t", "sub t", new Subscription.Filter(List.of(EventType.KILLED), null, null),
                new Subscription.Rule("threshold", 5L), T0));
        int sources = 3000;
        for (int i = 1; i <= sources; i++) {
            h.send(killed("same", "a" + i, 22, null), T0.plusSeconds(i));
        }
        List<Alert> out = h.alerts();
        assertEquals(sources, out.size(), "one alert, then one update per new source");
        Alert last = out.get(out.size() - 1);
        assertEquals(Alert.UPDATE, last.status());
        assertEquals(sources, last.corroboration());
        assertEquals(Story.MAX_LISTED, last.articles().size());
        assertEquals("a1", last.articles().get(0).id());
        int firstUpdate = Json.bytes(out.get(Story.MAX_LISTED)).length;
        int lastUpdate = Json.bytes(last).length;
        assertTrue(lastUpdate < firstUpdate + 64, "update records stop growing: " + firstUpdate + " -> " + lastUpdate);

        KeyValueStore<String, Story> stories = h.driver.getKeyValueStore(AlertTopology.STORIES_STORE);
        Story story = stories.get("t|same");
        assertEquals(sources, story.corroboration());
        int size = new JsonSerde<>(Story.class).serializer().serialize(AlertTopology.STORIES_STORE, story).length;
        assertTrue(size < 3 * MAX_VALUE_BYTES, "the story holds " + size + " bytes");

        h.send(killed("same", "a7", 22, null), T0.plusSeconds(sources + 1));
        h.send(killed("same", "a2999", 22, null), T0.plusSeconds(sources + 2));
        assertEquals(List.of(), h.alerts(), "replayed reports, listed or not, send nothing");
        h.send(killed("other-id", "a2999", 22, null), T0.plusSeconds(sources + 3));
        assertEquals(List.of(), h.alerts(), "a second event of a known source merged by figure is no new source");
        h.send(killed("same", "late", 22, null), T0.plusSeconds(sources + 4));
        Alert update = h.alerts().get(0);
        assertEquals(sources + 1, update.corroboration());
    }

    @Test
    void indexValuesStaySmallWhateverTheHistoryOfATypeAndParty() {
        h.subscribe(new Subscription(1, "big", "sub big", new Subscription.Filter(List.of(EventType.KILLED),
                List.of("TURMIL"), null), new Subscription.Rule("threshold", 1L), T0));
        for (int i = 1; i <= EVENTS; i++) {
            // in towns of their own: close figures at one place the same day would be one toll updated (issue 16)
            h.send(killed("e" + i, "a" + i, i, null, "Town " + i), T0.plusSeconds(i));
        }
        assertEquals(EVENTS, h.alerts().size(), "distinct figures: one story each");

        KeyValueStore<String, StoryIndex> index = h.driver.getKeyValueStore(AlertTopology.INDEX_STORE);
        JsonSerde<StoryIndex> serde = new JsonSerde<>(StoryIndex.class);
        int values = 0;
        try (KeyValueIterator<String, StoryIndex> it = index.all()) {
            while (it.hasNext()) {
                KeyValue<String, StoryIndex> kv = it.next();
                int size = serde.serializer().serialize(AlertTopology.INDEX_STORE, kv.value).length;
                assertTrue(size < MAX_VALUE_BYTES, kv.key + " holds " + size + " bytes");
                values++;
            }
        }
        assertTrue(values >= EVENTS, "one value per figure and per article, not one per type and party: " + values);

        // the merge rules still find old stories: the same figure (another article) and a near-duplicate
        h.send(killed("x1", "b1", 17, null, "Town 17"), T0.plusSeconds(EVENTS + 1));
        h.send(killed("x2", "b2", 999_999, "a42", "Town 42"), T0.plusSeconds(EVENTS + 2));
        List<Alert> out = h.alerts();
        assertEquals(List.of(Alert.UPDATE, Alert.UPDATE), out.stream().map(Alert::status).toList());
        assertEquals(List.of("e17", "x1"), out.get(0).eventIds());
        assertEquals(List.of("e42", "x2"), out.get(1).eventIds());
    }
}
