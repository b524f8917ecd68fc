package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/** The day a report states carries over the next sentences of narration; a heading in between does not count. */
class CarriedDayTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    @Test
    void aCrossheadDoesNotAgeTheStorysDay() {
        String text = "Ukraine's army said on Monday it struck a Russian column near Robotyne.\n\n"
                + "The army said the strikes followed days of heavy shelling.\n\n"
                + "The general staff said the operation would go on.\n\n"
                + "\"Our units acted according to plan,\" a spokesman said.\n\n"
                + "Ukrainian forces push south\n\n"
                + "\"It was found that four tanks and two armoured vehicles were destroyed.\"\n";
        Instant published = Instant.parse("2023-08-16T00:00:00Z");
        List<ExtractedEvent> events = EXTRACTOR.extract(new Article(Article.VERSION, "crosshead", null, null, null,
                published, published, Article.REPLAY, text, null));
        List<ExtractedEvent> losses = events.stream().filter(e -> e.type() == EventType.EQUIPMENT_LOSS).toList();
        assertTrue(!losses.isEmpty(), events.toString());
        for (ExtractedEvent e : losses) {
            assertEquals(LocalDate.parse("2023-08-14"), e.date(), e.toString());
        }
    }
}
