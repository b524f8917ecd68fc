package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.of;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of wording that the twenty-second round's dev set showed the engine getting wrong: monitor/fresh17 (writer
 * AD), blind for one round and retired to tuning when writer AE's set replaced it. The sentences are our own.
 */
class Fresh17WordingTest {

    @Test
    void aHeadlineDashedToItsLeadTellsTheLeadsDeadByNationality() {
        // "kills two Americans, one Briton" before the dash are the lead's contractors and soldier: one toll each
        List<ExtractedEvent> e = extract("2021-05-06", "Rocket attack on Gulf base kills two Americans, one Briton - "
                + "Several rockets hit an air base near Kirkuk on Tuesday night, killing two American contractors and a "
                + "British soldier, officials said.");
        assertEquals(3L, killedSum(e), e.toString());
        // the same victims a dash away keep one toll too (joined later, with the lead's place)
        List<ExtractedEvent> same = extract("2021-05-06", "Three soldiers killed near Gao - Mortar shells struck a "
                + "military base near Gao on Wednesday, killing three soldiers, the army said.");
        assertEquals(3L, killedSum(same), same.toString());
        // a headline of other dead than its lead's keeps both
        List<ExtractedEvent> other = extract("2021-05-06", "Three Chadian peacekeepers killed in Mali - Mortar shells struck a "
                + "military base near Gao on Wednesday, killing two Malian soldiers, the army said.");
        assertEquals(5L, killedSum(other), other.toString());
    }

    @Test
    void aHeadlineLineTakesTheLeadsDayNotTheReports() {
        List<ExtractedEvent> e = extract("2021-05-06", "Boko Haram kills 30 farm workers in Nigeria\n\nMAIDUGURI, "
                + "Nigeria - Suspected Boko Haram militants tied up and slaughtered 30 farm workers harvesting rice near "
                + "the village of Zabarmari on Monday, officials said on Tuesday.");
        assertEquals(30L, killedSum(e), e.toString());
        for (ExtractedEvent k : of(EventType.KILLED, e)) {
            assertEquals("2021-05-03", String.valueOf(k.date()), e.toString());
        }
        // a lead of two days leaves the headline's toll undated by either ("Sunday and Monday" sums both)
        List<ExtractedEvent> two = extract("2021-03-10", "Clashes kill 30 in northern Burkina Faso\n\n"
                + "OUAGADOUGOU, March 10 - At least 30 people were killed on Sunday and Monday in clashes near "
                + "Tin-Akoff, officials said.\n\nTwenty died on Sunday. The next day 10 more were killed.");
        assertEquals(30L, killedSum(two), two.toString());
    }
}
