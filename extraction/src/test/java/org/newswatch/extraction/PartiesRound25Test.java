package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Party coding, twenty-fifth round: a machine named after an armed group and its own modifiers ("an SDF armoured
 * vehicle") is the group's side's loss, not its country's army's. Each sentence is written for this test, none is
 * copied from a set.
 */
class PartiesRound25Test {

    /** An armed group's machine is its side's (a wrong engine gives the conflict country's army, SYRMIL). */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "An SDF armoured vehicle was destroyed by a drone near Manbij on Tuesday.|SYRREB",
        "A Houthi armoured truck was destroyed by an air strike near Marib on Tuesday.|YEMREB",
    })
    void aGroupsMachineIsItsSides(String text, String owner) {
        List<ExtractedEvent> es = GeneralRulesTest.of(EventType.EQUIPMENT_LOSS, extract("2024-04-02", text));
        assertTrue(es.stream().anyMatch(e -> owner.equals(e.victim())), () -> "expected owner " + owner + ": " + es);
    }

    /** Counter-examples: a state's machine stays its army's, and an unnamed owner is not made a rebel's. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "A Turkish armoured vehicle was destroyed by a mine near Manbij on Tuesday.|TURMIL|SYRREB",
        "An army armoured vehicle was destroyed by a mine near Manbij in Syria on Tuesday.|SYRMIL|SYRREB",
    })
    void aStatesMachineStaysItsArmys(String text, String owner, String notOwner) {
        List<ExtractedEvent> es = GeneralRulesTest.of(EventType.EQUIPMENT_LOSS, extract("2024-04-02", text));
        assertTrue(es.stream().anyMatch(e -> owner.equals(e.victim())), () -> "expected owner " + owner + ": " + es);
        assertTrue(es.stream().noneMatch(e -> notOwner.equals(e.victim())), () -> "not " + notOwner + ": " + es);
    }
}
