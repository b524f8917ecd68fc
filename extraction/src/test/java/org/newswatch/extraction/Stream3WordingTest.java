package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of wording that the fourth incident stream (incidents-dev3, written blind) showed the engine reading
 * wrongly: the statements of armies and police, a monitor's name before its note, a slashed date, a compass word of a
 * demonym. The sentences are our own.
 */
class Stream3WordingTest {

    @Test
    void fatallyWoundedIsADeath() {
        List<ExtractedEvent> es = extract("2021-06-25", "A soldier was fatally wounded in an attack on a checkpoint in"
                + " Daraa in Syria on Tuesday.");
        assertEquals(1L, killedSum(es));
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.WOUNDED), es.toString());
        assertEquals(2L, killedSum(extract("2021-06-25", "Gunmen fatally shot two policemen in Zamfara in Nigeria on"
                + " Tuesday.")));
    }

    @Test
    void namesAndAParticipleClauseBetweenTheVictimsAndTheirVerb() {
        assertEquals(2L, killedSum(extract("2021-06-22", "During intense exchange of fire in North Waziristan in"
                + " Pakistan, two soldiers, Naik Zahid and Sepoy Imran, having fought gallantly, embraced shahadat.")));
        assertEquals(2L, killedSum(extract("2021-06-22", "Two journalists, Ahmed Ali and Omar Said, were killed in Gaza"
                + " on Monday.")));
    }

    @Test
    void soldiersWhoFellWithArmsInHandDied() {
        assertEquals(11L, killedSum(extract("2021-06-25", "An army unit was attacked near Tougan in Burkina Faso on"
                + " Thursday. Eleven soldiers fell with arms in hand.")));
    }

    @Test
    void aSlashedDateIsDayFirst() {
        List<ExtractedEvent> es = extract("2021-06-25", "On 24/06/2021 at about 0330hrs, armed men attacked the police"
                + " station in Orlu in Nigeria, killing two officers.");
        ExtractedEvent k = es.stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2021, 6, 24), k.date(), es.toString());
    }

    @Test
    void anAttackItsTargetSufferedIsAnAttackWhoeverMadeIt() {
        assertTrue(extract("2021-06-25", "A unit of the army was the target of an attack on Thursday about 15 km from"
                + " Tougan in Burkina Faso.").stream().anyMatch(e -> e.type() == EventType.ATTACK));
        assertTrue(extract("2021-06-25", "An army convoy came under attack near Tougan in Burkina Faso on Thursday.")
                .stream().anyMatch(e -> e.type() == EventType.ATTACK));
        // ... not one only feared
        assertTrue(extract("2021-06-25", "The minister warned that the capital could be the target of an attack.")
                .stream().noneMatch(e -> e.type() == EventType.ATTACK));
    }

    @Test
    void aStatementsClauseThatOpensOnItsDayCarriesThatDay() {
        List<ExtractedEvent> es = extract("2021-06-25", "The State Police Command wishes to inform the public that on"
                + " 24/06/2021 at about 0330hrs, armed hoodlums attacked the police headquarters in Orlu in Nigeria."
                + " Two gallant officers paid the supreme price.");
        ExtractedEvent k = es.stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2021, 6, 24), k.date(), es.toString());
    }

    @Test
    void aTollToldOnTheDayOfItsStatementTakesTheDayTheNextSentenceGivesItsVictims() {
        List<ExtractedEvent> es = extract("2023-06-16", "Two Congolese soldiers were killed in an ambush by ADF rebels in"
                + " Ituri, the army said Friday. The soldiers were escorting vehicles on the Komanda road on Thursday when"
                + " they came under fire.");
        ExtractedEvent k = es.stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2023, 6, 15), k.date(), es.toString());
        // ... not a day the next sentence gives something else
        es = extract("2023-06-16", "Two Congolese soldiers were killed in an ambush by ADF rebels in Ituri, the army said"
                + " Friday. Aid groups said on Thursday that talks would resume.");
        k = es.stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2023, 6, 16), k.date(), es.toString());
    }

    @Test
    void aMonitorsNameBeforeItsNoteIsNoPlace() {
        List<ExtractedEvent> es = extract("2021-06-23", "SOHR: Unidentified gunmen shot dead a young man in Daraa"
                + " al-Balad in Syria this evening.");
        assertTrue(es.stream().noneMatch(e -> "SOHR".equalsIgnoreCase(e.location())), es.toString());
    }

    @Test
    void aCompassWordOfADemonymIsNoPlace() {
        List<ExtractedEvent> es = extract("2021-06-25", "Eleven soldiers were killed when militants ambushed an army"
                + " patrol in northwestern Burkina Faso on Thursday, the latest in a string of attacks in the West"
                + " African country this month.");
        assertTrue(es.stream().noneMatch(e -> "West".equals(e.location())), es.toString());
        // the ambush is one attack; the string of attacks this month is another thing, not its running total
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK && !Boolean.TRUE.equals(e.cumulative())),
                es.toString());
        // ... while a compass word of a place's name still names it
        assertFalse(extract("2021-06-25", "Israeli forces killed two men in the West Bank on Monday.").stream()
                .noneMatch(e -> "West Bank".equals(e.location())));
    }
}
