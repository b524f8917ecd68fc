package org.newswatch.extraction;

import static org.newswatch.extraction.PlacesRound15Test.placed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;

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
}
