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
 * The classes of the merge rule found on the evaluation streams in issue 16's twenty-third round ({@code
 * incidents-dev12} again). The sentences are made up for the tests.
 */
class IncidentMatchRound23Test {

    static final Place.AdminArea SAHEL_REGION = new Place.AdminArea("BF.90", "Sahel");
    static final Place SAHEL = new Place("Sahel", "BF", 14.0, -0.5, Precision.ADMIN1, SAHEL_REGION, null);
    static final Place DORI = new Place("Dori", "BF", 14.03, -0.03, Precision.TOWN, SAHEL_REGION, null);
    /** A district the gazetteer knows the province of but cannot put on the map. */
    static final Place SEYTENGA = new Place("Seytenga", "BF", null, null, Precision.ADMIN2, SAHEL_REGION,
            new Place.AdminArea("BF.90.07", "Seytenga"));
    static final Place.AdminArea EST_REGION = new Place.AdminArea("BF.84", "Est");
    static final Place BOTOU = new Place("Botou", "BF", null, null, Precision.ADMIN2, EST_REGION,
            new Place.AdminArea("BF.84.02", "Botou"));

    static Incident province() {
        return Incident.of(killed("BFACVL", null, 2L, "Sahel", SAHEL, "2022-03-09",
                "Two civilians were killed in a hamlet of Burkina Faso's Sahel region on Wednesday, a local official"
                        + " said."));
    }

    static Incident town() {
        return Incident.of(killed("BFACVL", null, 2L, "Dori", DORI, "2022-03-09",
                "Two herders were killed on Wednesday at a village near Dori, residents said."));
    }

    static Incident district(Place where, String name) {
        return Incident.of(killed("BFACVL", null, 2L, name, where, "2022-03-09",
                "Two villagers were killed on Wednesday in a hamlet of the rural commune of " + name
                        + ", local sources said."));
    }

    /**
     * A province report of the day, a placed town of the province and a district of it the gazetteer cannot place,
     * each with the report's small toll: the district, a point short of the area's bar, still counts as a candidate
     * so placed ({@link IncidentMatch#UNMAPPED_DISTRICT}), so the province report takes neither; alone it is never
     * taken, and the town alone is taken as before. A district the gazetteer puts in another province is no
     * candidate of the area and leaves the town the only one.
     */
    @Test
    void anUnmappedDistrictOfTheProvinceIsACandidateSoPlacedNeverTaken() {
        Incident area = province();
        Incident seytenga = district(SEYTENGA, "Seytenga");
        IncidentMatch.Verdict v = decide(area, seytenga);
        assertFalse(v.join(), v.toString());
        assertTrue(v.alone(), v.toString());
        assertTrue(v.signals().contains(IncidentMatch.UNMAPPED_DISTRICT), v.toString());
        assertFalse(IncidentMatch.takenAlone(v), v.toString());

        // the town and the district: two candidates of the area, neither taken (the wrong rule took the town)
        BestMatch both = new BestMatch(area);
        both.consider("town", town(), IncidentMatch.Context.standard());
        both.consider("district", seytenga, IncidentMatch.Context.standard());
        assertNull(both.id());
        BestMatch reversed = new BestMatch(area);
        reversed.consider("district", seytenga, IncidentMatch.Context.standard());
        reversed.consider("town", town(), IncidentMatch.Context.standard());
        assertNull(reversed.id());

        // the district alone: never taken
        BestMatch districtOnly = new BestMatch(area);
        districtOnly.consider("district", seytenga, IncidentMatch.Context.standard());
        assertNull(districtOnly.id());

        // the town alone: taken, as before
        BestMatch townOnly = new BestMatch(area);
        townOnly.consider("town", town(), IncidentMatch.Context.standard());
        assertEquals("town", townOnly.id());

        // look-alike: an unmapped district of another province is no candidate of the area; the town stays the one
        Incident botou = district(BOTOU, "Botou");
        IncidentMatch.Verdict other = decide(area, botou);
        assertFalse(other.signals().contains(IncidentMatch.UNMAPPED_DISTRICT), other.toString());
        BestMatch elsewhere = new BestMatch(area);
        elsewhere.consider("town", town(), IncidentMatch.Context.standard());
        elsewhere.consider("district", botou, IncidentMatch.Context.standard());
        assertEquals("town", elsewhere.id());
    }
}
