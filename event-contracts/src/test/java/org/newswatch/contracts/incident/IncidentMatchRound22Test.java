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
}
