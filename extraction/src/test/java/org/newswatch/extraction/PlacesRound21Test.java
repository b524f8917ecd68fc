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

    @Test
    void aLeadsProvinceGivesWayToTheTownTheNextSentenceSetsTheIncidentIn() {
        // the next sentence tells no event of its own, but names the town before the province that holds it
        placed("Alamata", EventType.KILLED, "2022-03-06", "Drone strike on Tigray market kills 30\n\nA drone strike "
                + "on a market in Ethiopia's Tigray region killed 30 people on Saturday, witnesses said.\n\nThe "
                + "strike hit the cattle market in the town of Alamata, in southern Tigray, around noon.");
        // ... or a town the gazetteer puts inside the province
        placed("Patigi", EventType.KILLED, "2023-06-12", "Ferry sinks in Nigeria\n\nAt least 40 traders drowned when "
                + "a ferry sank on the Niger River in Kwara State on Sunday, police said.\n\nThe ferry, loaded with "
                + "sacks of grain, struck rocks near Patigi shortly after dawn.");
        // ... but not a town of another province
        placed("Kwara State", EventType.KILLED, "2023-06-12", "Ferry sinks in Nigeria\n\nAt least 40 traders "
                + "drowned when a ferry sank on the Niger River in Kwara State on Sunday, police said.\n\nThe ferry, "
                + "loaded with sacks of grain, had left Lokoja shortly after dawn.");
    }
}
