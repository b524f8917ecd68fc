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
     * Two reports that meet only by their town and day, one or both told without the other party, name two ways of
     * killing when their weapons have no way in common (weapon-ways.tsv: gunfire, a blast, a blade): "gunmen shot dead
     * a man" and "a man was killed by a blast" are two incidents of the town's day. A bomb, an air strike and shelling
     * are one way, a blast, which outlets tell by what fired it or what went off ("a mortar shell went off", "a war
     * remnant exploded"); an ambush is sprung with any weapon ("ambushed" beside "came under fire" is one attack).
     */
    @Test
    void reportsNamingTwoWaysOfKillingAreTwo() {
        Incident shot = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "Gunmen opened fire on a checkpoint in Zaporizhzhia on Saturday morning, officials said."));
        Incident blast = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A blast hit Zaporizhzhia on Saturday evening, officials said."));
        IncidentMatch.Verdict v = decide(blast, shot);
        assertFalse(v.join(), v.toString());
        // with the perpetrator given on one side only, the same: a man shot dead by troops and a man killed by a blast
        Incident byTroops = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-13",
                "Russian troops shot dead a man in Zaporizhzhia on Saturday."));
        Incident byBlast = Incident.of(killed("UKRCVL", null, 1L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-13",
                "A man was killed by a blast in Zaporizhzhia on Saturday."));
        assertFalse(decide(byBlast, byTroops).join(), decide(byBlast, byTroops).toString());
        // a shell that went off and a remnant that exploded are one blast told two ways
        Incident shell = Incident.of(killed("UKRCVL", null, 2L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-13",
                "Two boys were killed on Saturday when an old mortar shell they found went off in Zaporizhzhia."));
        Incident remnant = Incident.of(killed("UKRCVL", null, 2L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-13",
                "Two boys died on Saturday after a remnant of war exploded in Zaporizhzhia, rescuers said."));
        assertTrue(decide(remnant, shell).join(), decide(remnant, shell).toString());
        // so are a drone and the bomb it dropped
        Incident drone = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A drone struck Zaporizhzhia on Saturday morning, officials said."));
        Incident bomb = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "An explosion shook Zaporizhzhia on Saturday morning, officials said."));
        assertTrue(decide(bomb, drone).join(), decide(bomb, drone).toString());
        // an ambush beside gunfire is one attack told two ways
        Incident fire = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A patrol came under fire from gunmen near Zaporizhzhia on Saturday."));
        Incident ambush = Incident.of(event(EventType.ATTACK, null, null, null, "Zaporizhzhia", ZAPORIZHZHIA,
                "2023-05-13", "A patrol was ambushed near Zaporizhzhia on Saturday, officials said."));
        assertTrue(decide(ambush, fire).join(), decide(ambush, fire).toString());
    }

    /**
     * A factory, a plant, a warehouse, an enterprise are a place of industry, a target of its own: a strike on "an
     * industrial enterprise" and one on "a residential building" of one city and day are two, and two outlets naming
     * the factory are one.
     */
    @Test
    void aFactoryIsATargetOfItsOwn() {
        assertEquals(List.of("industry"), K.classes("target", "A guided bomb hit an industrial enterprise."));
        assertEquals(List.of("industry"), K.classes("target", "Missiles struck a power plant and a warehouse."));
        Incident flats = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-14",
                "A Russian missile hit a residential building in Zaporizhzhia on Sunday, killing one person."));
        Incident plant = Incident.of(killed("UKRCVL", "RUSMIL", 1L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-14",
                "A Russian missile hit an industrial enterprise in Zaporizhzhia on Sunday, killing a worker."));
        assertEquals("targets", decide(plant, flats).block());
        Incident factory = Incident.of(killed("UKRCVL", null, 1L, "Zaporizhzhia", ZAPORIZHZHIA, "2023-05-14",
                "One worker died when a missile struck a factory in Zaporizhzhia on Sunday."));
        assertTrue(decide(factory, plant).join(), decide(factory, plant).toString());
    }
}
