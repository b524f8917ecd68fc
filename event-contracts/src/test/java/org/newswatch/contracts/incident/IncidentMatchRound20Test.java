package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.contracts.incident.IncidentMatchTest.decide;
import static org.newswatch.contracts.incident.IncidentMatchTest.event;
import static org.newswatch.contracts.incident.IncidentMatchTest.killed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Place.Precision;

/**
 * The classes of the merge rule found on the evaluation streams in issue 16's twentieth round (the fourth held-out
 * stream, retired to tuning as {@code incidents-dev10}), each with pairs of reports it joins and pairs it keeps apart.
 * The sentences are made up for the tests.
 */
class IncidentMatchRound20Test {

    static final Place.AdminArea UNITY = new Place.AdminArea("SS.08", "Unity");
    static final Place LEER_COUNTY = new Place("Leer", "SS", 8.30, 30.14, Precision.ADMIN2, UNITY, null);
    static final Place LEER_TOWN = new Place("Leer", "SS", 8.30, 30.14, Precision.TOWN, UNITY, null);
    static final Place.AdminArea LOWER_SAXONY = new Place.AdminArea("DE.06", "Lower Saxony");
    static final Place LEER_GERMANY = new Place("Leer", "DE", 53.23, 7.45, Precision.TOWN, LOWER_SAXONY, null);
    static final Place.AdminArea EST = new Place.AdminArea("BF.08", "Est");
    static final Place GOURMA = new Place("Gourma", "BF", 12.06, 0.36, Precision.ADMIN2, EST, null);
    static final Place FADA_NGOURMA = new Place("Fada N'gourma", "BF", null, null, null, null, null);
    static final Place.AdminArea ENNEDI = new Place.AdminArea("TD.28", "Ennedi-Ouest");
    static final Place FADA_CHAD = new Place("Fada", "TD", 17.19, 21.58, Precision.TOWN, ENNEDI, null);
    static final Place.AdminArea HATAY_PROVINCE = new Place.AdminArea("TR.31", "Hatay");
    static final Place HATAY = new Place("Hatay", "TR", 36.40, 36.35, Precision.ADMIN1, HATAY_PROVINCE, null);
    static final Place.AdminArea YUNNAN = new Place.AdminArea("CN.29", "Yunnan");
    static final Place MILE_CHINA = new Place("Miyang", "CN", 24.40, 103.44, Precision.TOWN, YUNNAN, null);
    static final Place.AdminArea IDLIB_PROVINCE = new Place.AdminArea("SY.10", "Idlib");
    static final Place SARAQIB = new Place("Saraqib", "SY", 35.86, 36.80, Precision.TOWN, IDLIB_PROVINCE, null);

    /**
     * Victims of one role that two outlets give two countries, in places of one name the gazetteer puts in two
     * countries (or one of them in none), with one toll on one day: one outlet's victims were read by a namesake of
     * their place abroad ("Leer", a town of Germany, for Leer County of Unity State), or by its short form ("Fada", a
     * town of Chad, for Fada N'Gourma). One party, and one place. Not when both are towns the gazetteer puts on the
     * map: a story never holds two towns far apart, whichever of them was misread; nor when one text only names the
     * other's place.
     */
    @Test
    void victimsReadByANamesakeAbroadAreOneParty() {
        Incident county = Incident.of(killed("SSDCVL", "SSDREB", 3L, "Leer County", LEER_COUNTY, "2022-03-10",
                "Three civilians were killed on Thursday when armed youth attacked a cattle camp in Leer County, Unity"
                        + " State, the county commissioner said."));
        Incident town = Incident.of(killed("DEUCVL", null, 3L, "Leer", LEER_GERMANY, "2022-03-10",
                "Gunmen killed three people at a cattle camp outside Leer town on Thursday, the commissioner said."));
        IncidentMatch.Verdict v = decide(town, county);
        assertTrue(v.join(), v.toString());
        // two towns on the map, one of them abroad: never one story (the 25 km guarantee holds)
        Incident mapped = Incident.of(killed("SSDCVL", "SSDREB", 3L, "Leer", LEER_TOWN, "2022-03-10",
                "Three civilians were killed on Thursday when armed youth attacked a cattle camp outside Leer town."));
        assertFalse(decide(town, mapped).join(), decide(town, mapped).toString());

        Incident fada = Incident.of(killed("BFACVL", "BFAREB", 3L, "Fada N'Gourma", FADA_NGOURMA, "2023-06-14",
                "Three civilians were killed on Wednesday by armed individuals on the outskirts of Fada N'Gourma."));
        Incident shortened = Incident.of(killed("TCDCVL", null, 3L, "Fada", FADA_CHAD, "2023-06-14",
                "Gunmen killed three people, among them a councillor, on Wednesday in Fada, residents said."));
        v = decide(shortened, fada);
        assertTrue(v.join(), v.toString());

        // a place the other's text names is no namesake: two countries' soldiers, one of them killed over the border
        Incident hatay = Incident.of(killed("TURMIL", null, 2L, "Hatay", HATAY, "2020-02-10",
                "Two Turkish soldiers were killed in Hatay province on Monday by shelling, the ministry said."));
        Incident idlib = Incident.of(killed("SYRMIL", null, 2L, "Saraqib", SARAQIB, "2020-02-10",
                "Two Syrian soldiers were killed near Saraqib on Monday by artillery fired from Hatay."));
        assertEquals("principal", decide(idlib, hatay).block());
    }

    /** A story's place is never refined by a namesake abroad: it stays where its own reports put it. */
    @Test
    void aStoryTakesNoPlaceAbroad() {
        Incident county = Incident.of(killed("SSDCVL", "SSDREB", 3L, "Leer County", LEER_COUNTY, "2022-03-10",
                "Three civilians were killed on Thursday in Leer County, Unity State."));
        Incident town = Incident.of(killed("DEUCVL", null, 3L, "Leer", LEER_GERMANY, "2022-03-10",
                "Gunmen killed three people at a cattle camp outside Leer town on Thursday."));
        assertEquals(LEER_COUNTY, county.widen(town).place());
        assertEquals(LEER_TOWN, county.widen(Incident.of(killed("SSDCVL", null, 3L, "Leer", LEER_TOWN, "2022-03-10",
                "Three people were killed outside Leer town on Thursday."))).place());
    }

    /**
     * Near misses: two countries' forces in one place the gazetteer puts in one country are two parties ("Turkish
     * soldiers" and "Syrian soldiers" killed at Saraqib the same day); so are namesakes abroad with two tolls, or on
     * two days, and victims of two roles.
     */
    @Test
    void twoCountriesVictimsInOneCountrysPlaceOrWithTwoTollsStayApart() {
        Incident turkish = Incident.of(killed("TURMIL", null, 5L, "Saraqib", SARAQIB, "2020-02-10",
                "Five Turkish soldiers were killed in shelling near Saraqib on Monday, the ministry said."));
        Incident syrian = Incident.of(killed("SYRMIL", "SYRREB", 5L, "Saraqib", SARAQIB, "2020-02-10",
                "Five Syrian soldiers were killed by rebel shelling near Saraqib on Monday, state media said."));
        assertEquals("principal", decide(syrian, turkish).block());

        Incident county = Incident.of(killed("SSDCVL", null, 3L, "Leer County", LEER_COUNTY, "2022-03-10",
                "Three civilians were killed on Thursday in an attack in Leer County, Unity State."));
        Incident four = Incident.of(killed("DEUCVL", null, 4L, "Leer", LEER_GERMANY, "2022-03-10",
                "Gunmen killed four people outside Leer town on Thursday."));
        assertEquals("principal", decide(four, county).block());
        Incident later = Incident.of(killed("DEUCVL", null, 3L, "Leer", LEER_GERMANY, "2022-03-12",
                "Gunmen killed three people outside Leer town on Saturday."));
        assertEquals("principal", decide(later, county).block());
        Incident soldiers = Incident.of(killed("DEUMIL", null, 3L, "Leer", LEER_GERMANY, "2022-03-10",
                "Three soldiers were killed outside Leer town on Thursday."));
        assertEquals("principal", decide(soldiers, county).block());
        // two names the gazetteer puts in two countries, neither naming the other: two places, two parties
        Incident gourma = Incident.of(killed("BFACVL", null, 3L, "Gourma", GOURMA, "2023-06-14",
                "Three civilians were killed on Wednesday in Gourma province."));
        Incident mile = Incident.of(killed("CHNCVL", null, 3L, "Mile", MILE_CHINA, "2023-06-14",
                "Three civilians were killed on Wednesday in Mile."));
        assertFalse(decide(mile, gourma).join());
    }

    static final Place.AdminArea AMHARA = new Place.AdminArea("ET.03", "Amhara");
    static final Place ATAYE = new Place("Ataye", "ET", 10.35, 39.93, Precision.TOWN, AMHARA, null);
    static final Place EFRATANA = new Place("Efratana Gidim", "ET", null, null, null, null, null);

    /**
     * A zone is Ethiopia's district ({@code incident/district-words.tsv}): a town of a zone and a district the
     * gazetteer cannot place, both of whose texts name that zone, meet in it ("Ataye town in the North Shewa zone" and
     * "the Efratana Gidim district of North Shewa zone"); two zones are two areas.
     */
    @Test
    void twoTextsNamingOneZoneMeetInIt() {
        Incident town = Incident.of(killed("ETHCVL", null, 5L, "Ataye", ATAYE, "2022-03-08",
                "Five civilians were killed on Tuesday when armed men attacked Ataye town in the North Shewa zone of"
                        + " Amhara region, a local official said."));
        Incident district = Incident.of(killed("ETHCVL", null, 5L, "Efratana Gidim", EFRATANA, "2022-03-08",
                "At least five people were killed in an attack on Tuesday in the Efratana Gidim district of North"
                        + " Shewa zone, residents said."));
        IncidentMatch.Verdict v = decide(district, town);
        assertTrue(v.join(), v.toString());
        assertTrue(v.signals().contains("same-place-district"), v.toString());
        Incident other = Incident.of(killed("ETHCVL", null, 5L, "Efratana Gidim", EFRATANA, "2022-03-08",
                "At least five people were killed in an attack on Tuesday in the Efratana Gidim district of Oromia"
                        + " Special zone, residents said."));
        assertFalse(decide(other, town).join());
    }

    static final Place MANDERA = new Place("Mandera", "SO", null, null, null, null, null);
    static final Place MANDIRA = new Place("Mandira", "SO", null, null, null, null, null);
    static final Place MANDOURI = new Place("Mandouri", "TG", null, null, null, null, null);

    /**
     * Two spellings of a name the gazetteer cannot place are one place by their consonants ("Mandera", "Mandira"),
     * but not names it gives two countries ("Mandera" of Somalia and "Mandouri" of Togo): an attack repelled near
     * Mandouri is not the roadside bomb on the Mandera road that day.
     */
    @Test
    void namesOfTwoCountriesAreNoTwoSpellingsOfOnePlace() {
        Incident mandera = Incident.of(event(EventType.ATTACK, null, null, null, "Mandera", MANDERA, "2022-03-09",
                "A roadside explosive hit a police vehicle on the Mandera road on Wednesday afternoon."));
        Incident mandouri = Incident.of(event(EventType.ATTACK, null, null, null, "Mandouri", MANDOURI, "2022-03-09",
                "Soldiers repelled an attack by armed men on a military post near Mandouri on Wednesday night."));
        assertFalse(decide(mandouri, mandera).join(), decide(mandouri, mandera).toString());
        Incident spelt = Incident.of(event(EventType.ATTACK, null, null, null, "Mandira", MANDIRA, "2022-03-09",
                "An explosive device struck a police vehicle on the road outside Mandira on Wednesday."));
        IncidentMatch.Verdict v = decide(spelt, mandera);
        assertTrue(v.join(), v.toString());
    }

    static final Place.AdminArea BANAADIR = new Place.AdminArea("SO.02", "Banaadir");
    static final Place MOGADISHU = new Place("Mogadishu", "SO", 2.037, 45.344, Precision.TOWN, BANAADIR, null);
    static final Place HAMAR_WEYNE = new Place("Hamar Weyne", "SO", null, null, null, null, null);

    /**
     * One toll in one town on one day, told with the same weapon and the same target, is one incident though the
     * two outlets give two parties (a log that gives the police as the party of a grenade thrown into a restaurant,
     * and the wire that blames al-Shabaab); without the target, or with another, the party still keeps them apart.
     */
    @Test
    void oneTollWeaponAndTargetInOneTownAndDayOutweighTwoParties() {
        Incident wire = Incident.of(killed("SOMCVL", "SOMREB", 3L, "Mogadishu", MOGADISHU, "2023-06-14",
                "Three people were killed when suspected al-Shabaab militants hurled a grenade into a busy restaurant"
                        + " in Hamarweyne district of Mogadishu on Wednesday."));
        Incident log = Incident.of(killed("SOMCVL", "SOMMIL", 3L, "Hamar Weyne", HAMAR_WEYNE, "2023-06-14",
                "On 14 June 2023, a grenade thrown into a restaurant in Hamar Weyne, Mogadishu, killed three"
                        + " civilians."));
        IncidentMatch.Verdict v = decide(log, wire);
        assertTrue(v.join(), v.toString());
        Incident noTarget = Incident.of(killed("SOMCVL", "SOMMIL", 3L, "Hamar Weyne", HAMAR_WEYNE, "2023-06-14",
                "On 14 June 2023, a grenade explosion in Hamar Weyne, Mogadishu, killed three civilians."));
        assertEquals("other party", decide(noTarget, wire).block());
        Incident otherDay = Incident.of(killed("SOMCVL", "SOMMIL", 3L, "Hamar Weyne", HAMAR_WEYNE, "2023-06-15",
                "On 15 June 2023, a grenade thrown into a restaurant in Hamar Weyne, Mogadishu, killed three"
                        + " civilians."));
        assertFalse(decide(otherDay, wire).join());
    }

    static final Place BURKINA = new Place("Burkina Faso", "BF", 12.37, -1.53, Precision.COUNTRY);
    static final Place.AdminArea BF_EST = new Place.AdminArea("BF.08", "Est");
    static final Place GOURMA_PROVINCE = new Place("Gourma", "BF", 12.06, 0.36, Precision.ADMIN2, BF_EST, null);
    static final Place.AdminArea SALAHADDIN_PROVINCE = new Place.AdminArea("IQ.14", "Salah ad Din");
    static final Place SALAHADDIN = new Place("Salahaddin", "IQ", 34.53, 43.48, Precision.ADMIN1, SALAHADDIN_PROVINCE,
            null);
    static final Place SHIRQAT = new Place("al-Shirqat", "IQ", 35.51, 43.23, Precision.ADMIN2, SALAHADDIN_PROVINCE,
            null);
    static final Place SAMARRA = new Place("Samarra", "IQ", 34.20, 43.87, Precision.TOWN, SALAHADDIN_PROVINCE, null);

    /**
     * A province report that says which part of it ("in northern Salahaddin") beside a place that lies in that part,
     * by the province's centre point: evidence, with which the day, the area and the toll make it the only story of the
     * province so placed; a place clearly in the other part is another incident (of a country's part too, "western
     * Burkina Faso" and a province of its east), and one near the centre is neither. A country's part is no evidence:
     * it still holds too many incidents a day.
     */
    @Test
    void aProvincesPartHoldsAPlaceThatLiesThere() {
        Incident district = Incident.of(killed("IRQMIL", "IRQREB", 2L, "al-Shirqat", SHIRQAT, "2021-11-17",
                "Two soldiers were killed on Wednesday in an ISIS attack on an army outpost in al-Shirqat district."));
        Incident north = Incident.of(killed("IRQMIL", "IRQREB", 2L, "Salahaddin", SALAHADDIN, "2021-11-17",
                "Two Iraqi soldiers were killed when ISIS militants attacked a post in northern Salahaddin province on"
                        + " Wednesday."));
        IncidentMatch.Verdict v = decide(north, district);
        assertTrue(v.alone() && v.signals().contains("same-part"), v.toString());
        BestMatch only = new BestMatch(north);
        only.consider("district", district, IncidentMatch.Context.standard());
        assertEquals("district", only.id());
        Incident south = Incident.of(killed("IRQMIL", "IRQREB", 2L, "Salahaddin", SALAHADDIN, "2021-11-17",
                "Two Iraqi soldiers were killed when ISIS militants attacked a post in southern Salahaddin province on"
                        + " Wednesday."));
        assertEquals("other part", decide(south, district).block());
        Incident samarra = Incident.of(killed("IRQMIL", "IRQREB", 2L, "Samarra", SAMARRA, "2021-11-17",
                "Two soldiers were killed on Wednesday in an ISIS attack near Samarra."));
        assertFalse(decide(north, samarra).signals().contains("same-part"), decide(north, samarra).toString());

        Incident brigade = Incident.of(killed("BFAMIL", null, 2L, "Gourma", GOURMA_PROVINCE, "2020-09-22",
                "Two gendarmes were killed on Tuesday when gunmen attacked the gendarmerie brigade of Tanwalbougou, in"
                        + " the Gourma province, the security services said."));
        Incident west = Incident.of(killed("BFAMIL", null, 2L, "Burkina Faso", BURKINA, "2020-09-22",
                "Two gendarmes were killed in an attack on their post in western Burkina Faso on Tuesday."));
        assertEquals("other part", decide(west, brigade).block());
        Incident east = Incident.of(killed("BFAMIL", null, 2L, "Burkina Faso", BURKINA, "2020-09-22",
                "Two gendarmes were killed in an attack on their post in eastern Burkina Faso on Tuesday."));
        assertFalse(decide(east, brigade).signals().contains("same-part"), decide(east, brigade).toString());
    }

    static final Place.AdminArea NORTH_KIVU = new Place.AdminArea("CD.11", "North Kivu");
    static final Place OICHA = new Place("Oicha", "CD", 0.70, 29.52, Precision.TOWN, NORTH_KIVU, null);

    /**
     * A small toll and a higher one the later text says rose to ("at least three civilians killed near Oicha", then "the
     * toll has risen to four") are an early toll and its update: evidence, as an update of a larger toll is. Two small
     * tolls that differ, told without a rise, are none.
     */
    @Test
    void aSmallTollThatRoseIsEvidenceOfItsUpdate() {
        Incident early = Incident.of(killed("CODCVL", null, 3L, "Oicha", OICHA, "2022-03-08",
                "At least three civilians were killed on Tuesday in an attack in a village near Oicha, civil society"
                        + " said."));
        Incident risen = Incident.of(killed("CODCVL", null, 4L, "Oicha", OICHA, "2022-03-08",
                "The toll of Tuesday's attack near Oicha has risen to four civilians killed, the civil society said."));
        IncidentMatch.Verdict v = decide(risen, early);
        assertTrue(v.signals().contains("updated-figure"), v.toString());
        Incident four = Incident.of(killed("CODCVL", null, 4L, "Oicha", OICHA, "2022-03-08",
                "Four civilians were killed on Tuesday in an attack near Oicha, the civil society said."));
        assertFalse(decide(four, early).signals().contains("updated-figure"), decide(four, early).toString());
        // a rise to more than twice the lower toll is another incident's toll
        Incident seven = Incident.of(killed("CODCVL", null, 7L, "Oicha", OICHA, "2022-03-08",
                "The toll of Tuesday's attack near Oicha has risen to seven civilians killed, the civil society said."));
        assertFalse(decide(seven, early).signals().contains("updated-figure"), decide(seven, early).toString());
    }

    static final Place.AdminArea PLATEAU_STATE = new Place.AdminArea("NG.49", "Plateau");
    static final Place PLATEAU = new Place("Plateau", "NG", 9.93, 8.89, Precision.ADMIN1, PLATEAU_STATE, null);
    static final Place BUTURA = new Place("Butura", "NG", null, null, null, null, null);
    static final Place.AdminArea KHERSON_OBLAST = new Place.AdminArea("UA.08", "Kherson");
    static final Place KHERSON = new Place("Kherson", "UA", 46.64, 32.61, Precision.TOWN, KHERSON_OBLAST, null);
    static final Place ANTONIVKA = new Place("Antonivka", "UA", 46.68, 32.73, Precision.TOWN, KHERSON_OBLAST, null);

    /**
     * A place named by its first word ("Butura") is the area another text calls by its full name ("the Butura Kampani
     * community in Bokkos LGA"): the other's text names it. A longer run that is no area ("the Kherson Regional Military
     * Administration") names no place.
     */
    @Test
    void aShortNameIsTheAreaItsLongFormNames() {
        Incident state = Incident.of(killed("NGACVL", null, 3L, "Plateau State", PLATEAU, "2024-11-09",
                "Gunmen on Saturday night attacked the Butura Kampani community in Bokkos Local Government Area of"
                        + " Plateau State, killing three residents."));
        Incident village = Incident.of(killed("NGACVL", null, 3L, "Butura", BUTURA, "2024-11-09",
                "Police confirmed the killing of three people in an attack on Butura in Bokkos LGA on Saturday evening."));
        IncidentMatch.Verdict v = decide(village, state);
        assertTrue(v.join() && v.signals().contains("named-place"), v.toString());
        assertFalse(IncidentSignals.shared().namesLongForm("Bokkos", village.names()));

        Incident city = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", KHERSON, "2023-06-14",
                "Russian troops shelled the Dniprovskyi district of Kherson on Wednesday, killing a woman."));
        Incident settlement = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Antonivka", ANTONIVKA, "2023-06-14",
                "A man was killed in Antonivka, on the eastern outskirts of Kherson, when a Russian drone dropped an"
                        + " explosive on Wednesday, the Kherson Regional Military Administration reported."));
        assertFalse(decide(settlement, city).signals().contains("named-place"), decide(settlement, city).toString());
    }
}
