package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.contracts.incident.IncidentMatchTest.decide;
import static org.newswatch.contracts.incident.IncidentMatchTest.killed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Place.Precision;

/**
 * The classes of the merge rule found on the evaluation streams in issue 16's sixteenth round, each with a pair of
 * reports it joins and pairs it keeps apart.
 */
class IncidentMatchRoundTest {

    static final Place.AdminArea FAR_NORTH = new Place.AdminArea("CM.12", "Far North");
    /** A town the gazetteer knows by name and province, not on the map (as incidents-dev6 has it). */
    static final Place KOLOFATA = new Place("Kolofata", "CM", null, null, Precision.TOWN, FAR_NORTH, null);

    /**
     * An armed group that crosses a border is coded by the outlet that names it as its home country's ("Boko Haram
     * fighters": Nigeria's rebels) and by another by where it struck ("jihadists ... near Kolofata in Cameroon's Far
     * North": Cameroon's). With one toll, in one place, the perpetrator keeps them apart no more than it joins them.
     */
    @Test
    void anArmedGroupReadByItsHomeOrByWhereItStruckIsNoOtherParty() {
        Incident local = Incident.of(killed("CMRCVL", "NGAREB", 2L, "Kolofata", KOLOFATA, "2023-06-13",
                "Two civilians were killed on Tuesday night when Boko Haram fighters raided a village in Kolofata"
                        + " district, Mayo-Sava division, administrative sources said."));
        Incident wire = Incident.of(killed("CMRCVL", "CMRREB", 2L, "Kolofata", KOLOFATA, "2023-06-13",
                "Jihadists killed two people in a night raid near Kolofata in Cameroon's Far North region, close to the"
                        + " Nigerian border, a local official said."));
        assertTrue(Principals.readByPlace("NGAREB", "CMRREB", KOLOFATA, KOLOFATA));
        IncidentMatch.Verdict v = decide(wire, local);
        assertTrue(v.join(), v.toString());
        assertFalse(v.signals().contains("same-perpetrator"), "a reading, no evidence: " + v);
        // another toll (2 and 4, an early toll and its update as figures): two perpetrators, as any two
        Incident four = Incident.of(killed("CMRCVL", "CMRREB", 4L, "Kolofata", KOLOFATA, "2023-06-13",
                "Jihadists killed four people in a night raid near Kolofata."));
        assertEquals("other party", decide(four, local).block());
        // two states' forces are named by their state: Chad's army is not Cameroon's read by the place
        Incident chad = Incident.of(killed("CMRCVL", "TCDMIL", 2L, "Kolofata", KOLOFATA, "2023-06-13",
                "Chadian soldiers killed two civilians near Kolofata."));
        Incident army = Incident.of(killed("CMRCVL", "CMRMIL", 2L, "Kolofata", KOLOFATA, "2023-06-13",
                "Soldiers killed two civilians near Kolofata."));
        assertFalse(Principals.readByPlace("TCDMIL", "CMRMIL", KOLOFATA, KOLOFATA));
        assertEquals("other party", decide(chad, army).block());
        // two groups, neither of the place's country: nothing says one outlet read the other's group by the place
        Incident niger = Incident.of(killed("CMRCVL", "NERREB", 2L, "Kolofata", KOLOFATA, "2023-06-13",
                "Nigerien rebels killed two civilians near Kolofata."));
        assertFalse(Principals.readByPlace("NERREB", "NGAREB", KOLOFATA, KOLOFATA));
        assertEquals("other party", decide(niger, local).block());
    }

    static final Place BOSSO = new Place("Bosso", "NE", null, null, Precision.ADMIN2,
            new Place.AdminArea("NE.02", "Diffa"), new Place.AdminArea("NE.02.11996019", "Bosso"));

    /**
     * The dead of an armed group that crosses a border are coded by the group ("Sixteen Boko Haram militants",
     * Nigeria's rebels) or by where they fell ("16 jihadists" killed by Niger's army in Niger): with one toll, one
     * party; another toll, or two countries neither of which is the place's, stay two.
     */
    @Test
    void theDeadOfAnArmedGroupReadByItsHomeOrByWhereTheyFellAreOneParty() {
        Incident xinhua = Incident.of(killed("NGAREB", null, 16L, "Bosso", BOSSO, "2021-06-23",
                "Sixteen Boko Haram militants were killed on Wednesday when they attacked a military position in Bosso,"
                        + " in Niger's southeastern region of Diffa, the Nigerien Defense Ministry said."));
        Incident afp = Incident.of(killed("NERREB", "NERMIL", 16L, "Bosso", BOSSO, "2021-06-23",
                "Niger's army said it had killed 16 jihadists who attacked a military post in Bosso."));
        IncidentMatch.Verdict v = decide(afp, xinhua);
        assertTrue(v.join(), v.toString());
        Incident twelve = Incident.of(killed("NERREB", "NERMIL", 12L, "Bosso", BOSSO, "2021-06-23",
                "Niger's army said it had killed 12 jihadists who attacked a military post in Bosso."));
        assertEquals("principal", decide(twelve, xinhua).block());
        Incident chad = Incident.of(killed("TCDREB", null, 16L, "Bosso", BOSSO, "2021-06-23",
                "Sixteen Chadian rebels were killed in Bosso."));
        assertEquals("principal", decide(chad, xinhua).block());
    }

    static final Place.AdminArea KHERSON_OBLAST = new Place.AdminArea("UA.08", "Kherson");
    static final Place KHERSON_PROVINCE = new Place("Kherson", "UA", 46.63695, 32.61458, Precision.ADMIN1,
            KHERSON_OBLAST, null);
    static final Place KHERSON_CITY = new Place("Kherson", "UA", 46.63695, 32.61458, Precision.TOWN, KHERSON_OBLAST,
            new Place.AdminArea("UA.08.6510", "Khersonskyi"));

    /**
     * A province's name that its text gives bare ("shelling in Kherson"), which the gazetteer reads as the province,
     * beside a report of its namesake town on one day is that town; a text that calls it a region, or another day,
     * keeps it the area that holds the town.
     */
    @Test
    void aBareProvinceNameIsItsNamesakeTownBesideAReportOfThatTownThatDay() {
        Incident city = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", KHERSON_CITY, "2023-06-14",
                "On Wednesday morning, Russian troops shelled the Dniprovskyi district of Kherson, killing a"
                        + " 47-year-old woman near a bus stop, the Kherson City Military Administration said."));
        Incident bare = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", KHERSON_PROVINCE, "2023-06-14",
                "A woman was killed by Russian shelling in Kherson on Wednesday, local authorities said."));
        IncidentMatch.Verdict v = decide(bare, city);
        assertTrue(v.join(), v.toString());
        assertTrue(v.signals().contains("same-place-town") && v.signals().contains("same-day-same-place"),
                v.toString());
        assertTrue(decide(city, bare).join(), "either way: " + decide(city, bare));
        // the text calls it the region: the province, where a single death is one of many that day
        Incident region = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", KHERSON_PROVINCE, "2023-06-14",
                "A woman was killed by Russian shelling in the Kherson region on Wednesday, local authorities said."));
        IncidentMatch.Verdict r = decide(region, city);
        assertFalse(r.join() || r.signals().contains("same-place-town"), r.toString());
        // a province the text does not name (the article's place, given to a sentence that names none): nothing says
        // the text meant the town
        Incident unnamed = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", KHERSON_PROVINCE, "2023-06-14",
                "A woman was killed by Russian shelling on Wednesday, local authorities said."));
        IncidentMatch.Verdict u = decide(unnamed, city);
        assertFalse(u.join() || u.signals().contains("same-place-town"), u.toString());
        // the day before: the area, which gives no place evidence on another day
        Incident before = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", KHERSON_PROVINCE, "2023-06-13",
                "Russian shelling killed a 64-year-old man in Kherson's Korabel neighborhood on June 13."));
        IncidentMatch.Verdict d = decide(city, before);
        assertFalse(d.join() || d.signals().contains("same-place-town"), d.toString());
    }

    static final Place FATAKI = new Place("Fataki", "CD", null, null, Precision.TOWN,
            new Place.AdminArea("CD.17", "Ituri"), null);
    static final Place ITURI = new Place("Ituri", "CD", 1.5, 29.5, Precision.ADMIN1,
            new Place.AdminArea("CD.17", "Ituri"), null);

    /**
     * The same medium toll (4 to 9) in one town on one day is one incident whichever party the two outlets give (a
     * condemnation's speaker, the police who confirmed it, read as the perpetrator), as the same large toll on one day
     * is; a small toll, an area, or another day keeps the two parties apart.
     */
    @Test
    void theSameMediumTollInOneTownOnOneDayIsNoOtherParty() {
        Incident local = Incident.of(killed("CODREF", "CODREB", 5L, "Fataki", FATAKI, "2021-06-24",
                "Five displaced people were killed on Thursday in an attack by CODECO fighters on a displacement site"
                        + " near Fataki, according to local civil society."));
        Incident mission = Incident.of(killed("CODREF", "IGOUNO", 5L, "Fataki", FATAKI, "2021-06-24",
                "MONUSCO strongly condemns the attack perpetrated on 24 June 2021 against a site for displaced persons"
                        + " near Fataki, which killed five civilians."));
        IncidentMatch.Verdict v = decide(mission, local);
        assertTrue(v.join(), v.toString());
        assertFalse(v.signals().contains("same-perpetrator"), v.toString());
        // a small toll: many such a day, by one party and another
        Incident three = Incident.of(killed("CODREF", "CODREB", 3L, "Fataki", FATAKI, "2021-06-24",
                "Three displaced people were killed on Thursday in an attack by CODECO fighters near Fataki."));
        Incident threeByArmy = Incident.of(killed("CODREF", "CODMIL", 3L, "Fataki", FATAKI, "2021-06-24",
                "Soldiers killed three displaced people near Fataki on Thursday."));
        assertEquals("other party", decide(threeByArmy, three).block());
        // an area holds several incidents of a day
        Incident area = Incident.of(killed("CODREF", "IGOUNO", 5L, "Ituri", ITURI, "2021-06-24",
                "MONUSCO condemned an attack in Ituri province which killed five civilians."));
        assertEquals("other party", decide(area, local).block());
        // two ways of killing (a raid with guns, an air strike): two parties' incidents
        Incident gunmen = Incident.of(killed("CODREF", "CODREB", 5L, "Fataki", FATAKI, "2021-06-24",
                "CODECO gunmen shot dead five displaced people near Fataki on Thursday."));
        Incident strike = Incident.of(killed("CODREF", "CODMIL", 5L, "Fataki", FATAKI, "2021-06-24",
                "An army helicopter strike killed five displaced people near Fataki on Thursday."));
        assertEquals("other party", decide(strike, gunmen).block());
        // another day
        Incident later = Incident.of(killed("CODREF", "IGOUNO", 5L, "Fataki", FATAKI, "2021-06-25",
                "MONUSCO condemned an attack near Fataki on Friday which killed five civilians."));
        assertEquals("other party", decide(later, local).block());
    }
}
