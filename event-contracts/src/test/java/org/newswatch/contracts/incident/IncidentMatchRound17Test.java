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
 * The classes of the merge rule found on the evaluation streams in issue 16's seventeenth round (the first held-out
 * stream, retired to tuning as {@code incidents-dev7}), each with a pair of reports it joins and pairs it keeps apart.
 */
class IncidentMatchRound17Test {

    static final Place.AdminArea CABO_DELGADO = new Place.AdminArea("MZ.01", "Cabo Delgado");
    /** A district the gazetteer knows, not on the map (as incidents-dev7 has it). */
    static final Place MOCIMBOA = new Place("Mocimboa da Praia", "MZ", null, null, Precision.ADMIN2, CABO_DELGADO,
            new Place.AdminArea("MZ.01.1037368", "Mocimboa da Praia"));

    /**
     * A text that says its toll rose ("rose to seven", "raising an earlier toll of four") gives the update of a lower
     * figure another outlet gave first, up to twice as many: four, then seven, are one ambush's tolls. Without those
     * words, or further apart, two figures are two incidents' tolls.
     */
    @Test
    void aTollTheTextSaysRoseIsTheUpdateOfALowerOne() {
        Incident first = Incident.of(killed("MOZMIL", "MOZREB", 4L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "Four Mozambican soldiers were killed on Wednesday when insurgents ambushed a military convoy on the"
                        + " road between Mocimboa da Praia and Mueda, military sources told Zitamar."));
        Incident risen = Incident.of(killed("MOZMIL", null, 7L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "The number of soldiers killed in Wednesday's ambush in Mocimboa da Praia rose to seven, Carta"
                        + " learned."));
        assertTrue(risen.names().contains(IncidentSignals.RISEN), risen.names().toString());
        IncidentMatch.Verdict v = decide(risen, first);
        assertTrue(v.join(), v.toString());
        Incident raising = Incident.of(killed("MOZMIL", "MOZREB", 7L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "Seven soldiers died in an ambush by insurgents on Wednesday in Mocimboa da Praia district, Cabo"
                        + " Delgado, military sources said, raising an earlier toll of four."));
        assertTrue(decide(raising, first).join(), decide(raising, first).toString());
        // a story that joined the first toll takes the update's figure, for the next report to be compared with
        assertEquals(7L, first.widen(risen).count());
        // without the words: seven and four are two tolls
        Incident seven = Incident.of(killed("MOZMIL", null, 7L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "Seven soldiers were killed in an ambush in Mocimboa da Praia on Wednesday."));
        assertEquals("figures", decide(seven, first).block());
        assertEquals(4L, first.widen(seven).count());
        // more than twice the earlier toll: another incident's, whatever the words
        Incident nine = Incident.of(killed("MOZMIL", null, 9L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "The number of soldiers killed in an ambush in Mocimboa da Praia rose to nine."));
        Incident three = Incident.of(killed("MOZMIL", "MOZREB", 3L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "Three soldiers were killed in an ambush in Mocimboa da Praia on Wednesday."));
        assertEquals("figures", decide(nine, three).block());
        // the lower figure's text saying it rose says nothing of a higher one
        Incident lowerRisen = Incident.of(killed("MOZMIL", null, 4L, "Mocimboa da Praia", MOCIMBOA, "2019-11-13",
                "The toll of an ambush in Mocimboa da Praia rose to four."));
        assertEquals("figures", decide(seven, lowerRisen).block());
        assertFalse(IncidentMatch.risen(lowerRisen, seven, IncidentSignals.shared()));
    }

    static final Place ABU_RASIN = new Place("Zirgan", "SY", null, null, Precision.TOWN,
            new Place.AdminArea("SY.01", "Al-Hasakah"), null);

    /**
     * A report of fighting "near" a town is of its edge or around it, which the town's countryside holds: it meets the
     * report of the town's countryside, which a report of the town itself does not.
     */
    @Test
    void aReportNearATownMeetsItsCountryside() {
        Incident countryside = Incident.of(killed("SYRREB", null, 2L, "Abu Rasin", ABU_RASIN, "2019-11-12",
                "Two fighters of the Syrian Democratic Forces (SDF) were killed on Tuesday in clashes with"
                        + " Turkish-backed factions in the countryside of Abu Rasin (Zirgan), north of Hasakah, a military"
                        + " source told North Press."));
        Incident near = Incident.of(killed("SYRREB", null, 2L, "Abu Rasin", ABU_RASIN, "2019-11-12",
                "On 12 November 2019, two SDF fighters were killed during fighting with Turkish-backed opposition"
                        + " forces near Abu Rasin (Zirgan), Ras al-Ain district, Hasakah governorate."));
        assertTrue(near.names().contains(IncidentSignals.NEARBY + "aburasin"), near.names().toString());
        IncidentMatch.Verdict v = decide(near, countryside);
        assertTrue(v.join(), v.toString());
        assertTrue(decide(countryside, near).join(), decide(countryside, near).toString());
        // in the town itself: not its countryside
        Incident in = Incident.of(killed("SYRREB", null, 2L, "Abu Rasin", ABU_RASIN, "2019-11-12",
                "Two SDF fighters were killed by a car bomb in the centre of Abu Rasin on Tuesday."));
        assertEquals("town and countryside", decide(in, countryside).block());
        // "X, near Y" gives Y as the landmark of X, not a place near which it happened
        Incident landmark = Incident.of(killed("SYRREB", null, 2L, "Manajir", ABU_RASIN, "2019-11-12",
                "Two SDF fighters were killed in Manajir, near Abu Rasin, on Tuesday."));
        assertFalse(landmark.names().contains(IncidentSignals.NEARBY + "aburasin"), landmark.names().toString());
    }

    static final Place.AdminArea MICHOACAN = new Place.AdminArea("MX.16", "Michoacan");
    static final Place TEPALCATEPEC = new Place("Tepalcatepec", "MX", 19.18666, -102.8493, Precision.TOWN, MICHOACAN,
            new Place.AdminArea("MX.16.089", "Tepalcatepec"));
    /** A region the gazetteer does not know: named, in its country, not on the map. */
    static final Place TIERRA_CALIENTE = new Place("Tierra Caliente", "MX", null, null, null, null, null);

    /**
     * A region the gazetteer cannot place, which its text puts in a province ("the Tierra Caliente region of
     * Michoacan"), may hold a town of that province: the two meet in that area, and join only as the area's one
     * candidate (as a province report and its town do), not by their points.
     */
    @Test
    void aRegionOfTheProvinceHoldingATownMeetsItAsAnArea() {
        Incident town = Incident.of(killed("MEXREB", null, 5L, "Tepalcatepec", TEPALCATEPEC, "2019-11-12",
                "Five presumed members of a criminal group were killed on Tuesday in a clash with army troops in"
                        + " Tepalcatepec, Michoacan, the Defence ministry said."));
        Incident region = Incident.of(killed("MEXREB", "MEXMIL", 5L, "Tierra Caliente", TIERRA_CALIENTE, "2019-11-12",
                "Soldiers killed five armed men after being attacked during a patrol in the Tierra Caliente region of"
                        + " Michoacan on Tuesday, the Defence ministry said in a statement."));
        IncidentMatch.Verdict v = decide(region, town);
        assertFalse(v.join(), v.toString());
        assertTrue(v.alone() && v.signals().contains("within-coarse-place"), v.toString());
        assertTrue(decide(town, region).alone(), decide(town, region).toString());
        // a region of another province: nothing says it holds the town
        Incident elsewhere = Incident.of(killed("MEXREB", "MEXMIL", 5L, "Tierra Caliente", TIERRA_CALIENTE,
                "2019-11-12", "Soldiers killed five armed men in the Tierra Caliente region of Guerrero on Tuesday."));
        assertFalse(decide(elsewhere, town).alone(), decide(elsewhere, town).toString());
        // a district of another name is beside the town, not around it
        Incident district = Incident.of(killed("MEXREB", "MEXMIL", 5L, "Aguililla",
                new Place("Aguililla", "MX", null, null, Precision.TOWN, MICHOACAN, null), "2019-11-12",
                "Soldiers killed five armed men in the Aguililla municipality of Michoacan on Tuesday."));
        assertFalse(decide(district, town).alone(), decide(district, town).toString());
    }

    static final Place.AdminArea ITURI = new Place.AdminArea("CD.17", "Ituri");
    /** A territory and two villages of it the gazetteer knows by name, none on the map (as incidents-dev7 has them). */
    static final Place DJUGU = new Place("Djugu", "CD", null, null, Precision.ADMIN2, ITURI,
            new Place.AdminArea("CD.17.05", "Djugu"));
    static final Place DRODRO = new Place("Drodro", "CD", null, null, Precision.TOWN, ITURI, null);
    static final Place FATAKI = new Place("Fataki", "CD", null, null, Precision.TOWN, ITURI, null);

    /**
     * A story of a district that a report of a village off the map joined, the village's text putting it in that
     * district ("Drodro, in the Bahema Nord chiefdom of Djugu territory"), is of that village: a report of another
     * village of the district ("Fataki, Djugu territory") is another incident, which it met as the district's report
     * by naming the district; a report of the district naming the village joins it.
     */
    @Test
    void aDistrictStoryTakesTheVillageItsReportPutsInIt() {
        Incident district = Incident.of(killed("CODCVL", "CODREB", 3L, "Djugu", DJUGU, "2019-11-12",
                "Three civilians, among them a woman, were killed with machetes on Tuesday 12 November by suspected"
                        + " CODECO assailants in Djugu territory, Ituri, according to local sources."));
        Incident drodro = Incident.of(killed("CODCVL", null, 3L, "Drodro", DRODRO, "2019-11-12",
                "Three people, including a woman, were hacked to death on Tuesday in Drodro, in the Bahema Nord"
                        + " chiefdom of Djugu territory."));
        Incident fataki = Incident.of(killed("CODCVL", null, 3L, "Fataki", FATAKI, "2019-11-12",
                "Three men were shot dead on Tuesday evening in Fataki, Djugu territory, by unidentified armed men."));
        assertTrue(decide(drodro, district).join(), decide(drodro, district).toString());
        assertTrue(decide(fataki, district).join(), "the district's report alone: " + decide(fataki, district));
        assertTrue(IncidentMatch.namedInside(drodro, district));
        Incident story = district.widen(drodro);
        assertEquals("Drodro", story.location());
        assertEquals("other village", decide(fataki, story).block());
        Incident tracker = Incident.of(killed("CODCVL", "CODREB", 3L, "Djugu", DJUGU, "2019-11-12",
                "12/11/2019 - Drodro, Djugu territory, Ituri: CODECO combatants killed 3 civilians."));
        assertTrue(decide(tracker, story).join(), decide(tracker, story).toString());
        // a village whose text does not put it in the district, or a district of another name: the story keeps its area
        Incident silent = Incident.of(killed("CODCVL", null, 3L, "Drodro", DRODRO, "2019-11-12",
                "Three people were hacked to death on Tuesday in Drodro."));
        assertFalse(IncidentMatch.namedInside(silent, district));
        assertEquals("Djugu", district.widen(silent).location());
        assertFalse(IncidentMatch.namedInside(district, drodro));
    }

    static final Place NORTH_WAZIRISTAN = new Place("North Waziristan", "PK", 33.00059, 70.07117, Precision.ADMIN2,
            new Place.AdminArea("PK.03", "Khyber Pakhtunkhwa"),
            new Place.AdminArea("PK.03.1168875", "North Waziristan"));
    /** A town the gazetteer does not know: named, in its country, nothing else. */
    static final Place MIR_ALI = new Place("Mir Ali", "PK", null, null, null, null, null);

    /**
     * A report placed in a district whose text names the part of it where it happened ("the Datta Khel area of North
     * Waziristan") is not the incident of a town of another name in that district ("near Mir Ali in North
     * Waziristan"), which neither text names beside the other's; a report of the district naming no part, or naming
     * the town, may be.
     */
    @Test
    void aPartOfTheDistrictTheTextNamesIsNotAnotherTownOfIt() {
        Incident district = Incident.of(killed("PAKMIL", "PAKREB", 2L, "North Waziristan", NORTH_WAZIRISTAN,
                "2019-11-12", "Two soldiers were martyred on Tuesday when terrorists opened fire on a security forces'"
                        + " patrol in North Waziristan tribal district, the military's media wing said."));
        Incident mirAli = Incident.of(killed("PAKMIL", null, 2L, "Mir Ali", MIR_ALI, "2019-11-12",
                "Two soldiers embraced martyrdom when militants ambushed a patrol near Mir Ali in North Waziristan on"
                        + " Tuesday, officials said."));
        Incident dattaKhel = Incident.of(killed("PAKMIL", null, 2L, "North Waziristan", NORTH_WAZIRISTAN,
                "2019-11-12", "Two soldiers were martyred when an improvised explosive device went off near their"
                        + " vehicle in the Datta Khel area of North Waziristan on Tuesday, ISPR said."));
        assertTrue(dattaKhel.names().contains(IncidentSignals.SPOT + "datakhel"), dattaKhel.names().toString());
        assertEquals("other part", decide(dattaKhel, mirAli).block());
        assertEquals("other part", decide(mirAli, dattaKhel).block());
        Incident story = district.widen(mirAli);
        assertEquals("Mir Ali", story.location());
        assertEquals("other part", decide(dattaKhel, story).block());
        // the district's report naming no part of it: nothing tells them apart but the day's other incidents
        assertTrue(decide(mirAli, district).join(), decide(mirAli, district).toString());
        // a report naming the town as the part: the same place
        Incident subdivision = Incident.of(killed("PAKMIL", "PAKREB", 2L, "North Waziristan", NORTH_WAZIRISTAN,
                "2019-11-12", "Two soldiers were martyred on Tuesday after terrorists fired on a patrol in the Mir Ali"
                        + " area of North Waziristan."));
        assertTrue(decide(subdivision, story).join(), decide(subdivision, story).toString());
        // a town the gazetteer puts in the district the text names as the part: nothing says it is elsewhere
        Place.AdminArea zamfara = new Place.AdminArea("NG.57", "Zamfara");
        Incident lga = Incident.of(killed("NGACVL", "NGAREB", 5L, "Zamfara State",
                new Place("Zamfara", "NG", 12.17024, 6.66412, Precision.ADMIN1, zamfara, null), "2023-06-13",
                "Bandits on motorcycles have killed five people in an attack on a village in Zurmi Local Government"
                        + " Area of Zamfara State, residents said on Tuesday."));
        Incident inZurmi = Incident.of(killed("NGACVL", null, 5L, "Kadawa",
                new Place("Kadawa", "NG", 12.6, 6.7, Precision.TOWN, zamfara,
                        new Place.AdminArea("NG.57.814", "Zurmi")), "2023-06-13",
                "Gunmen killed five villagers in Kadawa on Tuesday."));
        assertFalse("other part".equals(decide(inZurmi, lga).block()), decide(inZurmi, lga).toString());
        Incident inBukkuyum = Incident.of(killed("NGACVL", null, 5L, "Adabka",
                new Place("Adabka", "NG", 12.1, 5.9, Precision.TOWN, zamfara,
                        new Place.AdminArea("NG.57.803", "Bukkuyum")), "2023-06-13",
                "Gunmen killed five villagers in Adabka on Tuesday."));
        assertEquals("other part", decide(inBukkuyum, lga).block());
    }

    static final Place.AdminArea TILLABERI = new Place.AdminArea("NE.09", "Tillaberi");
    /** A department the gazetteer knows, not on the map, and a town it places without its department (incidents-dev6). */
    static final Place BANIBANGOU = new Place("Banibangou", "NE", null, null, Precision.ADMIN2, TILLABERI,
            new Place.AdminArea("NE.09.11996013", "Banibangou"));
    static final Place TERA = new Place("Tera", "NE", 14.00776, 0.75306, Precision.TOWN, TILLABERI, null);

    /**
     * A name the gazetteer reads as a district, which its text gives as the town near which it happened ("near
     * Banibangou, in the north of the Tillaberi region"), is that town, not a district that may hold the other's town
     * ("near Tera"): the two do not meet as an area's only candidate. A text calling it the district still meets it.
     */
    @Test
    void aDistrictTheTextGivesAsATownNearbyIsNoAreaHoldingAnotherTown() {
        Incident tera = Incident.of(killed("NERMIL", null, 4L, "Tera", TERA, "2023-06-14",
                "Four Nigerien soldiers were killed on Wednesday in an ambush by unidentified armed men near Tera, in"
                        + " the Tillaberi region, security sources said."));
        Incident near = Incident.of(killed("NERMIL", null, 4L, "Banibangou", BANIBANGOU, "2023-06-14",
                "Four soldiers lost their lives on Wednesday when their vehicle hit an improvised explosive device near"
                        + " Banibangou, in the north of the Tillaberi region."));
        IncidentMatch.Verdict v = decide(near, tera);
        assertFalse(v.join() || v.alone(), v.toString());
        assertFalse(decide(tera, near).join() || decide(tera, near).alone(), decide(tera, near).toString());
        Incident department = Incident.of(killed("NERMIL", null, 4L, "Banibangou", BANIBANGOU, "2023-06-14",
                "Four soldiers were killed on Wednesday when their vehicle hit a mine in Banibangou department, in the"
                        + " Tillaberi region."));
        assertTrue(decide(department, tera).alone(), decide(department, tera).toString());
    }
}
