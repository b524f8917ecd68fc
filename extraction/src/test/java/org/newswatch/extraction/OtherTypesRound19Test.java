package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Other event types, nineteenth round: classes of the dev sets' ATTACK, DISPLACEMENT, CAPTURE and EQUIPMENT_LOSS
 * misses and false events. Each sentence is written for this test, none is copied from a set.
 */
class OtherTypesRound19Test {

    /**
     * Attacks of two classes. Fire named by its munitions (riot-control or live) is an attack, with a target or "to
     * disperse" the crowd. Fire told as a noun of its kind ("sniper fire", "rocket fire", "tank fire") is the attack of
     * the side named by its modifier, its origin ("from army positions", "from rebel-held areas"), its agent ("by
     * government forces"), or the subject that answered with it.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Riot police fired tear gas and rubber bullets at thousands of marchers in Conakry in Guinea on Thursday.|GINMIL",
        "Soldiers fired live rounds and tear gas canisters at the crowd outside the town hall in Mandalay in Myanmar "
                + "on Sunday.|MMRMIL",
        "Police in Kenya fired tear gas to disperse hundreds of demonstrators in Nairobi on Tuesday.|KENMIL",
        "Israeli tank fire hit a house in the village of Aitaroun in Lebanon on Monday.|ISRMIL",
        "Sniper fire from army positions killed a shepherd near Kafr Nabl in Syria on Sunday.|SYRMIL",
        "Sniper fire from HTS positions wounded a soldier near Kafr Nabl in Syria on Sunday.|SYRREB",
        "Rocket fire from rebel-held areas hit the Hamdaniya district of Aleppo in Syria, wounding three people.|SYRREB",
        "Mortar fire by government forces killed two children in Ariha in Syria on Friday.|SYRMIL",
        "Syrian rebels shelled a village on Monday, and the army responded with rocket fire on Kafr Nabl.|SYRMIL",
    })
    void attacksByFire(String text, String actor) {
        find(extract("2023-05-10", text), EventType.ATTACK, actor);
    }

    /** A worker fired from a job is no attack; fire with neither a side nor harm is no event. */
    @ParameterizedTest(name = "no attack <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The mining company in Guinea fired 300 workers in Conakry on Thursday.",
        "The Kenyan police chief fired two commanders in Nairobi on Tuesday over the handling of the protest.",
        "The rocket fire stopped on Sunday as the truce in Idlib in Syria took hold.",
        "Residents of Idlib in Syria said they had grown used to the sound of artillery fire at night.",
    })
    void noAttack(String text) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertTrue(of(EventType.ATTACK, es).isEmpty(), es.toString());
    }

    /** Fire read by another rule keeps that rule's reading, not the fire noun's. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A Syrian army patrol came under heavy rocket fire from HTS fighters near Idlib on Monday.|attack.came-under",
        "Syrian troops opened sniper fire on the marchers in Deraa on Monday.|attack.opened-fire-adjective",
    })
    void fireOtherRulesReadIsTheirs(String text, String rule) {
        List<ExtractedEvent> es = of(EventType.ATTACK, extract("2023-05-10", text));
        assertTrue(es.stream().anyMatch(e -> rule.equals(e.rule())), es.toString());
        assertFalse(es.stream().anyMatch(e -> "attack.fire-noun".equals(e.rule())), es.toString());
    }
}
