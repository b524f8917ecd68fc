package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Other event types, the round after fresh17's retirement (other24): classes of fresh17's ATTACK, EQUIPMENT_LOSS and
 * TALKS misses. Each sentence is written for this test, none is copied from a set.
 */
class OtherTypesRound22Test {

    /** A siege laid to a place is an attack (attack.besieged); "the besieged town" (an adjective) is none. */
    @Test
    void aSiegeLaid() {
        find(extract("2023-05-10", "Heavily armed cartel gunmen besieged the town of Tepalcatepec in Mexico on Friday."),
                EventType.ATTACK, "MEXREB");
        assertTrue(of(EventType.ATTACK, extract("2023-05-10", "Food ran short in the besieged town of Tepalcatepec in "
                + "Mexico on Friday.")).isEmpty());
    }

    /**
     * An attack told as the means of an answer (attack.by-gerund), counted by its targets; "striking doctors" (workers
     * on strike) attack nothing.
     */
    @Test
    void anAttackAsTheMeansOfAnAnswer() {
        ExtractedEvent e = find(extract("2020-02-04", "The Turkish army said it retaliated by striking 30 regime targets "
                + "near Idlib in Syria on Monday."), EventType.ATTACK, "TURMIL");
        assertEquals(30L, e.count());
        assertTrue(of(EventType.ATTACK, extract("2020-02-04", "Hospitals in Lagos were shut by striking doctors on "
                + "Monday.")).isEmpty());
    }

    /** Firing at people in a clause of its own (attack.firing-at); "firing on all cylinders" is no shooting. */
    @Test
    void firingAtPeople() {
        assertEquals(1, of(EventType.ATTACK, extract("2023-05-10", "Witnesses said gunmen dragged the men out of a bar "
                + "in Celaya in Mexico and began firing at them.")).size());
        assertTrue(of(EventType.ATTACK, extract("2023-05-10", "The new plant near Celaya in Mexico was firing on all "
                + "cylinders by Monday.")).isEmpty());
    }

    /**
     * A military vehicle that hit a homemade bomb (EXPLOSIVE_MODIFIERS homemade, makeshift): the vehicle lost and the
     * planter's attack; a homemade bomb found by soldiers is neither.
     */
    @Test
    void aVehicleOnAHomemadeBomb() {
        List<ExtractedEvent> es = extract("2023-11-04", "An army truck hit a homemade bomb near Bamenda in Cameroon on "
                + "Friday, wounding four soldiers.");
        find(es, EventType.EQUIPMENT_LOSS, "CMRMIL");
        assertEquals(1, of(EventType.ATTACK, es).size(), es.toString());
        List<ExtractedEvent> found = extract("2023-11-04", "Soldiers found a homemade bomb near Bamenda in Cameroon on "
                + "Friday.");
        assertTrue(of(EventType.EQUIPMENT_LOSS, found).isEmpty() && of(EventType.ATTACK, found).isEmpty(),
                found.toString());
    }

    /**
     * A machine hit by fire named by its source ("ground fire", "anti-aircraft fire": WEAPON_FIRE) is lost to weapons;
     * one destroyed "by fire" in a hangar is a blaze, no loss to a side.
     */
    @Test
    void aMachineHitByGroundFire() {
        find(extract("2023-05-10", "A Malian army helicopter was hit by ground fire near Gao in Mali on Tuesday."),
                EventType.EQUIPMENT_LOSS, "MLIMIL");
        assertTrue(of(EventType.EQUIPMENT_LOSS, extract("2023-05-10", "A Malian army helicopter was destroyed by fire "
                + "in its hangar near Gao in Mali on Tuesday.")).isEmpty());
    }

    /** "air and artillery strikes" (STRIKE_KINDS) are attacks by whoever launched them; workers' strikes are none. */
    @Test
    void artilleryStrikes() {
        find(extract("2021-12-01", "Rwandan troops crossed into Congo and launched air and artillery strikes on rebel "
                + "camps near Goma."), EventType.ATTACK, "RWAMIL");
        assertTrue(of(EventType.ATTACK, extract("2021-12-01", "Congolese teachers in Goma held two strikes over pay in "
                + "March.")).isEmpty());
    }

    /** A unit sent by a sending verb (DEPLOY_UNIT_VERBS) is a deployment; a hospital opening a care unit is none. */
    @Test
    void aUnitDeployed() {
        find(extract("2022-02-10", "The Nigerien army deployed a rapid-response unit to Tillaberi on Sunday."),
                EventType.DEPLOYMENT, "NERMIL");
        assertTrue(of(EventType.DEPLOYMENT, extract("2022-02-10", "The Nigerien hospital opened an intensive care unit "
                + "in Tillaberi on Sunday.")).isEmpty());
    }

    /**
     * Talks between "the two countries" (TALKS_PAIR_SIDES) named before, hosted by a third the sentence names: the
     * host's; without the pair, one country alone holds no talks.
     */
    @Test
    void talksBetweenTheTwoCountries() {
        find(extract("2020-10-10", "The truce was agreed after a night of talks in Doha between the two countries' "
                + "envoys, hosted by Qatar's foreign minister."), EventType.TALKS, "QATGOV");
        assertTrue(of(EventType.TALKS, extract("2020-10-10", "The truce was agreed after a night of talks in Doha, "
                + "hosted by Qatar's foreign minister.")).isEmpty());
    }

    /**
     * Families who moved into or towards a place after violence are displaced (displacement.moved-toward), counted;
     * troops that moved into a town deploy, and a ministry that moved into offices is neither.
     */
    @Test
    void familiesMovedTowardsSafety() {
        ExtractedEvent e = find(extract("2023-05-10", "After the raid on Garissa in Kenya, some 300 families moved towards "
                + "the town centre."), EventType.DISPLACEMENT, "KENCVL");
        assertEquals(300L, e.count());
        assertTrue(of(EventType.DISPLACEMENT, extract("2023-05-10", "Army troops moved into Garissa town in Kenya on "
                + "Sunday.")).isEmpty());
        assertTrue(of(EventType.DISPLACEMENT, extract("2023-05-10", "The ministry moved into new offices in Garissa in "
                + "Kenya on Monday.")).isEmpty());
    }

    /**
     * "N others were captured" after the people of the sentence are people taken prisoner, no CAPTURE of territory;
     * "the town and two others were captured" stays a capture.
     */
    @Test
    void othersCapturedArePeople() {
        assertTrue(of(EventType.CAPTURE, extract("2021-03-03", "The army said those killed were members of a drug gang "
                + "near Tumaco in Colombia and that 3 others were captured.")).isEmpty());
        assertEquals(1, of(EventType.CAPTURE, extract("2021-03-03", "The army said the town of Tumaco in Colombia and "
                + "two others were captured by the rebels on Monday.")).size());
    }
}
