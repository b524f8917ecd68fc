package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.contracts.incident.IncidentMatchTest.decide;
import static org.newswatch.contracts.incident.IncidentMatchTest.killed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Place.Precision;

/**
 * The classes of the merge rule found on the evaluation streams in issue 16's twenty-second round (the sixth held-out
 * stream, retired to tuning as {@code incidents-dev12}), each with pairs it joins and pairs it keeps apart. The
 * sentences are made up for the tests.
 */
class IncidentMatchRound22Test {

    static final Place.AdminArea KANDAHAR_PROVINCE = new Place.AdminArea("AF.23", "Kandahar");
    static final Place KANDAHAR = new Place("Kandahar", "AF", 31.0, 65.7, Precision.ADMIN1, KANDAHAR_PROVINCE, null);
    static final Place.AdminArea PANJWAI_DISTRICT = new Place.AdminArea("AF.23.10", "Panjwai");
    static final Place PANJWAI = new Place("Panjwai", "AF", 31.55, 65.45, Precision.ADMIN2, KANDAHAR_PROVINCE,
            PANJWAI_DISTRICT);
    static final Place.AdminArea ARGHANDAB_DISTRICT = new Place.AdminArea("AF.23.02", "Arghandab");
    static final Place ARGHANDAB = new Place("Arghandab", "AF", 31.72, 65.63, Precision.ADMIN2, KANDAHAR_PROVINCE,
            ARGHANDAB_DISTRICT);

    /**
     * Two candidates of one province and day, each with the report's toll, one telling the report's way of killing (a
     * shooting) and the other another (a mine): the shooting is clearly the one ({@link IncidentMatch#OTHER_WEAPON}
     * ranks the mine a weapon's points lower). The mine alone is still the province's only story; and a report that
     * names no weapon cannot tell the two apart.
     */
    @Test
    void anAreaCandidateOfAnotherWeaponIsTheWorseOne() {
        Incident province = Incident.of(killed("AFGMIL", null, 2L, "Kandahar", KANDAHAR, "2023-05-08",
                "Gunmen shot dead two Taliban policemen in southern Afghanistan's Kandahar province on Monday, an"
                        + " official said."));
        Incident shooting = Incident.of(killed("AFGMIL", null, 2L, "Arghandab", ARGHANDAB, "2023-05-08",
                "Two policemen were killed when unknown men opened fire on their post in Arghandab district on"
                        + " Monday."));
        Incident mine = Incident.of(killed("AFGMIL", null, 2L, "Panjwai", PANJWAI, "2023-05-08",
                "A roadside mine hit a police pickup in Panjwai district on Monday afternoon, killing two officers."));

        IncidentMatch.Verdict toMine = decide(province, mine);
        assertTrue(toMine.alone(), toMine.toString());
        assertTrue(toMine.signals().contains(IncidentMatch.OTHER_WEAPON), toMine.toString());
        IncidentMatch.Verdict toShooting = decide(province, shooting);
        assertTrue(toShooting.alone(), toShooting.toString());
        assertFalse(toShooting.signals().contains(IncidentMatch.OTHER_WEAPON), toShooting.toString());

        BestMatch both = new BestMatch(province);
        both.consider("mine", mine, IncidentMatch.Context.standard());
        both.consider("shooting", shooting, IncidentMatch.Context.standard());
        assertEquals("shooting", both.id());
        BestMatch reversed = new BestMatch(province);
        reversed.consider("shooting", shooting, IncidentMatch.Context.standard());
        reversed.consider("mine", mine, IncidentMatch.Context.standard());
        assertEquals("shooting", reversed.id());

        // the mine as the province's only story of the day: taken, as before (outlets read one incident two ways)
        BestMatch only = new BestMatch(province);
        only.consider("mine", mine, IncidentMatch.Context.standard());
        assertEquals("mine", only.id());

        // counter-example: a province report that names no weapon has two candidates of the area and takes neither
        Incident bare = Incident.of(killed("AFGMIL", null, 2L, "Kandahar", KANDAHAR, "2023-05-08",
                "Two Taliban policemen were killed in southern Afghanistan's Kandahar province on Monday, an official"
                        + " said."));
        BestMatch ambiguous = new BestMatch(bare);
        ambiguous.consider("mine", mine, IncidentMatch.Context.standard());
        ambiguous.consider("shooting", shooting, IncidentMatch.Context.standard());
        assertNull(ambiguous.id());
    }
    static final Place.AdminArea SEGOU_REGION = new Place.AdminArea("ML.05", "Segou");
    static final Place MACINA = new Place("Macina", "ML", 13.96, -5.36, Precision.TOWN, SEGOU_REGION, null);
    static final Place.AdminArea MOPTI_REGION = new Place.AdminArea("ML.04", "Mopti");
    static final Place DJENNE = new Place("Djenne", "ML", 13.91, -4.55, Precision.TOWN, MOPTI_REGION, null);
    static final Place.AdminArea TILLABERI_REGION = new Place.AdminArea("NE.06", "Tillaberi");
    static final Place AYOROU = new Place("Ayorou", "NE", 14.73, 0.92, Precision.TOWN, TILLABERI_REGION, null);

    /**
     * A report that gives no place ("in the centre of the country") but whose victims are a country's nationals meets
     * a report placed in that country as a country report does: as the one candidate so placed, with the evidence a
     * country needs (the day, the toll, and the way it was done), never by its points. A town's report of another way
     * of killing that day is no better candidate; a town of another country, victims of no country, or nothing but
     * the day and toll keep it apart.
     */
    @Test
    void nationalsPlacedNowhereMeetTheirCountrysOnlyCandidate() {
        Incident nowhere = Incident.of(killed("MLIMIL", null, 2L, null, null, "2023-03-06",
                "Two Malian soldiers were killed in an ambush in the centre of the country on Monday, the army said."));
        Incident ambush = Incident.of(killed("MLIMIL", null, 2L, "Macina", MACINA, "2023-03-06",
                "Two soldiers died on Monday when their patrol was ambushed near Macina, a local official said."));
        Incident mine = Incident.of(killed("MLIMIL", null, 2L, "Djenne", DJENNE, "2023-03-06",
                "An explosive device hit an army truck near Djenne on Monday, killing two soldiers."));

        IncidentMatch.Verdict v = decide(nowhere, ambush);
        assertNull(v.block(), v.toString());
        assertFalse(v.join(), v.toString());
        assertTrue(v.alone(), v.toString());
        BestMatch both = new BestMatch(nowhere);
        both.consider("mine", mine, IncidentMatch.Context.standard());
        both.consider("ambush", ambush, IncidentMatch.Context.standard());
        assertEquals("ambush", both.id());

        // counter-examples: a town of another country; victims of no country; the day and the toll alone
        Incident niger = Incident.of(killed("MLIMIL", null, 2L, "Ayorou", AYOROU, "2023-03-06",
                "Two Malian soldiers were killed in an ambush near Ayorou on Monday, a security source said."));
        assertEquals("place unknown", decide(nowhere, niger).block());
        Incident blue = Incident.of(killed("IGOUNO", null, 2L, null, null, "2023-03-06",
                "Two peacekeepers were killed in an ambush in the centre of the country on Monday, the mission said."));
        Incident blueTown = Incident.of(killed("IGOUNO", null, 2L, "Macina", MACINA, "2023-03-06",
                "Two peacekeepers died on Monday when their convoy was ambushed near Macina."));
        assertEquals("place unknown", decide(blue, blueTown).block());
        Incident bare = Incident.of(killed("MLIMIL", null, 2L, null, null, "2023-03-06",
                "Two Malian soldiers were killed on Monday, the army said."));
        IncidentMatch.Verdict b = decide(bare, ambush);
        assertFalse(b.join() || b.alone(), b.toString());
    }

    /**
     * A military detachment is a post: "an assault on an army detachment" and "an attack on the military detachment of
     * Barsalogho" name one target; a detachment and a vehicle hit by a mine are two.
     */
    @Test
    void aDetachmentIsAPost() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(java.util.List.of("checkpoint"), k.classesOf("target",
                IncidentSignals.tokens("militants stormed an army detachment in the north")));
        assertEquals(java.util.List.of("checkpoint"), k.classesOf("target",
                IncidentSignals.tokens("an attack on the outpost of the gendarmerie")));
        assertFalse(k.classesOf("target", IncidentSignals.tokens("their vehicle hit a mine")).contains("checkpoint"));
    }
    static final Place.AdminArea MIDDLE_SHABELLE = new Place.AdminArea("SO.08", "Middle Shabelle");
    static final Place BALCAD = new Place("Balcad", "SO", 2.36, 45.39, Precision.ADMIN2, MIDDLE_SHABELLE, null);

    /**
     * The apostrophe of a transliteration's ayin ("Bal'ad") is the letter c of Somali spelling ("Balcad"): one name,
     * which the gazetteer places in one spelling only. A name of other letters ("Balcasi") stays another village, and
     * a name without an apostrophe inside a word has no such reading.
     */
    @Test
    void anAyinsApostropheIsSomalisC() {
        IncidentSignals k = IncidentSignals.shared();
        assertEquals(k.glide("Balcad"), k.ayin("Bal'ad"));
        assertEquals(k.glide("Balcad"), k.ayin("Bal\u2019ad"));
        assertNull(k.ayin("Balad"));
        assertNull(k.ayin("'Balad"));
        assertFalse(k.glide("Balcasi").equals(k.ayin("Bal'ad")));

        Incident district = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Balcad", BALCAD, "2023-04-03",
                "Al-Shabaab fighters stormed a military base in Balcad on Monday, killing two soldiers, officials said."));
        Incident town = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Bal'ad", new Place("Bal'ad", "SO", null, null,
                null, null, null), "2023-04-03",
                "Al-Shabaab militants attacked an army base in Bal'ad town on Monday morning, killing two soldiers."));
        IncidentMatch.Verdict v = decide(town, district);
        assertTrue(v.join(), v.toString());
        // counter-example: another village of the district, the same toll, day and party
        Incident other = Incident.of(killed("SOMMIL", "SOMREB", 2L, "Balcasi", new Place("Balcasi", "SO", null, null,
                null, null, null), "2023-04-03",
                "Al-Shabaab militants attacked an army base in Balcasi village on Monday morning, killing two soldiers."));
        assertFalse(decide(other, district).join(), decide(other, district).toString());
    }
}
