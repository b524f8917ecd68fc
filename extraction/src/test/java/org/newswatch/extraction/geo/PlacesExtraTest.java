package org.newswatch.extraction.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;

/** {@code geo/places-extra.tsv}: it parses, its entries are real supplements, and the engine places events there. */
class PlacesExtraTest {

    private static final GeoNamesGazetteer G = GeoNamesGazetteer.shared();

    @Test
    void theTableParsesWithValidCountriesAndDivisions() {
        PlacesExtra x = G.extra();
        assertNotNull(x);
        assertTrue(x.entries().size() > 500, "entries: " + x.entries().size());
        java.util.Set<String> countries = G.countryCodes();
        for (PlacesExtra.Entry e : x.entries()) {
            Place p = e.match().place();
            assertTrue(countries.contains(p.country()), "line " + e.line() + ": " + p.country());
            if (e.match().kind() != PlaceKind.ADMIN1) {
                assertNotNull(p.admin1(), "line " + e.line() + " has no first-level division");
                assertEquals(p.country(), p.admin1().code().substring(0, 2), "line " + e.line());
            }
        }
    }

    @Test
    void noNameIsAlreadyInTheDataInItsCountryWithItsKind() {
        GeoNamesGazetteer data = GeoNamesGazetteer.loadDataOnly();
        List<String> dups = new ArrayList<>();
        for (PlacesExtra.Entry e : G.extra().entries()) {
            String cc = e.match().place().country();
            for (String n : e.names()) {
                Optional<GeoMatch> m = data.lookup(n, e.match().kind(), cc);
                if (m.isPresent() && !m.get().fuzzy() && cc.equals(m.get().place().country())
                        && PlacesExtra.compatible(m.get().kind(), e.match().kind())) {
                    dups.add("line " + e.line() + " " + n + " = " + m.get().place().name());
                }
            }
        }
        assertTrue(dups.isEmpty(), String.join("\n", dups));
    }

    @Test
    void aDivisionAliasIsTheExistingDivision() {
        Place soum = G.find("Soum province").orElseThrow();
        assertEquals("BF", soum.country());
        assertEquals("BF.12.40", soum.admin2().code());
        assertEquals(G.division("BF.12.40").orElseThrow(), soum);
        assertEquals("BF.05.70", G.find("Sanmatenga").orElseThrow().admin2().code());
    }

    @Test
    void anAddedTownHasItsCountryDivisionsAndCoordinates() {
        Place arbinda = G.find("Arbinda").orElseThrow();
        assertEquals("BF", arbinda.country());
        assertEquals("BF.12", arbinda.admin1().code());
        assertEquals("BF.12.40", arbinda.admin2().code());
        assertEquals(14.23, arbinda.latitude(), 0.01);
        Place sarmada = G.find("Sarmada", "SY").orElseThrow();
        assertEquals("SY.12", sarmada.admin1().code());
        assertEquals(Place.Precision.TOWN, sarmada.precision());
        assertTrue(G.countriesOf("Ngarbuh").contains("CM"));
        assertEquals("PH", G.find("Datu Odin Sinsuat").orElseThrow().country());
        assertFalse(G.find("Bab al-Hawa crossing").isEmpty());
    }

    @Test
    void theEnginePlacesVictimsAtAnAddedTown() {
        List<ExtractedEvent> es = org.newswatch.extraction.GeneralRulesTestAccess.extract("2023-05-02",
                "Gunmen killed 4 civilians in Arbinda, Soum province, on Monday, local sources said.");
        ExtractedEvent e = org.newswatch.extraction.GeneralRulesTestAccess.find(es, EventType.KILLED, "BFACVL");
        assertEquals("Arbinda", e.place().name());
        assertEquals("BF.12", e.place().admin1().code());
        assertEquals("BF.12.40", e.place().admin2().code());
    }

    @Test
    void aTownNamedWithItsProvinceIsPlacedAtTheTown() {
        List<ExtractedEvent> es = org.newswatch.extraction.GeneralRulesTestAccess.extract("2023-05-02",
                "An air strike killed three civilians near Sarmada in Idlib province on Tuesday, rescuers said.");
        ExtractedEvent e = org.newswatch.extraction.GeneralRulesTestAccess.find(es, EventType.KILLED, "SYRCVL");
        assertEquals("Sarmada", e.place().name());
        assertEquals("SY", e.place().country());
    }

    @Test
    void aNeighbourhoodNamedWithItsCityIsPlacedInThatCity() {
        // issue 16, incidents-dev4 (n060): "the market in Mayo, southern Khartoum" was placed at a Mayo of Pattani,
        // Thailand, and could meet no Khartoum report of the shelling
        List<ExtractedEvent> es = org.newswatch.extraction.GeneralRulesTestAccess.extract("2023-06-14",
                "Seventeen people have died as a result of Tuesday's shelling of the market in Mayo, southern Khartoum.");
        ExtractedEvent e = org.newswatch.extraction.GeneralRulesTestAccess.find(es, EventType.KILLED, "SDNCVL");
        assertEquals("Mayo", e.place().name());
        assertEquals("SD", e.place().country());
        assertEquals(15.47, e.place().latitude(), 0.01);
    }
}
