package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.contracts.incident.IncidentMatchTest.decide;
import static org.newswatch.contracts.incident.IncidentMatchTest.event;
import static org.newswatch.contracts.incident.IncidentMatchTest.killed;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Place.Precision;

/**
 * The classes of the merge rule found on the evaluation streams in issue 16's nineteenth round (the third held-out
 * stream, retired to tuning as {@code incidents-dev9}), each with pairs of reports it joins and pairs it keeps apart.
 * The sentences are made up for the tests.
 */
class IncidentMatchRound19Test {

    static final IncidentSignals K = IncidentSignals.shared();

    static final Place.AdminArea SINDH = new Place.AdminArea("PK.05", "Sindh");
    static final Place HYDERABAD = new Place("Hyderabad", "PK", 25.3924, 68.3737, Precision.TOWN, SINDH, null);
    static final Place.AdminArea ZAPORIZHZHIA_OBLAST = new Place.AdminArea("UA.26", "Zaporizhzhia");
    static final Place ZAPORIZHZHIA = new Place("Zaporizhzhia", "UA", 47.8229, 35.1903, Precision.TOWN,
            ZAPORIZHZHIA_OBLAST, null);

    /**
     * A vehicle the attackers rode ("gunmen on a motorcycle", "the attackers fled on a motorcycle", "riding a car") is
     * how they came and went, not what they hit: the report names no target by it, and the report of the same
     * shooting that names the shop it happened at is not kept apart by it. A bomb or a strike on a vehicle still hits
     * it.
     */
    @Test
    void aVehicleTheAttackersRodeIsNoTarget() {
        assertEquals(List.of(), K.classes("target", "Unknown gunmen on a motorcycle shot dead a trader."));
        assertEquals(List.of(), K.classes("target", "Police said the attackers fled on a motorcycle."));
        assertEquals(List.of(), K.classes("target", "Two assailants riding a motorcycle opened fire on him."));
        assertEquals(List.of(), K.classes("target", "The gunmen escaped in a car, witnesses said."));
        // a vehicle that was hit is a target
        assertEquals(List.of("vehicle"), K.classes("target", "A bomb planted on a bus went off."));
        assertEquals(List.of("vehicle"), K.classes("target", "A drone strike on a car killed two men."));
        assertEquals(List.of("vehicle"), K.classes("target", "Gunmen opened fire on a car carrying a judge."));

        Incident shop = Incident.of(event(EventType.WOUNDED, "PAKCVL", null, 3L, "Hyderabad", HYDERABAD,
                "2022-09-06", "Three people were wounded when a grenade was hurled at a mobile phone shop in"
                        + " Hyderabad on Tuesday, police said."));
        Incident fled = Incident.of(event(EventType.WOUNDED, "PAKCVL", null, 3L, "Hyderabad", HYDERABAD,
                "2022-09-06", "A grenade attack in Hyderabad wounded three passers-by on Tuesday, and the attackers"
                        + " fled on a motorcycle, police said."));
        IncidentMatch.Verdict v = decide(fled, shop);
        assertTrue(v.join(), v.toString());
        // the same town's grenade thrown at a bus that day is another incident
        Incident bus = Incident.of(event(EventType.WOUNDED, "PAKCVL", null, 3L, "Hyderabad", HYDERABAD,
                "2022-09-06", "Three people were wounded when a grenade was hurled at a bus in Hyderabad on Tuesday,"
                        + " police said."));
        assertEquals("targets", decide(bus, shop).block());
    }

    /**
     * Two reports that give no party and meet only by their town and day name two ways of killing when both name
     * weapons and none in common ("a drone hit a block of flats", "a bomb hit a plant"): a city sees several strikes
     * a day, and the way is what tells them apart. An ambush is sprung with any weapon: "ambushed" beside "came under
     * fire" is one attack.
     */
    @Test
    void reportsWithoutAPartyNamingTwoWaysOfKillingAreTwo() {
        Incident drone = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A drone hit a block of flats in Zaporizhzhia on Saturday morning, officials said."));
        Incident bomb = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A bomb hit a plant in Zaporizhzhia on Saturday evening, officials said."));
        IncidentMatch.Verdict v = decide(bomb, drone);
        assertFalse(v.join(), v.toString());
        // told the same way, the town and day join them
        Incident drone2 = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "Drones struck Zaporizhzhia early on Saturday, the governor said."));
        assertTrue(decide(drone2, drone).join(), decide(drone2, drone).toString());
        // an ambush beside gunfire is one attack told two ways
        Incident fire = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A patrol came under fire from gunmen near Zaporizhzhia on Saturday."));
        Incident ambush = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A patrol was ambushed near Zaporizhzhia on Saturday, officials said."));
        assertTrue(decide(ambush, fire).join(), decide(ambush, fire).toString());
    }
}
