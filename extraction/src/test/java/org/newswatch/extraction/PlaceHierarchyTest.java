package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;

/**
 * A town is never lost to its province: where an event could be placed at a province or at a town the gazetteer
 * puts inside it, the town wins; the event's place carries the province and district it lies in.
 */
class PlaceHierarchyTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    private static List<ExtractedEvent> extract(String text) {
        Instant published = Instant.parse("2020-02-26T00:00:00Z");
        return EXTRACTOR.extract(new Article(Article.VERSION, "hierarchy", null, null, null, published, published,
                Article.REPLAY, text, null));
    }

    private static ExtractedEvent killed(List<ExtractedEvent> events) {
        List<ExtractedEvent> killed = events.stream().filter(e -> e.type() == EventType.KILLED).toList();
        assertFalse(killed.isEmpty(), events.toString());
        return killed.get(0);
    }

    @Test
    void theTownInsideTheNamedProvinceIsThePlace() {
        ExtractedEvent e = killed(extract("Two civilians were killed in Idlib on Tuesday when regime artillery "
                + "shelled Kafr Nabl."));
        assertEquals("Kafr Nabl", e.location(), e.toString());
        Place p = e.place();
        assertEquals(Place.Precision.TOWN, p.precision());
        assertEquals("Idlib", p.admin1().name(), "the town's province");
        assertNotNull(p.admin2(), "the town's district");
    }

    @Test
    void theTownOfTheBodyWinsOverTheProvinceOfTheHeadline() {
        ExtractedEvent e = killed(extract("Gunmen kill 11 at family party in Guanajuato - Gunmen burst into a family "
                + "celebration in the municipality of Salvatierra late on Sunday and opened fire, killing 11 people"));
        assertEquals("Salvatierra", e.location(), e.toString());
        assertEquals("Guanajuato", e.place().admin1().name());
    }

    @Test
    void aPlaceOutsideTheProvinceDoesNotTakeTheEvent() {
        ExtractedEvent e = killed(extract("Two civilians were killed in Idlib on Tuesday, a day after regime "
                + "artillery shelled Hama."));
        assertEquals("Idlib", e.location(), e.toString());
    }

    @Test
    void aPartNamedAfterIncludingLeavesTheWholeInTheProvince() {
        ExtractedEvent e = killed(extract("Separatist militants in Pakistan's Balochistan province killed at least 39 "
                + "people, including 23 passengers pulled off buses in Musakhel district, on Monday, officials said."));
        assertEquals("Balochistan", e.location(), e.toString());
        assertEquals(Place.Precision.ADMIN1, e.place().precision());
    }

    /** The victims' country (ISO alpha-3) and the place's (alpha-2) of the first killing in the text. */
    private static void assertVictimsIn(String iso3, String iso2, String text) {
        ExtractedEvent e = killed(extract(text));
        assertEquals(iso3, e.victim().substring(0, 3), e.toString());
        assertEquals(iso2, e.place().country(), e.toString());
    }

    @Test
    void aProvinceNamedBesideAnUnknownVillageVotesTheCountryOfTheParties() {
        assertVictimsIn("IRQ", "IQ", "Turkey's drone strikes in its campaign against the PKK killed three shepherds "
                + "near the village of Kani Rashwar in Duhok province on Monday, Turkish officials said.");
    }

    @Test
    void aStateThatBearsACountrysNameIsTheState() {
        assertVictimsIn("NGA", "NG", "A fuel tanker exploded near Dikko junction in Niger state on Saturday, killing "
                + "at least 60 people, the state emergency agency said.");
    }

    @Test
    void theFirstOfTheVillagesNamedIsThePlaceNotTheirRegion() {
        ExtractedEvent e = killed(extract("On 2 January 2021, suspected militants attacked the villages of Tchombangou "
                + "and Zaroumdareye (Tillaberi), killing at least 100 civilians."));
        assertEquals("Tchombangou", e.location(), e.toString());
    }

    @Test
    void areasChainedAfterThePlaceByCommasAreContainersThatStateTheCountry() {
        // the town is unknown to the gazetteer; the district and province after it say where it is
        ExtractedEvent e = killed(extract("On 3 May 2021, gunmen shot dead a teacher in Kumbuzi, Mecufi, Cabo Delgado, "
                + "residents said."));
        assertEquals("Kumbuzi", e.location(), e.toString());
        assertEquals("MOZCVL", e.victim(), "the province after the comma names the setting");
    }

    @Test
    void areasInBracketsMayCarryTheirPlaceNouns() {
        ExtractedEvent e = killed(extract("On 3 May 2021, insurgents beheaded a farmer near Kumbuzi (Mecufi district, "
                + "Cabo Delgado)."));
        assertEquals("Kumbuzi", e.location(), e.toString());
        assertEquals("MOZCVL", e.victim());
    }

    @Test
    void theFirstOfAListOfPlacesIsThePlaceAndTheListIsNoHierarchy() {
        List<ExtractedEvent> events = extract("On 4 March 2020, regime artillery shelled Kafr Nabl, Hazarin and "
                + "Maarat al-Numan, killing a woman in Kafr Nabl.");
        assertEquals("Kafr Nabl", killed(events).location(), events.toString());
        assertEquals("SYRCVL", killed(events).victim());
    }

    @Test
    void theSecondEndOfARoadNamesTheSettingButNotThePlace() {
        ExtractedEvent e = killed(extract("On 5 August 2022, militants ambushed a convoy between Kumbuzi and Ouahigouya, "
                + "killing 11 soldiers."));
        assertEquals("Kumbuzi", e.location(), e.toString());
        assertEquals("BFAMIL", e.victim(), "Ouahigouya is a town of Burkina Faso");
    }

    @Test
    void aPartOfATownIsPlacedInTheTownAndDoesNotVoteForTheSetting() {
        // "Hamdaniya" alone is also a district of Iraq: the part's own reading must not pull the victims abroad
        ExtractedEvent e = killed(extract("On 2 May 2021, a mortar shell fell on the al-Hamdaniya quarter of Aleppo, "
                + "killing a boy."));
        assertEquals("Aleppo", e.location(), e.toString());
        assertEquals("SYRCVL", e.victim());
    }

    @Test
    void aDistrictOfAProvinceIsTheProvincesPart() {
        ExtractedEvent e = killed(extract("On 9 June 2021, a roadside bomb killed 3 soldiers in the Tirah valley of "
                + "Khyber district, officials said."));
        assertEquals("PAKMIL", e.victim(), "Khyber district states the setting; Tirah alone reads as a town abroad");
    }

    @Test
    void whenOnlyALookAlikeSpellingSaysWhereTheVictimsAreCodedInItsCountry() {
        // "Sheikh Maskin" is GeoNames' "Shaykh Miskin": a transliteration, and the text's only clue to the setting
        ExtractedEvent e = killed(extract("On 12 July 2021, unknown gunmen shot dead a teacher near Sheikh Maskin."));
        assertEquals("SY", e.place().country(), e.toString());
        assertEquals("SYRCVL", e.victim(), "the place's country, as the place itself says");
    }
}
