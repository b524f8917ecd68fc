package org.newswatch.extraction;

import static org.newswatch.extraction.PlacesRound15Test.placed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;

/**
 * Classes of place wording that the twentieth round's dev sets (fresh15 and fresh14 first) showed the engine getting
 * wrong. The sentences are our own.
 */
class PlacesRound20Test {

    @Test
    void aPersonsHomeTownGivesWayToThePlaceTheSentenceTellsItHappenedAt() {
        // "a man from X ... died in Y", "a labourer from X in the Y area": the person's home town is no event's place
        placed("Damascus", EventType.KILLED, "2019-07-15", "On 14 July 2019, the family of a young man from Jasim in "
                + "the northern Daraa countryside learned that he had died under torture in a security branch in "
                + "Damascus, a year after his arrest.");
        placed("Shopian", EventType.KILLED, "2021-10-16", "On 15 October 2021 militants shot dead a carpenter from "
                + "Uttar Pradesh in the Shopian area, police said.");
        // ... alone, the home town is still the place
        placed("Kafr Nabl", EventType.KILLED, "2019-07-15", "Two young men from Kafr Nabl were killed by sniper fire "
                + "on Sunday, activists said.");
        // ... nor does it give way to a landmark it lies near, or to the area named before the person
        placed("Nova Mambone", EventType.KILLED, "2021-04-13", "Local sources report that insurgents beheaded four men "
                + "from Nova Mambone on 11 April after catching them in their fields near Macomia.");
        placed("Tafas", EventType.KILLED, "2019-10-31", "In Daraa, the body of a young man from Tafas was found on "
                + "29 October, two days after he was detained at a checkpoint.");
    }
}
