package org.newswatch.alert.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.domain.Story;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;

/**
 * The alert-service's own stories on the incident stream (test resources {@code incidents/}: the engine's events for
 * 180 reports of 107 gold incidents, see its README), through the real topology and one subscription to everything:
 * pairwise precision and recall of "same incident" over the reports, as {@code ./newswatch eval-incidents} measures
 * them offline. Floors a little under the measured figures (README, "Measured figures").
 */
class IncidentStoriesTest {

    static final Instant NOW = Instant.parse("2020-03-07T00:00:00Z");

    final TopologyHarness h = TopologyHarness.inMemory(NOW);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void storiesOnTheIncidentStreamKeepIncidentsApartAndJoinOutletsReports() throws IOException {
        Map<String, String[]> articles = new LinkedHashMap<>();
        for (String line : lines("/incidents/articles.tsv")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                articles.put(f[0], f);
            }
        }
        h.subscribe(new Subscription(1, "all", "everything", new Subscription.Filter(List.of(EventType.values()),
                null, null), new Subscription.Rule("threshold", 1L), NOW));
        List<ExtractedEvent> events = new ArrayList<>();
        for (String line : lines("/incidents/events.jsonl")) {
            ExtractedEvent e = Json.read(line.getBytes(StandardCharsets.UTF_8), ExtractedEvent.class);
            events.add(e);
            h.send(e, Instant.parse(articles.get(e.article())[1]));
        }
        h.alerts();

        // each report's stories: those listing one of its events
        Map<String, Set<String>> storiesOfEvent = new HashMap<>();
        KeyValueStore<String, Story> stories = h.driver.getKeyValueStore(AlertTopology.STORIES_STORE);
        try (KeyValueIterator<String, Story> it = stories.all()) {
            while (it.hasNext()) {
                KeyValue<String, Story> kv = it.next();
                for (String id : kv.value.eventIds()) {
                    storiesOfEvent.computeIfAbsent(id, k -> new HashSet<>()).add(kv.key);
                }
            }
        }
        Map<String, Set<String>> storiesOfArticle = new HashMap<>();
        for (ExtractedEvent e : events) {
            storiesOfArticle.computeIfAbsent(e.article(), k -> new HashSet<>())
                    .addAll(storiesOfEvent.getOrDefault(e.eventId(), Set.of()));
        }
        List<String> ids = new ArrayList<>(articles.keySet());
        long right = 0;
        long predicted = 0;
        long gold = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean same = articles.get(ids.get(i))[2].equals(articles.get(ids.get(j))[2]);
                boolean joined = !Collections.disjoint(storiesOfArticle.getOrDefault(ids.get(i), Set.of()),
                        storiesOfArticle.getOrDefault(ids.get(j), Set.of()));
                gold += same ? 1 : 0;
                predicted += joined ? 1 : 0;
                right += same && joined ? 1 : 0;
                if (joined && !same) {
                    wrong.add(ids.get(i) + "+" + ids.get(j));
                }
            }
        }
        double precision = (double) right / predicted;
        double recall = (double) right / gold;
        String figures = "stories: P " + precision + " R " + recall + " (" + right + " of " + predicted
                + " predicted pairs, " + gold + " gold pairs); wrong " + wrong;
        System.out.println(figures);
        assertEquals(114, gold, figures);
        assertTrue(precision >= 0.97, figures);
        assertTrue(recall >= 0.83, figures);
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = IncidentStoriesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
