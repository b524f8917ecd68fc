package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Grammatical rules that generalise across conflicts, each checked on invented sentences from several wars
 * (none taken from the seed, dev or blind articles).
 */
class GeneralRulesTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    static List<ExtractedEvent> extract(String date, String text) {
        Instant day = Instant.parse(date + "T12:00:00Z");
        return EXTRACTOR.extract(new Article(Article.VERSION, "t", null, null, null, day, day, Article.LIVE, text, null));
    }

    static ExtractedEvent find(List<ExtractedEvent> events, EventType type, String principal) {
        for (ExtractedEvent e : events) {
            if (e.type() == type && principal.equals(e.principal())) {
                return e;
            }
        }
        fail("no " + type + " " + principal + " in:\n  " + events.stream()
                .map(e -> e.type() + " " + e.principal() + " " + e.count() + " " + e.location())
                .collect(Collectors.joining("\n  ")));
        return null;
    }

    @Test
    void aCountryTheSentenceSetsTheEventInBeatsAPlaceElsewhereInTheArticle() {
        List<ExtractedEvent> es = extract("2023-05-02",
                "A car bomb killed four soldiers in Niger on Monday, officials said. Separately, aid convoys reached"
                        + " the town of Kousseri in Cameroon, where refugees gathered near Kousseri.");
        assertEquals("Niger", find(es, EventType.KILLED, "NERMIL").location());
    }

    @Test
    void aCountryOnlySpokenOfIsNoSetting() {
        List<ExtractedEvent> es = extract("2022-03-04",
                "Fighting raged around Mariupol on Thursday. Two soldiers were wounded and taken to hospital, the"
                        + " governor of a province bordering Mariupol in Ukraine told reporters, and then flown to"
                        + " Poland. Shelling hit Mariupol again.");
        ExtractedEvent w = find(es, EventType.WOUNDED, "UKRMIL");
        assertEquals("Mariupol", w.location());
    }
}
