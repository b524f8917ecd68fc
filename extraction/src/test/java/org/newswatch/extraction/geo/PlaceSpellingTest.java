package org.newswatch.extraction.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The spelling key ({@link PlaceNames#spelling}): English news spellings of names the data transliterates otherwise
 * read as the same spelling, not as look-alikes. Names are real places; the sentences of the seventeenth round's dev
 * sets wrote them so.
 */
class PlaceSpellingTest {

    private static String spelling(String name) {
        return PlaceNames.spelling(PlaceNames.key(name));
    }

    @Test
    void assimilatedArticlesDoubledConsonantsAndAFinalHMeet() {
        assertEquals(spelling("Ma'arrat an Nu'man"), spelling("Maarat al-Numan"));
        assertEquals(spelling("Jisr ash Shughur"), spelling("Jisr al-Shughur"));
        assertEquals(spelling("Tall Tamr"), spelling("Tal Tamr"));
        assertEquals(spelling("Darat 'Izzah"), spelling("Darat Izza"));
        assertEquals(spelling("Ma'arratmisrin"), spelling("Maarat Misrin"));
    }

    @Test
    void otherLettersStayLookAlikes() {
        assertNotEquals(spelling("Kafr Nuran"), spelling("Kafr Nouran"));
        assertNotEquals(spelling("Ra's al 'Ayn"), spelling("Ras al-Ain"));
        assertNotEquals(spelling("Maraba"), spelling("Maaraba")); // a long vowel is no doubled consonant
    }

    @Test
    void theGazetteerReadsTheNewsSpellingAsExact() {
        Gazetteer g = Gazetteer.world();
        GeoMatch m = g.lookup("Maarat al-Numan", null, "SY").orElseThrow();
        assertEquals("SY", m.place().country());
        assertFalse(m.fuzzy(), m.toString());
        assertFalse(g.lookup("Tal Tamr", null, "SY").orElseThrow().fuzzy());
        // a look-alike abroad stays one (Brazil's Maraba is no "Maaraba" of Daraa)
        g.lookup("Maaraba", null, null).ifPresent(x -> assertEquals(true, x.fuzzy() || !"BR".equals(x.place().country())));
    }
}
