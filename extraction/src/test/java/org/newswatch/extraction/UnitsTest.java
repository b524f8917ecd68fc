package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;

/** Unit tests of the components: numbers, actors, dates, cleanup, negation. */
class UnitsTest {

    private static Sentence one(String text) {
        List<Sentence> s = Segmenter.split(text);
        assertEquals(1, s.size(), "one sentence expected: " + text);
        return s.get(0);
    }

    private static Amount amount(String text) {
        return Numbers.parse(one(text), 0);
    }

    @Test
    void numbers() {
        assertEquals(43000L, amount("43,000 people").count());
        assertEquals(950000L, amount("950,0000 civilians").count());
        assertEquals(3600000L, amount("3.6 million refugees").count());
        assertEquals(500000L, amount("half a million people").count());
        assertEquals(22L, amount("twenty-two soldiers").count());
        assertEquals(105L, amount("one hundred and five people").count());
        assertEquals(2000L, amount("two thousand people").count());
        assertEquals(12L, amount("a dozen people").count());
        Amount range = amount("between 43 and 52 fighters");
        assertEquals(43L, range.count());
        assertEquals(52L, range.high());
        Amount inverted = amount("between 52 and 43 fighters");
        assertEquals(43L, inverted.count(), "a range written high end first is still low to high");
        assertEquals(52L, inverted.high());
        assertNull(amount("between 4 and 4 fighters").high());
        assertEquals(Qualifier.AT_LEAST, amount("at least 22 soldiers").qualifier());
        assertEquals(Qualifier.AT_LEAST, amount("more than 400 deaths").qualifier());
        assertEquals(Qualifier.ABOUT, amount("some 50 soldiers").qualifier());
        assertEquals(Qualifier.ABOUT, amount("almost 700,000 people").qualifier());
        assertEquals(Qualifier.UP_TO, amount("up to 10 people").qualifier());
        assertEquals(Qualifier.EXACT, amount("51 soldiers").qualifier());
        Amount vague = amount("hundreds of thousands of civilians");
        assertNull(vague.count());
        assertEquals("hundreds of thousands", vague.vague());
        assertEquals("dozens", amount("dozens of towns").vague());
        assertNull(amount("a helicopter"));
        assertNull(amount("an ammunition depot"));
        assertNull(amount("1".repeat(400) + " people").count());
    }

    @Test
    void actors() {
        assertEquals("SYRMIL", code("51 Syrian soldiers were killed."));
        assertEquals("TURMIL", code("Five Turkish security personnel were killed."));
        assertEquals("UKRCVL", code("Three Ukrainian civilians were killed."));
        assertEquals("MLIMIL", code("Ten Malian troops were killed."));
        assertEquals("NGAREB", code("Twelve Nigerian insurgents were killed."));
        assertEquals("YEMREB", code("Nine Yemeni rebels were killed."));
        assertEquals("SDNCVL", code("Forty Sudanese civilians were killed."));
        assertEquals("IGOUNO", code("Two UN peacekeepers were killed."));
        Sentence s = one("Turkish-backed rebels fought Russian-backed government forces.");
        List<Party> ms = Parties.mentions(s);
        assertEquals(2, ms.size());
        assertEquals(Roles.REB, ms.get(0).role());
        assertEquals("TUR", ms.get(0).sponsor());
        assertNull(ms.get(0).country(), "the backer is not the rebels' country");
        assertEquals(Roles.MIL, ms.get(1).role());
        assertEquals("RUS", ms.get(1).sponsor());
        assertEquals("TUR", Countries.lookup("ankara").iso3());
        assertEquals("RUS", Countries.lookup("kremlin").iso3());
        assertEquals("BFA", Countries.lookup("burkina faso").iso3());
        assertTrue(Countries.size() > 500, "a table of the whole world");
    }

    private static String code(String text) {
        Sentence s = one(text);
        Party p = PartySearch.partyBefore(s, indexOf(s, "killed"));
        return p.code(Roles.GOV);
    }

    private static int indexOf(Sentence s, String lc) {
        for (int i = 0; i < s.size(); i++) {
            if (s.lc(i).equals(lc)) {
                return i;
            }
        }
        throw new AssertionError(lc);
    }

    @Test
    void dates() {
        LocalDate wed = LocalDate.of(2020, 2, 12);
        assertEquals(LocalDate.of(2020, 2, 11), day("Turkey announced Tuesday that soldiers died.", wed));
        assertEquals(wed, day("It happened on Wednesday.", wed));
        assertEquals(LocalDate.of(2020, 2, 10), day("Soldiers were killed on Feb. 10 in Idlib.", wed));
        assertEquals(LocalDate.of(2020, 2, 11), day("Seen on Tuesday, February 11, 2020.", wed));
        assertEquals(LocalDate.of(2019, 10, 6), day("On 6 October 2019, gunmen attacked.", wed));
        assertEquals(LocalDate.of(2020, 2, 20), day("News | DW | 20.02.2020", wed));
        List<DateMention> past = Dates.find(one("Last week, troops recaptured the town."), wed, wed);
        assertEquals(DateMention.Kind.UNKNOWN_PAST, past.get(0).kind());
        List<DateMention> period = Dates.find(one("More than 400 deaths since December."), wed, wed);
        assertEquals(DateMention.Kind.PERIOD, period.get(0).kind());
        List<DateMention> rel = Dates.find(one("Eight were killed a week earlier."), wed, wed);
        assertEquals(-7, rel.get(0).offset());
    }

    private static LocalDate day(String text, LocalDate ref) {
        for (DateMention d : Dates.find(one(text), ref, ref)) {
            if (d.kind() == DateMention.Kind.DAY) {
                return d.date();
            }
        }
        return null;
    }

    @Test
    void cleanup() {
        String text = "Accessibility links\n\nBreaking News\n\nTroops were deployed on Monday.\n\n"
                + "A soldier walks in Idlib, Syria, on February 11, 2020. KHALIL ASHAWI / REUTERS\n\n"
                + "A rocket being launched (picture-alliance/AP Photo/G. Alsayed)\n\n"
                + "Man discovers massive Roman mosaic floor while gardening Turkish man dies by suicide after murdering "
                + "two women on same day Turkey's stray dogs rehomed abroad following new street clearance law Women in "
                + "Turkey take to streets over brutal femicides Minimum pension increased to $377";
        List<Sentence> s = Segmenter.split(text);
        StringBuilder all = new StringBuilder();
        for (Sentence x : s) {
            all.append(x.text(text)).append('\n');
        }
        String kept = all.toString();
        assertFalse(kept.contains("Accessibility"), kept);
        assertFalse(kept.contains("Breaking"), kept);
        assertFalse(kept.contains("REUTERS"), kept);
        assertFalse(kept.contains("picture-alliance"), kept);
        assertFalse(kept.contains("mosaic"), kept);
        assertTrue(kept.contains("Troops were deployed on Monday."), kept);
        assertTrue(kept.contains("A soldier walks in Idlib"), kept);
    }

    @Test
    void negation() {
        assertTrue(Clauses.negatedCasualties(one("No casualties were reported.")));
        assertTrue(Clauses.negatedCasualties(one("Neither injuries nor fatalities were reported.")));
        assertTrue(Clauses.negatedCasualties(one("Nobody was hurt in the blast.")));
        assertFalse(Clauses.negatedCasualties(one("Five soldiers were killed.")));
        Sentence s = one("Thousands could be killed in the offensive.");
        assertTrue(Clauses.hedged(s, indexOf(s, "killed")));
        Sentence t = one("Thousands were killed in the offensive.");
        assertFalse(Clauses.hedged(t, indexOf(t, "killed")));
    }
}
