package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.contracts.incident.IncidentMatchTest.decide;
import static org.newswatch.contracts.incident.IncidentMatchTest.killed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Place.Precision;

/**
 * The classes of the merge rule found on the evaluation streams in issue 16's twenty-first round (the fifth held-out
 * stream, retired to tuning as {@code incidents-dev11}), each with pairs it joins and pairs it keeps apart. The
 * sentences are made up for the tests.
 */
class IncidentMatchRound21Test {

    static final IncidentSignals K = IncidentSignals.shared();

    static final Place.AdminArea NORTH_KIVU = new Place.AdminArea("CD.11", "North Kivu");
    static final Place RUTSHURU = new Place("Rutshuru", "CD", -1.18, 29.45, Precision.ADMIN2, NORTH_KIVU, null);
    static final Place.AdminArea BORNO_STATE = new Place.AdminArea("NG.02", "Borno");
    static final Place BORNO = new Place("Borno", "NG", 11.50, 13.00, Precision.ADMIN1, BORNO_STATE, null);
    static final Place GUBIO = new Place("Gubio", "NG", 12.50, 12.78, Precision.TOWN, BORNO_STATE, null);

    /**
     * A town's name followed by a word for its seat ("Rutshuru-centre", "Rumbek Centre", "Beni-ville": {@code
     * seat-words.tsv}) is the town's name: outlets write the seat of a territory so, others write the territory's name
     * alone. Only as the name's last word after another: the "Centre" region and "Centre-Nord" stay what they are.
     */
    @Test
    void aTownsSeatWordIsTheTownsName() {
        assertEquals(K.placeKey("Rutshuru"), K.placeKey("Rutshuru-centre"));
        assertEquals(K.placeKey("Rumbek"), K.placeKey("Rumbek Centre"));
        assertEquals(K.placeKey("Beni"), K.placeKey("Beni-ville"));
        // counter-examples: a region called the centre, and a region whose name begins with the word
        assertNotEquals(K.placeKey("Nord"), K.placeKey("Centre-Nord"));
        assertEquals("centre", K.placeKey("Centre"));
        assertNotEquals(K.placeKey("Est"), K.placeKey("Centre-Est"));

        Incident territory = Incident.of(killed("CODCVL", "CODREB", 2L, "Rutshuru", RUTSHURU, "2023-06-14",
                "Two villagers were shot dead by M23 fighters on Wednesday in Rutshuru territory, civil society said."));
        Incident seat = Incident.of(killed("CODCVL", "CODREB", 2L, "Rutshuru-centre", null, "2023-06-14",
                "M23 gunmen killed two farmers near Rutshuru-centre on Wednesday, residents told the radio."));
        IncidentMatch.Verdict v = decide(seat, territory);
        assertTrue(v.join(), v.toString());
        // the seat of another territory, the same toll and day, is another incident
        Incident masisi = Incident.of(killed("CODCVL", "CODREB", 2L, "Masisi-centre", null, "2023-06-14",
                "Two civilians died on Wednesday in fighting between militias and M23 near Masisi-centre."));
        assertFalse(decide(masisi, territory).join(), decide(masisi, territory).toString());
        assertFalse(decide(masisi, seat).join(), decide(masisi, seat).toString());
    }

    /**
     * A compass word between a country's possessive and a province ("in Nigeria's northeastern Borno state",
     * "Colombia's southwestern Cauca") says where the province lies in the country, not which part of the province:
     * the province report does not keep a town of its other side apart. A compass word on the province itself
     * ("in southern Borno", "the north of Borno") still names its part.
     */
    @Test
    void aCountrysCompassWordIsNoPartOfTheProvince() {
        String part = IncidentSignals.PART + "ne" + IncidentSignals.PART + K.placeKey("Borno");
        List<String> country = K.names("Jihadists killed four people in Nigeria's northeastern Borno state on Tuesday.");
        assertFalse(country.contains(part), country.toString());
        assertTrue(country.contains(IncidentSignals.PROVINCE + K.placeKey("Borno")), country.toString());
        List<String> own = K.names("Jihadists killed four people in northeastern Borno on Tuesday.");
        assertTrue(own.contains(part), own.toString());

        Incident town = Incident.of(killed("NGACVL", "NGAREB", 4L, "Gubio", GUBIO, "2023-06-13",
                "Boko Haram fighters killed four firewood collectors near Gubio town in Borno on Tuesday."));
        Incident province = Incident.of(killed("NGACVL", "NGAREB", 4L, "Borno", BORNO, "2023-06-13",
                "Jihadists killed four people gathering firewood in Nigeria's northeastern Borno state on Tuesday, a"
                        + " militia leader said."));
        IncidentMatch.Verdict v = decide(province, town);
        assertEquals(null, v.block(), v.toString());
        assertTrue(v.alone(), v.toString());
        // counter-example: the province report that names its own southern part is of another place than Gubio,
        // in the state's north
        Incident south = Incident.of(killed("NGACVL", "NGAREB", 4L, "Borno", BORNO, "2023-06-13",
                "Jihadists killed four people gathering firewood in southern Borno on Tuesday, a militia leader said."));
        assertEquals("other part", decide(south, town).block());
    }
}
