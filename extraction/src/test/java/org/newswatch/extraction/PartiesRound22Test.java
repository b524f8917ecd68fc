package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;

/**
 * Party coding, twenty-second round: the proxies of a backer the coders count as its own forces ("Iran-backed
 * militias": IRNMIL), and a named group or state as the subject of a past verb before a role noun ("the Turkistan
 * Islamic Party stormed army posts"). Each sentence is written for this test, none is copied from a set.
 */
class PartiesRound22Test {

    /** Fighters backed by Iran, with no nationality of their own, are coded as Iran's forces. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A monitor said six Iran-backed fighters were killed in the strikes near Deir ez-Zor.|IRNMIL",
        "Drone strikes near Abu Kamal killed nine members of Iranian-backed militias, a war monitor said.|IRNMIL",
        "Four Iranian-backed militiamen died when their truck hit a mine near Palmyra, the monitor said.|IRNMIL",
    })
    void proxiesOfIranAreIransForces(String text, String victim) {
        find(extract("2021-03-10", text), EventType.KILLED, victim);
    }

    /**
     * Counter-examples: proxies of other backers stay the rebels of the war they fight in, and proxies given a
     * nationality of their own keep it.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Five Turkish-backed fighters were killed in clashes with the SDF near Manbij in Syria.|SYRREB",
        "Three Iran-backed Iraqi militiamen were killed in a drone strike near Baghdad.|IRQ",
    })
    void otherProxiesStayTheirWarsSide(String text, String victimStart) {
        List<ExtractedEvent> killed = GeneralRulesTest.of(EventType.KILLED, extract("2021-03-10", text));
        assertTrue(killed.stream().anyMatch(e -> e.victim() != null && e.victim().startsWith(victimStart)),
                () -> "expected " + victimStart + ": " + killed);
        assertTrue(killed.stream().noneMatch(e -> "IRNMIL".equals(e.victim())), () -> "coded as Iran's: " + killed);
    }

    /** A party phrase of the sentence at {@code head}, or null. */
    private static Party mentionAt(Sentence s, int head) {
        for (Party p : Parties.mentions(s)) {
            if (p.start() <= head && head < p.end()) {
                return p;
            }
        }
        return null;
    }

    /**
     * A named group or a state's name before a lower-case past verb is the verb's subject, a party of its own, even
     * when a role noun follows the verb ("stormed army posts").
     */
    @Test
    void nameBeforeAPastVerbIsAParty() {
        Sentence g = Segmenter.split("The Turkistan Islamic Party stormed army posts near the town.").get(0);
        Party tip = mentionAt(g, 1);
        assertEquals("SYR", tip == null ? null : tip.country(), () -> "mentions: " + Parties.mentions(g));
        assertEquals("REB", tip.role());
        Sentence c = Segmenter.split("Turkey shelled government positions near the border overnight.").get(0);
        Party turkey = mentionAt(c, 0);
        assertEquals("TUR", turkey == null ? null : turkey.country(), () -> "mentions: " + Parties.mentions(c));
    }

    /** Counter-examples: a group or a nationality before its own head noun is a modifier of that head. */
    @Test
    void nameBeforeItsHeadStaysAModifier() {
        Sentence g = Segmenter.split("Boko Haram insurgents attacked the village.").get(0);
        List<Party> ms = Parties.mentions(g);
        assertEquals(1, ms.stream().filter(p -> p.start() <= 0 && 0 < p.end()).count(), () -> "mentions: " + ms);
        Party p = mentionAt(g, 2);
        assertEquals("NGA", p == null ? null : p.country(), () -> "mentions: " + ms);
        Sentence h = Segmenter.split("Suspected Houthi fighters fired on the convoy.").get(0);
        Party houthi = mentionAt(h, 2);
        assertEquals("YEM", houthi == null ? null : houthi.country(), () -> "mentions: " + Parties.mentions(h));
        assertEquals(1, Parties.mentions(h).stream().filter(m -> m.start() <= 1 && 1 < m.end()).count());
    }

    /** A whole sentence: the group's attack gives the right sides in a note that names no country. */
    @Test
    void groupSubjectPlacesTheNote() {
        List<ExtractedEvent> events = extract("2020-06-09",
                "Hama countryside, 8 June 2020: the Turkistan Islamic Party stormed army posts before dawn; "
                + "11 soldiers and 9 jihadists were killed, the monitor said.");
        find(events, EventType.KILLED, "SYRMIL");
        find(events, EventType.KILLED, "SYRREB");
    }
    /** A past verb after a head ends the phrase of the head after it: "Kenyan soldiers chased rebels" (the rebels). */
    @Test
    void phraseStopsAtAPastVerbAfterAHead() {
        Sentence s = Segmenter.split("Kenyan soldiers pursued rebels into the forest on Sunday.").get(0);
        Party rebels = mentionAt(s, 3);
        assertTrue(rebels != null && rebels.start() == 3, () -> "mentions: " + Parties.mentions(s));
        assertEquals(null, rebels.country());
        // counter-example: a hedging participle right before the head stays in its phrase
        Sentence t = Segmenter.split("Kenyan police arrested suspected militants in Lamu.").get(0);
        Party militants = mentionAt(t, 4);
        assertTrue(militants != null && militants.start() == 3, () -> "mentions: " + Parties.mentions(t));
    }

    /** Whoever dies in a tent of the camps is counted among the displaced, whatever killed them. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "On 3 January 2021, a boy froze to death in his family's tent in a camp for displaced people near Atmeh, camp managers said.|SYRREF",
        "Storms flooded dozens of camps for the displaced near Sarmada in Idlib. A baby girl drowned when water swept away her family's tent.|SYRREF",
        "A stove set a tent alight in a camp near Qah in Syria on Monday night, killing two children, camp staff said.|SYRREF",
    })
    void tentDeathsInTheCampsAreTheDisplaced(String text, String victim) {
        find(extract("2021-01-05", text), EventType.KILLED, victim);
    }

    /** Counter-examples: a drowning near a camp, and a tent with no camp in the text, are no camp residents' deaths. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Floods swept through Rubkona county in South Sudan and two children drowned near the river, OCHA said.|SSDCVL",
        "A storm blew down a wedding tent in a village of Punjab in Pakistan on Sunday, killing four guests.|PAKCVL",
    })
    void noCampNoDisplaced(String text, String victim) {
        find(extract("2021-01-05", text), EventType.KILLED, victim);
    }
    /** Killed inside a named camp, or in their tent, foreign residents too are counted among the displaced. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "On 4 March 2021, a Syrian man was shot dead inside al-Hol camp east of Hasakah by unknown gunmen, camp sources said.|SYRREF",
        "Two Iraqi women were found strangled inside their tents in a camp near Hasakah in Syria on Monday, camp staff said.|IRQREF",
        "On 6 March 2021, gunmen shot dead a Syrian man in the third sector of al-Hol camp in Syria, camp sources said.|SYRREF",
    })
    void killedInsideANamedCamp(String text, String victim) {
        find(extract("2021-03-05", text), EventType.KILLED, victim);
    }

    /** Counter-examples: a settlement is no camp, and an outbreak in a camp kills civilians as the text names them. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A gunman shot dead three Israelis outside a synagogue in the Ariel settlement in the West Bank on Friday.|ISRCVL",
        "Cholera has killed at least nine children in Kalma camp in Sudan since June, aid workers said.|SDNCVL",
        "On 3 May 2024, militia shelling of Kalma camp killed 7 people in Sudan, witnesses said.|SDNCVL",
    })
    void notACampResident(String text, String victim) {
        find(extract("2021-03-05", text), EventType.KILLED, victim);
    }
    /** The crew of a war machine hit in an attack are its owner's forces; a UN aircraft's crew are the UN's. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Rebel fighters hit a regime T-72 tank with a guided missile near Kafr Nabudah in Syria on Monday, killing its crew of four.|SYRMIL",
        "A UN helicopter came under fire near Malakal in South Sudan on Friday, killing one crew member, the mission said.|IGOUNO",
    })
    void crewOfAWarMachine(String text, String victim) {
        find(extract("2021-03-10", text), EventType.KILLED, victim);
    }

    /** Counter-examples: a merchant ship's crew and a crew with no machine named stay civilians. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Two crew members were killed when a Houthi missile hit a Liberian-flagged cargo ship off Yemen on Tuesday.|CVL",
        "Gunmen shot dead three members of a television crew in Mogadishu in Somalia on Sunday.|SOMCVL",
    })
    void crewOfNoWarMachine(String text, String victimEnd) {
        List<ExtractedEvent> killed = GeneralRulesTest.of(EventType.KILLED, extract("2021-03-10", text));
        assertTrue(killed.stream().anyMatch(e -> e.victim() != null && e.victim().endsWith(victimEnd)),
                () -> "expected " + victimEnd + ": " + killed);
    }
    /** The bare fighters killed at positions held by a backed force are that force's. */
    @Test
    void fightersAtThePositionsOfABackedForce() {
        find(extract("2021-03-10", "Unidentified jets struck positions of Iran-backed militias near Al-Mayadin in Syria "
                + "overnight, killing 11 fighters, a war monitor said."), EventType.KILLED, "IRNMIL");
    }

    /** Counter-example: the fighters killed at an army's positions are not made the army's. */
    @Test
    void fightersAtTheArmysPositions() {
        List<ExtractedEvent> killed = GeneralRulesTest.of(EventType.KILLED, extract("2021-03-10",
                "Jihadists attacked positions of the Syrian army near Jisr al-Shughur in Syria, and 9 fighters were killed."));
        assertTrue(killed.stream().noneMatch(e -> "SYRMIL".equals(e.victim()) && e.count() != null && e.count() == 9),
                () -> "fighters coded as the army's: " + killed);
    }
    /** The country attackers came from is no party of its own, and does not outvote the town attacked. */
    @Test
    void attackersOriginIsNoParty() {
        Sentence s = Segmenter.split("Police blamed militants coming from neighbouring Niger for the raid.").get(0);
        assertTrue(Parties.mentions(s).stream().noneMatch(m -> "NER".equals(m.country())),
                () -> "mentions: " + Parties.mentions(s));
        Sentence t = Segmenter.split("Police blamed jihadists from Mali for the raid.").get(0);
        assertTrue(Parties.mentions(t).stream().noneMatch(m -> "MLI".equals(m.country()) && m.role() == null),
                () -> "mentions: " + Parties.mentions(t));
    }

    /** Counter-examples: a peacekeeper's or a delegation's country after "from" still names them. */
    @Test
    void nationalityAfterFromStillNamesAParty() {
        find(extract("2021-03-10", "Two peacekeepers, one from Senegal and one from Togo, were killed near Menaka in Mali "
                + "on Sunday, the mission said."), EventType.KILLED, "SENMIL");
        Sentence s = Segmenter.split("A delegation from Turkey arrived in Tripoli on Monday.").get(0);
        assertTrue(Parties.mentions(s).stream().anyMatch(m -> "TUR".equals(m.country())),
                () -> "mentions: " + Parties.mentions(s));
    }
}
