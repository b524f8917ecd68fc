package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.geo.GeoMatch;
import org.newswatch.extraction.geo.GeoNamesGazetteer;

/**
 * Classes of place and date wording that the thirteenth round's dev sets (monitor/fresh8 among them, retired to tuning
 * this round) and the incident dev streams showed the engine getting wrong. The sentences are our own.
 */
class PlacesRound13Test {

    private static ExtractedEvent first(List<ExtractedEvent> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + es));
    }

    /** The first event of the type that the text gives is dated the day. */
    private static void assertDate(LocalDate day, EventType type, String date, String text) {
        List<ExtractedEvent> es = extract(date, text);
        assertEquals(day, first(es, type).date(), es.toString());
    }

    /** The first event of the type that the text gives is placed at the place. */
    private static void assertPlace(String place, EventType type, String date, String text) {
        List<ExtractedEvent> es = extract(date, text);
        assertEquals(place, first(es, type).location(), es.toString());
    }

    @Test
    void lastNightIsTheNightBeforeTheReport() {
        // a program that reads only "night" dates the strike by the report's day
        assertDate(LocalDate.of(2023, 7, 22), EventType.KILLED, "2023-07-23",
                "A rocket strike on the town of Kostiantynivka killed four "
                + "people last night, officials said.");
        // "the last night of" a festival is no day of its own
        assertDate(LocalDate.of(2023, 7, 21), EventType.KILLED, "2023-07-23",
                "Gunmen killed four people in the town of Kostiantynivka "
                + "on the last night of the festival on Friday, officials said.");
    }

    @Test
    void thePreviousDayIsTheDayBeforeTheStatedOne() {
        // 2024-06-06 is a Thursday: the villagers were killed on Wednesday, not on the report's day
        assertDate(LocalDate.of(2024, 6, 5), EventType.KILLED, "2024-06-06",
                "Local activists in Kosti said on Thursday that at least 40 "
                + "villagers were killed the previous day when fighters stormed the village of Um Sinat.");
        // "over the previous day" is a day's figure, as of the report
        assertDate(LocalDate.of(2019, 7, 16), EventType.KILLED, "2019-07-16",
                "Nine new deaths from the outbreak were recorded in Butembo "
                + "over the previous day, the health ministry said.");
    }

    @Test
    void theDayBeforeEndingItsClauseIsTheDayBefore() {
        // a program that reads every "the day before" as "a day before X" puts the seizure on the day after
        List<ExtractedEvent> es = extract("2021-11-05", "Rebel forces said on 31 October 2021 they had captured the "
                + "town of Haik, after seizing Wuchale the day before.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE && "Wuchale".equals(e.location())
                && LocalDate.of(2021, 10, 30).equals(e.date())), es.toString());
        assertFalse(es.stream().anyMatch(e -> LocalDate.of(2021, 11, 1).equals(e.date())), es.toString());
    }

    @Test
    void aSeaThatDescribesTheTownIsNoPlace() {
        for (String text : List.of(
                "The death toll from a drone strike on an apartment block in the Black Sea port of Mykolaiv rose to "
                        + "seven on Sunday, the governor said.",
                "A missile strike on Ukraine's Black Sea city of Mykolaiv killed seven people on Sunday, the governor "
                        + "said.",
                "MYKOLAIV, July 23 - A missile strike on apartment blocks in the Black Sea city of Mykolaiv killed "
                        + "seven people on Sunday, the governor said.")) {
            assertPlace("Mykolaiv", EventType.KILLED, "2023-07-23", text);
        }
        // a province that describes the town is an area for reference: the town is the place
        assertPlace("Saraqeb", EventType.KILLED, "2020-02-10",
                "Air strikes on the Idlib town of Saraqeb killed five "
                + "civilians on Sunday, the monitor said.");
        // without the article the name is the town, and the region after "of" is where it lies
        assertPlace("Pulwama", EventType.WOUNDED, "2019-07-12",
                "Five civilians were injured when militants hurled a grenade "
                + "at a police party in Pulwama town of Jammu and Kashmir on Thursday, officials said.");
    }

    @Test
    void aGroupsNamedFrontIsNoPlace() {
        // a program that reads every "the X front" as a line of fighting places the event at the front's namesake
        for (String text : List.of(
                "Two soldiers were killed on Monday when rebels of the Jaime Martinez front attacked a patrol in "
                        + "rural Suarez, Cauca, the army said.",
                "Two soldiers were killed on Monday when the FARC's Jaime Martinez front attacked a patrol in rural "
                        + "Suarez, Cauca, the army said.")) {
            assertPlace("Suarez", EventType.KILLED, "2024-11-05", text);
        }
        // a line of fighting named after a town is still a place
        assertPlace("Kabani", EventType.KILLED, "2019-08-07",
                "Two soldiers were killed on Tuesday in clashes on the "
                + "Kabani front, a military source said.");
    }

    @Test
    void theDivisionNamedAfterAPlaceIsItsArea() {
        // the village is named twice, its municipality once: the municipality is the area the village lies in
        assertPlace("El Plateado", EventType.WOUNDED, "2024-11-09",
                "Drone attack in El Plateado - Three soldiers were wounded on "
                + "Friday when dissidents dropped explosives on a military position in El Plateado, in the "
                + "municipality of Argelia, Cauca, the army said.");
        // the region after "in" and a people's word: the town named twice is still the place
        assertPlace("Gulmarg", EventType.KILLED, "2025-04-23",
                "Gunmen kill 12 in Gulmarg - Militants opened fire on "
                + "tourists near the resort town of Gulmarg in Indian Kashmir on Tuesday, killing 12 people, police "
                + "said.");
        // without a place before it, the municipality is the place
        assertPlace("Argelia", EventType.WOUNDED, "2024-11-09",
                "Three soldiers were wounded on Friday when dissidents "
                + "dropped explosives on a military position in the municipality of Argelia, Cauca, the army said.");
    }

    @Test
    void aRiverOrASeaNamedWithATownIsNoPlace() {
        // a program that takes the first name places the drowning in the river
        assertPlace("Mayadin", EventType.KILLED, "2020-07-04",
                "Four boys drowned while swimming in the Euphrates near the "
                + "town of Mayadin on Friday, civil defence workers said.");
        assertPlace("Asadabad", EventType.KILLED, "2020-07-04",
                "Four boys drowned on Friday when their boat capsized on the "
                + "Kunar river near the town of Asadabad, officials said.");
        // a canal, a sea or a lake by its name's words
        assertPlace("Ismailia", EventType.KILLED, "2022-05-08",
                "Militants attacked a checkpoint near the Suez Canal in the "
                + "town of Ismailia on Saturday, killing five soldiers, the army said.");
        // alone, the river is still where it happened
        assertPlace("Euphrates", EventType.KILLED, "2020-07-04",
                "Four boys drowned while swimming in the Euphrates on "
                + "Friday, civil defence workers said.");
    }

    @Test
    void aShrineOrAStoreInATownIsPlacedInTheTown() {
        // a program that knows only mosques and markets as sites places the shooting at the shrine's name
        assertPlace("Mashhad", EventType.KILLED, "2022-10-27",
                "A gunman opened fire on worshippers at the Imam Reza shrine in "
                + "the city of Mashhad on Wednesday evening, killing 12 people, state media said.");
        assertPlace("Kharkiv", EventType.KILLED, "2024-05-26",
                "A guided bomb struck the Epicentr hardware store in "
                + "Kharkiv on Saturday, killing 16 people, officials said.");
    }

    @Test
    void aQuarterOnACitysSideIsPlacedInTheCity() {
        // a program that reads a quarter only before "in" or "of" places the killing at the quarter's name
        assertPlace("Taiz", EventType.KILLED, "2024-11-09",
                "A boy was killed on Friday by a sniper's bullet in the Al-Masbah neighbourhood, east of Taiz city, "
                + "a local source said.");
        // a camp is a place of its own
        assertPlace("Zamzam", EventType.KILLED, "2025-04-12",
                "Fighters stormed Zamzam camp, south of El Fasher, on Friday, killing 20 displaced people, aid "
                + "workers said.");
    }

    @Test
    void offATownIsAtTheTown() {
        // a program that reads no place after "off" places the capsizing at the region named for reference
        assertPlace("Bosaso", EventType.KILLED, "2024-06-15",
                "A fishing boat capsized in rough seas off Bosaso, Bari region, on Friday, killing 12 people, "
                + "officials said.");
    }

    @Test
    void aPronounOrAnOfficeIsNoPlace() {
        // "Her village": a capitalised determiner before a place noun names no place
        assertPlace("Kafr Zita", EventType.KILLED, "2019-05-30",
                "Her village near Kafr Zita was shelled on Wednesday, killing two children, the monitor said.");
        // "the Office of the UN High Commissioner": the source of a figure, not a place
        assertPlace("Pont-Sonde", EventType.KILLED, "2024-10-05",
                "At least 70 people were killed on Thursday when gang members attacked the town of Pont-Sonde, "
                + "according to the Office of the UN High Commissioner for Human Rights.");
    }

    @Test
    void aPeopleThatDescribesAVillageIsNoPlace() {
        assertPlace("Sobane Da", EventType.KILLED, "2019-06-11",
                "Gunmen killed 35 people on Sunday in an attack on the Dogon village of Sobane Da, officials said.");
    }

    @Test
    void aDiseaseIsNoPlace() {
        assertPlace("Nasiriyah", EventType.KILLED, "2021-07-13",
                "An oxygen cylinder exploded in the Covid-19 isolation ward of a hospital in Nasiriyah on Monday, "
                + "starting a fire that killed 60 patients, officials said.");
    }

    @Test
    void aCityInTheProvinceOfItsNameIsNoQuarter() {
        // a program that reads "Hatay's Antakya" as a quarter of a city called Hatay places it in the province
        assertPlace("Antakya", EventType.KILLED, "2023-02-13",
                "A building collapsed in Hatay's Antakya district on Sunday, killing 12 people, officials said.");
        // a quarter of a city stays the city's
        assertPlace("Kabul", EventType.KILLED, "2020-05-13",
                "Gunmen stormed a maternity ward in Kabul's Dasht-e-Barchi area on Tuesday, killing 24 people, "
                + "officials said.");
    }

    @Test
    void aNameWrittenThIsTheSameTownWrittenDh() {
        GeoNamesGazetteer g = GeoNamesGazetteer.shared();
        GeoMatch dh = g.lookup("Dhiban", null, "SY").orElseThrow();
        GeoMatch th = g.lookup("Thiban", null, "SY").orElseThrow();
        assertEquals(dh.place().name(), th.place().name());
        assertEquals(dh.place().latitude(), th.place().latitude());
        assertTrue(th.fuzzy(), "a spelling variant is a transliteration-tolerant match: " + th);
        // no variant for a name the data knows as written
        assertFalse(g.lookup("Thessaloniki", null, "GR").orElseThrow().fuzzy());
    }
}
