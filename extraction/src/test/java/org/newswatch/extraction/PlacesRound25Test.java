package org.newswatch.extraction;

import static org.newswatch.extraction.PlacesRound15Test.placed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.geo.GeoNamesGazetteer;

/**
 * Classes of place wording that the twenty-fifth round's dev set (fresh17, checked on every other dev set) showed the
 * engine getting wrong. The sentences are our own.
 */
class PlacesRound25Test {

    @Test
    void aCampNamedAfterATownOfTheStorysCountryIsThatTown() {
        // monitors code the town a base is named after: "Camp X" where X is a town of the story's country is X
        placed("Taji", EventType.KILLED, "2026-03-04", "Iraqi officials said about 20 rockets hit Camp Taji north of "
                + "Baghdad on Tuesday, killing three soldiers.");
        // ... a camp whose name is no town stays the camp
        placed("Camp Bastion", EventType.KILLED, "2026-03-04", "Afghan officials said gunmen stormed Camp Bastion on "
                + "Tuesday, killing three soldiers.");
    }

    @Test
    void anUpperOrLowerPartOfADivisionIsInThatDivisionsCountry() {
        // "Lower Kurram" is the lower part of Pakistan's Kurram, which sets the story's country: a village the
        // gazetteer lacks is read there, not as a look-alike abroad
        GeoNamesGazetteer g = GeoNamesGazetteer.shared();
        assertEquals("PK", g.lookup("Upper Kurram", null, null).orElseThrow().place().country());
        ExtractedEvent e = PlacesRound15Test.placed("Mandori", EventType.KILLED, "2025-05-04", "Lower Kurram, 3 May "
                + "2025 - Gunmen fired on a bus near Mandori, killing 9 passengers, officials said.");
        assertEquals("PK", PlacesRound15Test.country(e));
        // ... a division whose own name holds the word stays that division
        assertEquals("Upper Nile", g.lookup("Upper Nile", null, null).orElseThrow().place().name());
    }
}
