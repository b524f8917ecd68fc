package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.PlacesRound15Test.placed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Segmenter;
import org.newswatch.extraction.text.Sentence;

/**
 * Classes of place wording that the eighteenth round's dev sets (fresh13 first) showed the engine getting wrong: a
 * town or a district lost to its province. The sentences are our own.
 */
class PlacesRound18Test {

    private static Sentence sentence(String text) {
        return Segmenter.split(text).get(0);
    }

    @Test
    void aHeadlinesProvinceGivesWayToTheLeadsDistrict() {
        // the headline's KILLED (in the province) and the lead's (in a regency of it) are one event: the district is
        // the more specific place, however often the text names the province
        placed("Lanny Jaya", EventType.KILLED, "2021-04-26", "Indonesian police officer killed in Papua as rebels "
                + "step up attacks\n\nJAKARTA, April 26 - Separatist gunmen ambushed a police patrol in Papua's Lanny "
                + "Jaya regency on Sunday, killing one officer, a police spokesman said.\n\nReinforcements were sent to "
                + "Lanny Jaya on Monday. Fighting in Lanny Jaya has forced hundreds of villagers from their homes. Papua "
                + "has seen a low-level insurgency for decades.");
        // ... a text that names only the province stays there
        placed("Papua", EventType.KILLED, "2021-04-26", "Indonesian police officer killed in Papua as rebels step up "
                + "attacks\n\nJAKARTA, April 26 - Separatist gunmen ambushed a police patrol in Papua on Sunday, "
                + "killing one officer, a police spokesman said.");
    }

    @Test
    void anAppositionCallsTheNameBeforeItATown() {
        // "Kwok, a farming village in Riyom district": the town the next sentence tells the lead's attack at
        placed("Kwok", EventType.KILLED, "2024-06-05", "Nine killed as gunmen raid Plateau village\n\nJOS, June 5 - "
                + "Gunmen attacked a village in Nigeria's Plateau state late on Sunday, killing nine people, police "
                + "said.\n\nThe raid took place in Kwok, a farming village in Riyom district, where houses were burnt.");
        Sentence s = sentence("The raid took place in Kwok, a farming village in Riyom district.");
        assertTrue(EventAttributes.townApposition(s, 6), s.toString());
        // no town noun, or too far off: no apposition of a town
        Sentence said = sentence("The raid took place in Kwok, a spokesman for the state police said.");
        assertFalse(EventAttributes.townApposition(said, 6));
        Sentence far = sentence("The raid took place in Kwok, a long way from any big town.");
        assertFalse(EventAttributes.townApposition(far, 6));
        Sentence definite = sentence("The raid took place in Kwok, the village chief said.");
        assertFalse(EventAttributes.townApposition(definite, 6));
    }

    @Test
    void aProvincesDistrictPlacesAnAttackOnSeveralVillages() {
        // the lead names the region, the next sentence two villages of a district it holds: the district
        placed("Tera", EventType.KILLED, "2024-03-12", "Niger says gunmen killed 20 civilians\n\nNIAMEY, March 12 - "
                + "Gunmen on motorbikes killed 20 civilians in raids on villages in Niger's western Tillaberi region on "
                + "Sunday, the government said.\n\nThe attackers struck the villages of Kourki and Dabre in Tera "
                + "department, a local official said.");
        // ... one town the sentence names stays the place
        placed("Gotheye", EventType.KILLED, "2024-03-12", "Niger says gunmen killed 20 civilians\n\nNIAMEY, March 12 - "
                + "Gunmen on motorbikes killed 20 civilians in raids on villages in Niger's western Tillaberi region on "
                + "Sunday, the government said.\n\nThe attackers struck the town of Gotheye in Tera department, a local "
                + "official said.");
    }

    @Test
    void aHeadingsProvinceGivesWayToTheOneTownItsNoteNames() {
        // "Borno state: ... in the Gwange quarter of Maiduguri; two officers died": the note's town, even for the
        // deaths of the clause after the semicolon, which names no place of its own
        placed("Maiduguri", EventType.KILLED, "2024-05-04", "Borno state: late on 3 May 2024 insurgents planted a bomb "
                + "on the road as a police patrol passed through the Gwange quarter of Maiduguri; two officers died and "
                + "a trader was hurt.");
        // ... and for the sentences after it that name no place
        placed("Birnin Gwari", EventType.KILLED, "2024-05-04", "Kaduna state, Nigeria: on 3 May 2024 troops clashed "
                + "with bandits in the hills near Birnin Gwari. Police said four bandits were killed and two soldiers "
                + "wounded.");
        // two towns: the heading's province holds them both
        placed("Borno", EventType.KILLED, "2024-05-04", "Borno state: late on 3 May 2024 insurgents shelled Konduga "
                + "and Bama; two officers died and a trader was hurt.");
    }

    @Test
    void aRoadGivesWayToThePlaceTheEventWasNear() {
        // "on the M4 highway ... near Kafr Shlaya": the village, even one the gazetteer does not know as a town
        placed("Kafr Shlaya", EventType.KILLED, "2020-06-10", "A Turkish convoy on the M4 highway was hit by a roadside "
                + "bomb near Kafr Shlaya, killing two soldiers.");
        // ... the road alone stays the place
        placed("M4", EventType.KILLED, "2020-06-10", "A Turkish convoy on the M4 highway was hit by a roadside bomb, "
                + "killing two soldiers.");
    }

    @Test
    void aResortOfANameIsATown() {
        // "the seaside resort of Kamakura, south of Tokyo": the resort's town, the capital only a landmark
        placed("Kamakura", EventType.KILLED, "2021-07-04", "A mudslide tore through the seaside resort of Kamakura, "
                + "south of Tokyo, on Saturday, killing two people.");
        assertTrue(Places.find(sentence("Floods cut off the hot-spring resort of Beppu on Monday.")).stream()
                .anyMatch(m -> m.name().equals("Beppu")));
        // ... a resort without a name is none
        assertTrue(Places.find(sentence("Floods cut off the resort of the island's rich on Monday.")).isEmpty());
    }

    @Test
    void peopleEvacuatedFromATownWereThere() {
        // "while evacuating wounded soldiers from Kodok": the town the fire met them in, not the soldiers' origin
        placed("Kodok", EventType.KILLED, "2025-03-08", "A UN helicopter came under fire on Friday while evacuating "
                + "wounded soldiers from Kodok in South Sudan's Upper Nile state, killing one crew member.");
        // ... soldiers from a town who attacked elsewhere came from it
        assertNotEquals("Kodok", PlacesRound15Test.first(GeneralRulesTest.extract("2025-03-08", "Soldiers from Kodok "
                + "attacked the village of Lul on Friday, killing four people."), EventType.KILLED).location());
    }
}
