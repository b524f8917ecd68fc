package org.newswatch.extraction.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.tools.SeedArticles;

/**
 * The offline tool's path (each article's events made ready on a worker by {@link EventIdentity#prepare}, then
 * resolved) gives the same ids as resolving the events directly, on the seeds, where articles really do join.
 */
class PreparedResolveTest {

    @Test
    void preparedEventsGetTheIdsTheirEventsGet() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
            files = s.sorted().toList();
        }
        Extractor extractor = Extractor.create();
        EventIdentity direct = EventIdentity.inMemory();
        EventIdentity prepared = EventIdentity.inMemory();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        int events = 0;
        for (Article article : SeedArticles.inPublicationOrder(SeedArticles.load(files))) {
            List<ExtractedEvent> found = extractor.extract(article);
            events += found.size();
            direct.resolve(found).forEach(e -> a.add(e.eventId()));
            prepared.resolve(EventIdentity.prepare(found)).forEach(e -> b.add(e.eventId()));
        }
        assertEquals(a, b);
        // a wrong program that ignored the memory would give every event its own id: the seeds' reports join
        assertTrue(new HashSet<>(b).size() < events, "some seed events share an id");
        assertEquals(direct.size(), prepared.size());
    }
}
