package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Place.Precision;
import org.newswatch.contracts.Qualifier;

/** The one merge decision: what joins two reports, what keeps them apart, and its data files. */
class IncidentMatchTest {

    static final Place BUSRA = new Place("Busra al-Sham", "SY", 32.5178, 36.4811, Precision.TOWN);
    static final Place NAWA = new Place("Nawa", "SY", 32.8906, 36.0431, Precision.TOWN);
    static final Place DARAA = new Place("Daraa", "SY", 32.6189, 36.1021, Precision.TOWN);
    static final Place DARAA_PROVINCE = new Place("Daraa Governorate", "SY", 32.92, 36.17, Precision.ADMIN1);
    static final Place SAYDA = new Place("Sayda", "SY", 32.6667, 36.2000, Precision.TOWN); // 10 km from Daraa
    static final IncidentMatch.Context STANDARD = IncidentMatch.Context.standard();

    static ExtractedEvent killed(String victim, String actor, Long count, String location, Place place, String date,
            String evidence) {
        return new ExtractedEvent(1, "e", "a", EventType.KILLED, victim, actor, count, null,
                count == null ? null : Qualifier.EXACT, null, false, null, location, place,
                date == null ? null : LocalDate.parse(date), null, evidence, 0, 1, "t", 0.9, null, null, null, null);
    }

    static Incident at(Long count, String location, Place place, String date) {
        return Incident.of(killed("SYRCVL", null, count, location, place, date, "evidence"));
    }

    static IncidentMatch.Verdict decide(Incident a, Incident b) {
        return IncidentMatch.decide(a, b, STANDARD);
    }

    @Test
    void twoOutletsReportsOfOneIncidentJoinWithTheirSignals() {
        Incident monitor = Incident.of(killed("SYRCVL", "SYRREB", 3L, "Busra al-Sham", BUSRA, "2020-03-03",
                "On 3 March 2020, an IED blast hit a bus in Busra al-Sham, killing 3 civilians."));
        Incident wire = Incident.of(killed("SYRCVL", null, 5L, "Busra al-Sham", BUSRA, "2020-03-03",
                "Five civilians were killed when a roadside bomb struck a minibus in the town of Busra al-Sham."));
        IncidentMatch.Verdict v = decide(wire, monitor);
        assertTrue(v.join(), v.toString());
        assertTrue(v.signals().containsAll(List.of("same-day", "same-place-town", "same-weapon:explosive",
                "same-target:vehicle")), v.signals().toString());
        assertFalse(v.signals().stream().anyMatch(s -> s.startsWith("same-figure")), "3 and 5: an update, no evidence");
    }

    @Test
    void anUnknownPlaceIsNoEvidenceAndANullCountNoWildcard() {
        Incident placed = at(22L, "Daraa", DARAA, "2020-03-03");
        IncidentMatch.Verdict unplaced = decide(at(22L, null, null, "2020-03-03"), placed);
        assertFalse(unplaced.join());
        // (Syrian civilians given no place meet a Syrian town only as the country's one candidate so placed, never by
        // their points, however large the toll: IncidentMatchRound22Test; victims of no country stay unplaced)
        assertTrue(unplaced.alone(), unplaced.toString());
        Incident partyless = Incident.of(killed(null, null, 22L, null, null, "2020-03-03", "evidence"));
        IncidentMatch.Verdict nowhere = decide(partyless, placed);
        assertFalse(nowhere.join());
        assertEquals("place unknown", nowhere.block());

        // the same day and town: joins by place and day, but the figure adds nothing
        IncidentMatch.Verdict uncounted = decide(at(null, "Daraa", DARAA, "2020-03-03"), placed);
        assertTrue(uncounted.join());
        assertFalse(uncounted.signals().stream().anyMatch(s -> s.startsWith("same-figure")));
        // a day apart a figure on one side only is another loss
        assertEquals("figure on one side", decide(at(null, "Daraa", DARAA, "2020-03-04"), placed).block());
        // a nearby town the same day with the same small figure: not enough evidence
        IncidentMatch.Verdict near = decide(at(1L, "Sayda", SAYDA, "2020-03-03"), at(1L, "Daraa", DARAA,
                "2020-03-03"));
        assertFalse(near.join(), near.toString());
        assertNull(near.block());
    }

    @Test
    void townsFurtherApartThanTheirRadiusOrOtherPartiesOrTargetsBlock() {
        assertEquals("place", decide(at(1L, "Nawa", NAWA, "2020-03-03"), at(1L, "Busra al-Sham", BUSRA,
                "2020-03-03")).block(), "two towns 50 km apart");
        Incident byIs = Incident.of(killed("SYRCVL", "IMGREB", 1L, "Daraa", DARAA, "2020-03-03", "shot dead"));
        Incident byArmy = Incident.of(killed("SYRCVL", "SYRMIL", 1L, "Daraa", DARAA, "2020-03-03", "shot dead"));
        assertEquals("other party", decide(byIs, byArmy).block());
        Incident bus = Incident.of(killed("SYRCVL", null, 1L, "Daraa", DARAA, "2020-03-03",
                "A landmine hit a bus near Daraa, killing one."));
        Incident checkpoint = Incident.of(killed("SYRCVL", null, 1L, "Daraa", DARAA, "2020-03-03",
                "A landmine exploded at a checkpoint near Daraa, killing one."));
        assertEquals("targets", decide(bus, checkpoint).block());
        assertEquals("figures", decide(at(2L, "Daraa", DARAA, "2020-03-03"), at(9L, "Daraa", DARAA,
                "2020-03-03")).block());
        assertEquals("date", decide(at(2L, "Daraa", DARAA, "2020-03-03"), at(2L, "Daraa", DARAA,
                "2020-03-06")).block());
    }

    @Test
    void aTemplateRepeatedWithAnotherFigureIsAnotherIncidentUnlessIngestMarkedTheArticleACopy() {
        Incident first = Incident.of(killed("TURMIL", null, 22L, "Idlib", null, "2020-02-27",
                "At least 22 Turkish soldiers were killed near Idlib today"));
        Incident second = Incident.of(killed("TURMIL", null, 40L, "Idlib", null, "2020-02-27",
                "At least 40 Turkish soldiers were killed near Idlib today"));
        assertEquals("figures", decide(second, first).block(), "similar sentences are evidence, not a licence");
        IncidentMatch.Verdict copy = IncidentMatch.decide(second, first, STANDARD.withNearDuplicate(true));
        assertTrue(copy.join() && copy.signals().contains("near-duplicate"), copy.toString());
    }

    @Test
    void oppositePartsOfOneAreaAreTwoIncidents() {
        // "south Kashmir" and "north Kashmir's Sopore": one area name, two parts of it
        Incident south = Incident.of(killed("SYRREB", null, 2L, "Daraa", DARAA_PROVINCE, "2020-03-03",
                "Security forces killed two militants in an encounter in south Daraa on Tuesday."));
        Incident north = Incident.of(killed("SYRREB", null, 2L, "Sayda", SAYDA, "2020-03-03",
                "Two militants were killed in north Daraa's Sayda on Tuesday."));
        assertEquals("other part", decide(north, south).block());
        // ... overlapping parts ("northern", "north-western") are no evidence against
        assertFalse(IncidentSignals.otherParts(List.of("<n<daraa"), List.of("<nw<daraa")));
        assertTrue(IncidentSignals.otherParts(List.of("<e<ghouta"), List.of("<w<ghouta")));
        assertEquals("nw", IncidentSignals.half("north-western"));
        assertEquals("s", IncidentSignals.half("southern"));
        assertNull(IncidentSignals.half("northerly"));
    }

    @Test
    void aProvinceAndItsTownOfOneNameAreNotOnePlace() {
        Incident province = Incident.of(killed("SYRMIL", null, 3L, "Daraa", DARAA, "2020-03-03",
                "Three soldiers were killed in Syria's Daraa province on Tuesday."));
        assertEquals(Precision.ADMIN1, province.place().precision(), "the evidence names the province");
        Incident town = Incident.of(killed("SYRMIL", null, 3L, "Daraa", DARAA, "2020-03-03", "evidence"));
        IncidentMatch.Verdict v = decide(town, province);
        assertTrue(v.signals().contains("within-coarse-place"), v.signals().toString());
        assertFalse(v.signals().contains("same-place-town"));
    }

    @Test
    void aStoryTakesTheMostPreciseCompatiblePlace() {
        Incident province = at(2L, "Daraa Governorate", DARAA_PROVINCE, "2020-03-03");
        Incident town = at(2L, "Daraa", DARAA, "2020-03-03");
        Incident story = province.widen(town);
        assertEquals("Daraa", story.location());
        assertEquals("place", decide(at(2L, "Busra al-Sham", BUSRA, "2020-03-03"), story).block(),
                "two towns far apart do not join through their province");
        assertSame(story, story.widen(town), "nothing new: the same summary");
        assertEquals(4L, story.widen(at(4L, "Daraa", DARAA, "2020-03-03")).count(), "a toll's update");
        assertEquals(2L, story.widen(at(1L, "Daraa", DARAA, "2020-03-03")).count(), "a lower figure is kept out");
        assertEquals(2L, story.widen(at(9L, "Daraa", DARAA, "2020-03-03")).count(), "another toll is kept out");
    }

    @Test
    void aReportNamingTheOthersTownPlacesItThere() {
        Incident state = Incident.of(killed("NGACVL", "NGAREB", 2L, "Katsina State",
                new Place("Katsina", "NG", 12.5, 7.5, Precision.ADMIN1), "2020-03-04",
                "Bandits killed two persons in Batsari Local Government Area of Katsina State, police said."));
        Incident town = Incident.of(killed("NGACVL", "NGAREB", 2L, "Batsari",
                new Place("Batsari", "NG", 12.75, 7.25, Precision.TOWN), "2020-03-04", "bandits attacked Batsari"));
        assertTrue(state.names().contains("batsari"), state.names().toString());
        IncidentMatch.Verdict v = decide(town, state);
        assertTrue(v.join() && v.signals().contains("named-place"), v.toString());
    }

    static final Place GHAZNI = new Place("Ghazni", "AF", 33.55, 68.42, Precision.ADMIN1,
            new Place.AdminArea("AF.08", "Ghazni"), null);
    static final Place ANDAR = new Place("Andar", "AF", 33.32, 68.44, Precision.ADMIN2,
            new Place.AdminArea("AF.08", "Ghazni"), new Place.AdminArea("AF.08.614", "Andar"));
    static final Place QARABAGH = new Place("Qarah Bagh", "AF", 33.20, 68.11, Precision.ADMIN2,
            new Place.AdminArea("AF.08", "Ghazni"), new Place.AdminArea("AF.08.613", "Qarah Bagh"));

    static Incident police(Long count, String location, Place place, String evidence) {
        return Incident.of(killed("AFGMIL", "AFGREB", count, location, place, "2020-03-03", evidence));
    }

    @Test
    void aProvinceReportJoinsTheOnlyStoryOfItsProvinceAndDayThatFitsNeverOneOfTwo() {
        Incident andar = police(3L, "Andar", ANDAR,
                "Three policemen were killed when Taliban militants attacked a check post in Andar district.");
        Incident qarabagh = police(3L, "Qarabagh", QARABAGH,
                "Three policemen lost their lives in a clash with Taliban in Qarabagh district.");
        Incident province = police(4L, "Ghazni", GHAZNI,
                "At least four police were killed in a Taliban attack on a checkpoint in Ghazni province on Tuesday.");
        IncidentMatch.Verdict v = decide(province, andar);
        assertFalse(v.join(), "a province holds several incidents a day: its points alone never join it");
        assertTrue(v.alone(), v.toString());

        BestMatch one = new BestMatch(province);
        one.consider("andar", andar, STANDARD);
        assertEquals("andar", one.id(), "the only story of Ghazni that day");
        assertTrue(one.verdict().join() && one.verdict().signals().contains(IncidentMatch.ALONE_IN_AREA),
                one.verdict().toString());

        BestMatch two = new BestMatch(province);
        two.consider("andar", andar, STANDARD);
        two.consider("qarabagh", qarabagh, STANDARD);
        assertNull(two.id(), "two stories of Ghazni that day: which one the province report tells is unknown");
        assertNull(two.verdict());

        // the same area a day apart, or no figure to compare, is no such evidence
        Incident nextDay = Incident.of(killed("AFGMIL", "AFGREB", 3L, "Ghazni", GHAZNI, "2020-03-04",
                "Three police were killed in Ghazni province."));
        assertFalse(decide(nextDay, andar).alone());
        Incident uncounted = police(null, "Ghazni", GHAZNI, "Police were killed in Ghazni province.");
        assertFalse(decide(uncounted, andar).alone());
    }

    @Test
    void twoReportsOfOneProvinceAloneJoinAsTheOnlyStoryThereUnlessTheTollIsLarge() {
        Incident one = police(2L, "Ghazni", GHAZNI, "Two soldiers were killed when Taliban attacked an outpost in"
                + " Ghazni province on Tuesday.");
        Incident two = police(2L, "Ghazni", GHAZNI, "Two soldiers of the army were killed in a clash in the north of"
                + " Ghazni province on Tuesday.");
        IncidentMatch.Verdict v = decide(two, one);
        assertTrue(!v.join() && v.alone(), v.toString());
        // the same large toll of one province is no daily coincidence: it joins by its points, as before
        Incident large = Incident.of(killed("TURMIL", null, 13L, "Idlib", new Place("Idlib", "SY", 35.93, 36.63,
                Precision.ADMIN1), null, "13 Turkish soldiers were killed in Idlib earlier this month."));
        Incident largeAgain = Incident.of(killed("TURMIL", null, 13L, "Idlib", new Place("Idlib", "SY", 35.93,
                36.63, Precision.ADMIN1), "2020-02-11", "clashes that killed 13 Turkish soldiers in Idlib"));
        assertTrue(decide(largeAgain, large).join(), decide(largeAgain, large).toString());
        // a loss: the kind of equipment is what tells one area's losses apart, a figure on one side or not
        Place idlib = new Place("Idlib", "SY", 35.93, 36.63, Precision.ADMIN1);
        Incident targets = Incident.of(new ExtractedEvent(1, "e", "a", EventType.EQUIPMENT_LOSS, "SYRMIL", "TURMIL",
                null, null, null, null, false, org.newswatch.contracts.Equipment.OTHER, "Idlib", idlib,
                LocalDate.parse("2020-02-10"), null, "Turkish troops destroyed several government targets", 0, 1, "t",
                0.9, null, null, null, null));
        Incident destroyed = Incident.of(new ExtractedEvent(1, "e", "b", EventType.EQUIPMENT_LOSS, "SYRMIL", null,
                101L, null, Qualifier.EXACT, null, false, org.newswatch.contracts.Equipment.OTHER, "Idlib", idlib,
                LocalDate.parse("2020-02-10"), null, "Turkish forces hit 115 targets and destroyed 101 of them", 0, 1,
                "t", 0.9, null, null, null, null));
        IncidentMatch.Verdict loss = decide(destroyed, targets);
        assertTrue(!loss.join() && loss.alone(), loss.toString());
    }

    @Test
    void russianAndSyrianAircraftAreNamedForOneAnotherButOtherPerpetratorsBlock() {
        Place idlib = new Place("Idlib", "SY", 35.93, 36.63, Precision.TOWN);
        Incident russian = Incident.of(killed("SYRCVL", "RUSMIL", 4L, "Idlib", idlib, "2020-03-03",
                "Russian air strikes killed four civilians including a child in the city of Idlib on Tuesday."));
        Incident regime = Incident.of(killed("SYRCVL", "SYRMIL", 4L, "Idlib", idlib, "2020-03-03",
                "Russian or Syrian government aircraft struck residential areas of Idlib city, killing 4 civilians."));
        IncidentMatch.Verdict v = decide(regime, russian);
        assertTrue(v.join(), v.toString());
        assertFalse(v.signals().contains("same-perpetrator"), "a confusion is no evidence: " + v);
        Incident rebels = Incident.of(killed("SYRCVL", "SYRREB", 4L, "Idlib", idlib, "2020-03-03",
                "Rebel shelling killed four civilians in Idlib city."));
        assertEquals("other party", decide(rebels, russian).block());
    }

    @Test
    void aProvinceReportNamingAnotherDistrictIsNotTheOthersIncident() {
        Place katsina = new Place("Katsina", "NG", 12.5, 7.5, Precision.ADMIN1,
                new Place.AdminArea("NG.21", "Katsina"), null);
        Place batsari = new Place("Batsari", "NG", 12.75, 7.25, Precision.TOWN,
                new Place.AdminArea("NG.21", "Katsina"), new Place.AdminArea("NG.21.1", "Batsari"));
        Incident town = Incident.of(killed("NGACVL", "NGAREB", 2L, "Batsari", batsari, "2020-03-04",
                "Two persons were killed when gunmen invaded Batsari town in Katsina State."));
        Incident jibia = Incident.of(killed("NGACVL", "NGAREB", 2L, "Katsina State", katsina, "2020-03-04",
                "Two people were killed when bandits attacked a village in Jibia Local Government Area of Katsina"
                        + " State on Wednesday."));
        assertTrue(jibia.names().contains(IncidentSignals.AREA + "jibia"), jibia.names().toString());
        IncidentMatch.Verdict v = decide(jibia, town);
        assertFalse(v.join() || v.alone(), "it says where in Katsina: Jibia, not Batsari: " + v);
        Incident state = Incident.of(killed("NGACVL", "NGAREB", 2L, "Katsina State", katsina, "2020-03-04",
                "Two people were killed when bandits attacked a village of Katsina State on Wednesday."));
        assertTrue(decide(state, town).alone(), "naming no district, it may be Batsari's");
    }

    @Test
    void aDistrictAndATownTheGazetteerPutsInAnotherDistrictAreSideBySide() {
        Place sirwah = new Place("Sirwah", "YE", 15.449, 45.019, Precision.ADMIN2,
                new Place.AdminArea("YE.14", "Ma'rib"), new Place.AdminArea("YE.14.2606", "Sirwah"));
        Place marib = new Place("Ma'rib", "YE", 15.463, 45.326, Precision.TOWN,
                new Place.AdminArea("YE.14", "Ma'rib"), new Place.AdminArea("YE.14.2612", "Marib"));
        Incident district = Incident.of(killed("YEMMIL", "YEMREB", 3L, "Sirwah", sirwah, "2020-03-04",
                "Three soldiers were killed in a Houthi attack on army positions in Sirwah district."));
        Incident city = Incident.of(killed("YEMMIL", "YEMREB", 3L, "Marib", marib, "2020-03-04",
                "Three soldiers were killed when a missile struck a camp on the outskirts of Marib city."));
        assertEquals("place", decide(city, district).block(), "33 km apart, within the district's radius");
        Place sirwahTown = new Place("Kofal", "YE", 15.50, 45.05, Precision.TOWN,
                new Place.AdminArea("YE.14", "Ma'rib"), new Place.AdminArea("YE.14.2606", "Sirwah"));
        Incident inside = Incident.of(killed("YEMMIL", "YEMREB", 3L, "Kofal", sirwahTown, "2020-03-04",
                "Three soldiers were killed in Kofal."));
        assertEquals(IncidentMatch.Fit.WITHIN, IncidentMatch.fit(inside, district, IncidentSignals.shared()));
    }

    @Test
    void twoDistrictsOfTwoNamesAreSideBySideEvenWhereTheGazetteerCannotPlaceThem() {
        // issue 16, incidents-dev3 (m036, m163): people fleeing a village of Nangade district on Tuesday and of
        // Quissanga district on Thursday; the gazetteer knows both as districts of Cabo Delgado, without coordinates.
        // A displacement is a lenient type (nothing blocks: it joins), so "unplaced" joined them
        Place.AdminArea cabo = new Place.AdminArea("MZ.01", "Cabo Delgado");
        Place nangade = new Place("Nangade", "MZ", null, null, Precision.ADMIN2, cabo,
                new Place.AdminArea("MZ.01.9252736", "Nangade"));
        Place quissanga = new Place("Quissanga", "MZ", null, null, Precision.ADMIN2, cabo, null);
        Incident fled = Incident.of(event(EventType.DISPLACEMENT, "MOZCVL", null, null, "Nangade", nangade,
                "2021-06-22", "Residents fled into the bush."));
        Incident raided = Incident.of(event(EventType.DISPLACEMENT, "MOZCVL", null, null, "Quissanga", quissanga,
                "2021-06-24", "Insurgents raided a village in Quissanga district on Thursday and set fire to houses."));
        assertEquals(IncidentMatch.Fit.FAR, IncidentMatch.fit(raided, fled, IncidentSignals.shared()));
        assertEquals("place", decide(raided, fled).block());
        // one district the gazetteer knows under two names (one code) is one district
        Place other = new Place("Nangadi", "MZ", null, null, Precision.ADMIN2, cabo,
                new Place.AdminArea("MZ.01.9252736", "Nangade"));
        Incident alias = Incident.of(event(EventType.DISPLACEMENT, "MOZCVL", null, null, "Nangadi", other,
                "2021-06-22", "Villagers fled Nangadi district."));
        assertEquals(IncidentMatch.Fit.UNPLACED, IncidentMatch.fit(alias, fled, IncidentSignals.shared()));
    }

    @Test
    void aReportPlacedOnlyByItsLandmarksMeetsAReportAtOneOfThem() {
        // issue 16, incidents-dev3 (m065, m088): an ambush "between Mogadishu and Afgooye", which the engine places
        // at Mogadishu, and the same ambush "on the outskirts of Afgoye town", 27 km away in another region
        Place mogadishu = new Place("Mogadishu", "SO", 2.03711, 45.34375, Precision.TOWN,
                new Place.AdminArea("SO.02", "Banaadir"), null);
        Place afgooye = new Place("Afgooye", "SO", 2.1381, 45.1212, Precision.TOWN,
                new Place.AdminArea("SO.14", "Lower Shabeelle"), null);
        Incident road = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Mogadishu", mogadishu, "2021-06-23",
                "Two soldiers were killed on Wednesday when al-Shabaab fighters attacked a military convoy travelling"
                        + " between Mogadishu and Afgooye, a military officer told Somali Guardian."));
        Incident town = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Afgoye", afgooye, "2021-06-23",
                "Two Somali National Army soldiers were killed and three others injured after al-Shabaab militants"
                        + " ambushed their convoy on the outskirts of Afgoye town in Lower Shabelle on Wednesday."));
        // a place given only as a landmark is known by its coordinates, not to a town's precision: a story that joins
        // the two reports joins no two towns 27 km apart (issue 16's place rule, IncidentScorer.farTowns)
        assertNull(road.place().precision(), road.place().toString());
        assertEquals(Precision.TOWN, town.place().precision());
        IncidentMatch.Verdict v = decide(road, town);
        assertFalse(v.join(), "they meet in an area: the only such story of the day joins, " + v);
        assertTrue(v.alone() && v.signals().contains("within-coarse-place"), v.toString());
        assertTrue(decide(town, road).alone(), "either way round");
        // a report of Mogadishu itself (not a landmark) stays 27 km from Afgoye
        Incident city = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Mogadishu", mogadishu, "2021-06-23",
                "Two soldiers were killed on Wednesday when al-Shabaab fighters attacked a checkpoint in Mogadishu."));
        assertEquals("place", decide(city, town).block());
        // a landmark that is not the other's place says nothing of it
        Incident elsewhere = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Mogadishu", mogadishu, "2021-06-23",
                "Two soldiers were killed on Wednesday when al-Shabaab attacked a convoy between Mogadishu and Balcad."));
        assertEquals("place", decide(elsewhere, town).block());
    }

    @Test
    void aTextThatNamesTheProvinceOfItsPlaceOutweighsTheGazetteersNamesake() {
        // issue 16, incidents-dev3 (m133, m153): "Al-Zahir district in Al-Bayda governorate", which the gazetteer
        // reads as the Az Zahir district of Al Jawf (Yemen has several), and "a district centre in the province of Bayda"
        Place zahir = new Place("Az Zahir", "YE", 16.31733, 44.49505, Precision.ADMIN2,
                new Place.AdminArea("YE.21", "Al Jawf"), new Place.AdminArea("YE.21.1604", "Az Zahir"));
        Place bayda = new Place("Al Bayda", "YE", 13.98523, 45.57272, Precision.ADMIN1,
                new Place.AdminArea("YE.20", "Al Bayda"), null);
        Incident district = Incident.of(event(EventType.CAPTURE, "YEMMIL", null, null, "Al-Zahir", zahir,
                "2021-06-24", "The national army on Thursday liberated the centre of Al-Zahir district in Al-Bayda"
                        + " governorate from the Houthi militia."));
        Incident province = Incident.of(event(EventType.CAPTURE, "YEMMIL", null, null, "Bayda", bayda,
                "2021-06-24", "Yemeni government forces took control of a district centre in the central province"
                        + " of Bayda on Thursday."));
        assertEquals(IncidentMatch.Fit.WITHIN, IncidentMatch.fit(district, province, IncidentSignals.shared()));
        assertTrue(decide(district, province).join(), "a capture, lenient: nothing keeps them apart");
        assertTrue(decide(province, district).join(), "either way round");
        // a text that does not say the province leaves the gazetteer's reading: two provinces
        Incident bare = Incident.of(event(EventType.CAPTURE, "YEMMIL", null, null, "Al-Zahir", zahir,
                "2021-06-24", "The national army on Thursday liberated the centre of Al-Zahir district."));
        assertEquals("place", decide(bare, province).block());
    }

    @Test
    void placeNamesUrlFamiliesAndSketchesCompareAsTheyShould() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(k.placeKey("Gwoza"), k.placeKey("Gwoza LGA"));
        assertEquals(k.placeKey("Afgooye"), k.placeKey("Afgoye"));
        assertEquals(k.placeKey("Lashkargah"), k.placeKey("Lashkar Gah"));
        assertEquals(k.placeKey("al-Mudhaffar"), k.placeKey("Al Mudhaffar"));
        assertFalse(k.placeKey("Nawa").equals(k.placeKey("Daraa")));
        assertEquals(IncidentSignals.urlFamily("https://www.example.org/2020/03/03/blast-kills-3?utm=x"),
                IncidentSignals.urlFamily("https://amp.example.org/2020/03/03/blast-kills-3/amp"));
        assertFalse(IncidentSignals.urlFamily("https://example.org/a1").equals(
                IncidentSignals.urlFamily("https://example.org/a2")));
        String text = "Gunmen riding motorcycles opened fire on a minibus carrying seasonal farm workers home from "
                + "orchards near Nawa, killing three people, local residents said on Tuesday evening";
        assertEquals(1.0, IncidentSignals.similarity(IncidentSignals.sketch(text), IncidentSignals.sketch(text)));
        assertEquals(0.0, IncidentSignals.similarity(IncidentSignals.sketch("At least 20 Turkish soldiers were killed"
                + " in Idlib after an airstrike"), IncidentSignals.sketch("At least 20 Turkish soldiers were killed in"
                + " Idlib after an airstrike")), "too short to tell a copy from a template filled in again");
    }

    @Test
    void theDataFilesCoverEveryTypePrecisionAndSignal() {
        IncidentSignals k = IncidentSignals.shared();
        for (EventType t : EventType.values()) {
            k.strict(t); // every type has a policy: loading fails otherwise
        }
        assertTrue(k.strict(EventType.KILLED) && k.strict(EventType.WOUNDED));
        assertFalse(k.strict(EventType.OFFENSIVE));
        for (Precision p : Precision.values()) {
            k.radiusKm(p);
        }
        assertEquals(25, k.radiusKm(Precision.TOWN), "the issue's bound for two towns");
        assertEquals(5, k.threshold(EventType.KILLED));
        assertEquals(0, k.threshold(EventType.OFFENSIVE));
        for (String signal : List.of("same-day", "same-place-town", "same-place-district",
                "same-place-province", "same-place-country", "same-day-same-place", "same-place-unknown-precision",
                "near-town", "named-place", "within-coarse-place", "same-figure-small", "same-figure-medium",
                "same-figure-large", "same-perpetrator", "same-weapon", "same-target", "same-equipment",
                "near-duplicate", "same-url-family", "small-figure-max", "medium-figure-max",
                "figure-update-difference")) {
            assertTrue(k.points(signal) >= 0, signal);
        }
        assertEquals(List.of("explosive"), k.classes("weapon", "An IED blast"));
        assertEquals(List.of("air", "market"), sorted(k.classes("weapon", "Airstrikes hit a market"),
                k.classes("target", "Airstrikes hit a market")));
    }

    private static List<String> sorted(List<String> a, List<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * A medium figure of one party, the same day, one outlet naming the province and the other a town in it: one
     * incident ("5 Turkish soldiers killed" in Idlib and at Taftanaz). Not with a small figure (a few victims of one
     * group die in several incidents of a province a day), and not on another day.
     */
    @Test
    void theSameMediumFigureOnTheSameDayInTheProvinceAndOneOfItsTownsJoins() {
        Incident province = Incident.of(killed("SYRCVL", null, 5L, "Daraa Governorate", DARAA_PROVINCE, "2020-03-03",
                "Five civilians were killed in Daraa Governorate on Tuesday."));
        Incident town = Incident.of(killed("SYRCVL", "SYRMIL", 5L, "Nawa", NAWA, "2020-03-03",
                "Government shelling killed five civilians in Nawa."));
        IncidentMatch.Verdict v = decide(town, province);
        // (since the province rule: a province report joins as the only story of its province and day, whatever its
        // points; a medium figure is still the most of them)
        assertTrue(v.alone() && !v.join(), v.toString());
        assertTrue(v.signals().containsAll(List.of("same-day", "within-coarse-place", "same-figure-medium")),
                v.toString());

        Incident small = Incident.of(killed("SYRCVL", null, 2L, "Daraa Governorate", DARAA_PROVINCE, "2020-03-03",
                "Two civilians were killed in Daraa Governorate on Tuesday."));
        Incident smallTown = Incident.of(killed("SYRCVL", "SYRMIL", 2L, "Nawa", NAWA, "2020-03-03",
                "Government shelling killed two civilians in Nawa."));
        assertFalse(decide(smallTown, small).join(), decide(smallTown, small).toString());
        assertTrue(decide(smallTown, small).score() < v.score());

        Incident nextDay = Incident.of(killed("SYRCVL", "SYRMIL", 5L, "Nawa", NAWA, "2020-03-04",
                "Government shelling killed five civilians in Nawa."));
        assertFalse(decide(nextDay, province).join() || decide(nextDay, province).alone(),
                decide(nextDay, province).toString());
    }

    /**
     * Where the gazetteer knows the provinces, two places in different provinces are not one place even within the
     * coarser one's radius; two districts of different names are two areas side by side, compared as two towns (the
     * district radius would make a neighbouring district "inside" the other).
     */
    @Test
    void provincesOfTheGazetteerAndTwoDistrictsAreNotOnePlace() {
        Place.AdminArea daraa = new Place.AdminArea("SY.08", "Daraa");
        Place.AdminArea quneitra = new Place.AdminArea("SY.11", "Quneitra");
        Place province = new Place("Daraa Governorate", "SY", 32.92, 36.17, Precision.ADMIN1, daraa, null);
        Place inIt = new Place("Nawa", "SY", 32.8906, 36.0431, Precision.TOWN, daraa, null);
        Place across = new Place("Khan Arnabah", "SY", 33.1833, 35.8833, Precision.TOWN, quneitra, null); // 40 km
        Incident p = Incident.of(killed("SYRCVL", null, 5L, "Daraa Governorate", province, "2020-03-03", "e"));
        assertTrue(decide(Incident.of(killed("SYRCVL", null, 5L, "Nawa", inIt, "2020-03-03", "e")), p).alone());
        IncidentMatch.Verdict v = decide(Incident.of(killed("SYRCVL", null, 5L, "Khan Arnabah", across,
                "2020-03-03", "e")), p);
        assertFalse(v.join(), v.toString());
        assertEquals("place", v.block());

        // Andar and Qarabagh districts of Ghazni, about 40 km apart
        Place andar = new Place("Andar", "AF", 33.3333, 68.4833, Precision.ADMIN2);
        Place qarabagh = new Place("Qarabagh", "AF", 33.1667, 68.1000, Precision.ADMIN2);
        IncidentMatch.Verdict districts = decide(Incident.of(killed("AFGMIL", null, 3L, "Qarabagh", qarabagh,
                "2020-03-03", "e")), Incident.of(killed("AFGMIL", null, 3L, "Andar", andar, "2020-03-03", "e")));
        assertEquals("place", districts.block(), districts.toString());
    }

    static ExtractedEvent event(EventType type, String principal, String other, Long count, String location,
            Place place, String date, String evidence) {
        boolean victim = type.victimIsPrincipal();
        return new ExtractedEvent(1, "e", "a", type, victim ? principal : other, victim ? other : principal, count,
                null, count == null ? null : Qualifier.EXACT, null, false, null, location, place,
                date == null ? null : LocalDate.parse(date), null, evidence, 0, 1, "t", 0.9, null, null, null, null);
    }

    static final Place KABUL = new Place("Kabul", "AF", 34.528, 69.172, Precision.TOWN);

    /**
     * A run of names ends at punctuation: "Kote Sangi, Kabul" is two names, and a report naming the other's town
     * after a comma ("in the Badia near Al Mayadin, Deir-ez-Zor") places it there; "Mogadishu, Somalia (Xinhua)" is
     * three.
     */
    @Test
    void namesEndAtPunctuationSoAReportNamingTheOthersTownAfterACommaPlacesItThere() {
        IncidentSignals k = IncidentSignals.shared();
        assertTrue(k.names("a magnetic IED detonated on a civilian vehicle in Kote Sangi, Kabul.")
                .containsAll(List.of("kotesangi", "kabul")), k.names("in Kote Sangi, Kabul.").toString());
        assertEquals(List.of("mogadishu", "somalia", "xinhua"),
                k.names("Three people were killed in Mogadishu, Somalia (Xinhua) on the day"));
        Place mayadin = new Place("Al Mayadin", "SY", 35.02, 40.45, Precision.TOWN);
        Place badia = new Place("Badia", null, null, null, null);
        Incident town = Incident.of(killed("SYRMIL", "SYRREB", 2L, "al-Mayadin", mayadin, "2020-03-03",
                "Two members of regime forces were killed when ISIS cells ambushed their vehicle near al-Mayadin."));
        Incident desert = Incident.of(killed("SYRMIL", "SYRREB", 2L, "Badia", badia, "2020-03-03",
                "IS militants ambushed a Syrian army vehicle in the Badia near Al Mayadin, Deir-ez-Zor, killing 2."));
        IncidentMatch.Verdict v = decide(desert, town);
        assertTrue(v.join() && v.signals().contains("named-place"), v.toString());
    }

    /** Two spellings of one transliterated name are one name; two names are still two. */
    @Test
    void transliteratedSpellingsOfOneNameAreOne() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(k.placeKey("Al-Muqdadiya"), k.placeKey("Muqdadiyah"));
        assertEquals(k.placeKey("Raqqa"), k.placeKey("Raqqah"));
        assertEquals(k.placeKey("Maarat al-Numan"), k.placeKey("Maarat al-Nouman"));
        assertFalse(k.placeKey("Khanaqin").equals(k.placeKey("Muqdadiyah")));
        assertFalse(k.placeKey("Hama").equals(k.placeKey("Homs")));
        assertEquals("rafa", k.placeKey("Rafah"), "a final h after a vowel");
        assertEquals("balkh", k.placeKey("Balkh"), "a final h after a consonant is kept");
    }

    /**
     * An incident told without its party (a bomb that went off, gunmen of no side) is still an incident: two reports
     * of it in one town on one day join, the town named by one of them too; the next day in the city, or a place
     * nothing locates, is the next bomb; an act without its party is nothing to know it by.
     */
    @Test
    void anIncidentWithoutItsPartyJoinsOnlyAtOnePlaceOnOneDay() {
        Incident sticky = Incident.of(event(EventType.ATTACK, null, null, null, "Kabul", KABUL, "2020-03-04",
                "A sticky bomb attached to a car exploded in Kabul on Wednesday morning, police said."));
        Incident magnetic = Incident.of(event(EventType.ATTACK, null, null, null, "Kabul", KABUL, "2020-03-04",
                "A magnetic bomb went off in the Kote Sangi area of western Kabul on Wednesday morning."));
        IncidentMatch.Verdict v = decide(magnetic, sticky);
        assertTrue(v.join(), v.toString());
        Incident monitor = Incident.of(event(EventType.ATTACK, null, null, null, "Kote Sangi",
                new Place("Kote Sangi", null, null, null, null), "2020-03-04",
                "On 4 March 2020, a magnetic IED detonated on a civilian vehicle in Kote Sangi, Kabul."));
        assertTrue(decide(monitor, sticky).join(), "it names Kabul: " + decide(monitor, sticky));
        Incident nextDay = Incident.of(event(EventType.ATTACK, null, null, null, "Khair Khana",
                new Place("Khair Khana", null, null, null, null), "2020-03-05",
                "A sticky bomb attached to a vehicle exploded in Kabul's Khair Khana area on Thursday."));
        assertFalse(decide(nextDay, sticky).join(), decide(nextDay, sticky).toString());
        Incident unplaced = Incident.of(event(EventType.ATTACK, null, null, null, "KM4",
                new Place("KM4", null, null, null, null), "2020-03-04",
                "Witnesses said a bomb targeted a passing vehicle near the KM4 junction."));
        assertFalse(decide(unplaced, sticky).join(), "a place nothing locates: " + decide(unplaced, sticky));
        // (a party's report is joined only with the town, the day and a weapon both name: a checkpoint attacked is
        // not the car bomb)
        IncidentMatch.Verdict party = decide(sticky, Incident.of(event(EventType.ATTACK, "AFGREB", null, null, "Kabul",
                KABUL, "2020-03-04", "Taliban militants attacked a checkpoint in Kabul.")));
        assertFalse(party.join(), party.toString());
        Incident offensive = Incident.of(event(EventType.OFFENSIVE, null, null, null, "Kabul", KABUL, "2020-03-04",
                "An offensive began."));
        assertEquals("principal", decide(offensive, offensive).block(), "an act without its party");
    }

    /**
     * Two towns of two names 25 km apart (As Sanamayn and Nawa) are two places: a soldier shot dead in each on one
     * day is two incidents, though the day, the small figure and the weapon agree; the same target or a medium figure
     * is what may tell they are one.
     */
    @Test
    void twoNearbyTownsNeedWhatTellsOneIncidentFromTheNext() {
        Place sanamayn = new Place("As Sanamayn", "SY", 33.0719, 36.1832, Precision.TOWN);
        Place nawa = new Place("Nawa", "SY", 32.8865, 36.0391, Precision.TOWN);
        Incident a = Incident.of(killed("SYRMIL", null, 1L, "Al-Sanamayn", sanamayn, "2019-07-11",
                "A regime soldier was killed today when gunmen opened fire at the entrance of Al-Sanamayn city."));
        Incident b = Incident.of(killed("SYRMIL", null, 1L, "Nawa", nawa, "2019-07-11",
                "A member of the Syrian government forces was shot dead on Thursday near the city of Nawa."));
        assertEquals(IncidentMatch.Fit.NEAR, IncidentMatch.fit(a, b, IncidentSignals.shared()));
        IncidentMatch.Verdict v = decide(b, a);
        assertFalse(v.join(), v.toString());
        assertTrue(v.score() >= 5, "what the points alone would have joined: " + v);
        Incident medium = Incident.of(killed("SYRMIL", null, 6L, "Al-Sanamayn", sanamayn, "2019-07-11",
                "Six regime soldiers were killed when gunmen opened fire at the entrance of Al-Sanamayn city."));
        Incident mediumToo = Incident.of(killed("SYRMIL", null, 6L, "Nawa", nawa, "2019-07-11",
                "Six soldiers were shot dead near the city of Nawa."));
        assertTrue(decide(mediumToo, medium).join(), decide(mediumToo, medium).toString());
    }

    /**
     * Two texts that each say which district ("the Kajuru Local Government Area", "the circle of Koro") and name two
     * are two incidents, though placed in one province; a province word after "of" names the province holding the
     * town ("Titao, province of Loroum"), not the town.
     */
    @Test
    void twoTextsNamingTwoDistrictsAreTwoIncidents() {
        Place kaduna = new Place("Kaduna", "NG", 10.53, 7.44, Precision.ADMIN1);
        Incident kajuru = Incident.of(killed("NGACVL", null, 4L, "Kaduna State", kaduna, "2019-07-09",
                "Four people were killed when gunmen attacked a village in the Kajuru Local Government Area of Kaduna"
                        + " State."));
        Incident birnin = Incident.of(killed("NGACVL", null, 4L, "Kaduna State", kaduna, "2019-07-09",
                "Four persons were killed when bandits attacked a village in Birnin Gwari Local Government Area of"
                        + " Kaduna State."));
        assertEquals("other district", decide(birnin, kajuru).block());
        Incident kadunaAgain = Incident.of(killed("NGACVL", null, 4L, "Kaduna State", kaduna, "2019-07-09",
                "Four persons were killed when bandits attacked a village in Kajuru LGA of Kaduna State."));
        assertTrue(decide(kadunaAgain, kajuru).alone(), "the same district: " + decide(kadunaAgain, kajuru));

        Place mopti = new Place("Mopti", "ML", 14.48, -4.18, Precision.ADMIN1);
        Incident koro = Incident.of(killed("MLICVL", null, 2L, "Mopti", mopti, "2019-07-09",
                "Two civilians were killed on Tuesday by unidentified armed men near a village in the circle of Koro,"
                        + " Mopti region."));
        Incident bankass = Incident.of(killed("MLICVL", null, 2L, "Mopti", mopti, "2019-07-09",
                "Two herders were killed on Tuesday in the circle of Bankass, in the Mopti region."));
        assertTrue(koro.names().contains(IncidentSignals.AREA + "koro"), koro.names().toString());
        assertEquals("other district", decide(bankass, koro).block());

        Incident titao = Incident.of(killed("BFACVL", null, 3L, "Titao", new Place("Titao", "BF", 13.77, -2.07,
                Precision.TOWN), "2019-07-09", "Three people were killed in a hamlet of the commune of Titao, province"
                        + " of Loroum."));
        assertEquals(Precision.TOWN, titao.place().precision(), "Loroum is the province, Titao its town");
    }

    /** A report placed only in the country is never the only story of its area: a country holds too many a day. */
    @Test
    void aCountryIsNoAreaToBeTheOnlyStoryOf() {
        Place burkina = new Place("Burkina Faso", "BF", 12.37, -1.53, Precision.COUNTRY);
        Place titao = new Place("Titao", "BF", 13.77, -2.07, Precision.TOWN);
        Incident country = Incident.of(killed("BFACVL", "BFAREB", 3L, "Burkina Faso", burkina, "2019-07-09",
                "Suspected jihadists killed three civilians in a village in northern Burkina Faso on Tuesday."));
        Incident town = Incident.of(killed("BFACVL", "BFAREB", 3L, "Titao", titao, "2019-07-09",
                "Three people were killed on Tuesday evening by armed individuals in Titao."));
        IncidentMatch.Verdict v = decide(country, town);
        assertFalse(v.join() || v.alone(), v.toString());
        Place nord = new Place("Nord", "BF", 13.5, -2.3, Precision.ADMIN1);
        assertTrue(decide(Incident.of(killed("BFACVL", "BFAREB", 3L, "Nord", nord, "2019-07-09",
                "Suspected jihadists killed three civilians in a village of the Nord region on Tuesday.")), town)
                .alone(), "a province still is");
    }

    /**
     * Where the gazetteer knows neither place well, what the texts say of the district still places them: a village
     * it lacks and a state report both naming the Maru Local Government Area meet there, and join as the only story
     * of that district and day; two reports of one district (Bijapur) short of the points likewise; a township is
     * its town ("Rathedaung Township", "Rathedaung"); a place nothing locates and a province report (Kunyo Barrow,
     * Lower Shabelle) may be one incident only as the one candidate.
     */
    @Test
    void aDistrictBothTextsNameIsTheirAreaWhereTheGazetteerCannotTell() {
        Incident village = Incident.of(killed("NGACVL", "NGAREB", 7L, "Kanoma", new Place("Kanoma", null, null, null,
                null), "2019-07-09", "Bandits on Tuesday killed seven people in Kanoma village in the Maru Local"
                        + " Government Area of Zamfara State, residents said."));
        Place zamfara = new Place("Zamfara", "NG", 12.17, 6.66, Precision.ADMIN1);
        Incident state = Incident.of(killed("NGACVL", null, 5L, "Zamfara State", zamfara, "2019-07-09",
                "At least five people were killed when gunmen invaded a community in Maru Local Government Area of"
                        + " Zamfara State on Tuesday."));
        IncidentMatch.Verdict v = decide(state, village);
        assertTrue(!v.join() && v.alone() && v.signals().contains("same-place-district"), v.toString());
        Incident elsewhere = Incident.of(killed("NGACVL", null, 5L, "Zamfara State", zamfara, "2019-07-09",
                "At least five people were killed when gunmen invaded a community in Zamfara State on Tuesday."));
        assertFalse(decide(elsewhere, village).signals().contains("same-place-district"));

        Place bijapur = new Place("Bijapur", "IN", 16.72, 76.05, Precision.ADMIN2);
        Incident three = Incident.of(killed("INDREB", null, 3L, "Bijapur", bijapur, "2019-07-10",
                "Three Maoists were killed in an encounter in the forests of Bijapur district on Wednesday."));
        Incident two = Incident.of(killed("INDREB", null, 2L, "Bijapur", bijapur, "2019-07-10",
                "Two Naxals were killed in a gunfight with security forces in Bijapur district on Wednesday."));
        IncidentMatch.Verdict d = decide(two, three);
        assertTrue(!d.join() && d.alone(), d.toString());
        Incident nextDay = Incident.of(killed("INDREB", null, 2L, "Bijapur", bijapur, "2019-07-11",
                "Two Naxals were killed in a gunfight in Bijapur district on Thursday."));
        assertFalse(decide(nextDay, three).alone(), decide(nextDay, three).toString());

        IncidentSignals k = IncidentSignals.shared();
        assertEquals(k.placeKey("Rathedaung"), k.placeKey("Rathedaung Township"));
        Incident township = Incident.of(killed("MMRMIL", "MMRREB", 3L, "Rathedaung Township",
                new Place("Rathedaung Township", null, null, null, null), "2019-07-11",
                "The Arakan Army said its fighters killed three Myanmar soldiers in Rathedaung Township."));
        Incident town = Incident.of(killed("MMRMIL", null, 3L, "Rathedaung", new Place("Rathedaung", null, null, null,
                null), "2019-07-11", "Three government soldiers were killed in fighting in Rathedaung township."));
        assertTrue(decide(town, township).join(), decide(town, township).toString());

        Incident unplaced = Incident.of(killed("SOMREB", "USAMIL", 6L, "Kunyo Barrow", new Place("Kunyo Barrow",
                null, null, null, null), "2019-07-11", "A U.S. air strike killed six al Shabaab militants near Kunyo"
                        + " Barrow in southern Somalia on Thursday."));
        Incident region = Incident.of(killed("SOMREB", null, 6L, "Lower Shabelle", new Place("Lower Shabeelle", "SO",
                1.72, 44.77, Precision.ADMIN1), "2019-07-11", "An airstrike carried out on Thursday in the Lower"
                        + " Shabelle region killed six Al-Shabaab fighters."));
        IncidentMatch.Verdict u = decide(region, unplaced);
        assertTrue(!u.join() && u.alone(), u.toString());
    }

    /**
     * Two spellings of one name the gazetteer places neither of ("Kafr Nabudah", "Kafr Nbouda") are one place; the
     * same skeleton of two placed towns is not (their coordinates say), nor is a short name's.
     */
    @Test
    void spellingsOfOneUnplacedNameAreOnePlace() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(k.skeleton("Kafr Nabudah"), k.skeleton("Kafr Nbouda"));
        assertEquals(k.skeleton("Khan Sheikhoun"), k.skeleton("Khan Shaykhun"));
        assertEquals(k.skeleton("Dahana-i-Ghori"), k.skeleton("Dahan-i-Ghori"));
        assertNull(k.skeleton("Marka"), "three consonants: too short to tell from another name");
        Incident one = Incident.of(killed("SYRCVL", "SYRMIL", 3L, "Kafr Nabudah", new Place("Kafr Nabudah", null,
                null, null, null), "2019-07-09", "Regime forces shelled Kafr Nabudah town, killing three civilians."));
        Incident two = Incident.of(killed("SYRCVL", "SYRMIL", 3L, "Kafr Nbouda", new Place("Kafr Nbouda", null,
                null, null, null), "2019-07-09", "The shelling of the village of Kafr Nbouda killed three civilians."));
        assertEquals(IncidentMatch.Fit.SAME, IncidentMatch.fit(one, two, k));
        assertTrue(decide(two, one).join(), decide(two, one).toString());
        Place tafas = new Place("Tafas", "SY", 32.74, 36.07, Precision.TOWN);
        Place tufas = new Place("Tufas", "SY", 33.20, 36.50, Precision.TOWN); // a namesake 60 km away
        assertEquals(IncidentMatch.Fit.FAR, IncidentMatch.fit(at(1L, "Tafas", tafas, "2019-07-09"),
                at(1L, "Tufas", tufas, "2019-07-09"), k), "placed: the gazetteer says where");
    }

    /**
     * A toll's update says where the wounded died ("died in hospital"): no target, so the blast's earlier report naming
     * the vehicle it hit is not kept apart by a hospital; a hospital that was hit still is one.
     */
    @Test
    void whereTheWoundedDiedIsNoTarget() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(List.of(), k.classes("target", "one of the wounded died in hospital on Wednesday"));
        assertEquals(List.of(), k.classes("target", "the injured were taken to hospital"));
        assertEquals(List.of("medical"), k.classes("target", "an air strike hit a hospital in the town"));
        assertEquals(List.of("market"), k.classes("target", "a bomb went off in the market"));
        Place mogadishu = new Place("Mogadishu", "SO", 2.04, 45.34, Precision.TOWN);
        Incident blast = Incident.of(killed("SOMCVL", null, 2L, "Mogadishu", mogadishu, "2020-03-03",
                "At least two people were killed when a bomb targeted a passing vehicle in Mogadishu on Tuesday."));
        Incident update = Incident.of(killed("SOMCVL", null, 3L, "Mogadishu", mogadishu, "2020-03-03",
                "The death toll from Tuesday's roadside explosion in Mogadishu has risen to three after one of the"
                        + " wounded died in hospital."));
        assertTrue(decide(update, blast).join(), decide(update, blast).toString());
    }

    /**
     * Of two stories a province report meets only in its province, the one clearly better corroborated is taken (the
     * convoy ambush by the same group, against a village the gazetteer cannot place with only the figure); two stories
     * a point apart stay ambiguous.
     */
    @Test
    void ofTwoStoriesOfTheAreaTheClearlyBetterCorroboratedIsTaken() {
        Place lowerShabelle = new Place("Lower Shabeelle", "SO", 1.72, 44.77, Precision.ADMIN1);
        Incident province = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Lower Shabelle", lowerShabelle, "2019-07-09",
                "At least two Somali soldiers were killed on Tuesday when al-Shabab militants ambushed their convoy in"
                        + " the southern region of Lower Shabelle."));
        Incident convoy = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Qoryoley", new Place("Qoryooley", "SO", 1.79,
                44.53, Precision.TOWN), "2019-07-09", "Two soldiers were killed when Al-Shabaab militants ambushed a"
                        + " military convoy near Qoryoley town."));
        Incident village = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Awdheegle", new Place("Awdheegle", null, null,
                null, null), "2019-07-09", "Al-Shabaab fighters killed two soldiers in Awdheegle."));
        IncidentMatch.Verdict toConvoy = decide(province, convoy);
        IncidentMatch.Verdict toVillage = decide(province, village);
        assertTrue(toConvoy.alone() && toVillage.alone(), toConvoy + " " + toVillage);
        assertTrue(toConvoy.score() - toVillage.score() >= 2, toConvoy + " " + toVillage);
        BestMatch m = new BestMatch(province);
        m.consider("village", village, STANDARD);
        m.consider("convoy", convoy, STANDARD);
        assertEquals("convoy", m.id());
        assertTrue(m.verdict().signals().contains(IncidentMatch.ALONE_IN_AREA), m.verdict().toString());

        Incident andar = police(3L, "Andar", ANDAR, "Three policemen were killed when Taliban attacked a check post"
                + " in Andar district.");
        Incident qarabagh = police(3L, "Qarabagh", QARABAGH, "Three policemen lost their lives in a clash with"
                + " Taliban in Qarabagh district.");
        Incident ghazni = police(3L, "Ghazni", GHAZNI, "Three police officers were killed in a fresh attack by"
                + " Taliban on a checkpoint in Ghazni province on Tuesday.");
        BestMatch two = new BestMatch(ghazni);
        two.consider("andar", andar, STANDARD);
        two.consider("qarabagh", qarabagh, STANDARD);
        assertEquals(1, decide(ghazni, andar).score() - decide(ghazni, qarabagh).score(), "a checkpoint: one point");
        assertNull(two.id(), "a point apart: ambiguous");
    }
    static final Place IDLIB = new Place("Idlib", "SY", 35.9306, 36.6339, Precision.TOWN,
            new Place.AdminArea("13", "Idlib"), null);

    @Test
    void aMonitorsSmallIncidentsOfOneDayInTwoVillagesStayApart() {
        // "Qminas", "Mhambal": names the gazetteer cannot place; two villages, whatever else agrees
        Incident qminas = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "Qminas", new Place("Qminas", "SY", null, null),
                "2020-02-08", "Warplanes believed to be Russian fired missiles at Qminas village, killing a child."));
        Incident mhambal = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "Mhambal", new Place("Mhambal", "SY", null,
                null), "2020-02-08", "Warplanes believed to be Russian fired missiles at Mhambal village, killing a"
                        + " woman."));
        assertEquals("other village", decide(mhambal, qminas).block());
        // ... and a village the gazetteer cannot place is not the town it can
        Incident ariha = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "Ariha", new Place("Ariha", "SY", 35.81, 36.61,
                Precision.TOWN), "2020-02-08", "A man was killed when Russian warplanes struck Ariha."));
        assertEquals("other village", decide(mhambal, ariha).block());
        // ... unless one names the other's place, or gives it only as a landmark it is reckoned from
        Incident named = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "Mhambal", new Place("Mhambal", "SY", null, null),
                "2020-02-08", "Russian warplanes struck Mhambal and Ariha, killing a man."));
        assertNull(decide(named, ariha).block());
        Incident near = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "Mhambal", new Place("Mhambal", "SY", null, null),
                "2020-02-08", "Russian warplanes struck Mhambal, near Ariha, killing a man."));
        assertTrue(near.names().contains(IncidentSignals.BEARING + "ariha"), near.names().toString());
        assertEquals("other village", decide(near, ariha).block(), "'Mhambal, near Ariha' is Mhambal");
        // ... not after a day ("killed on Friday, near Ariha"), nor "the east of" an area (inside it)
        assertTrue(Incident.of(killed("SYRCVL", null, 1L, "Ariha", null, "2020-02-08", "A man was killed on Friday,"
                + " near Ariha.")).names().contains("ariha"));
        assertTrue(Incident.of(killed("SYRCVL", null, 1L, "Suran", null, "2020-02-08", "A man was killed in the east"
                + " of Hama.")).names().contains("hama"));
        Incident landmark = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "Ariha", new Place("Ariha", "SY", 35.81,
                36.61, Precision.TOWN), "2020-02-08", "A man was killed when Russian warplanes struck a farm west of"
                        + " Ariha."));
        assertNull(decide(mhambal, landmark).block());
        // ... and a road or a crossing may hold the village
        Incident road = Incident.of(killed("SYRCVL", "RUSMIL", 1L, "M4 highway", new Place("M4", "SY", null, null),
                "2020-02-08", "A man was killed when Russian warplanes struck a car on the M4 highway."));
        assertNull(decide(mhambal, road).block());
        // ... and two reports of one day that share a toll of four and more may name two villages of one incident
        Incident four = Incident.of(killed("SYRCVL", "RUSMIL", 4L, "Mhambal", new Place("Mhambal", "SY", null,
                null), "2020-02-08", "Russian warplanes struck Mhambal, killing four."));
        Incident fourToo = Incident.of(killed("SYRCVL", "RUSMIL", 4L, "Qminas", new Place("Qminas", "SY", null,
                null), "2020-02-08", "Russian warplanes struck Qminas, killing four."));
        assertNull(decide(four, fourToo).block());
    }

    @Test
    void aTownsCountrysideIsNotTheTown() {
        Incident countryside = Incident.of(killed("SYRCVL", "SYRMIL", 1L, "Idlib", IDLIB, "2020-02-11",
                "A civilian was killed by regime shelling on a village in the southern countryside of Idlib."));
        assertEquals(Precision.ADMIN1, countryside.place().precision(), "Idlib's countryside: its province");
        Incident city = Incident.of(killed("SYRCVL", "SYRMIL", 1L, "Idlib", IDLIB, "2020-02-11",
                "A car bomb exploded in the centre of Idlib city, killing a man."));
        assertEquals("town and countryside", decide(city, countryside).block());
        // a province that does not bear the town's name keeps the town's precision ("Jisr al-Shughur countryside")
        Place jisr = new Place("Jisr al-Shughur", "SY", 35.81, 36.32, Precision.TOWN, new Place.AdminArea("13",
                "Idlib"), null);
        assertEquals(Precision.TOWN, Incident.of(killed("SYRCVL", "SYRMIL", 2L, "Jisr al-Shughur", jisr,
                "2020-02-11", "Two civilians were killed in shelling on villages of Jisr al-Shughur countryside."))
                .place().precision());
        // the province named as such names no town of its name
        assertTrue(Incident.of(killed("SYRCVL", null, 1L, "Qminas", null, "2020-02-11",
                "Missiles hit Qminas village in the eastern suburbs of Idlib governorate.")).names()
                .contains(IncidentSignals.PROVINCE + "idlib"));
    }

    @Test
    void aSingleVictimInAnAreaIsNoAreasOnlyStory() {
        // "a man killed in the countryside of Deir ez-Zor" and a man shot dead in Hajin the same day: an area has many
        // single deaths a day, so the coarse report is no candidate alone
        Place deirProvince = new Place("Deir ez-Zor", "SY", 35.33, 40.14, Precision.ADMIN1);
        Place hajin = new Place("Hajin", "SY", 34.69, 40.83, Precision.TOWN);
        Incident area = at(1L, "Deir ez-Zor", deirProvince, "2020-02-07");
        Incident town = at(1L, "Hajin", hajin, "2020-02-07");
        IncidentMatch.Verdict v = decide(town, area);
        assertFalse(v.join() || v.alone(), v.toString());
        assertTrue(decide(at(2L, "Hajin", hajin, "2020-02-07"), at(2L, "Deir ez-Zor", deirProvince, "2020-02-07"))
                .alone(), "two victims: the area's only story may be the one");
        assertFalse(decide(at(2L, "Hajin", hajin, "2020-02-07"), at(1L, "Deir ez-Zor", deirProvince, "2020-02-07"))
                .alone(), "one side a single death");
    }

    @Test
    void strikesOnOneTownTwoDaysApartAreTwo() {
        ExtractedEvent first = new ExtractedEvent(1, "e", "a", EventType.ATTACK, null, "RUSMIL", null, null, null,
                null, false, null, "Ariha", new Place("Ariha", "SY", 35.81, 36.61, Precision.TOWN),
                LocalDate.parse("2020-02-09"), null, "Russian airstrikes hit Ariha.", 0, 1, "t", 0.9, null, null,
                null, null);
        ExtractedEvent third = new ExtractedEvent(1, "e", "b", EventType.ATTACK, null, "RUSMIL", null, null, null,
                null, false, null, "Ariha", new Place("Ariha", "SY", 35.81, 36.61, Precision.TOWN),
                LocalDate.parse("2020-02-11"), null, "A Russian warplane struck a farm in Ariha.", 0, 1, "t", 0.9,
                null, null, null, null);
        assertEquals("small figure on another day", decide(Incident.of(third), Incident.of(first)).block());
    }

    /**
     * Who told the news is no target: "a medical source said" names no hospital that was hit, so a report of the same
     * shelling naming the homes it hit is not kept apart by it; a hospital that was hit still is a target.
     */
    @Test
    void aSourceNamedByItsTradeIsNoTarget() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(List.of(), k.classes("target", "Two citizens were killed by shelling, a medical source said."));
        assertEquals(List.of(), k.classes("target", "hospital officials said three people died"));
        assertEquals(List.of("medical"), k.classes("target", "shells hit a hospital, hospital officials said"));
        assertEquals(List.of("checkpoint"), k.classes("target", "gunmen attacked a checkpoint"));
        Place taiz = new Place("Taiz", "YE", 13.58, 44.02, Precision.TOWN);
        Incident homes = Incident.of(killed("YEMCVL", "YEMREB", 2L, "Taiz", taiz, "2019-07-09",
                "Two civilians were killed on Tuesday when Houthi rebels shelled a residential neighborhood in Taiz."));
        Incident told = Incident.of(killed("YEMCVL", null, 2L, "Taiz", taiz, "2019-07-09",
                "Two citizens were killed on Tuesday by Houthi shelling on a neighborhood east of Taiz city, a medical"
                        + " source said."));
        IncidentMatch.Verdict v = decide(told, homes);
        assertTrue(v.join(), v.toString());
        Incident hospital = Incident.of(killed("YEMCVL", null, 2L, "Taiz", taiz, "2019-07-09",
                "Two citizens were killed on Tuesday when Houthi shelling hit a hospital in Taiz city."));
        assertEquals("targets", decide(hospital, homes).block(), "a home and a hospital hit are two incidents");
    }

    /**
     * An ambush is how it was done: two reports of an ambush corroborate each other, which tells the one incident from
     * another loss of the same party in the same province that day (an attack on a base).
     */
    @Test
    void anAmbushIsAWeaponClassThatTellsOneIncidentOfAnAreaFromAnother() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(List.of("ambush"), k.classes("weapon", "insurgents ambushed a military patrol"));
        assertEquals(List.of("ambush"), k.classes("weapon", "killed in an ambush"));
        Place borno = new Place("Borno", "NG", 11.5, 13.0, Precision.ADMIN1);
        Place damboa = new Place("Damboa", "NG", 11.155, 12.756, Precision.TOWN);
        Place monguno = new Place("Monguno", "NG", 12.67, 13.61, Precision.TOWN);
        Incident province = Incident.of(killed("NGAMIL", "NGAREB", 3L, "Borno", borno, "2019-07-09",
                "Jihadists killed three Nigerian soldiers in an ambush in restive Borno state on Tuesday."));
        Incident ambush = Incident.of(killed("NGAMIL", "NGAREB", 3L, "Damboa", damboa, "2019-07-09",
                "Three soldiers were killed on Tuesday when Boko Haram insurgents ambushed a military patrol on the"
                        + " Damboa-Biu road in Borno State."));
        Incident base = Incident.of(killed("NGAMIL", "NGAREB", 3L, "Monguno", monguno, "2019-07-09",
                "Three soldiers were killed on Tuesday night as insurgents attacked a military base in Monguno, Borno"
                        + " State."));
        IncidentMatch.Verdict v = decide(province, ambush);
        assertTrue(v.signals().contains("same-weapon:ambush"), v.toString());
        BestMatch m = new BestMatch(province);
        m.consider("base", base, STANDARD);
        m.consider("ambush", ambush, STANDARD);
        assertEquals("ambush", m.id(), "the ambush is clearly better corroborated than the base attack");
        BestMatch without = new BestMatch(Incident.of(killed("NGAMIL", "NGAREB", 3L, "Borno", borno, "2019-07-09",
                "Jihadists killed three Nigerian soldiers in restive Borno state on Tuesday.")));
        without.consider("base", base, STANDARD);
        without.consider("ambush", ambush, STANDARD);
        assertNull(without.id(), "nothing tells the two losses of Borno apart");
    }

    /**
     * A place the gazetteer cannot locate, whose report names the province the other report gives ("a village of south
     * Kashmir's Shopian district" and "in south Kashmir"), lies inside it: on the same day that is evidence, and the
     * province's only such candidate is joined; a report that does not name the province is not placed in it.
     */
    @Test
    void anUnplacedPlaceWhoseReportNamesTheOthersProvinceLiesInsideIt() {
        Place kashmir = new Place("Kashmir", "IN", 33.9, 74.8, Precision.ADMIN1);
        Place shopian = new Place("Shopian", "IN", null, null, null);
        Incident province = Incident.of(killed("INDREB", "INDMIL", 2L, "Kashmir", kashmir, "2019-07-09",
                "Security forces gunned down two militants in an encounter in south Kashmir on Tuesday."));
        Incident district = Incident.of(killed("INDREB", null, 2L, "Shopian", shopian, "2019-07-09",
                "Two militants were killed in a gunfight in a village of south Kashmir's Shopian district on Tuesday."));
        for (IncidentMatch.Verdict v : List.of(decide(district, province), decide(province, district))) {
            assertTrue(v.signals().contains("within-coarse-place") && v.alone(), v.toString());
        }
        Incident unnamed = Incident.of(killed("INDREB", null, 2L, "Shopian", shopian, "2019-07-09",
                "Two militants were killed in a gunfight in Shopian district on Tuesday."));
        IncidentMatch.Verdict v = decide(unnamed, province);
        assertFalse(v.signals().contains("within-coarse-place") || v.alone() || v.join(), v.toString());
    }

    static final Place MOGADISHU = new Place("Mogadishu", "SO", 2.037, 45.344, Precision.TOWN);

    @Test
    void aPlaceSomeKilometresFromATownIsNotTheTownItself() {
        // issue 16, incidents-dev4 (n016, n037): mortars on a Mogadishu neighbourhood and an attack on a base "about
        // 30 km northwest of Mogadishu" on the same day, both by al-Shabaab; one name, so "one place"
        Incident city = Incident.of(event(EventType.ATTACK, "SOMREB", "SOMCVL", null, "Mogadishu", MOGADISHU,
                "2023-06-13", "Several mortar rounds fired by al-Shabaab hit a residential neighbourhood of Mogadishu."));
        Incident base = Incident.of(event(EventType.ATTACK, "SOMREB", "SOMMIL", null, "Mogadishu", MOGADISHU,
                "2023-06-13", "Al-Shabaab militants attacked a military base about 30 km northwest of Mogadishu."));
        assertTrue(base.names().contains(IncidentSignals.DISTANT + "mogadishu"), base.names().toString());
        assertEquals(IncidentMatch.Fit.NEAR, IncidentMatch.fit(base, city, IncidentSignals.shared()));
        assertFalse(decide(base, city).join(), decide(base, city).toString());
        // "35 kilometres from" is as far
        Incident from = Incident.of(event(EventType.ATTACK, "SOMREB", "SOMMIL", null, "Mogadishu", MOGADISHU,
                "2023-06-13", "Militants stormed a base some 35 kilometres from Mogadishu."));
        assertEquals(IncidentMatch.Fit.NEAR, IncidentMatch.fit(from, city, IncidentSignals.shared()));
        // the town's surroundings ("about 5 km from", "a few kilometres from") and a bare bearing ("east of the
        // city") are what reports give as the town: still one place
        for (String near : List.of("Militants stormed a base about 5 km from Mogadishu.",
                "Militants stormed a base a few kilometres from Mogadishu.",
                "Militants stormed a base east of Mogadishu.")) {
            Incident edge = Incident.of(event(EventType.ATTACK, "SOMREB", "SOMMIL", null, "Mogadishu", MOGADISHU,
                    "2023-06-13", near));
            assertEquals(IncidentMatch.Fit.SAME, IncidentMatch.fit(edge, city, IncidentSignals.shared()), near);
        }
    }

    @Test
    void twoPlacesTheGazetteerPutsInTwoProvincesAreApartEvenWhereItCannotPlaceOne() {
        // issue 16, incidents-dev4 (n076, n080): people fleeing Kitshanga (North Kivu; the gazetteer knows its
        // province, not its coordinates) and people fleeing in Djugu territory (Ituri) on the same day: a displacement
        // is lenient, and "unplaced" joined them
        Place kitshanga = new Place("Kitshanga", "CD", null, null, Precision.TOWN,
                new Place.AdminArea("CD.NK", "North Kivu"), null);
        Place djugu = new Place("Djugu", "CD", 1.92, 30.50, Precision.ADMIN2,
                new Place.AdminArea("CD.IT", "Ituri"), new Place.AdminArea("CD.IT.DJ", "Djugu"));
        Incident north = Incident.of(event(EventType.DISPLACEMENT, "CODCVL", null, null, "Kitshanga", kitshanga,
                "2023-06-14", "Hundreds of families fled Kitshanga after the fighting."));
        Incident ituri = Incident.of(event(EventType.DISPLACEMENT, "CODCVL", null, null, "Djugu", djugu,
                "2023-06-14", "Survivors fled to a camp in Djugu territory."));
        assertEquals(IncidentMatch.Fit.FAR, IncidentMatch.fit(north, ituri, IncidentSignals.shared()));
        assertEquals("place", decide(north, ituri).block());
        // a province report may hold a town over its border: still unplaced, nothing says elsewhere
        Place ituriProvince = new Place("Ituri", "CD", 1.5, 29.9, Precision.ADMIN1,
                new Place.AdminArea("CD.IT", "Ituri"), null);
        Incident province = Incident.of(event(EventType.DISPLACEMENT, "CODCVL", null, null, "Ituri", ituriProvince,
                "2023-06-14", "Families fled in Ituri province."));
        assertEquals(IncidentMatch.Fit.UNPLACED, IncidentMatch.fit(north, province, IncidentSignals.shared()));
    }

    @Test
    void twoTownsTheGazetteerKnowsAreTwoPlacesWhateverTheToll() {
        // issue 16, incidents-dev4 (n076, n095): CODECO killed four civilians near Fataki and four near Mongbwalu, both
        // in Djugu territory, on one day; the gazetteer knows both towns, without coordinates, and a toll of four
        // joined them
        Place.AdminArea ituri = new Place.AdminArea("CD.IT", "Ituri");
        Place fataki = new Place("Fataki", "CD", null, null, Precision.TOWN, ituri, null);
        Place mongbwalu = new Place("Mongbwalu", "CD", null, null, Precision.TOWN, ituri, null);
        Incident one = Incident.of(killed("CODCVL", "CODREB", 4L, "Fataki", fataki, "2023-06-14",
                "CODECO militiamen killed four civilians in a village about 5 km from Fataki, in Djugu territory."));
        Incident two = Incident.of(killed("CODCVL", "CODREB", 4L, "Mongbwalu", mongbwalu, "2023-06-14",
                "Suspected CODECO militiamen killed four civilians at a gold mining site near Mongbwalu, Djugu."));
        assertEquals("other village", decide(two, one).block());
        // a name the gazetteer does not know (no province) may be a spelling or a quarter: a toll of four still joins
        Place unknown = new Place("Lopa", "CD", null, null, Precision.TOWN);
        Incident three = Incident.of(killed("CODCVL", "CODREB", 4L, "Lopa", unknown, "2023-06-14",
                "CODECO militiamen killed four civilians at Lopa."));
        assertNull(decide(three, one).block(), decide(three, one).toString());
    }

    @Test
    void twoNearbyTownsOnTwoDaysAreTheNextIncident() {
        // issue 16, incidents-dev4 (n042, n136): a boy shot in Balata camp, east of Nablus, on Wednesday, and a man
        // shot in a refugee camp near Tubas on Thursday: weapon, target ("camp") and a toll of one joined them
        Place balata = new Place("Balata", "PS", 32.21, 35.29, Precision.TOWN);
        Place tubas = new Place("Tubas", "PS", 32.32, 35.37, Precision.TOWN);
        Incident wed = Incident.of(killed("PSECVL", "ISRMIL", 1L, "Balata", balata, "2023-06-14",
                "A boy was shot dead by Israeli forces in Balata refugee camp during a raid."));
        Incident thu = Incident.of(killed("PSECVL", "ISRMIL", 1L, "Tubas", tubas, "2023-06-15",
                "A man was shot dead by Israeli troops during a raid in a refugee camp near Tubas."));
        assertEquals(IncidentMatch.Fit.NEAR, IncidentMatch.fit(thu, wed, IncidentSignals.shared()));
        assertEquals("near town on another day", decide(thu, wed).block());
        // on the same day they are weighed as before
        Incident sameDay = Incident.of(killed("PSECVL", "ISRMIL", 1L, "Tubas", tubas, "2023-06-14",
                "A man was shot dead by Israeli troops during a raid in a refugee camp near Tubas."));
        assertNull(decide(sameDay, wed).block(), decide(sameDay, wed).toString());
    }

    @Test
    void aSuburbNamedBesideItsCityIsNotTheCity() {
        // issue 16, incidents-dev4 (n057, n079): a woman killed in Kherson city and a man killed in "Antonivka, a
        // settlement on the eastern outskirts of Kherson" on one day; the second text names Kherson, which made the
        // city its named place
        Place kherson = new Place("Kherson", "UA", 46.635, 32.617, Precision.TOWN);
        Place antonivka = new Place("Antonivka", "UA", 46.666, 32.717, Precision.TOWN);
        Incident city = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Kherson", kherson, "2023-06-14",
                "Russian troops shelled the Dniprovskyi district of Kherson, killing a 47-year-old woman."));
        Incident suburb = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Antonivka", antonivka, "2023-06-14",
                "A man was killed in Antonivka, a settlement on the eastern outskirts of Kherson, when a drone dropped an"
                        + " explosive on him."));
        assertTrue(suburb.names().contains(IncidentSignals.BEARING + "kherson"), suburb.names().toString());
        assertEquals(IncidentMatch.Fit.NEAR, IncidentMatch.fit(suburb, city, IncidentSignals.shared()));
        assertFalse(decide(suburb, city).join(), decide(suburb, city).toString());
        // without a name before it, the edge is the town's: "on the outskirts of Afgooye town" is Afgooye
        Incident edge = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Afgooye", null, "2023-06-13",
                "Two soldiers were killed when al-Shabaab fighters attacked a military base on the outskirts of"
                        + " Afgooye town."));
        assertEquals(List.of("afgoye"), edge.names()); // (placeKey spells it once)
    }

    @Test
    void aDistrictReportNamingAPartOfItIsNotTheDistrictsTown() {
        // issue 16, incidents-dev4 (n003, n008): two killed by shelling in Nikopol overnight, and two killed by a drone
        // in "the Marhanets community of Nikopol district" (placed at the district) on the same morning; one name
        // made them one place
        Place.AdminArea oblast = new Place.AdminArea("UA.04", "Dnipropetrovsk");
        Place.AdminArea raion = new Place.AdminArea("UA.04.NI", "Nikopol");
        Place town = new Place("Nikopol", "UA", 47.567, 34.395, Precision.TOWN, oblast, raion);
        Place district = new Place("Nikopol", "UA", 47.60, 34.30, Precision.ADMIN2, oblast, raion);
        Incident shelled = Incident.of(killed("UKRCVL", "RUSMIL", 2L, "Nikopol", town, "2023-06-13",
                "Russian troops shelled Nikopol overnight, killing two residents."));
        Incident drone = Incident.of(killed("UKRCVL", "RUSMIL", 2L, "Nikopol", district, "2023-06-13",
                "Russian forces struck the Marhanets community of Nikopol district with a drone, killing two men."));
        assertEquals(IncidentMatch.Fit.WITHIN, IncidentMatch.fit(drone, shelled, IncidentSignals.shared()));
        IncidentMatch.Verdict v = decide(drone, shelled);
        assertFalse(v.join() || v.alone(), v.toString());
        // "in Qarabagh district of Ghazni province" names no part of the district: the district's town, as before
        Incident qarabagh = Incident.of(killed("UKRCVL", "RUSMIL", 2L, "Nikopol", district, "2023-06-13",
                "Two residents were killed in shelling of Nikopol district of Dnipropetrovsk province."));
        assertEquals(IncidentMatch.Fit.SAME, IncidentMatch.fit(qarabagh, shelled, IncidentSignals.shared()));
    }

    @Test
    void aProvinceHoldsItsTownHoweverFarFromItsCentrePoint() {
        // issue 16, incidents-dev4 (n087, n088): four soldiers wounded by a mine "near Aguililla" and "in the western
        // state of Michoacan" on one day; Aguililla lies 190 km from the state's centre point, beyond its 150 km radius
        Place.AdminArea michoacan = new Place.AdminArea("MX.16", "Michoacan");
        Place state = new Place("Michoacan", "MX", 19.70, -101.18, Precision.ADMIN1, michoacan, null);
        Place aguililla = new Place("Aguililla", "MX", 18.74, -102.79, Precision.TOWN, michoacan, null);
        Incident town = Incident.of(event(EventType.WOUNDED, "MEXMIL", null, 4L, "Aguililla", aguililla, "2023-06-14",
                "Four Army soldiers were injured when an explosive device went off near Aguililla."));
        Incident province = Incident.of(event(EventType.WOUNDED, "MEXMIL", null, 4L, "Michoacan", state, "2023-06-14",
                "An explosive device wounded four Mexican soldiers in the western state of Michoacan."));
        assertEquals(IncidentMatch.Fit.WITHIN, IncidentMatch.fit(province, town, IncidentSignals.shared()));
        // a town the gazetteer puts in another province is still apart
        Place other = new Place("Coalcoman", "MX", 18.78, -103.16, Precision.TOWN, new Place.AdminArea("MX.14", "Jalisco"),
                null);
        Incident elsewhere = Incident.of(event(EventType.WOUNDED, "MEXMIL", null, 4L, "Coalcoman", other, "2023-06-14",
                "Four soldiers were wounded near Coalcoman."));
        assertEquals(IncidentMatch.Fit.FAR, IncidentMatch.fit(province, elsewhere, IncidentSignals.shared()));
    }

    @Test
    void aPlaceSomeKilometresFromATownMayLieOverItsProvincialBorder() {
        // issue 16, incidents-dev4 (n017, n037): two soldiers killed at a base "on the outskirts of Afgooye town in
        // Lower Shabelle" and at a base "about 30 km northwest of Mogadishu" (Banadir) on one day: the landmark's
        // province made them two provinces
        Place mogadishu = new Place("Mogadishu", "SO", 2.037, 45.344, Precision.TOWN,
                new Place.AdminArea("SO.02", "Banaadir"), null);
        Place afgooye = new Place("Afgooye", "SO", 2.139, 45.121, Precision.TOWN,
                new Place.AdminArea("SO.14", "Shabeellaha Hoose"), null);
        Incident base = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Mogadishu", mogadishu, "2023-06-13",
                "Two Somali soldiers were killed when al-Shabaab militants attacked a military base about 30 km"
                        + " northwest of Mogadishu."));
        Incident town = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Afgooye", afgooye, "2023-06-13",
                "Two soldiers were killed when al-Shabaab fighters attacked a military base on the outskirts of Afgooye"
                        + " town."));
        assertEquals(IncidentMatch.Fit.WITHIN, IncidentMatch.fit(base, town, IncidentSignals.shared()));
        assertTrue(decide(base, town).alone(), decide(base, town).toString());
        // a report in Mogadishu itself is still of Banadir
        Incident city = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Mogadishu", mogadishu, "2023-06-13",
                "Two soldiers were killed in Mogadishu."));
        assertEquals(IncidentMatch.Fit.FAR, IncidentMatch.fit(city, town, IncidentSignals.shared()));
    }

    static final Place ZAMFARA = new Place("Zamfara", "NG", 12.17, 6.25, Precision.ADMIN1,
            new Place.AdminArea("NG.57", "Zamfara"), null);

    @Test
    void anEarlyTollOfFourOrMoreAndItsUpdateAreEvidence() {
        // issue 16, incidents-dev4 (n027, n071): bandits killed "nine villagers" in Zamfara on Tuesday; the next day's
        // report of the same raid gives 11. Figures two apart were compatible but no evidence, and a province report
        // has little else
        Incident early = Incident.of(killed("NGACVL", "NGAREB", 9L, "Zamfara", ZAMFARA, "2023-06-13",
                "Bandits killed nine villagers in an attack in Zamfara State."));
        Incident update = Incident.of(killed("NGACVL", "NGAREB", 11L, "Zamfara", ZAMFARA, "2023-06-13",
                "The toll of the bandit attack in Zamfara State rose to 11."));
        IncidentMatch.Verdict v = decide(update, early);
        assertTrue(v.signals().contains("updated-figure"), v.toString());
        // small figures a few apart are as common as before: no evidence
        Incident one = Incident.of(killed("NGACVL", "NGAREB", 1L, "Zamfara", ZAMFARA, "2023-06-13", "One killed."));
        Incident three = Incident.of(killed("NGACVL", "NGAREB", 3L, "Zamfara", ZAMFARA, "2023-06-13", "Three killed."));
        assertFalse(decide(three, one).signals().contains("updated-figure"), decide(three, one).toString());
    }

    static final Place JENIN = new Place("Janin", "PS", 32.45943, 35.30086, Precision.TOWN);
    static final Place GWOZA = new Place("Gwoza", "NG", 11.08300, 13.69500, Precision.TOWN);
    static final Place IRBID = new Place("Irbid", "JO", 32.55556, 35.85000, Precision.TOWN);

    @Test
    void theDisplacedAreCiviliansButSoldiersAreNot() {
        Incident displaced = Incident.of(killed("CODREF", "CODREB", 5L, "Fataki", DARAA, "2021-06-24",
                "Five displaced people were killed on Thursday in an attack on a displacement site near Fataki."));
        Incident civilians = Incident.of(killed("CODCVL", "CODREB", 5L, "Fataki", DARAA, "2021-06-24",
                "The attack on a site for displaced persons near Fataki killed five civilians."));
        assertTrue(decide(civilians, displaced).join(), decide(civilians, displaced).toString());
        assertTrue(Principals.compatible(EventType.KILLED, "CODCVL").contains("CODREF"));
        Incident soldiers = Incident.of(killed("CODMIL", "CODREB", 5L, "Fataki", DARAA, "2021-06-24",
                "Five soldiers were killed on Thursday near Fataki."));
        assertEquals("principal", decide(soldiers, civilians).block());
        // an act's actor is no group of victims: a refugee and a civilian actor stay two
        assertFalse(Principals.compatible(EventType.ATTACK, "CODCVL", "CODREF"));
    }

    @Test
    void victimsWhoseCountryTwoOutletsReadDifferentlyJoinOnlyWithOneToll() {
        // the victims given the perpetrator's country by one outlet, the country where it happened by the other
        Incident wafa = Incident.of(killed("ISRCVL", "ISRMIL", 2L, "Jenin", JENIN, "2023-06-13",
                "Two young men were killed at dawn today by Israeli occupation forces' gunfire in Jenin refugee camp."));
        Incident wire = Incident.of(killed("PSECVL", "ISRMIL", 2L, "Jenin", JENIN, "2023-06-13",
                "Israeli forces killed two Palestinians during a raid on the Jenin refugee camp."));
        IncidentMatch.Verdict v = decide(wire, wafa);
        assertTrue(v.join(), v.toString());
        assertTrue(Principals.nationals(EventType.KILLED, "ISRCVL", JENIN, "ISRMIL").contains("PSECVL"));
        assertTrue(Principals.nationals(EventType.ATTACK, "ISRCVL", JENIN, "ISRMIL").isEmpty());
        // another toll (or none) is no sign that the two codes are one party
        Incident three = Incident.of(killed("PSECVL", "ISRMIL", 3L, "Jenin", JENIN, "2023-06-13",
                "Israeli forces killed three Palestinians during a raid on the Jenin refugee camp."));
        assertEquals("principal", decide(three, wafa).block());
        Incident none = Incident.of(killed("PSECVL", "ISRMIL", null, "Jenin", JENIN, "2023-06-13",
                "Israeli forces killed Palestinians during a raid on the Jenin refugee camp."));
        assertEquals("principal", decide(none, wafa).block());
        // another role is another party, whatever the country
        Incident gunmen = Incident.of(killed("PSEREB", "ISRMIL", 2L, "Jenin", JENIN, "2023-06-13",
                "Israeli troops shot dead two Palestinian gunmen in Jenin."));
        assertEquals("principal", decide(gunmen, wafa).block());
        // two countries, neither that of the place nor of a perpetrator: two parties
        Incident jordan = Incident.of(killed("SYRCVL", null, 2L, "Irbid", IRBID, "2023-06-13", "killed two"));
        Incident iraq = Incident.of(killed("IRQCVL", null, 2L, "Irbid", IRBID, "2023-06-13", "killed two"));
        assertEquals("principal", decide(jordan, iraq).block());
    }

    @Test
    void twoArmiesDeadOfOneDayInOnePlaceAreTwoPartiesThoughOneCountryIsThePlaces() {
        // the place's country is no reading of the other's victims: Turkish and Syrian soldiers die in Idlib the same
        // day with the same toll (the cost: an outlet that codes both sides by a border it names stays apart)
        Incident turks = Incident.of(killed("TURMIL", null, 20L, "Idlib", IDLIB, "2023-06-14",
                "At least 20 Turkish soldiers were killed in Idlib after an airstrike."));
        Incident syrians = Incident.of(killed("SYRMIL", null, 20L, "Idlib", IDLIB, "2023-06-14",
                "Turkey said 20 Syrian soldiers were killed near Idlib in a clash."));
        assertEquals("principal", decide(turks, syrians).block());
        Incident trust = Incident.of(killed("NGAMIL", "NGAREB", 3L, "Gwoza", GWOZA, "2023-06-14",
                "Three soldiers were killed when ISWAP terrorists attacked a military base in Gwoza, Borno State."));
        Incident angle = Incident.of(killed("CMRMIL", "CMRREB", 3L, "Gwoza", GWOZA, "2023-06-14",
                "Jihadists attacked a military base in Gwoza, near the border with Cameroon, killing three soldiers."));
        IncidentMatch.Verdict v = decide(angle, trust);
        assertFalse(v.join(), v.toString());
        Incident five = Incident.of(killed("NGAMIL", "CMRREB", 5L, "Gwoza", GWOZA, "2023-06-14",
                "Jihadists attacked a military base in Gwoza, killing five soldiers."));
        // (3 and 5: an early toll and its update, but not one toll: the two perpetrators stay two)
        assertEquals("other party", decide(five, trust).block());
    }

    /** A report of two civilians killed in Daraa, of this date, with this evidence (the date tests' reports). */
    private static Incident daraa(String date, String evidence) {
        return Incident.of(killed("SYRCVL", null, 2L, "Daraa", DARAA, date, evidence));
    }

    @Test
    void aReportDatedTheDayItsSourceSpokeJoinsWhenItNamesTheOthersWeekday() {
        // 2020-03-04 was a Wednesday: the monitor's report of that day, and a wire dated by "said Thursday"
        Incident monitor = daraa("2020-03-04", "Two civilians were killed in Daraa on Wednesday.");
        Incident wire = daraa("2020-03-05",
                "Medics said Thursday that two civilians were killed in Daraa on Wednesday.");
        IncidentMatch.Verdict v = decide(wire, monitor);
        assertTrue(v.join() && v.signals().contains("same-day-named"), v.toString());
        assertTrue(decide(monitor, wire).join(), "either order");
        // naming another day (or none) leaves them a day apart: two small tolls of one town on two days
        Incident tuesday = daraa("2020-03-05",
                "Medics said Thursday that two civilians were killed in Daraa on Tuesday.");
        IncidentMatch.Verdict other = decide(tuesday, monitor);
        assertFalse(other.join() || other.signals().contains("same-day-named"), other.toString());
        Incident thursday = daraa("2020-03-05", "Two civilians were killed in Daraa on Thursday.");
        assertFalse(decide(thursday, monitor).join());
        // the earlier report naming the later one's day says nothing of when it happened
        Incident early = daraa("2020-03-04", "Two civilians were killed in Daraa, a town shelled since Thursday.");
        assertFalse(decide(thursday, early).join());
    }

    static final Place SYRIA = new Place("Syria", "SY", 35.0, 38.0, Precision.COUNTRY);

    @Test
    void aReportPlacedOnlyInTheCountryIsItsOnlyCandidatesWithMoreThanTheDayAndFigure() {
        Incident town = Incident.of(killed("SYRREB", null, 2L, "Busra al-Sham", BUSRA, "2019-07-10",
                "Two SDF members were killed today when a roadside bomb hit their vehicle near Busra al-Sham."));
        Incident country = Incident.of(killed("SYRREB", null, 2L, "Syria", SYRIA, "2019-07-10",
                "Two fighters with the SDF were killed Wednesday in a bomb blast in Syria, a war monitor reported."));
        IncidentMatch.Verdict v = decide(country, town);
        assertFalse(v.join(), "never by its points: the country holds the other's place and many more");
        assertTrue(v.alone(), v.toString());
        // the day, the country and the figure alone: every outlet's two dead of the day in Syria
        Incident bare = Incident.of(killed("SYRREB", null, 2L, "Syria", SYRIA, "2019-07-10",
                "Two fighters with the SDF were killed on Wednesday in Syria, a war monitor reported."));
        IncidentMatch.Verdict b = decide(bare, town);
        assertFalse(b.join() || b.alone(), b.toString());
        // ... which in a province is enough for its only candidate
        Incident province = Incident.of(killed("SYRREB", null, 2L, "Daraa", DARAA_PROVINCE, "2019-07-10",
                "Two fighters with the SDF were killed on Wednesday in Daraa province, a war monitor reported."));
        assertTrue(decide(province, town).alone(), decide(province, town).toString());
    }

    @Test
    void aReportDatedOnlyByTheDayItsSourceSpokeMayBeOfTheDayBefore() {
        IncidentSignals k = IncidentSignals.shared();
        assertTrue(k.names("Jihadists killed five farmers, residents told AFP on Wednesday.").contains("%wednesday"));
        assertTrue(k.names("Two civilians were killed, the army said in a statement on Wednesday.")
                .contains("%wednesday"));
        assertTrue(k.names("Two civilians were killed on Wednesday, officials said.").contains("wednesday"));
        assertFalse(k.names("Two civilians were killed on Wednesday, officials said.").contains("%wednesday"));
        // 2020-03-04 was a Wednesday
        Incident monitor = daraa("2020-03-04", "Two civilians were killed in Daraa on Wednesday.");
        Incident wire = daraa("2020-03-05", "Two civilians died in Daraa, medics said Thursday.");
        IncidentMatch.Verdict v = decide(wire, monitor);
        assertTrue(v.join() && v.signals().contains("same-day-spoken"), v.toString());
        // the day it happened given as such, or another day named beside the spoken one: a day apart
        Incident happened = daraa("2020-03-05", "Two civilians died in Daraa on Thursday, medics said.");
        assertFalse(decide(happened, monitor).join(), decide(happened, monitor).toString());
        Incident friday = daraa("2020-03-05", "Two civilians died in Daraa on Friday night, medics said Thursday.");
        assertFalse(decide(friday, monitor).join(), decide(friday, monitor).toString());
        // the earlier report's spoken day says nothing of a later one
        Incident spokenEarly = daraa("2020-03-04", "Two civilians died in Daraa, medics said Wednesday.");
        assertFalse(decide(happened, spokenEarly).join(), decide(happened, spokenEarly).toString());
    }

    static final Place ARAUCA = new Place("Arauca", "CO", 7.08471, -70.75908, Precision.ADMIN1);
    static final Place SARAVENA = new Place("Saravena", "CO", 6.95167, -71.87222, Precision.TOWN);

    @Test
    void aReportGivenNoPlaceMeetsTheOtherWhereItsTextNamesItsPlace() {
        // the extraction gave the local report neither a place nor the soldiers' country
        Incident local = Incident.of(killed("MIL", null, 3L, null, null, "2023-06-15",
                "ARAUCA - Three soldiers were killed on Thursday when a car bomb exploded near the military base of "
                        + "Saravena, Arauca, the army said."));
        Incident wire = Incident.of(killed("COLMIL", null, 3L, "Arauca", ARAUCA, "2023-06-15",
                "A car bomb exploded near a military base in Colombia's northeastern Arauca province on Thursday, "
                        + "killing three soldiers."));
        IncidentMatch.Verdict v = decide(wire, local);
        assertTrue(!v.join() && v.alone(), "the province it names: its only candidate " + v);
        assertTrue(decide(local, wire).alone(), "either order");
        Incident town = Incident.of(killed("COLMIL", null, 3L, "Saravena", SARAVENA, "2023-06-15",
                "Three soldiers were killed by a car bomb in Saravena on Thursday."));
        IncidentMatch.Verdict named = decide(town, local);
        assertTrue(named.join() && named.signals().contains("named-place"), named.toString());
        // a text naming neither place is no evidence of where it happened
        Incident elsewhere = Incident.of(killed("COLMIL", null, 3L, null, null, "2023-06-15",
                "Three soldiers were killed on Thursday when a car bomb exploded near a base in Cauca, the army said."));
        assertEquals("place unknown", decide(elsewhere, wire).block());
        // the role without its country is any country's soldiers, not its civilians
        assertTrue(Principals.compatible(EventType.KILLED, "MIL", "COLMIL"));
        assertTrue(Principals.compatible(EventType.KILLED, "COLMIL", "MIL"));
        assertTrue(Principals.compatible(EventType.KILLED, "COLMIL").contains("MIL"));
        assertFalse(Principals.compatible(EventType.KILLED, "MIL", "COLCVL"));
        assertFalse(Principals.compatible(EventType.KILLED, "MIL", "CVL"));
        assertEquals(List.of("COLMIL"), Principals.nationals(EventType.KILLED, "MIL", SARAVENA, null));
    }

    @Test
    void anAttackToldWithoutItsPartyJoinsTheOneToldWithItOnlyByTownDayAndWeapon() {
        Incident claimed = Incident.of(event(EventType.ATTACK, "AFGREB", null, null, "Kabul", KABUL, "2020-03-04",
                "Taliban fighters detonated a roadside bomb in Kabul on Wednesday, a police spokesman said."));
        Incident told = Incident.of(event(EventType.ATTACK, null, null, null, "Kabul", KABUL, "2020-03-04",
                "A roadside bomb went off in the west of Kabul on Wednesday morning."));
        IncidentMatch.Verdict v = decide(told, claimed);
        assertTrue(v.join() && v.signals().contains("same-weapon:explosive"), v.toString());
        assertTrue(decide(claimed, told).join(), "either order");
        // no weapon in common: the city's other attack of the day (a convoy attacked, a bomb)
        Incident convoy = Incident.of(event(EventType.ATTACK, null, null, null, "Kabul", KABUL, "2020-03-04",
                "Gunmen attacked a convoy in Kabul on Wednesday."));
        IncidentMatch.Verdict other = decide(convoy, claimed);
        assertFalse(other.join(), other.toString());
        // another day, or only the province: nothing to know a partyless report by
        Incident nextDay = Incident.of(event(EventType.ATTACK, null, null, null, "Kabul", KABUL, "2020-03-05",
                "A roadside bomb went off in the west of Kabul on Thursday morning."));
        assertFalse(decide(nextDay, claimed).join(), decide(nextDay, claimed).toString());
        // an act (a lenient type) without its party is nothing to know it by
        assertEquals("principal", decide(Incident.of(event(EventType.CAPTURE, null, null, null, "Kabul", KABUL,
                "2020-03-04", "The town was taken.")), Incident.of(event(EventType.CAPTURE, "AFGREB", null, null,
                "Kabul", KABUL, "2020-03-04", "The Taliban took the town."))).block());
    }

    @Test
    void aReportThatPutsItsIncidentOnTheDayBeforeIsOfTheDayBefore() {
        IncidentSignals k = IncidentSignals.shared();
        assertTrue(k.names("The army said it had killed 16 jihadists who attacked a post near Lake Chad the day before.")
                .contains(IncidentSignals.DAY_BEFORE));
        assertFalse(k.names("The army said it had killed 16 jihadists who attacked a post before dawn.")
                .contains(IncidentSignals.DAY_BEFORE));
        // 2020-03-04, the post's communique; 2020-03-05, the wire dated by the day it spoke from
        Incident communique = daraa("2020-03-04", "Two militants were killed in Daraa.");
        Incident wire = daraa("2020-03-05", "The army said two militants were killed in Daraa the day before.");
        IncidentMatch.Verdict v = decide(wire, communique);
        assertTrue(v.join() && v.signals().contains("same-day-before"), v.toString());
        Incident today = daraa("2020-03-05", "The army said two militants were killed in Daraa.");
        assertFalse(decide(today, communique).join(), decide(today, communique).toString());
        // the earlier report's phrase says nothing of the later one
        Incident early = daraa("2020-03-04", "Two militants were killed in Daraa, the day before a truce.");
        assertFalse(decide(today, early).join(), decide(today, early).toString());
        // "last night" in a report dated by its morning (incidents-dev5, Karan): the night before
        Incident night = daraa("2020-03-05", "Two militants died after a grenade was thrown into a shop in Daraa last"
                + " night.");
        IncidentMatch.Verdict n = decide(night, communique);
        assertTrue(n.join() && n.signals().contains("same-day-before"), n.toString());
        Incident tonight = daraa("2020-03-05", "Two militants died after a grenade was thrown into a shop in Daraa at"
                + " night.");
        assertFalse(decide(tonight, communique).join(), decide(tonight, communique).toString());
    }

    static final Place.AdminArea FAR_NORTH = new Place.AdminArea("CM.12", "Far North");
    static final Place MORA = new Place("Mora", "CM", 11.04611, 14.14011, Precision.TOWN, FAR_NORTH, null);
    static final Place MAYO_SAVA = new Place("Mayo-Sava", "CM", null, null, Precision.ADMIN2, FAR_NORTH,
            new Place.AdminArea("CM.12.9224949", "Mayo-Sava"));

    @Test
    void aDistrictOffTheMapAndATownOfItsProvinceMeetInTheProvinceOnly() {
        Incident town = Incident.of(killed("CMRCVL", "NGAREB", 3L, "Mora", MORA, "2023-06-15",
                "Three civilians were killed when suspected Boko Haram fighters raided a neighbourhood of Mora."));
        Incident division = Incident.of(killed("CMRCVL", "NGAREB", 3L, "Mayo-Sava", MAYO_SAVA, "2023-06-15",
                "Three civilians were killed when Boko Haram militants raided a village in the Mayo-Sava division."));
        IncidentMatch.Verdict v = decide(division, town);
        assertTrue(!v.join() && v.alone(), "its only candidate in the province: " + v);
        // two towns of two names, one off the map, are two places whatever the province
        Place village = new Place("Kolofata", "CM", null, null, Precision.TOWN, FAR_NORTH, null);
        Incident other = Incident.of(killed("CMRCVL", "NGAREB", 3L, "Kolofata", village, "2023-06-15",
                "Three civilians were killed when Boko Haram militants raided Kolofata."));
        IncidentMatch.Verdict two = decide(other, town);
        assertFalse(two.join() || two.alone(), two.toString());
        // a single death: an area has many a day
        Incident one = Incident.of(killed("CMRCVL", "NGAREB", 1L, "Mayo-Sava", MAYO_SAVA, "2023-06-15",
                "One civilian was killed when Boko Haram militants raided a village in the Mayo-Sava division."));
        Incident oneTown = Incident.of(killed("CMRCVL", "NGAREB", 1L, "Mora", MORA, "2023-06-15",
                "One civilian was killed when Boko Haram fighters raided a neighbourhood of Mora."));
        assertFalse(decide(one, oneTown).alone(), decide(one, oneTown).toString());
    }
    static final Place MOGADISHU_TOWN = new Place("Mogadishu", "SO", 2.03711, 45.34375, Precision.TOWN,
            new Place.AdminArea("SO.02", "Banaadir"), null);

    /** Two reports of one town that each say which district of it, two districts, are two incidents. */
    @Test
    void twoDistrictsOfOneTownAreTwoIncidents() {
        Incident karan = Incident.of(killed("SOMCVL", null, 2L, "Mogadishu", MOGADISHU_TOWN, "2024-11-08",
                "Two people were killed on Friday evening when attackers hurled a hand grenade into a teashop in"
                        + " Mogadishu's Kaaraan district."));
        Incident wadajir = Incident.of(killed("SOMCVL", null, 2L, "Mogadishu", MOGADISHU_TOWN, "2024-11-08",
                "A roadside bomb struck a taxi in Mogadishu's Wadajir district on Friday, killing two passengers."));
        assertEquals("other district", decide(karan, wadajir).block());
        // ... one district named by both, or by one of them only, is no evidence against
        Incident wadajirAgain = Incident.of(killed("SOMCVL", null, 2L, "Mogadishu", MOGADISHU_TOWN, "2024-11-08",
                "Two civilians were killed on Friday when a roadside bomb hit a rickshaw in Wadajir district of"
                        + " Mogadishu."));
        IncidentMatch.Verdict same = decide(wadajirAgain, wadajir);
        assertTrue(same.join(), same.toString());
        Incident bare = Incident.of(killed("SOMCVL", null, 2L, "Mogadishu", MOGADISHU_TOWN, "2024-11-08",
                "Two civilians were killed on Friday when a roadside bomb hit a rickshaw in Mogadishu."));
        IncidentMatch.Verdict unsaid = decide(bare, wadajir);
        assertTrue(unsaid.join(), unsaid.toString());
    }

    /**
     * A province and a town the gazetteer puts in another province (without coordinates for the town) are two
     * places: the province report does not hold it.
     */
    @Test
    void aProvinceDoesNotHoldATownOfAnotherProvince() {
        Place gezira = new Place("Al Jazirah", "SD", 14.40, 33.52, Precision.ADMIN1,
                new Place.AdminArea("SD.38", "Al Jazirah"), null);
        Place abuShouk = new Place("Abu Shouk", "SD", null, null, Precision.TOWN,
                new Place.AdminArea("SD.55", "Northern Darfur"), null);
        Place wadMadani = new Place("Wad Madani", "SD", null, null, Precision.TOWN,
                new Place.AdminArea("SD.38", "Al Jazirah"), null);
        Incident village = Incident.of(killed("SDNCVL", "SDNREB", 7L, "Gezira", gezira, "2024-11-08",
                "Sudan's Rapid Support Forces killed at least seven civilians on Friday when they stormed a village in"
                        + " the east of Gezira state."));
        Incident camp = Incident.of(killed("SDNCVL", "SDNREB", 8L, "Abu Shouk", abuShouk, "2024-11-08",
                "Artillery shelling by the Rapid Support Forces killed at least eight people in the Abu Shouk camp."));
        assertEquals("place", decide(village, camp).block());
        // ... a town the gazetteer puts in that province is still its area's only candidate
        Incident town = Incident.of(killed("SDNCVL", "SDNREB", 8L, "Wad Madani", wadMadani, "2024-11-08",
                "The Rapid Support Forces killed eight civilians in Wad Madani on Friday."));
        IncidentMatch.Verdict within = decide(village, town);
        assertNull(within.block(), within.toString());
        assertTrue(within.alone(), within.toString());
    }

    /**
     * A name the gazetteer cannot place even in a country is no evidence of one place: it joins a placed report only
     * when a text names the other's place.
     */
    @Test
    void aPlaceKnownNowhereIsNoEvidenceOfOnePlace() {
        Place debreMarkos = new Place("Debre Mark'os", "ET", 10.35, 37.73, Precision.TOWN,
                new Place.AdminArea("ET.46", "Amhara"), null);
        Place yeU = new Place("Ye-U Township", null, null, null, null);
        Incident minibus = Incident.of(killed("ETHCVL", null, 6L, "Debre Markos", debreMarkos, "2024-11-09",
                "Six civilians were killed on Saturday when a drone strike hit a minibus on the outskirts of Debre"
                        + " Markos."));
        Incident village = Incident.of(killed("CVL", "MIL", 6L, "Ye-U Township", yeU, "2024-11-09",
                "Six people died when a regime jet bombed a village in Ye-U Township on November 9."));
        assertEquals("place unknown", decide(minibus, village).block());
        // ... parties of a country are something: the same figure, day and weapon may join a place of that country
        Incident ethiopian = Incident.of(killed("ETHCVL", "ETHMIL", 6L, "Ye-U Township", yeU, "2024-11-09",
                "Six people died when a regime jet bombed a village in Ye-U Township on November 9."));
        IncidentMatch.Verdict v = decide(minibus, ethiopian);
        assertNull(v.block(), v.toString());
    }
    /**
     * A story placed where the gazetteer cannot, joined by a report it places and that the story's text names (or
     * that names the story's place), takes that place: it is then kept apart from the next district's incident.
     */
    @Test
    void aStoryTheGazetteerCannotPlaceTakesTheNamedPlaceOfAReportItJoins() {
        Place mawasi = new Place("al-Mawasi", "PS", null, null, null);
        Place khanYounis = new Place("Khan Yunis", "PS", 31.34, 34.31, Precision.TOWN,
                new Place.AdminArea("PS.GZ", "Gaza Strip"), new Place.AdminArea("PS.GZ.7871092", "Khan Yunis"));
        Place deirAlBalah = new Place("Deir Al Balah", "PS", 31.42, 34.35, Precision.ADMIN2,
                new Place.AdminArea("PS.GZ", "Gaza Strip"), new Place.AdminArea("PS.GZ.7870268", "Deir Al Balah"));
        Incident tent = Incident.of(killed("PSECVL", null, 4L, "al-Mawasi", mawasi, "2024-11-09",
                "Four people were killed when an Israeli strike hit a tent for displaced families in al-Mawasi, west of"
                        + " Khan Younis in southern Gaza, on Saturday morning."));
        Incident wafa = Incident.of(killed("PSECVL", null, 4L, "Khan Younis", khanYounis, "2024-11-09",
                "Four citizens were killed this morning when occupation aircraft targeted a tent in the Mawasi area of"
                        + " Khan Younis."));
        Incident story = tent.widen(wafa);
        assertEquals("Khan Younis", story.location());
        Incident deir = Incident.of(killed("PSECVL", "ISRMIL", 4L, "Deir al-Balah", deirAlBalah, "2024-11-09",
                "At least four Palestinians were killed on Saturday when an Israeli drone struck a group of civilians in"
                        + " the city of Deir al-Balah in central Gaza."));
        assertEquals("place", decide(deir, story).block());
        // ... a placed report neither text names leaves the story where it was
        Incident elsewhere = Incident.of(killed("PSECVL", null, 4L, "Rafah", new Place("Rafah", "PS", 31.29, 34.25,
                Precision.TOWN), "2024-11-09", "Four people were killed in an air strike on a house in Rafah."));
        assertEquals("al-Mawasi", tent.widen(elsewhere).location());
    }
    /**
     * A place some km from a town is not the town, but the town's district holds it: "about 15 kilometres from
     * Macomia town" and "in the district of Macomia" meet in the district, and "in Macomia town" stays a nearby place.
     */
    @Test
    void aDistrictHoldsAPlaceSomeKilometresFromItsTown() {
        Place macomia = new Place("Macomia", "MZ", null, null, Precision.ADMIN2,
                new Place.AdminArea("MZ.01", "Cabo Delgado"), null);
        Incident bush = Incident.of(killed("MOZCVL", "MOZREB", 3L, "Macomia", macomia, "2024-11-08",
                "Insurgents beheaded three men on Friday in a village about 15 kilometres from Macomia town, in Cabo"
                        + " Delgado province."));
        Incident district = Incident.of(killed("MOZCVL", null, 3L, "Macomia", macomia, "2024-11-08",
                "Three civilians were killed on Friday by armed groups in the district of Macomia, Cabo Delgado"
                        + " province."));
        assertEquals(IncidentMatch.Fit.SAME, IncidentMatch.fit(district, bush, IncidentSignals.shared()));
        IncidentMatch.Verdict v = decide(district, bush);
        assertTrue(v.join() || v.alone(), v.toString());
        Incident town = Incident.of(killed("MOZCVL", null, 3L, "Macomia", macomia, "2024-11-08",
                "Three civilians were killed on Friday by armed groups in Macomia town."));
        assertEquals(IncidentMatch.Fit.NEAR, IncidentMatch.fit(town, bush, IncidentSignals.shared()));
    }
    /**
     * A single death told at a province's precision joins its area's only story when the perpetrator, the target
     * and the weapon all agree with it (three things that tell one incident of the area's day from the next); the
     * day, the area and the toll of one alone do not.
     */
    @Test
    void aSingleDeathInAnAreaIsItsOnlyStoryWithPerpetratorTargetAndWeapon() {
        Place belgorod = new Place("Belgorod", "RU", 50.61, 36.58, Precision.ADMIN1,
                new Place.AdminArea("RU.09", "Belgorod"), null);
        Place shebekino = new Place("Shebekino", "RU", 50.41, 36.91, Precision.TOWN,
                new Place.AdminArea("RU.09", "Belgorod"), null);
        Incident town = Incident.of(killed("RUSCVL", "UKRMIL", 1L, "Shebekino", shebekino, "2024-11-08",
                "A civilian was killed when a Ukrainian drone attacked a car in the town of Shebekino in the Belgorod"
                        + " Region."));
        Incident region = Incident.of(killed("RUSCVL", "UKRMIL", 1L, "Belgorod", belgorod, "2024-11-08",
                "A Ukrainian drone struck a car in Russia's Belgorod region on Friday, killing the driver."));
        IncidentMatch.Verdict v = decide(region, town);
        assertTrue(!v.join() && v.alone(), v.toString());
        Incident house = Incident.of(killed("RUSCVL", "UKRMIL", 1L, "Belgorod", belgorod, "2024-11-08",
                "Ukrainian shelling killed a man in Russia's Belgorod region on Friday."));
        IncidentMatch.Verdict other = decide(house, town);
        assertFalse(other.join() || other.alone(), other.toString());
    }
    /**
     * Two towns the gazetteer knows by name, one of them off the map: a text that names the other's town is of that
     * town only when it is the text of the report on the map ("a raid on a village near the town of Eringeti", placed
     * at its Beni dateline); the report off the map naming the other's town as its landmark ("Mavivi, a locality near
     * Beni airport in Beni territory") is of another place.
     */
    @Test
    void ofTwoKnownTownsOneOffTheMapTheNamingMustComeFromTheOneOnTheMap() {
        Place.AdminArea northKivu = new Place.AdminArea("CD.11", "North Kivu");
        Place beni = new Place("Beni", "CD", 0.49, 29.47, Precision.TOWN, northKivu, null);
        Place mavivi = new Place("Mavivi", "CD", null, null, Precision.TOWN, northKivu, null);
        Place eringeti = new Place("Eringeti", "CD", null, null, Precision.TOWN, northKivu, null);
        Incident oicha = Incident.of(killed("CODCVL", null, 3L, "Beni", beni, "2024-11-09",
                "Three farmers were killed on Saturday morning about five kilometres from Oicha, the chief town of Beni"
                        + " territory, by presumed ADF rebels."));
        Incident locality = Incident.of(killed("CODCVL", "CODREB", 3L, "Mavivi", mavivi, "2024-11-09",
                "Three civilians were killed on Saturday night in an attack by presumed ADF rebels in Mavivi, a locality"
                        + " near Beni airport in Beni territory."));
        assertEquals("other village", decide(locality, oicha).block());
        Incident dateline = Incident.of(killed("CODCVL", "CODREB", 8L, "Beni", beni, "2021-06-22",
                "Suspected ADF rebels killed eight civilians on Tuesday in a raid on a village near the town of Eringeti"
                        + " in North Kivu province."));
        Incident village = Incident.of(killed("CODCVL", null, 8L, "Eringeti", eringeti, "2021-06-22",
                "Eight civilians were killed on Tuesday in an attack attributed to ADF rebels on a village in the Eringeti"
                        + " area."));
        IncidentMatch.Verdict v = decide(village, dateline);
        assertTrue(v.join() && v.signals().contains("named-place"), v.toString());
    }

    /**
     * A township (Myanmar's district) is a district: two texts naming two townships are two incidents, however the
     * day, the toll, the perpetrator and the weapon agree; one township named by both joins.
     */
    @Test
    void twoTownshipsAreTwoDistricts() {
        Place magway = new Place("Magway", "MM", 20.15, 94.93, Precision.ADMIN1, new Place.AdminArea("MM.15", "Magway"),
                null);
        Incident region = Incident.of(killed("MMRCVL", "MMRMIL", 4L, "Magway Region", magway, "2023-06-20",
                "A military jet bombed a village in Magway Region's Myaing Township on Tuesday, killing four civilians."));
        Incident other = Incident.of(killed("MMRCVL", "MMRMIL", 4L, "Tabayin", new Place("Tabayin", "MM", null, null,
                null), "2023-06-20", "Four civilians were killed when a military jet bombed a village in Tabayin"
                        + " township, Sagaing region, on Tuesday."));
        assertEquals("other district", decide(other, region).block());
        Incident same = Incident.of(killed("MMRCVL", "MMRMIL", 4L, "Myaing Township", new Place("Myaing Township",
                "MM", null, null, null), "2023-06-20", "Four villagers died when a junta jet bombed a village in Myaing"
                        + " Township on Tuesday."));
        IncidentMatch.Verdict v = decide(same, region);
        assertTrue(v.join(), v.toString());
    }

    /**
     * A place off the map whose text calls the other's town its district ("in the municipality of Suarez") is in
     * that district: not another village, but the district's only candidate; a village of another municipality stays
     * another village.
     */
    @Test
    void aVillageOfTheMunicipalityNamedForTheOthersTownIsInItsDistrict() {
        Place.AdminArea cauca = new Place.AdminArea("CO.09", "Cauca");
        Place suarez = new Place("Suarez", "CO", 2.95, -76.69, Precision.TOWN, cauca,
                new Place.AdminArea("CO.09.19780", "Suarez"));
        Place vereda = new Place("La Toma", "CO", null, null, Precision.TOWN, cauca, null);
        Incident town = Incident.of(killed("COLMIL", null, 4L, "Suarez", suarez, "2023-06-20",
                "Four soldiers were wounded on Tuesday in an attack on a patrol in Suarez."));
        Incident village = Incident.of(killed("COLMIL", "COLREB", 4L, "La Toma", vereda, "2023-06-20",
                "Four soldiers were wounded on Tuesday when dissidents attacked a patrol in La Toma, in the municipality"
                        + " of Suarez, Cauca."));
        IncidentMatch.Verdict v = decide(village, town);
        assertTrue(v.join() || v.alone(), v.toString());
        Incident elsewhere = Incident.of(killed("COLMIL", "COLREB", 4L, "La Toma", vereda, "2023-06-20",
                "Four soldiers were wounded on Tuesday when dissidents attacked a patrol in La Toma, in the municipality"
                        + " of Morales, Cauca."));
        assertEquals("other village", decide(elsewhere, town).block());
    }

    /**
     * A short name whose two spellings differ by a y after a vowel ("al-Qusair", "Al-Qusayr") is one place, though
     * too short for the skeleton; a name of other letters stays another village.
     */
    @Test
    void aShortNameSpelledWithYOrIIsOnePlace() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(k.glide("Al-Qusayr"), k.glide("al-Qusair"));
        assertFalse(k.glide("Marka").equals(k.glide("Merca")));
        Place qusayr = new Place("Al Qusayr", "SY", 34.51, 36.58, Precision.TOWN,
                new Place.AdminArea("SY.11", "Homs"), null);
        Incident placed = Incident.of(killed("SYRMIL", null, 2L, "Al-Qusayr", qusayr, "2023-06-20",
                "Two soldiers were killed on Tuesday when gunmen attacked a checkpoint in Al-Qusayr town."));
        Incident unplaced = Incident.of(killed("SYRMIL", null, 2L, "al-Qusair", new Place("al-Qusair", "SY", null, null,
                null), "2023-06-20", "Two army soldiers were killed on Tuesday in an armed attack in al-Qusair."));
        assertEquals(IncidentMatch.Fit.SAME, IncidentMatch.fit(unplaced, placed, k));
        assertTrue(decide(unplaced, placed).join(), decide(unplaced, placed).toString());
        Incident other = Incident.of(killed("SYRMIL", null, 2L, "al-Qasr", new Place("al-Qasr", "SY", null, null,
                null), "2023-06-20", "Two army soldiers were killed on Tuesday in an armed attack in al-Qasr."));
        assertEquals("other village", decide(other, placed).block());
    }

    /**
     * A grenade is an explosive and a restaurant, a teashop or a hotel a place of trade as a market is: a grenade in a
     * restaurant and a hand grenade in a tea shop of one town and day join by them; a bomb that hit a rickshaw there
     * that day is another incident (a vehicle, not the shop).
     */
    @Test
    void aGrenadeInARestaurantIsKnownByItsWeaponAndTarget() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(List.of("explosive"), k.classes("weapon", "attackers hurled a hand grenade"));
        assertEquals(List.of("market"), k.classes("target", "into a teashop near the port"));
        assertEquals(List.of("vehicle"), k.classes("target", "a roadside bomb hit a rickshaw"));
        Place kismayo = new Place("Kismayo", "SO", null, null, Precision.TOWN, new Place.AdminArea("SO.06",
                "Lower Juba"), null);
        Incident restaurant = Incident.of(killed("SOMCVL", null, 2L, "Kismayo", kismayo, "2023-06-20",
                "Two people were killed when a grenade was thrown into a restaurant in Kismayo on Tuesday."));
        Incident shop = Incident.of(killed("SOMCVL", null, 2L, "Kismayo", kismayo, "2023-06-20",
                "Attackers hurled a hand grenade into a busy tea shop in Kismayo on Tuesday evening, killing two."));
        IncidentMatch.Verdict v = decide(shop, restaurant);
        assertTrue(v.join() && v.signals().contains("same-weapon:explosive")
                && v.signals().contains("same-target:market"), v.toString());
        Incident rickshaw = Incident.of(killed("SOMCVL", null, 2L, "Kismayo", kismayo, "2023-06-20",
                "Two civilians were killed on Tuesday when a roadside bomb hit a rickshaw in Kismayo."));
        assertEquals("targets", decide(rickshaw, restaurant).block());
    }

    /**
     * A side of a name told with "of" ("a village north of Hama city", "in the east of Hama") is that part of the area,
     * as "northern Hama" is: it and "southern Hama province" are two incidents; it and "northern Hama" may be one. A
     * place some km off ("30 km north of Hama") is reckoned from the town, not a part of its province.
     */
    @Test
    void aSideOfANameToldWithOfIsThatPartOfTheArea() {
        IncidentSignals k = IncidentSignals.shared();
        assertTrue(k.names("a village north of Hama city").contains("<n<hama"));
        assertTrue(k.names("clashes in the east of Hama").contains("<e<hama"));
        assertFalse(k.names("a base 30 km north of Hama").contains("<n<hama"));
        Place.AdminArea hamaArea = new Place.AdminArea("SY.09", "Hama");
        Place province = new Place("Hama", "SY", 35.2, 37.2, Precision.ADMIN1, hamaArea, null);
        Place village = new Place("Qasr Ibn Wardan", "SY", 35.09, 37.2, Precision.TOWN, hamaArea, null);
        Incident south = Incident.of(killed("SYRCVL", null, 2L, "Hama", province, "2023-06-20",
                "An air strike killed two farmers in southern Hama province on Tuesday."));
        Incident north = Incident.of(killed("SYRCVL", null, 2L, "Qasr Ibn Wardan", village, "2023-06-20",
                "Shelling killed two civilians in Qasr Ibn Wardan, north of Hama city, on Tuesday."));
        assertEquals("other part", decide(north, south).block());
        Incident northern = Incident.of(killed("SYRCVL", null, 2L, "Hama", province, "2023-06-20",
                "Shelling killed two civilians in a village of northern Hama province on Tuesday."));
        IncidentMatch.Verdict v = decide(north, northern);
        assertNull(v.block(), v.toString());
        assertTrue(v.alone(), v.toString());
    }

    /**
     * A report the gazetteer places in a province whose text calls the province's name a city ("in Mykolaiv city
     * (Inhulskyi district), Mykolaiv oblast") is of the city: it joins the city's report; a village of the oblast
     * stays a province report, which meets the city only as its area's only story.
     */
    @Test
    void aProvinceTheTextCallsACityIsTheCity() {
        Place.AdminArea oblast = new Place.AdminArea("UA.16", "Mykolaiv");
        Place province = new Place("Mykolaiv", "UA", 46.97, 31.99, Precision.ADMIN1, oblast, null);
        Place city = new Place("Mykolaiv", "UA", 46.97, 31.99, Precision.TOWN, oblast, null);
        Incident monitor = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Mykolaiv", province, "2023-06-20",
                "On 20 June 2023, a Russian drone struck a civilian car in Mykolaiv city (Inhulskyi district), Mykolaiv"
                        + " oblast, killing the driver."));
        assertEquals(Precision.TOWN, monitor.place().precision());
        Incident town = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Mykolaiv", city, "2023-06-20",
                "A Russian drone hit a car in Mykolaiv's Inhulskyi district on Tuesday, killing its driver."));
        IncidentMatch.Verdict v = decide(monitor, town);
        assertTrue(v.join(), v.toString());
        Incident village = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Mykolaiv", province, "2023-06-20",
                "On 20 June 2023, a Russian drone struck a civilian car in a village of Mykolaiv oblast, killing the"
                        + " driver."));
        assertEquals(Precision.ADMIN1, village.place().precision());
        // ... and so does one that names the city only as a landmark
        Incident landmark = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Mykolaiv", province, "2023-06-20",
                "A Russian drone struck a civilian car in a village 20 km north of Mykolaiv city, Mykolaiv oblast."));
        assertEquals(Precision.ADMIN1, landmark.place().precision());
        IncidentMatch.Verdict w = decide(village, town);
        assertTrue(!w.join() && w.signals().contains("within-coarse-place"), w.toString());
    }

    /**
     * The town of a province's name after a district's "of" ("in Gwarzo Local Government Area of Kano") is the
     * province holding the district, though the gazetteer read the town: the report is of the district it names, and
     * joins the report placed there; a report placed in the town itself ("the Fagge area of Kano city", "the Fagge
     * district of Kano": a district may be a town's quarter) stays the town.
     */
    @Test
    void theTownOfTheProvincesNameAfterADistrictIsTheProvince() {
        Place.AdminArea kanoState = new Place.AdminArea("NG.29", "Kano");
        Place kano = new Place("Kano", "NG", 12.00, 8.52, Precision.TOWN, kanoState, null);
        Place gwarzo = new Place("Gwarzo", "NG", 11.92, 7.93, Precision.TOWN, kanoState, null);
        Incident town = Incident.of(killed("NGACVL", "NGAREB", 3L, "Gwarzo", gwarzo, "2023-06-20",
                "Bandits killed three farmers near Gwarzo town on Tuesday."));
        Incident lga = Incident.of(killed("NGACVL", "NGAREB", 3L, "Kano", kano, "2023-06-20",
                "Bandits have killed three farmers in Gwarzo Local Government Area of Kano, residents said."));
        assertEquals(Precision.ADMIN1, lga.place().precision());
        IncidentMatch.Verdict v = decide(lga, town);
        assertTrue(v.join() && v.signals().contains("named-place"), v.toString());
        Incident city = Incident.of(killed("NGACVL", "NGAREB", 3L, "Kano", kano, "2023-06-20",
                "Gunmen killed three traders in the Fagge area of Kano city on Tuesday."));
        assertEquals(Precision.TOWN, city.place().precision());
        Incident quarter = Incident.of(killed("NGACVL", "NGAREB", 3L, "Kano", kano, "2023-06-20",
                "Gunmen killed three traders in the Fagge district of Kano on Tuesday."));
        assertEquals(Precision.TOWN, quarter.place().precision(), "a district of a town is its quarter");
        assertEquals("place", decide(city, town).block());
    }

    /**
     * Where a road leads ("at the exit of Mopti town on the road to Djenne") is a landmark, not the place: a report
     * the gazetteer placed at the road's end meets the town it names beside it (its area's only story); a report of
     * the far town itself stays there.
     */
    @Test
    void whereARoadLeadsIsALandmark() {
        Place.AdminArea region = new Place.AdminArea("ML.07", "Mopti");
        Place mopti = new Place("Mopti", "ML", 14.49, -4.20, Precision.TOWN, region, null);
        Place djenne = new Place("Djenne", "ML", 13.91, -4.55, Precision.TOWN, region, null);
        Incident town = Incident.of(killed("MLICVL", null, 2L, "Mopti", mopti, "2023-06-20",
                "A mine exploded under a minibus about 8 km from Mopti on Tuesday, killing two passengers."));
        Incident road = Incident.of(killed("MLICVL", null, 2L, "Djenne", djenne, "2023-06-20",
                "Two civilians were killed on Tuesday when their minibus hit an explosive device at the exit of Mopti"
                        + " town on the road to Djenne."));
        IncidentMatch.Verdict v = decide(road, town);
        assertTrue(v.join() || v.alone(), v.toString());
        Incident far = Incident.of(killed("MLICVL", null, 2L, "Djenne", djenne, "2023-06-20",
                "Two civilians were killed on Tuesday when their minibus hit an explosive device in Djenne."));
        assertEquals("place", decide(far, town).block());
    }

    /**
     * A compound the data writes hyphenated ("air-strike") is the same word written open ("an air strike", "Russian
     * air strikes"): a province report of an air strike killing two in southern Idlib and the air strike on a village
     * there that day meet by their weapon, as the area's only story; the same words with another weapon ("artillery
     * strike") or none ("a strike") name no air attack, and such a report stays short of the evidence.
     */
    @Test
    void aHyphenatedCompoundWrittenOpenIsTheSameWord() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(List.of("air"), k.classes("weapon", "An air strike killed two people"));
        assertEquals(List.of("air"), k.classes("weapon", "Russian air strikes killed two farmers"));
        assertEquals(List.of(), k.classes("weapon", "a strike by the air force's ground crew union"));
        assertEquals(List.of(), k.classes("weapon", "a strike killed two farmers"));
        Place.AdminArea idlibArea = new Place.AdminArea("SY.12", "Idlib");
        Place province = new Place("Idlib", "SY", 35.93, 36.63, Precision.ADMIN1, idlibArea, null);
        Place village = new Place("Kansafra", "SY", null, null, Precision.TOWN, idlibArea, null);
        Incident monitor = Incident.of(killed("SYRCVL", "RUSMIL", 2L, "Kansafra", village, "2023-06-14",
                "Two civilians were killed this morning when Russian warplanes struck the outskirts of Kansafra village"
                        + " in the southern Idlib countryside."));
        Incident wire = Incident.of(killed("SYRCVL", null, 2L, "Idlib", province, "2023-06-14",
                "An air strike killed two people in southern Idlib province on Wednesday, rescuers said."));
        IncidentMatch.Verdict v = decide(wire, monitor);
        assertTrue(v.alone() && v.signals().contains("same-weapon:air"), v.toString());
        Incident struck = Incident.of(killed("SYRCVL", null, 2L, "Idlib", province, "2023-06-14",
                "A strike killed two people in southern Idlib province on Wednesday, rescuers said."));
        IncidentMatch.Verdict w = decide(struck, monitor);
        assertFalse(w.join() || w.alone(), w.toString());
    }

    /**
     * A displacement told without a figure is known by its town and day only: families fleeing a gang attack in a
     * town on Tuesday and people fleeing there on Thursday are two (a town sees people flee again); a day apart, or
     * with a figure on both sides, it is compared as before; an act told days apart (a capture) is not kept apart.
     */
    @Test
    void anUncountedDisplacementTwoDaysApartIsAnother() {
        Place port = new Place("Port-au-Prince", "HT", 18.54, -72.34, Precision.TOWN);
        Incident tuesday = Incident.of(event(EventType.DISPLACEMENT, "HTICVL", null, null, "Port-au-Prince", port,
                "2023-06-13", "Dozens of families fled the area after gangs stormed parts of Carrefour-Feuilles."));
        Incident thursday = Incident.of(event(EventType.DISPLACEMENT, "HTICVL", null, null, "Port-au-Prince", port,
                "2023-06-15", "People are fleeing toward Arcahaie, a local official said."));
        assertEquals("uncounted loss on another day", decide(thursday, tuesday).block());
        Incident wednesday = Incident.of(event(EventType.DISPLACEMENT, "HTICVL", null, null, "Port-au-Prince", port,
                "2023-06-14", "Families were still fleeing Carrefour-Feuilles on Wednesday."));
        assertTrue(decide(wednesday, tuesday).join(), decide(wednesday, tuesday).toString());
        Incident counted = Incident.of(event(EventType.DISPLACEMENT, "HTICVL", null, 300L, "Port-au-Prince", port,
                "2023-06-15", "Some 300 families have fled Carrefour-Feuilles since Tuesday."));
        Incident countedEarlier = Incident.of(event(EventType.DISPLACEMENT, "HTICVL", null, 300L, "Port-au-Prince",
                port, "2023-06-13", "300 families fled Carrefour-Feuilles."));
        assertTrue(decide(counted, countedEarlier).join(), decide(counted, countedEarlier).toString());
        Incident entered = Incident.of(event(EventType.CAPTURE, "HTIREB", null, null, "Port-au-Prince", port,
                "2023-06-13", "Gangs entered Carrefour-Feuilles."));
        Incident took = Incident.of(event(EventType.CAPTURE, "HTIREB", null, null, "Port-au-Prince", port,
                "2023-06-15", "Gangs took full control of Carrefour-Feuilles."));
        assertTrue(decide(took, entered).join(), decide(took, entered).toString());
    }

    /**
     * The dead one side calls young men and the other gunmen (contested-roles.tsv) are one party only where all else
     * says one incident: one toll, one town, one day, one perpetrator (or, where one report names none, the same
     * weapon); the other group's dead of another toll, of an area, of another day, or killed another way, are another
     * incident's. The identity looks the other role up as it looks up nationals.
     */
    @Test
    void victimsTheTwoSidesGiveTwoRolesAreOneOnlyAsOneTollTownDayAndPerpetrator() {
        Place jenin = new Place("Jenin", "PS", 32.46, 35.30, Precision.TOWN);
        Incident ministry = Incident.of(killed("PSECVL", "ISRMIL", 2L, "Jenin", jenin, "2023-06-13",
                "Two young men were killed at dawn today by Israeli occupation forces' gunfire in Jenin camp."));
        Incident army = Incident.of(killed("PSEREB", "ISRMIL", 2L, "Jenin", jenin, "2023-06-13",
                "Israeli troops shot dead two Palestinian gunmen who opened fire during an arrest raid in Jenin."));
        IncidentMatch.Verdict v = decide(army, ministry);
        assertTrue(v.join() && v.signals().contains("same-perpetrator"), v.toString());
        assertTrue(Principals.nationals(EventType.KILLED, "PSEREB", jenin, "ISRMIL").contains("PSECVL"));
        assertTrue(Principals.contested("PSECVL", "PSEREB"));
        assertFalse(Principals.contested("PSECVL", "PSEMIL"), "soldiers and civilians are two groups");
        assertFalse(Principals.contested("PSECVL", "ISRREB"));
        // another toll, another day, an area, a perpetrator on one side and another weapon: another incident
        assertEquals("principal", decide(Incident.of(killed("PSEREB", "ISRMIL", 3L, "Jenin", jenin, "2023-06-13",
                "Israeli troops shot dead three gunmen in Jenin.")), ministry).block());
        assertEquals("principal", decide(Incident.of(killed("PSEREB", "ISRMIL", 2L, "Jenin", jenin, "2023-06-14",
                "Israeli troops shot dead two gunmen in Jenin.")), ministry).block());
        Place westBank = new Place("West Bank", "PS", 31.95, 35.30, Precision.ADMIN1);
        assertEquals("principal", decide(Incident.of(killed("PSEREB", "ISRMIL", 2L, "West Bank", westBank,
                "2023-06-13", "Israeli troops shot dead two gunmen in the West Bank.")), ministry).block());
        Incident strike = Incident.of(killed("PSECVL", "ISRMIL", 2L, "Jenin", jenin, "2023-06-13",
                "Two workers were killed when an Israeli drone struck a car in Jenin."));
        Incident clashes = Incident.of(killed("PSEREB", null, 2L, "Jenin", jenin, "2023-06-13",
                "Two fighters were killed in clashes in Jenin."));
        assertEquals("principal", decide(clashes, strike).block());
        Incident unattributed = Incident.of(killed("PSEREB", null, 2L, "Jenin", jenin, "2023-06-13",
                "Two gunmen were killed in an exchange of fire during a raid on Jenin camp."));
        Incident raid = Incident.of(killed("PSECVL", "ISRMIL", 2L, "Jenin", jenin, "2023-06-13",
                "Two young men were killed by gunfire during a raid on Jenin camp."));
        assertTrue(decide(unattributed, raid).join(), decide(unattributed, raid).toString());
    }

    /**
     * An outlet that names the killer may give the victims its country ("Turkey neutralized two PKK terrorists in the
     * Sinjar region"), one that names none the country of the place ("two YBS fighters killed near Shingal"): with one
     * toll they are one party. Where both name a perpetrator, each of its own country, or the unattributed report's
     * victims are not of its place's country, the own reading says nothing.
     */
    @Test
    void victimsGivenTheirKillersCountryMeetThoseGivenThePlacesWhereTheOtherNamesNoKiller() {
        Place sinjar = new Place("Sinjar", "IQ", 36.32, 41.88, Precision.ADMIN2);
        Incident rudaw = Incident.of(killed("IRQREB", null, 2L, "Shingal", sinjar, "2021-06-22",
                "A Turkish drone struck a vehicle carrying members of the Sinjar Resistance Units near Shingal on"
                        + " Tuesday, killing two of them."));
        Incident anadolu = Incident.of(killed("TURREB", "TURMIL", 2L, "Sinjar", sinjar, "2021-06-22",
                "Turkish security forces neutralized two PKK terrorists in the Sinjar region of northern Iraq on"
                        + " Tuesday."));
        assertTrue(Principals.readAsNationals("TURREB", "IRQREB", sinjar, sinjar, "TURMIL", null));
        IncidentMatch.Verdict v = decide(anadolu, rudaw);
        assertTrue(v.join(), v.toString());
        // both name a killer of their victims' own country: nothing says one read the other's victims
        Place gwoza = new Place("Gwoza", "NG", 11.08, 13.69, Precision.TOWN);
        assertFalse(Principals.readAsNationals("NGAMIL", "CMRMIL", gwoza, gwoza, "NGAREB", "CMRREB"));
        // the unattributed report's victims are not of its place's country
        assertFalse(Principals.readAsNationals("TURREB", "SYRREB", sinjar, sinjar, "TURMIL", null));
        assertEquals("principal", decide(Incident.of(killed("SYRREB", null, 2L, "Shingal", sinjar, "2021-06-22",
                "A drone killed two Syrian fighters near Shingal on Tuesday.")), anadolu).block());
    }

    /**
     * A perpetrator a text calls militiamen has the role of state forces (MIL) where another outlet, naming the group,
     * gives it the rebels' role: "militiamen stormed a camp in the Djugu area" and "an attack by CODECO militiamen on a
     * displacement site near Fataki, in Djugu territory" are not kept apart by it; soldiers (no militia word) and rebels
     * are, and so are a militia of another country and the rebels.
     */
    @Test
    void militiamenAndTheRebelGroupAnotherOutletNamesAreNotTwoPerpetrators() {
        IncidentSignals k = IncidentSignals.shared();
        assertTrue(k.names("when militiamen stormed a camp").contains(IncidentSignals.MILITIA));
        assertFalse(k.names("when soldiers stormed a camp").contains(IncidentSignals.MILITIA));
        Place.AdminArea ituri = new Place.AdminArea("CD.17", "Ituri");
        Place fataki = new Place("Fataki", "CD", null, null, Precision.TOWN, ituri, null);
        Place djugu = new Place("Djugu", "CD", null, null, Precision.ADMIN2, ituri, null);
        Incident named = Incident.of(killed("CODREF", "CODREB", 5L, "Fataki", fataki, "2021-06-24",
                "Five displaced people were killed on Thursday in an attack by CODECO militiamen on a displacement site"
                        + " near Fataki, in Djugu territory (Ituri)."));
        Incident militia = Incident.of(killed("CODREF", "CODMIL", 4L, "Djugu", djugu, "2021-06-24",
                "At least four displaced people were killed Thursday when militiamen stormed a camp in the Djugu area of"
                        + " Ituri province."));
        IncidentMatch.Verdict v = decide(militia, named);
        assertTrue(v.join(), v.toString());
        assertFalse(v.signals().contains("same-perpetrator"), "a reading, no evidence: " + v);
        Incident soldiers = Incident.of(killed("CODREF", "CODMIL", 4L, "Djugu", djugu, "2021-06-24",
                "At least four displaced people were killed Thursday when soldiers opened fire on a camp in the Djugu area"
                        + " of Ituri province."));
        assertEquals("other party", decide(soldiers, named).block());
        Incident abroad = Incident.of(killed("CODREF", "UGAMIL", 4L, "Djugu", djugu, "2021-06-24",
                "At least four displaced people were killed Thursday when Ugandan militiamen stormed a camp in the Djugu"
                        + " area."));
        assertEquals("other party", decide(abroad, named).block());
    }

    /**
     * A militia or auxiliaries fighting beside the army (Burkina Faso's VDP) are coded as soldiers by one outlet and as
     * civilians by another ("four members of a civilian militia", "four VDP"): with one toll, and a text that calls
     * them a militia or auxiliaries, they are one group; soldiers and civilians of one toll otherwise stay two, as do a
     * militia's dead of another toll or country.
     */
    @Test
    void aMilitiaCodedAsSoldiersOrCiviliansIsOneGroupWithOneToll() {
        Place barsalogho = new Place("Barsalogho", "BF", 13.42, -1.06, Precision.TOWN);
        Incident wire = Incident.of(killed("BFACVL", null, 4L, "Barsalogho", barsalogho, "2021-06-22",
                "Four members of a civilian militia fighting jihadists in Burkina Faso were killed Tuesday in an attack"
                        + " near Barsalogho."));
        Incident local = Incident.of(killed("BFAMIL", null, 4L, "Barsalogho", barsalogho, "2021-06-22",
                "Four Volunteers for the Defence of the Homeland (VDP) were killed on Tuesday in an ambush near"
                        + " Barsalogho."));
        IncidentMatch.Verdict v = decide(local, wire);
        assertTrue(v.join(), v.toString());
        assertTrue(Principals.nationals(EventType.KILLED, "BFAMIL", barsalogho, null).contains("BFACVL"));
        assertTrue(IncidentSignals.shared().names("five civilian auxiliaries of the army").contains(
                IncidentSignals.MILITIA));
        Incident civilians = Incident.of(killed("BFACVL", null, 4L, "Barsalogho", barsalogho, "2021-06-22",
                "Four civilians were killed on Tuesday near Barsalogho."));
        assertEquals("principal", decide(local, civilians).block(), "no text calls them a militia");
        Incident five = Incident.of(killed("BFAMIL", null, 5L, "Barsalogho", barsalogho, "2021-06-22",
                "Five VDP were killed on Tuesday in an ambush near Barsalogho."));
        assertEquals("principal", decide(five, wire).block());
        Incident mali = Incident.of(killed("MLIMIL", null, 4L, "Barsalogho", barsalogho, "2021-06-22",
                "Four Malian soldiers were killed on Tuesday near Barsalogho."));
        assertEquals("principal", decide(mali, wire).block());
    }
}
