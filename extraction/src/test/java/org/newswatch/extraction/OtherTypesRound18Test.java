package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Other event types, eighteenth round: classes of the dev sets' ATTACK, EQUIPMENT_LOSS, DISPLACEMENT, DEPLOYMENT and
 * TALKS misses. Each sentence is written for this test, none is copied from a set.
 */
class OtherTypesRound18Test {

    private static boolean attackBy(List<ExtractedEvent> es, String actor) {
        return es.stream().anyMatch(e -> e.type() == EventType.ATTACK && Objects.equals(actor, e.actor()));
    }

    /**
     * A bomb whose clause names no author is the attack of the armed group that claims it later in the sentence or in
     * the next sentences; one only blamed by someone else, or claimed by nobody, stays nobody's.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A car bomb exploded outside a hotel in Baidoa in Somalia on Sunday, killing six people. Al-Shabaab claimed "
                + "responsibility in a statement.|SOMREB",
        "A roadside bomb went off near a market in Gao in Mali on Monday, wounding four people; JNIM later claimed the "
                + "blast.|MLIREB",
        "A truck packed with explosives blew up at a checkpoint near Beledweyne in Somalia on Friday. Four soldiers died. "
                + "Al-Shabaab claimed the bombing on its radio station.|SOMREB",
        "A police pickup ran over a landmine near Mandera in Kenya on Tuesday, killing two officers. Al-Shabaab claimed "
                + "the attack.|SOMREB",
        "A car bomb exploded near a mosque in Kunduz in Afghanistan on Friday, killing nine people, police said, blaming "
                + "the Taliban.|-",
        "A bomb exploded in a bus station in Maiduguri in Nigeria on Sunday, killing three people. No group has claimed "
                + "it yet.|-",
    })
    void aBombIsTheAttackOfTheGroupThatClaimsIt(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        String want = actor.equals("-") ? null : actor;
        assertTrue(attackBy(es, want), es.toString());
        assertTrue(es.stream().filter(e -> e.type() == EventType.ATTACK).allMatch(e -> Objects.equals(want, e.actor())),
                es.toString());
    }

    /** Vehicles packed with explosives are counted by the vehicles: one attack each. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Two cars packed with explosives blew up outside a police station in Kismayo in Somalia on Monday.|2",
        "Three trucks laden with explosives exploded at the gates of a base near Gao in Mali on Sunday.|3",
    })
    void bombVehiclesAreCountedByTheVehicles(String text, long count) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK && e.count() != null && e.count() == count),
                es.toString());
    }

    /**
     * "X killed N Y in a gunfight / shootout": the subject who killed fought the clash; a clash in which the subject was
     * killed gives it no attack of its own.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Soldiers killed nine bandits in a gunfight near Zurmi in Nigeria on Monday.|NGAMIL",
        "Police in Mexico said they killed five cartel gunmen in a shootout in the town of Uruapan on Sunday.|MEXMIL",
        "Troops killed three militants during a gunfight in the Kupwara district of India on Friday.|INDMIL",
    })
    void theKillersFoughtTheClash(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(attackBy(es, actor), es.toString());
    }

    @ParameterizedTest(name = "no attack by the dead <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Four soldiers were killed in a gunfight near Zurmi in Nigeria on Monday.|NGAMIL",
        "Nine bandits were killed in a shootout near Zurmi in Nigeria on Monday.|NGAREB",
    })
    void theKilledDidNotFightByThisClause(String text, String victim) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.KILLED), es.toString());
        assertTrue(!attackBy(es, victim), es.toString());
    }

    /**
     * People who left, counted or named by a plural of persons, are displaced with no object ("have left.", "have left
     * since", "left for a town") or with places past their modifiers ("left the two border towns"); one person, a
     * munition "left over", people "left in" a town, or officials who left are not.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "In Honduras, about 900 residents have left, the mayor said on Monday.|900",
        "Some 2,400 people have left since the shelling began, officials in Ukraine said on Monday.|2400",
        "Dozens of families left for Djibo town in Burkina Faso on Sunday after the raid.|-",
        "About 12,000 people had left the three Syrian border towns by Friday, a monitor said.|12000",
    })
    void peopleWhoLeftAreDisplaced(String text, String count) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        Long want = count.equals("-") ? null : Long.valueOf(count);
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.DISPLACEMENT && Objects.equals(want, e.count())),
                es.toString());
    }

    @ParameterizedTest(name = "no displacement <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Her younger brother left for Lebanon last year, the family said.",
        "A boy was killed by a cluster bomblet left over from the war near Idlib in Syria on Monday.",
        "About 300 people are left in the besieged town of Bakhmut in Ukraine, officials said.",
        "The defence minister left for Cairo on Sunday for talks.",
    })
    void othersWhoLeftAreNot(String text) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), es.toString());
    }

    /** The side that destroyed or downed equipment, named as the clause's subject, attacked; a passive names nobody. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Rebel fighters destroyed two regime tanks with guided missiles near Kafr Nabl in Syria on Monday.|SYRREB",
        "Turkish drones destroyed six Syrian army tanks near Saraqeb in Syria on Sunday.|TURMIL",
        "Two Syrian army tanks were destroyed near Saraqeb in Syria on Sunday.|-",
        "Ukraine's air defences shot down 12 Russian drones over Kyiv in Ukraine overnight.|-",
    })
    void theDestroyerAttacked(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.EQUIPMENT_LOSS), es.toString());
        if (actor.equals("-")) {
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK && e.actor() != null), es.toString());
        } else {
            assertTrue(attackBy(es, actor), es.toString());
        }
    }

    /**
     * Strikes made by a light verb past their count ("carried out more than 40 strikes") or kept up ("kept up strikes")
     * are the subject's attacks; strikes by workers are none.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Israeli warplanes carried out more than 40 strikes on targets in southern Lebanon on Monday.|ISRMIL",
        "Russian aircraft kept up strikes on Kafr Nabl in Syria on Tuesday.|RUSMIL",
        "Dock workers kept up strikes at the port of Antwerp in Belgium on Tuesday.|-",
    })
    void strikesPastTheirCountOrKeptUp(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        if (actor.equals("-")) {
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), es.toString());
        } else {
            assertTrue(attackBy(es, actor), es.toString());
        }
    }

    /** Troops flown or airlifted in are deployed; a minister flown home is not. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "About 300 Indonesian special forces troops were flown into Wamena in Papua on Monday.|true",
        "Two hundred police officers were airlifted to Kidal in Mali on Sunday.|true",
        "The Nigerian foreign minister was flown home from Geneva on Monday.|false",
    })
    void troopsFlownInAreDeployed(String text, boolean deployed) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(deployed == es.stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT), es.toString());
    }

    /** A force "backed by" others took the place, not its backers named after "by". */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Malian troops backed by Russian mercenaries and Turkish drones recaptured the town of Kidal on Tuesday.|MLIMIL",
        "Somali soldiers supported by Ugandan troops retook the town of Jilib in Somalia on Friday.|SOMMIL",
    })
    void theBackedForceTookThePlace(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE), es.toString());
        assertTrue(es.stream().filter(e -> e.type() == EventType.CAPTURE).allMatch(e -> actor.equals(e.actor())),
                es.toString());
    }

    /**
     * A mine "laid" or "planted by" a group is that group's attack when it goes off; a mine for coal or gold that
     * explodes is no attack.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A mine laid by the PKK exploded near Cukurca in Turkey on Monday, killing a soldier.|TURREB",
        "A mine planted by Houthi fighters went off near Hays in Yemen on Sunday, killing two children.|YEMREB",
        "A coal mine exploded near Zonguldak in Turkey on Monday.|-",
    })
    void aMineLaidByAGroupIsItsAttack(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        if (actor.equals("-")) {
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), es.toString());
        } else {
            assertTrue(attackBy(es, actor), es.toString());
        }
    }
}
