package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of KILLED and WOUNDED wording of the twenty-fifth rules round (dev set fresh17, checked on the others). The
 * sentences are our own.
 */
class CasualtyWordingRound25Test {

    private static long count(List<ExtractedEvent> es) {
        long n = 0;
        for (ExtractedEvent e : es) {
            n += e.count() == null ? 0 : e.count();
        }
        return n;
    }

    @Test
    void quotedNameOpeningWithDeadIsNoDeath() {
        // 'a "dead city" day' names a strike: a wrong engine reads a death of one civilian
        List<ExtractedEvent> e = extract("2021-03-08", "Streets in the capital were empty on Monday as the "
                + "opposition called a \"dead town\" protest against the junta.");
        assertTrue(of(EventType.KILLED, e).isEmpty(), e.toString());
        // counter-example: a quoted toll of people still counts
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2021-03-08", "Police said two protesters were "
                + "killed in the capital on Monday during the strike."));
        assertEquals(2L, count(c), c.toString());
    }

    @Test
    void groupFromOneFamilyCountsTheGroup() {
        // "Four brothers from one family were killed": the four, not "one family"
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2020-05-17", "Four brothers from one family were "
                + "killed on Sunday when a mine exploded near their farm in Daraa."));
        assertEquals(4L, count(e), e.toString());
        // counter-example: a single person from a village is one
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2020-05-17", "A shepherd from one village near "
                + "Daraa was killed on Sunday when a mine exploded."));
        assertEquals(1L, count(c), c.toString());
    }

    @Test
    void personWhoHarmedOthersShotDeadAfterwards() {
        // "a man ... wounding 5 people before he was shot dead" (no attacker word): the attacker's own death, one
        List<ExtractedEvent> e = extract("2022-04-12", "In the market, a man drove his truck into shoppers and "
                + "stabbed others on Tuesday, wounding 5 people before he was shot dead by a guard.");
        assertEquals(1L, count(of(EventType.KILLED, e)), e.toString());
        assertEquals(5L, count(of(EventType.WOUNDED, e)), e.toString());
        // counter-example: a speaker who hurt nobody is not the one "he" names
        List<ExtractedEvent> c = extract("2022-04-12", "A spokesman said on Tuesday that the market was calm "
                + "before he was interviewed.");
        assertTrue(of(EventType.KILLED, c).isEmpty(), c.toString());
    }
}
