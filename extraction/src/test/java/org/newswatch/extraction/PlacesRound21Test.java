package org.newswatch.extraction;

import static org.newswatch.extraction.PlacesRound15Test.placed;

import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;

/**
 * Classes of place wording that the twenty-first round's dev sets (fresh15, fresh12, fresh7) showed the engine getting
 * wrong. The sentences are our own.
 */
class PlacesRound21Test {

    @Test
    void aSiteInAProvinceIsPlacedAtTheSiteNotTheProvince() {
        // "the X camp in <province>": the province only says where the camp lies, the camp is the most specific place
        placed("Abu Shouk", EventType.KILLED, "2024-06-02", "Paramilitary fighters shelled the Abu Shouk displacement "
                + "camp in North Darfur on Saturday, killing 14 people, aid groups said.");
        // ... but a site in a town is placed in the town
        placed("El Fasher", EventType.KILLED, "2024-06-02", "Paramilitary fighters shelled the Abu Shouk displacement "
                + "camp in El Fasher on Saturday, killing 14 people, aid groups said.");
        placed("Tripoli", EventType.KILLED, "2024-06-02", "Rockets hit Mitiga airport in Tripoli on Saturday, killing "
                + "two people, officials said.");
    }
}
