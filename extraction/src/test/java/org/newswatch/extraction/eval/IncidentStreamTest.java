package org.newswatch.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.identity.EventIdentity;
import org.newswatch.extraction.tools.IncidentEvalTool;

/**
 * Issue 16's place rule on the incident stream (many incidents a day in one country with the same small counts): no
 * story joins two places more than 25 km apart when both are known to town precision; and the stream's story
 * precision stays at its floor (0.97, as measured: 1.000), its recall at what the province rule and the confused
 * perpetrators reached (0.76, as measured: 0.763; 0.684 before them). The stream is a development set: these floors keep what was fixed fixed.
 */
class IncidentStreamTest {

    @Test
    void noStoryJoinsTwoTownsMoreThan25KmApart() throws Exception {
        Path stream = Path.of(getClass().getResource("/incidents/articles.jsonl").toURI());
        List<IncidentScorer.Item> items = IncidentEvalTool.items(Files.readAllLines(stream, StandardCharsets.UTF_8),
                stream.toString(), Extractor.create(), EventIdentity.inMemory());
        IncidentScorer.Result r = IncidentScorer.score(items);
        assertTrue(r.storyCount() > 0, "the stream gives stories");
        assertEquals(List.of(), r.farJoins(), "stories joining towns more than 25 km apart");
        assertTrue(r.stories().precision() >= 0.97, "story precision " + r.stories());
        assertTrue(r.stories().recall() >= 0.76, "story recall " + r.stories());
        assertTrue(r.eventIds().precision() >= 0.97, "event id precision " + r.eventIds());
    }

    @Test
    void theCheckSeesTwoTownsFarApart() {
        // what the test above relies on: two towns 60 km apart (Idlib and Aleppo) are reported, two in one town not
        Place idlib = new Place("Idlib", "SY", 35.93, 36.63, Place.Precision.TOWN);
        Place aleppo = new Place("Aleppo", "SY", 36.20, 37.16, Place.Precision.TOWN);
        assertNotNull(IncidentScorer.farTowns(List.of(ev("a", idlib), ev("b", aleppo))));
        assertNull(IncidentScorer.farTowns(List.of(ev("a", idlib), ev("b", idlib))));
    }

    private static ExtractedEvent ev(String article, Place place) {
        return new ExtractedEvent(ExtractedEvent.VERSION, "id-" + article, article, EventType.KILLED, "SYRCVL", null,
                2L, null, Qualifier.EXACT, null, false, null, place.name(), place, LocalDate.parse("2020-02-10"), null,
                "evidence", 0, 8, "test", 0.8, null, null, null, null, null);
    }
}
