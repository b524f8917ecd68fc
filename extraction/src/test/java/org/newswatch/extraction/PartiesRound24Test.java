package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Party coding, twenty-fourth round: a backer written "U.S.-backed" (three tokens) is no party of its own; the SDF's
 * local military councils are the SDF's side; a church named by a people's adjective is no nationality; a nation
 * named before the UN body of a peacekeeper is his; a relative clause's subject is the party before ", which";
 * attackers of no country are the armed group's named before them; civilians hit by fire aimed at a country are its.
 * Each sentence is written for this test, none is copied from a set.
 */
class PartiesRound24Test {

    /** The backed force acts, not its backer written with full stops ("U.S.-backed"). */
    @ParameterizedTest(name = "{2} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The U.S.-backed Syrian Democratic Forces said on Sunday they had seized the village of Hajin.|CAPTURE|SYRREB",
        "The U.S.-backed Syrian Democratic Forces took the town of Hajin on Sunday.|CAPTURE|SYRREB",
        "The U.S.-backed Syrian Democratic Forces shelled the town of Hajin on Sunday, killing 4 civilians.|ATTACK|SYRREB",
    })
    void aBackerWithFullStopsIsNoParty(String text, EventType type, String actor) {
        List<ExtractedEvent> es = GeneralRulesTest.of(type, extract("2019-01-20", text));
        assertTrue(es.stream().anyMatch(e -> actor.equals(e.actor())), () -> "expected actor " + actor + ": " + es);
    }

    /** Counter-example: a state that acts itself ("U.S. forces") stays the actor. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "U.S. forces took the town of Hajin on Sunday.|USAMIL",
    })
    void aStateThatActsStaysTheActor(String text, String actor) {
        List<ExtractedEvent> es = GeneralRulesTest.of(EventType.CAPTURE, extract("2019-01-20", text));
        assertTrue(es.stream().anyMatch(e -> actor.equals(e.actor())), () -> "expected actor " + actor + ": " + es);
    }

    /** A member of one of the SDF's local military councils is a rebel, not a soldier of the state. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A roadside bomb killed a member of the Deir ez-Zor Military Council near Busayrah on Monday.|SYRREB",
        "Gunmen shot dead two fighters of the Manbij Military Council in Manbij on Monday.|SYRREB",
    })
    void sdfMilitaryCouncilsAreRebels(String text, String victim) {
        find(extract("2020-02-03", text), EventType.KILLED, victim);
    }

    /**
     * A church named by a people's adjective ("Armenian Catholic", "Greek Orthodox") in another country: the victim is
     * that country's civilian; a plain nationality keeps its own.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "An Armenian Catholic priest was shot dead near Hasakah in Syria on Monday.|SYRCVL",
        "A Greek Orthodox monk was killed by a car bomb in Aleppo, Syria, on Monday.|SYRCVL",
        "An Armenian priest was shot dead in Yerevan, Armenia, on Monday.|ARMCVL",
    })
    void aChurchIsNoNationality(String text, String victim) {
        find(extract("2020-02-03", text), EventType.KILLED, victim);
    }

    /** "a Rwandan UN peacekeeper": the soldier of the nation named, as "a Rwandan peacekeeper" (a bare one: the UN). */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Rebels attacked a base near Bria on Tuesday, and a Zambian UN peacekeeper was killed, the mission said.|ZMBMIL",
        "Rebels attacked a base near Bria on Tuesday, and a UN peacekeeper was killed, the mission said.|IGOUNO",
    })
    void aNationBeforeTheUnIsThePeacekeepers(String text, String victim) {
        find(extract("2021-01-12", text), EventType.KILLED, victim);
    }

    /** The subject of ", which retook ...": the party before the comma, not the sentence's subject. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The minister said talks were needed to avoid a new war with Azerbaijan, which retook the town of Shusha on Monday.|AZEMIL",
        "Armenia said Azerbaijani troops, who had massed near the border, retook the town of Shusha on Monday.|AZEMIL",
    })
    void theRelativeClausesSubject(String text, String actor) {
        List<ExtractedEvent> es = GeneralRulesTest.of(EventType.CAPTURE, extract("2020-11-10", text));
        assertTrue(es.stream().anyMatch(e -> actor.equals(e.actor())), () -> "expected actor " + actor + ": " + es);
    }

    /**
     * Attackers of no country after a named group ("Al-Shabaab fighters stormed ... 3 attackers were killed") are the
     * group's; after armed men of no group they stay the setting's.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Al-Shabaab fighters stormed an airstrip used by Kenyan troops near Lamu on Sunday. Kenyan police said 3 attackers were killed.|SOMREB",
        "Armed men stormed a police post near Lamu in Kenya on Sunday. Kenyan police said 3 attackers were killed.|KENREB",
    })
    void attackersAreTheNamedGroups(String text, String victim) {
        find(extract("2020-01-06", text), EventType.KILLED, victim);
    }

    /**
     * Civilians of no country wounded by fire aimed "at" a country are its people ("fired 50 rockets at northern
     * Israel, wounding 2 people"); a country the actor crossed "into" is no aim, nor a demonym's positions.
     */
    @ParameterizedTest(name = "{2} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Hezbollah fired about 50 rockets at northern Israel on Monday, wounding 2 people near Safed.|WOUNDED|ISRCVL",
        "Russian troops fired at Ukrainian positions near Bakhmut, and shelling killed 2 civilians in Belgorod.|KILLED|RUSCVL",
    })
    void civiliansOfTheCountryStruck(String text, EventType type, String victim) {
        find(extract("2024-09-23", text), type, victim);
    }
}
