package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * The country an event happens in, read from the text's place names as a whole: it codes the parties named
 * without one ("passengers", "soldiers") and places the event. Each case is a class of wording that once put the
 * event abroad.
 */
class SettingCountryTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    private static ExtractedEvent killed(String text) {
        Instant published = Instant.parse("2023-03-01T00:00:00Z");
        List<ExtractedEvent> events = EXTRACTOR.extract(new Article(Article.VERSION, "setting", null, null, null,
                published, published, Article.REPLAY, text, null));
        List<ExtractedEvent> killed = events.stream().filter(e -> e.type() == EventType.KILLED).toList();
        assertFalse(killed.isEmpty(), events.toString());
        return killed.get(0);
    }

    @Test
    void aBigCityIsReadAsItselfNotAsAPairOfSmallTownsAbroad() {
        // the United States has a Freetown and a Wellington; together they once outvoted Sierra Leone's capital
        ExtractedEvent e = killed("FREETOWN, March 3 (wire) - At least 30 people were killed when a fuel truck "
                + "exploded at Wellington junction in eastern Freetown on Friday, officials said.");
        assertEquals("SLECVL", e.victim(), e.toString());
    }

    @Test
    void aNameCalledAProvinceIsReadAsTheProvinceUnlessItIsABigCityElsewhere() {
        // Albania's town of Lac is no province; Chad's Lac is
        ExtractedEvent e = killed("On 2 March 2023, insurgents attacked an army post on Kinasserom island, Lac "
                + "province, killing 12 soldiers.");
        assertEquals("TCDMIL", e.victim(), e.toString());
    }

    @Test
    void theRegionAfterInTheContainsThePlacesBeforeIt() {
        // "Boni" alone also reads as Bonn
        ExtractedEvent e = killed("On 2 March 2023, a minibus hit a mine between Boni and Hombori in the Mopti "
                + "region, killing 4 passengers.");
        assertEquals("MLICVL", e.victim(), e.toString());
        assertEquals("ML", e.place().country());
    }

    @Test
    void theCountryAttackersCameFromIsNotTheSetting() {
        ExtractedEvent e = killed("Four police officers were killed when their truck hit a bomb on a road in Mandera "
                + "county on Saturday, police said, blaming militants who crossed from Somalia.");
        assertEquals("KENMIL", e.victim(), e.toString());
    }

    @Test
    void aBareFigureAfterTheSourceOfTheReportCountsTheVictimsNotTheSource() {
        List<ExtractedEvent> events = EXTRACTOR.extract(new Article(Article.VERSION, "setting", null, null, null,
                Instant.parse("2023-03-01T00:00:00Z"), null, Article.REPLAY, "At least 20 people were killed when a bus "
                + "overturned near Londiani in Kericho county on Friday, police said, with more than 15 injured taken "
                + "to hospital.", null));
        ExtractedEvent wounded = events.stream().filter(e -> e.type() == EventType.WOUNDED).findFirst().orElseThrow();
        assertEquals("KENCVL", wounded.victim(), "the police reported the injured; they are the passengers");
    }

    @Test
    void aPlaceTheEventWasOnlyHeardOrFeltInIsNotWhereItHappened() {
        ExtractedEvent e = killed("On 4 August 2020, a warehouse in the port of Beirut exploded. The blast killed at "
                + "least 210 people and injured some 6,500, and was heard in Cyprus.");
        assertEquals("LBNCVL", e.victim(), e.toString());
        org.junit.jupiter.api.Assertions.assertNotEquals("Cyprus", e.location(), e.toString());
    }

    @Test
    void aCountryInAListOfCountriesIsAPartyAbroadNotTheSetting() {
        ExtractedEvent w = EXTRACTOR.extract(new Article(Article.VERSION, "list", null, null, null,
                Instant.parse("2024-04-15T00:00:00Z"), Instant.parse("2024-04-15T00:00:00Z"), Article.REPLAY,
                "Iran launched more than 300 drones and missiles at Israel overnight, the Israeli military said, "
                + "adding that most were intercepted with help from the United States, Britain and Jordan. A girl "
                + "in the Negev was seriously wounded by shrapnel.", null)).stream()
                .filter(e -> e.type() == EventType.WOUNDED).findFirst().orElseThrow();
        assertEquals("ISRCVL", w.victim(), w.toString());
    }

    @Test
    void aNameCalledAProvinceIsNoSmallTownAbroadWhenNoProvinceBearsIt() {
        // no division named Soum is known; a Yemeni hamlet of that name once put the ambush in Yemen
        ExtractedEvent e = killed("On 26 September 2022, militants ambushed a convoy at Gaskinde (Soum province), "
                + "killing 9 soldiers.");
        assertEquals("MIL", e.victim(), e.toString());
    }

    @Test
    void aRankOfANamedGroupBelongsToTheGroup() {
        assertEquals("IRQREB", killed("On 16 August 2022, a Turkish drone struck a vehicle in Sinjar district, "
                + "killing a commander of the YBS.").victim());
        assertEquals("YEMREB", killed("Gunmen killed a leader of the Houthis in Sanaa.").victim());
    }

    @Test
    void aStatesNamedForceIsNoPlaceOfThatState() {
        // "Iran's Revolutionary Guards" once voted like "Nigeria's Borno": the strike on Koya is Iraq's
        ExtractedEvent e = killed("On 28 September 2022, Iran's Revolutionary Guards struck Kurdish opposition bases "
                + "around Koya, Erbil province, with drones and missiles, killing 13 people.");
        assertEquals("IRQCVL", e.victim(), e.toString());
    }

    @Test
    void aNeighbourhoodInACityIsReadAsPartOfTheCity() {
        // Iraq has a town called al-Hamdaniyah; Aleppo's neighbourhood of that name is no vote for Iraq
        ExtractedEvent e = killed("Two civilians were killed and 7 others injured by rocket shells fired on "
                + "al-Hamdaniyah neighbourhood in Aleppo city on Saturday, SANA reported.");
        assertEquals("SYRCVL", e.victim(), e.toString());
    }
}
