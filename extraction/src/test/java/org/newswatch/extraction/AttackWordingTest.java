package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Attacks the eighth round's dev notes told in shapes the engine did not read: a side's "members" ("gang members
 * attacked"), a vehicle that runs over or hits a bomb (the bomb's unnamed planter attacked), a drone strike as the
 * subject of "hit", fire of a kind ("opened harassing fire on"). Each sentence is written for this test; the actor is
 * the code the attack must carry ("-" for an attack whose author the sentence does not name).
 */
class AttackWordingTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Gang members attacked a police station in Croix-des-Bouquets in Haiti on Monday.|HTIREB",
        "Militia members stormed a checkpoint near Kirkuk in Iraq on Sunday.|IRQMIL",
        "Four policemen were killed when their pickup ran over an improvised explosive device near Mandera in Kenya.|-",
        "A military truck struck a roadside bomb near Kidal in Mali, wounding three soldiers.|-",
        "A drone strike hit a wedding party in the village of Bhurkot in Afghanistan, killing nine people.|-",
        "PKK militants opened harassing fire on a gendarmerie post in Hakkari in Turkey on Monday.|TURREB",
    })
    void theSentenceGivesItsAttack(String text, String actor) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        String want = actor.equals("-") ? null : actor;
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK && (want == null || want.equals(e.actor()))),
                es.toString());
    }

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Moscow said its forces had 'liberated' the village of Novomykhailivka in Ukraine on Tuesday.|Novomykhailivka",
    })
    void aQuotedCaptureVerbTakesItsPlace(String text, String place) {
        List<ExtractedEvent> es = extract("2024-10-09", text);
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE && place.equals(e.location())), es.toString());
    }

    @ParameterizedTest(name = "none <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The bus hit a pothole near Kidal in Mali, and two passengers were hurt.",
        "The new clinic opened its doors in Kano in Nigeria on Monday.",
        "The town of Saraqib came under regime control on Thursday in Syria.",
        "The minister came under heavy pressure from lawmakers in Kabul in Afghanistan on Monday.",
        "Jets struck an explosives depot near Idlib in Syria on Monday.",
    })
    void theSentenceGivesNoAttack(String text) {
        List<ExtractedEvent> es = extract("2023-05-10", text);
        assertEquals(0, es.stream().filter(e -> e.type() == EventType.ATTACK).count(), es.toString());
    }
}
