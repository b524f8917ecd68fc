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
 * Classes of WOUNDED and KILLED wording of the twenty-third rules round (dev sets fresh7 to fresh16). The sentences
 * are our own.
 */
class CasualtyWordingRound23Test {

    private static long count(List<ExtractedEvent> es) {
        long n = 0;
        for (ExtractedEvent e : es) {
            n += e.count() == null ? 0 : e.count();
        }
        return n;
    }

    @Test
    void peopleLyingInHospitalAreWounded() {
        // "were in hospital", "were in a critical condition in hospital": the wounded told by where they lie
        List<ExtractedEvent> e = of(EventType.WOUNDED, extract("2022-10-09", "A missile struck a block of flats in "
                + "Dnipro on Sunday, killing 9 people, and 31 people were in hospital, the governor said."));
        assertEquals(31L, count(e), e.toString());
        List<ExtractedEvent> c = of(EventType.WOUNDED, extract("2023-06-17", "Rebels attacked a village near Beni on "
                + "Friday, killing 12 people. Six people were in a critical condition in hospital."));
        assertEquals(6L, count(c), c.toString());
        List<ExtractedEvent> c2 = of(EventType.WOUNDED, extract("2023-06-17", "Rebels attacked a village near Beni on "
                + "Friday, killing 12 people. Six people were in hospital in serious condition."));
        assertEquals(6L, count(c2), c2.toString());
    }

    @Test
    void bodiesInHospitalMortuariesAndPartsOfTheWoundedAreNoNewWounded() {
        // the dead in a hospital's mortuary are not wounded
        List<ExtractedEvent> dead = extract("2023-05-04", "Police said at least 20 bodies were in hospital mortuaries "
                + "in Imphal on Thursday night.");
        assertTrue(of(EventType.WOUNDED, dead).isEmpty(), dead.toString());
        // a part of the wounded told of before, still in care: no second wounding
        List<ExtractedEvent> part = of(EventType.WOUNDED, extract("2023-12-04", "A bomb wounded 40 students at a "
                + "university gym in Marawi on Sunday; 9 of them were still in hospital on Monday."));
        assertEquals(40L, count(part), part.toString());
        List<ExtractedEvent> part2 = of(EventType.WOUNDED, extract("2023-12-04", "A bomb wounded 40 students at a "
                + "university gym in Marawi on Sunday, and 9 of the injured were in hospital on Monday."));
        assertEquals(40L, count(part2), part2.toString());
    }

    @Test
    void peopleTakenToANamedOrPlacedHospitalAreWounded() {
        List<ExtractedEvent> e = of(EventType.WOUNDED, extract("2024-01-23", "An air strike hit a shelter in Rafah on "
                + "Tuesday and at least 17 people were taken to Kuwaiti hospital, medics said."));
        assertEquals(17L, count(e), e.toString());
        List<ExtractedEvent> near = of(EventType.WOUNDED, extract("2024-01-23", "A car bomb exploded outside a "
                + "hotel in Mogadishu and 11 people were rushed to a nearby hospital."));
        assertEquals(11L, count(near), near.toString());
        // the dead taken there are not wounded
        List<ExtractedEvent> bodies = extract("2024-01-23", "The bodies of six men were taken to Kuwaiti hospital "
                + "in Rafah on Tuesday.");
        assertTrue(of(EventType.WOUNDED, bodies).isEmpty(), bodies.toString());
    }

    @Test
    void drowningCountedPeopleIsKillingThem() {
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2023-03-02", "A ferry carrying market traders "
                + "capsized on Lake Albert near Kikuube, drowning 9 people, police said."));
        assertEquals(9L, count(e), e.toString());
        // saving someone from drowning, or the noun alone, kills nobody
        List<ExtractedEvent> saved = extract("2023-03-02", "Fishermen near Kikuube saved two boys from drowning in "
                + "Lake Albert on Thursday.");
        assertTrue(of(EventType.KILLED, saved).isEmpty(), saved.toString());
        List<ExtractedEvent> risk = extract("2023-03-02", "Officials warned that drowning is a risk on Lake Albert "
                + "during the rains.");
        assertTrue(of(EventType.KILLED, risk).isEmpty(), risk.toString());
    }

    @Test
    void theCountedFellowsOfACasualtyAreOfHisSide() {
        // "two of his colleagues were wounded": the fellows of the soldier killed, soldiers of his side, their own count
        List<ExtractedEvent> e = of(EventType.WOUNDED, extract("2021-04-12", "A Nigerien soldier was killed and three "
                + "of his colleagues were wounded when a mine exploded under their truck near Diffa on Monday."));
        assertEquals(1, e.size(), e.toString());
        assertEquals(3L, e.get(0).count(), e.toString());
        assertEquals("NERMIL", e.get(0).victim(), e.toString());
        // without "were", after "shot dead": not summed with the one killed
        List<ExtractedEvent> gap = of(EventType.WOUNDED, extract("2021-04-12", "A Nigerien soldier was shot dead and 2 "
                + "of his comrades wounded when gunmen attacked their post near Diffa on Monday."));
        assertEquals(2L, count(gap), gap.toString());
        // fellows who were not hurt, or a word that is no fellow, give no wounding
        List<ExtractedEvent> safe = extract("2021-04-12", "A Nigerien soldier was killed near Diffa on Monday and two "
                + "of his colleagues were questioned by investigators.");
        assertTrue(of(EventType.WOUNDED, safe).isEmpty(), safe.toString());
        List<ExtractedEvent> things = extract("2021-04-12", "A Nigerien soldier was killed near Diffa on Monday and "
                + "two of his vehicles were damaged.");
        assertTrue(of(EventType.WOUNDED, things).isEmpty(), things.toString());
    }

    @Test
    void aVagueNumberWoundedWithNoNounIsAWoundingWithoutAFigure() {
        // "wounding dozens", "injuring several more": a wounding, no figure
        List<ExtractedEvent> e = of(EventType.WOUNDED, extract("2022-08-05", "Shells hit a bus station in Donetsk on "
                + "Friday, killing 4 people and wounding dozens, the city's mayor said."));
        assertEquals(1, e.size(), e.toString());
        assertEquals(null, e.get(0).count(), e.toString());
        List<ExtractedEvent> more = of(EventType.WOUNDED, extract("2022-08-05", "A car bomb exploded near a mosque "
                + "in Kunduz on Friday, killing 7 worshippers and injuring several more."));
        assertEquals(1, more.size(), more.toString());
        // "dozens of civilians" is read by the party search as before, with its noun
        List<ExtractedEvent> noun = of(EventType.WOUNDED, extract("2022-08-05", "Shells hit a bus station in Donetsk "
                + "on Friday, wounding dozens of civilians."));
        assertEquals(1, noun.size(), noun.toString());
        // a headline run into its lead with a dash tells its figures after; a vague toll of the dead is not read
        List<ExtractedEvent> head = of(EventType.WOUNDED, extract("2022-08-05", "Blasts rock Donetsk, killing six and "
                + "wounding hundreds - Explosions hit the centre of Donetsk on Friday, killing six people and wounding "
                + "at least 210, officials said."));
        assertEquals(210L, count(head), head.toString());
        List<ExtractedEvent> war = of(EventType.KILLED, extract("2022-08-05", "The conflict in the region has killed "
                + "thousands since 2014."));
        assertTrue(war.isEmpty(), war.toString());
    }

    @Test
    void aPersonShotInALimbIsWounded() {
        List<ExtractedEvent> e = of(EventType.WOUNDED, extract("2021-03-09", "Soldiers fired on a crowd in Mandalay on "
                + "Tuesday and a teacher was shot in the arm, witnesses said."));
        assertEquals(1L, count(e), e.toString());
        List<ExtractedEvent> two = of(EventType.WOUNDED, extract("2021-03-09", "Soldiers fired on a crowd in Mandalay "
                + "on Tuesday and two students were hit in the legs, witnesses said."));
        assertEquals(2L, count(two), two.toString());
        // a thing hit in a place, or hands that are no wound, is no wounding
        List<ExtractedEvent> thing = extract("2021-03-09", "A shell landed in Mandalay on Tuesday and the market was "
                + "hit in the morning.");
        assertTrue(of(EventType.WOUNDED, thing).isEmpty(), thing.toString());
        List<ExtractedEvent> hands = extract("2021-03-09", "Soldiers fired on a crowd in Mandalay on Tuesday; the "
                + "city's fate was now in the hands of the army.");
        assertTrue(of(EventType.WOUNDED, hands).isEmpty(), hands.toString());
    }
}
