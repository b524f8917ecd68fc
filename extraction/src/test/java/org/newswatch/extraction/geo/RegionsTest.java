package org.newswatch.extraction.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Place;

/** The regions table ({@code geo/regions.tsv}) and the gazetteer's use of it. */
class RegionsTest {

    @Test
    void everyRowIsARegionOnTheMapInItsCountries() {
        assertFalse(Regions.all().isEmpty());
        for (Regions.Region r : Regions.all().values()) {
            assertFalse(r.countries().isEmpty(), r.toString());
            assertTrue(r.latitude() >= -90 && r.latitude() <= 90 && r.longitude() >= -180 && r.longitude() <= 180,
                    r.toString());
        }
    }

    @Test
    void aRegionWinsOverALookAlikeElsewhere() {
        // "Kashmir" is an alternate name of Cashmere, Washington in GeoNames
        GeoMatch m = GeoNamesGazetteer.shared().lookup("Kashmir", null, null).orElseThrow();
        assertEquals("IN", m.place().country());
        assertEquals(Place.Precision.ADMIN1, m.place().precision());
        assertEquals("Jabal al-Zawiya", GeoNamesGazetteer.shared().lookup("Jebel Zawiya", null, null).orElseThrow()
                .place().name());
    }

    @Test
    void aRegionOfSeveralCountriesIsInTheStorysWhenItIsOneOfThem() {
        assertEquals("PK", GeoNamesGazetteer.shared().lookup("Kashmir", null, "PK").orElseThrow().place().country());
        assertEquals("IN", GeoNamesGazetteer.shared().lookup("Kashmir", null, "SY").orElseThrow().place().country());
    }
}
