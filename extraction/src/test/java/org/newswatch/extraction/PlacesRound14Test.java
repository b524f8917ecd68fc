package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of place and date wording that the fourteenth round's dev sets (monitor/fresh9 among them, retired to tuning
 * this round) showed the engine getting wrong. The sentences are our own.
 */
class PlacesRound14Test {

    private static ExtractedEvent first(List<ExtractedEvent> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + es));
    }

    /** The first event of the type that the text gives is placed at the place. */
    private static void assertPlace(String place, EventType type, String date, String text) {
        List<ExtractedEvent> es = extract(date, text);
        assertEquals(place, first(es, type).location(), es.toString());
    }

    @Test
    void theTownAfterALeadThatNamesOnlyItsProvinceIsTheIncidentsPlace() {
        String text = "Gunmen kill 12 in Nigeria's Katsina state\n\n"
                + "Gunmen killed 12 villagers in Nigeria's northwestern Katsina state on Sunday, police said.\n\n"
                + "The attackers stormed the village of Dankar on motorcycles and set houses on fire, a police "
                + "spokesman said. Four other people were wounded.";
        // a program that reads each sentence alone places the lead's dead, and the wounded the article's most
        // named place, in the state
        assertPlace("Dankar", EventType.KILLED, "2021-03-15", text);
        assertPlace("Dankar", EventType.WOUNDED, "2021-03-15", text);
        // ... with no event of its own in the sentence, a town the sentence calls one
        assertPlace("Dankar", EventType.KILLED, "2021-03-15", "Gunmen killed 12 villagers in Nigeria's northwestern "
                + "Katsina state on Sunday, police said. The bodies were found near the village of Dankar.");
    }

    @Test
    void aNameTheGazetteerLacksIsTheTownOnlyWhenTheSentenceSaysSo() {
        // "attacked Zorwaka, Bindiri and ...": the villages attacked are the lead's
        assertPlace("Zorwaka", EventType.KILLED, "2021-03-15", "Gunmen killed 40 villagers in Niger's Tillaberi "
                + "region on Sunday, officials said. The assailants attacked Zorwaka, Bindiri and two other hamlets.");
        // "a Zorwaka position": a name that only qualifies a noun is no town the lead's dead are moved to
        assertPlace("Tillaberi", EventType.KILLED, "2021-03-15", "Gunmen killed 40 soldiers in Niger's Tillaberi "
                + "region on Sunday, officials said. The assailants attacked a Zorwaka position with rockets.");
    }

    @Test
    void theLeadsTownBesideItsTownshipOrReadAbroad() {
        // "Pazigyi village in Kanbalu township": the village, not the township that says where it lies
        assertPlace("Pazigyi", EventType.KILLED, "2023-04-12", "Junta aircraft killed at least 100 people in Myanmar's "
                + "central Sagaing region on Tuesday, residents said. The attack on Pazigyi village in Kanbalu township "
                + "began in the morning.");
        // ... and a township alone is no town the lead's dead are moved to
        assertPlace("Sagaing", EventType.KILLED, "2023-04-12", "Junta aircraft killed at least 100 people in Myanmar's "
                + "central Sagaing region on Tuesday, residents said. The attack in Kanbalu township began in the "
                + "morning.");
        // "Salama" is a Guatemalan town to the gazetteer; villages attacked in a Kenyan story are Kenya's
        assertPlace("Salama", EventType.WOUNDED, "2023-06-26", "Militants killed five men in Kenya's coastal Lamu county "
                + "on Saturday night, police said. The attackers stormed Salama and Juhudi villages and torched several "
                + "houses. Two other villagers were injured.");
    }

    @Test
    void aRunningTotalOfTheProvinceStaysTheProvinces() {
        // "since January": the state's toll, not the town's the next sentence tells of
        assertPlace("Katsina", EventType.KILLED, "2021-03-15", "Bandits have killed more than 300 people in Nigeria's "
                + "Katsina state since January, police said on Monday.\n\nOn Sunday, gunmen stormed the village of "
                + "Dankar and killed 12 villagers.");
    }

    @Test
    void aTownNamedInAStoryOfTheWholeProvinceIsNotItsPlace() {
        // the province is the story's subject (named again and again); a town "in" it in the next sentence is one of
        // its places, not the lead's
        assertPlace("Katsina", EventType.KILLED, "2021-03-15", "Gunmen kill 12 in Nigeria's Katsina state\n\n"
                + "Smoke rose over the town of Dankar in Katsina state after bandits set houses on fire.\n\n"
                + "At least 12 people were killed in Katsina state on Sunday, police said. Katsina has seen "
                + "a wave of kidnappings. The governor of Katsina called for calm. Schools in Katsina were closed.");
        // a town the text reaches only after other news is no lead's town
        assertPlace("Katsina", EventType.KILLED, "2021-03-15", "Gunmen killed 12 villagers in Nigeria's northwestern "
                + "Katsina state on Sunday, police said. The governor called for calm. Schools were closed. Markets "
                + "stayed shut. On Monday, soldiers stormed the village of Dankar and killed six bandits.");
    }

    @Test
    void aPartOfAContinentIsNoPlace() {
        // "migrants from the Horn of Africa": no place of the strike, which the province the lead names keeps
        List<ExtractedEvent> es = extract("2022-01-22", "More than 70 people were killed in an air strike on a prison "
                + "in Yemen's northern Saada province on Friday.\n\nThe coalition hit the prison, where migrants from "
                + "the Horn of Africa were held. Rescuers were still digging on Saturday.");
        assertTrue(es.stream().noneMatch(e -> "Horn of Africa".equals(e.location())), es.toString());
        assertEquals("Saada", first(es, EventType.KILLED).location(), es.toString());
    }

    @Test
    void namesOfBodiesModelsAndSupportersAreNoPlaces() {
        for (String text : List.of(
                // a support suffix after a name: an attribute, as "Turkish-backed"
                "Gunmen stormed an MSF-supported clinic on Tuesday, killing 9 people, officials said.",
                // a body's name ending in "Defence", "Welfare": no place "Civil"
                "Shelling killed 9 civilians on Tuesday, the Civil Defence said.",
                // a two-letter organisation's initials after an article
                "Militants stormed an AU base on Tuesday, killing 9 peacekeepers.",
                // a model designation before a vehicle's noun
                "Rebels destroyed a T-90 tank on Tuesday, killing 9 soldiers.",
                // a party the news names bare
                "Fatah members clashed with Islamists on Tuesday; 9 people were killed.")) {
            List<ExtractedEvent> es = extract("2024-03-06", text);
            assertTrue(es.stream().filter(e -> e.type() == EventType.KILLED).allMatch(e -> e.location() == null),
                    text + " -> " + es);
        }
        // ... while the town the sentence names is still the place
        assertPlace("Khost", EventType.KILLED, "2024-03-06",
                "Gunmen stormed an MSF-supported clinic in Khost on Tuesday, killing 9 people, officials said.");
        assertPlace("Khost", EventType.KILLED, "2024-03-06",
                "Militants stormed an AU base near Khost on Tuesday, killing 9 peacekeepers.");
    }

    @Test
    void aFrontOfAGroupNamedAfterItIsAUnit() {
        // "the X front of the Estado Mayor Central": the group's formation, not a place the attackers died at
        assertPlace("Suarez", EventType.KILLED, "2024-05-21", "Rebels attacked a police station in the town of "
                + "Suarez on Monday. The army blamed the Jaime Martinez front of the Estado Mayor Central and said "
                + "two of the attackers were killed.");
        // "soldiers of the Bakhmut front" is still the front's place
        assertPlace("Bakhmut", EventType.KILLED, "2024-05-21", "Two soldiers of the Bakhmut front were killed on "
                + "Monday, the army said.");
    }

    @Test
    void aHeadlinesCountryCapitalWithoutTheArticleIsTheCapital() {
        // "in Sierra Leone capital": the capital, and the country still votes for the victims' side
        List<ExtractedEvent> es = extract("2021-11-07", "Tanker blast kills at least 98 in Sierra Leone capital");
        ExtractedEvent killed = first(es, EventType.KILLED);
        assertEquals("Freetown", killed.location(), es.toString());
        assertEquals("SLECVL", killed.victim(), es.toString());
        assertPlace("Mogadishu", EventType.KILLED, "2022-10-30", "Car bombs kill 100 in Somali capital");
        // "the capital's hospitals": no country before it, no capital read
        assertPlace("Kismayo", EventType.KILLED, "2022-10-30", "Car bombs killed 100 people in Kismayo on Saturday; "
                + "the wounded were flown to the capital.");
    }

    @Test
    void whereArmedAttackersCameFromIsNotWhereTheyStruck() {
        // "armed youths from X raided cattle camps near Y": the raid is Y's
        assertPlace("Pariak", EventType.KILLED, "2023-02-10", "Armed youths from neighbouring Jonglei state raided "
                + "cattle camps near Pariak on Thursday, killing 20 people.");
        assertPlace("Ras al-Ain", EventType.KILLED, "2019-10-20", "Mortar shells fired by Kurdish fighters from "
                + "Tal Tamr hit Ras al-Ain on Sunday, killing three civilians.");
        // ... a civilian's home town is where monitors place the death
        assertPlace("Tafas", EventType.KILLED, "2023-02-10", "The body of a young man from Tafas was found near "
                + "Daraa on Thursday; he had been shot dead.");
    }

    @Test
    void anOfficialsSeatIsNotTheEventsPlace() {
        // "the governor of Turkey's Hatay province said": the speaker's seat, not where the soldiers died
        assertPlace("Idlib", EventType.KILLED, "2020-02-28", "At least 33 Turkish soldiers were killed in an air strike "
                + "in Syria's Idlib province late on Thursday, the governor of Turkey's Hatay province said.");
        // ... the seat alone is still the place
        assertPlace("Hatay", EventType.KILLED, "2020-02-28", "Nine people were killed in an attack on Thursday, the "
                + "governor of Turkey's Hatay province said.");
    }

    @Test
    void twoPeoplesBeforeAKinNounAreNoPlaces() {
        // "the Sikin and Kaekin tribes": two peoples, no place of the fighting
        List<ExtractedEvent> es = extract("2024-02-19", "Fighting between the Sikin and Kaekin tribes killed 12 men on "
                + "Sunday, police said.");
        assertEquals(null, first(es, EventType.KILLED).location(), es.toString());
        // ... while "the Kassala and Gedaref states" are places
        assertPlace("Kassala", EventType.KILLED, "2024-02-19", "Floods killed 12 people in the Kassala and Gedaref "
                + "states on Sunday, officials said.");
    }

    @Test
    void anArticleOpeningTheSentenceIsNoPlace() {
        // "A state official said": no place "A" (the sentence names none of its own)
        List<ExtractedEvent> es = extract("2023-05-06", "A state official said 16 people were killed on Thursday.");
        assertEquals(null, first(es, EventType.KILLED).location(), es.toString());
        // ... a capitalised name after the article is still read ("A Kabul police official")
        assertPlace("Kabul", EventType.KILLED, "2023-05-06", "A Kabul police official said 16 people were killed "
                + "in Kabul on Thursday.");
    }
}
