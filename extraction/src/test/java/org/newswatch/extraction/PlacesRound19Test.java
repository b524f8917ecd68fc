package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.PlacesRound15Test.placed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.geo.GeoMatch;
import org.newswatch.extraction.geo.GeoNamesGazetteer;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;

/**
 * Classes of place wording that the nineteenth round's dev sets (fresh14 first) showed the engine getting wrong. The
 * sentences are our own.
 */
class PlacesRound19Test {

    private static Sentence sentence(String text) {
        return Segmenter.split(text).get(0);
    }

    private static List<String> names(String text) {
        return Places.find(sentence(text)).stream().map(Places.Mention::name).toList();
    }

    @Test
    void aDatedHeadingClosedByAColonOrABarAfterItsAreasIsTheNotesPlace() {
        // "Town, Province, dd/mm/yyyy:" and "Town | dd.mm.yyyy |": the heading's town, which the note calls "the city"
        Sentence colon = sentence("Nyala, South Darfur, 14/05/2024: shells fell on the cattle market of the city, "
                + "killing 12 people.");
        assertEquals(10, Places.headingDash(colon, 1), colon.toString());
        placed("Nyala", EventType.KILLED, "2024-05-15", "Nyala, South Darfur, 14/05/2024: shells fell on the cattle "
                + "market of the city at noon, killing 12 people, a local committee said.");
        Sentence bar = sentence("Hama | 14.05.2019 | jets struck the main market of the city.");
        assertEquals(3, Places.headingDash(bar, 1), bar.toString());
        placed("Hama", EventType.KILLED, "2019-05-15", "Hama | 14.05.2019 | Jets struck the main market of the city "
                + "in the morning, killing 9 people.");
        // ... a wire's dateline gives no year, and a day's figures without one are no heading's day
        assertEquals(-1, Places.headingDash(sentence("KHARTOUM, Sudan, June 3 - Shells fell on a market."), 1));
        assertEquals(-1, Places.headingDash(sentence("Nyala, South Darfur, 14/05: shells fell on a market."), 1));
    }

    @Test
    void aDivisionsHeadingGivesWayToTheTownItsNoteNames() {
        // "Lac province, Chad - ...", "Mopti region, Mali: ...": a division's noun says the heading is no wire's
        // dateline; the town the sentence names is the place
        Sentence dash = sentence("Diffa region, Niger - overnight on 3 May 2024, gunmen attacked Garin Boultoukou.");
        assertEquals(4, Places.headingDash(dash, 1), dash.toString());
        placed("Garin Boultoukou", EventType.KILLED, "2024-05-04", "Diffa region, Niger - overnight on 3 May 2024, "
                + "jihadists attacked Garin Boultoukou, killing three soldiers and a herder.");
        placed("Ngoroutou", EventType.KILLED, "2024-05-04", "Mopti region, Mali: on 3 May 2024, gunmen on motorbikes "
                + "raided Ngoroutou, killing seven villagers.");
        // ... a heading's place with no noun and no day is still no heading ("GAO, Mali - ..." is a dateline)
        assertEquals(-1, Places.headingDash(sentence("GAO, Mali - Gunmen attacked a convoy near Ansongo."), 1));
        // ... and a division heading whose sentence names no other place stays the place
        placed("Diffa", EventType.KILLED, "2024-05-04", "Diffa region, Niger - overnight on 3 May 2024, jihadists "
                + "attacked an army post, killing three soldiers.");
    }

    @Test
    void aDatedHeadingsTownHoldsTheSitesItsNoteNames() {
        // "Azaz city, 4 Jan 2020: a car bomb went off near the Sijin roundabout": the heading's town, not the site
        placed("Azaz", EventType.KILLED, "2020-01-05", "Azaz city, 4 Jan 2020: a car bomb went off near the Sijin "
                + "roundabout at noon, killing 6 people.");
        // ... a town the note names beside the heading's (a province's capital) is the place
        placed("Serai Naurang", EventType.KILLED, "2024-06-04", "Lakki Marwat, 3 June 2024: militants attacked a "
                + "police post outside Serai Naurang after midnight, killing two constables.");
    }

    @Test
    void aMonthsAbbreviationAfterANamesParticleIsAWordOfTheName() {
        // "Viña del Mar", "Villa del Mar": "Mar" after "del" is no March
        assertEquals(List.of("Villa del Mar"), names("Fires swept into the hills of Villa del Mar on Friday."));
        placed("Villa del Mar", EventType.KILLED, "2024-02-04", "Forest fires that swept into the hillside "
                + "neighbourhoods of Villa del Mar on Friday have killed at least 40 people.");
        // ... at the end of the sentence too
        assertEquals(List.of("Villa del Mar"), names("Fires killed 40 people in Villa del Mar."));
        // ... but a month with its day after a name stays the date
        assertFalse(names("Gunmen killed two men in Puerto Asis on Mar 5.").contains("Puerto Asis on Mar"));
    }

    @Test
    void aForcesOrATrainsNameIsNoPlace() {
        // "a Popular Mobilisation post near X": the force's name is no place; the village is
        placed("Albu Dur", EventType.KILLED, "2021-05-03", "IS militants attacked a Popular Mobilisation post near "
                + "Albu Dur after dark, killing four fighters.");
        assertFalse(names("Militants attacked a Popular Mobilization checkpoint near Albu Dur.")
                .contains("Popular Mobilization"));
        // "stormed the Khyber Express in the Bolan district": the train's name is no place
        placed("Bolan", EventType.KILLED, "2025-03-12", "Gunmen stormed the Khyber Express in the Bolan district "
                + "on Tuesday, killing 12 passengers.");
        // ... a town before a post's noun still is one
        placed("Albu Dur", EventType.KILLED, "2021-05-03", "IS militants attacked an army post in Albu Dur after "
                + "dark, killing four soldiers.");
    }

    @Test
    void aCapitalAbroadWhereADealWasMadeIsNotTheStorysPlace() {
        // "hours after the truce agreed in Ankara took effect, ... on the Kafr Nabl front. Two fighters were killed"
        placed("Kafr Nabl", EventType.KILLED, "2020-03-07", "Late on 6 March 2020, hours after the truce agreed in "
                + "Ankara took effect, regime forces and HTS exchanged fire on the Kafr Nabl front. Two HTS fighters "
                + "were killed.");
        // ... a capital abroad that is the text's only place stays its place
        placed("Ankara", EventType.KILLED, "2020-03-07", "Late on 6 March 2020, hours after the truce agreed in "
                + "Ankara took effect, regime forces and HTS exchanged fire. Two HTS fighters were killed.");
        // ... and so does a capital the text names as its country's ("a drone hit Tel Aviv" in a story of Israel)
        placed("Tel Aviv", EventType.KILLED, "2024-07-20", "A drone launched from Yemen hit an apartment block in Tel "
                + "Aviv on Friday, killing a man, Israel said. Israeli jets later struck the port of Hodeidah.");
    }

    @Test
    void aDatelinesCapitalAbroadDoesNotOutweighTheTextsOneSmallTown() {
        // "BEIRUT, Jan 28 - Air strikes killed 9 civilians in Kafr Nabl": the victims are Syrian, not Lebanese
        ExtractedEvent e = placed("Kafr Nabl", EventType.KILLED, "2020-01-28", "BEIRUT, Jan 28 - Air strikes killed 9 "
                + "civilians in Kafr Nabl on Tuesday, a war monitor said.");
        assertEquals("SYRCVL", e.victim());
        // ... a town of the dateline's country stays in it
        e = placed("Nabatieh", EventType.KILLED, "2020-01-28", "BEIRUT, Jan 28 - An Israeli drone strike killed two "
                + "people in Nabatieh on Tuesday, state media said.");
        assertEquals("LBNCVL", e.victim());
    }

    @Test
    void aLocalPlacesOwnNameBeatsAnotherNameOfACityAbroad() {
        // GeoNames lists "Mambasa" among Mombasa's other names; in a story of Congo it is Congo's Mambasa
        GeoMatch g = GeoNamesGazetteer.shared().lookup("Mambasa", null, "CD").orElseThrow();
        assertEquals("CD", g.place().country());
        ExtractedEvent e = placed("Mambasa", EventType.KILLED, "2023-06-12", "ADF rebels killed 12 civilians near "
                + "Mambasa in Ituri province, local officials said.");
        assertEquals("CD", PlacesRound15Test.country(e));
        // ... with no story's country, the city of a million stays the reading
        assertEquals("KE", GeoNamesGazetteer.shared().lookup("Mambasa", null, null).orElseThrow().place().country());
        // ... and a place's own name abroad still beats a local look-alike ("Aleppo" in a Turkish story)
        assertEquals("SY", GeoNamesGazetteer.shared().lookup("Aleppo", null, "TR").orElseThrow().place().country());
    }

    @Test
    void whatFellOnAPlaceWasNotFiredFromIt() {
        // "rockets fired from the north fell on Sderot": the walk back from Sderot to "from" stops at "fell"
        Sentence fell = sentence("Rockets fired from the north fell on Sderot on Monday, wounding two people.");
        assertFalse(Extractor.elsewhere(fell, 6), fell.toString());
        Sentence hit = sentence("Mortar rounds fired from government-held areas hit Atareb on Monday.");
        assertFalse(Extractor.elsewhere(hit, 7), hit.toString());
        // ... the place they were fired from still is elsewhere
        Sentence from = sentence("Shells fired from Tal Tamr landed in Bab al-Khayr, killing a child.");
        assertTrue(Extractor.elsewhere(from, 3), from.toString());
        Sentence positions = sentence("Shells fired from positions in Tal Tamr killed a child.");
        assertTrue(Extractor.elsewhere(positions, 5), positions.toString());
    }

    @Test
    void aTownsPossessedSiteIsTheTownsNotAProvincesPart() {
        // "Quetta's main railway station": the town (no province holding the station), not the train's destination
        placed("Quetta", EventType.KILLED, "2024-11-10", "QUETTA, Pakistan, Nov 10 - A suicide bomber killed 26 "
                + "people at Quetta's main railway station, including 14 soldiers waiting for a train to Peshawar.");
        Sentence s = sentence("A bomb killed 26 people at Quetta's main railway station.");
        assertEquals(11, Extractor.possessedSite(s, Places.find(s).get(0)), s.toString());
        // ... a province's district after a possessive is no site: the district stays the place
        placed("Kech", EventType.KILLED, "2024-11-10", "Gunmen killed four soldiers in Balochistan's Kech district on "
                + "Sunday.");
        Sentence district = sentence("Gunmen killed four soldiers in Balochistan's Kech district.");
        assertEquals(-1, Extractor.possessedSite(district, Places.find(district).get(0)));
    }

    @Test
    void aTownsCountrysideIsReadAsTheProvinceOfItsName() {
        // "in Daraa northern countryside", "in the northern countryside of Daraa": the rural area around the town,
        // which the province of its name holds (a village another report names there lies inside it)
        for (String text : List.of("Gunmen attacked a checkpoint in Daraa northern countryside on Thursday, killing "
                + "three soldiers.", "Gunmen attacked a checkpoint in the northern countryside of Daraa on Thursday, "
                + "killing three soldiers.", "Gunmen attacked a checkpoint in the Daraa countryside on Thursday, "
                + "killing three soldiers.")) {
            ExtractedEvent e = placed("Daraa", EventType.KILLED, "2020-09-24", text);
            assertEquals("ADMIN1", e.place().precision().name(), text);
        }
        // ... the town itself stays the town
        ExtractedEvent e = placed("Daraa", EventType.KILLED, "2020-09-24", "Gunmen attacked a checkpoint in Daraa on "
                + "Thursday, killing three soldiers.");
        assertEquals("TOWN", e.place().precision().name());
    }

    @Test
    void aReportsLabelHeadingIsNoPlace() {
        // "Regional Overview: Sahel, 11-17 June 2022": a label, not the place of the events the report goes on to
        assertEquals(List.of(), names("Regional Overview: Sahel, 11-17 June 2022"));
        assertEquals(null, Extractor.headingPlace(sentence("Weekly Update: fighting spread in the north.")));
        List<ExtractedEvent> es = GeneralRulesTest.extract("2022-06-17", "Weekly Update: Sahel, 11-17 June 2022\n\n"
                + "Burkina Faso: the deadliest attack of the week took place in Djibasso on 12 June, when militants "
                + "killed at least 20 civilians. Soldiers killed 14 militants in a counterattack.");
        ExtractedEvent militants = es.stream().filter(e -> e.type() == EventType.KILLED && e.count() != null
                && e.count().longValue() == 14).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals("Djibasso", militants.location(), es.toString());
        assertEquals(List.of("Seytenga"), names("Seytenga: Militants killed 20 civilians on 12 June."));
        // ... a place's heading stays one
        assertEquals("Seytenga", Extractor.headingPlace(sentence("Seytenga: militants killed 20 civilians.")));
    }

    @Test
    void aNamedSiteThatAnAppositionGivesATownIsTheTowns() {
        // "hit Mitiga, Tripoli's only functioning airport": monitors place the strike in the town
        placed("Tripoli", EventType.KILLED, "2019-04-08", "TRIPOLI (Reuters) - An air strike hit Mitiga, Tripoli's "
                + "only functioning airport, on Monday, killing two people.");
        // ... a town apposed to a province's name stays the town
        placed("Mitiga", EventType.KILLED, "2019-04-08", "TRIPOLI (Reuters) - An air strike hit Mitiga on Monday, "
                + "killing two people.");
    }

    @Test
    void aHeadingInCapitalsIsADatelineWhenItsSentenceNamesAPlace() {
        // "RAWALPINDI: ... attacked a post in Turbat. Two terrorists were also killed": the statement's dateline
        placed("Turbat", EventType.KILLED, "2023-07-13", "RAWALPINDI: Terrorists attacked a post in Turbat on "
                + "Monday, the ISPR said. Two terrorists were killed, it said.");
        // ... a heading in capitals over a note that names no other place stays its place
        ExtractedEvent e = PlacesRound15Test.first(GeneralRulesTest.extract("2023-07-13", "HOMS: A car bomb killed "
                + "four people near the main market on Monday. Two others died later in hospital."), EventType.KILLED);
        assertEquals("HOMS", e.location());
    }

    @Test
    void aWireDatelineClosedByAColonIsNoPlaceOfTheEvent() {
        // "RAWALPINDI, Dec 12: ... attacked a post in Kulachi": where the statement was filed (a day, no year)
        assertEquals(List.of("Kulachi"), names("RAWALPINDI, Dec 12: Terrorists attacked a security post in Kulachi "
                + "early on Tuesday, the ISPR said."));
        placed("Kulachi", EventType.KILLED, "2023-12-12", "RAWALPINDI, Dec 12: Terrorists attacked a security post in "
                + "Kulachi early on Tuesday, killing four soldiers, the ISPR said.");
        // ... a monitor's dated heading (mixed case, with its year) stays a heading's place
        assertEquals("Kulachi", names("Kulachi, 12 Dec 2023: Terrorists attacked a security post.").get(0));
    }

    @Test
    void aSpeakersHeadingIsNoPlace() {
        // "Army: 6 NPA rebels killed ...", "Police: ...": who says it, not where
        assertEquals(null, Extractor.headingPlace(sentence("Army: 6 NPA rebels killed in Samar encounter")));
        assertEquals(null, Extractor.headingPlace(sentence("Police: two officers shot dead in Jolo")));
        assertEquals(null, Extractor.headingPlace(sentence("Hamas: 20 killed in strike on school")));
        // ... a town's heading is one
        assertEquals("Jolo", Extractor.headingPlace(sentence("Jolo: Two officers were shot dead.")));
    }

    @Test
    void anAgencyInADatelineClosedByAColonIsNoPlace() {
        // "KUNDUZ CITY (Pajhwok): ...": the agency in brackets is no place; a text that names no other place
        // happened at the dateline's town
        assertEquals(List.of("Khan Abad", "Kunduz"), names("KUNDUZ CITY (Bakhtar): Three policemen were killed in "
                + "Khan Abad district of Kunduz province."));
        placed("Ghazni", EventType.KILLED, "2020-09-22", "GHAZNI CITY (Bakhtar): Three policemen were killed on "
                + "Tuesday when Taliban fighters stormed their post, an official said.");
        placed("Jalalabad", EventType.KILLED, "2020-09-22", "JALALABAD (Bakhtar): Three policemen were killed on "
                + "Tuesday when Taliban fighters stormed their post, an official said.");
        // ... a place in brackets elsewhere is still one
        assertEquals(-1, Places.agencyInDateline(sentence("Fighting in Kunduz (Khan Abad): three were killed."), 4));
        assertTrue(names("Fighting broke out in Kunduz (Khan Abad) on Tuesday.").contains("Khan Abad"));
    }
}
