package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newswatch.extraction.GeneralRulesTest.extract;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of wording that the fourteenth round's dev set showed the engine missing: monitor/fresh9 (writer V), blind
 * for one round and retired to tuning when writer W's set replaced it. The sentences are our own.
 */
class Fresh9WordingTest {

    private static List<ExtractedEvent> of(EventType type, List<ExtractedEvent> events) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aDayHeadingANoteBeforeADashIsTheDayOfItsEvents() {
        // the note is filed the next day; its heading day is when the town fell and the men died
        List<ExtractedEvent> e = extract("2019-05-22", "21 May 2019 - Regime forces took full control of the town of "
                + "Kafr Nabudah after two days of fighting; 7 regime soldiers were killed.");
        List<ExtractedEvent> captures = of(EventType.CAPTURE, e);
        List<ExtractedEvent> killed = of(EventType.KILLED, e);
        assertEquals(1, captures.size(), e.toString()); // "May" is the month, no modal hedging the capture
        assertEquals(1, killed.size(), e.toString());
        assertEquals(LocalDate.of(2019, 5, 21), captures.get(0).date());
        assertEquals(LocalDate.of(2019, 5, 21), killed.get(0).date());
        // a wire dateline's day is still the day of the report, not of the event told after it
        List<ExtractedEvent> w = of(EventType.KILLED, extract("2019-05-22", "BEIRUT, May 22 (Reuters) - Air strikes "
                + "killed 12 people in Kafr Nabudah on Tuesday, rescuers said."));
        assertEquals(1, w.size(), w.toString());
        assertEquals(LocalDate.of(2019, 5, 21), w.get(0).date());
    }

    @Test
    void theModalMayStillHedges() {
        assertEquals(0, of(EventType.KILLED, extract("2019-05-22", "Officials fear 30 people may have been killed "
                + "in the landslide.")).size());
        assertEquals(0, of(EventType.CAPTURE, extract("2019-05-22", "Rebels may take control of the town of "
                + "Kafr Nabudah within days.")).size());
    }
}
