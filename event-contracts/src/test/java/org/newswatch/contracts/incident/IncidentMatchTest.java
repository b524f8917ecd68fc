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
        assertEquals("place unknown", unplaced.block());

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
}
