package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import org.junit.jupiter.api.Test;

/**
 * Classes of wording that the twelfth round's dev set showed the engine missing: monitor/fresh7 (writer Q), blind
 * until this round and retired to tuning when writer U's set replaced it. The sentences are our own.
 */
class Fresh7WordingTest {

    @Test
    void theKillersLaterClaimIsNoSecondToll() {
        // the first stated figure is the toll; the group's claim a day later is the same dead
        assertEquals(40L, killedSum(extract("2024-06-14", "Militants attacked an army base in the town of Mansila on "
                + "Tuesday, killing at least 40 soldiers, security sources said. The group claimed the attack on "
                + "Wednesday, saying it had taken the base and killed 57 soldiers.")));
        // a claim for another place is another toll
        assertEquals(97L, killedSum(extract("2024-06-14", "Militants attacked an army base in the town of Mansila on "
                + "Tuesday, killing at least 40 soldiers, security sources said. The group said on Wednesday it had "
                + "killed 57 soldiers in Djibo.")));
    }

    @Test
    void aGroupThatLostFightersIsTheSubjectOfThePronoun() {
        assertEquals(7L, killedSum(extract("2024-06-14", "JNIM claimed the attack on the base. It said it had lost 7 "
                + "of its fighters.")));
        assertEquals(0L, killedSum(extract("2024-06-14", "Herders fled the area. They said they lost 30 cows.")));
    }
}
