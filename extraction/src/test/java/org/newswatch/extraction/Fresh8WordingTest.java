package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of wording that the thirteenth round's dev set showed the engine missing: monitor/fresh8 (writer U), blind
 * for one round and retired to tuning when writer V's set replaced it. The sentences are our own.
 */
class Fresh8WordingTest {

    private static List<ExtractedEvent> killed(List<ExtractedEvent> events) {
        return events.stream().filter(e -> e.type() == EventType.KILLED).toList();
    }

    @Test
    void aSideThatLostSomeOfItsOwnLostMen() {
        // the killers' figure and their own dead, told in one breath
        assertEquals(29L, killedSum(extract("2020-01-20", "Government troops said they had killed 22 Houthi fighters "
                + "near Nehm and lost seven of their own.")));
        assertEquals(4L, killedSum(extract("2020-01-20", "The army lost four of its own in clashes near Kibirizi.")));
        // what a side calls its own need not be men
        assertEquals(0L, killedSum(extract("2020-01-20", "The farmers lost much of their own land to the river.")));
    }

    @Test
    void aVagueDaysAfterFollowingTheTriggerDatesAnotherEvent() {
        // the truce is "days" before; the killing is on the stated Wednesday
        List<ExtractedEvent> k = killed(extract("2020-01-16", "Air strikes on Wednesday hit a crowded market in Idlib "
                + "city, killing 18 people, rescue workers said, days after Russia and Turkey announced a truce."));
        assertEquals(1, k.size(), k.toString());
        assertEquals(LocalDate.of(2020, 1, 15), k.get(0).date());
    }

    @Test
    void aBigTownBeforeVillageWithNothingElseToGoByIsTheRegionsTown() {
        // "Idlib village": a village of Idlib, not a reason to read no country at all
        List<ExtractedEvent> k = killed(extract("2019-07-24", "Air strikes kill 9 in Idlib village. Russian warplanes"
                + " struck the village of Maarat Harma in southern Idlib late on Tuesday, killing nine civilians."));
        assertTrue(!k.isEmpty());
        k.forEach(e -> assertEquals("SYRCVL", e.victim(), e.toString()));
    }

    @Test
    void aFigureInQuotesIsStillTheFigure() {
        assertEquals(10L, killedSum(extract("2024-05-13", "The defence ministry said \"about 10\" insurgents were "
                + "killed near Macomia.")));
        // a quoted word before the victims counts nothing, and no speaker before it becomes a victim
        List<ExtractedEvent> k = killed(extract("2025-01-09", "Jihadists killed 28 soldiers near Karimama on "
                + "Wednesday. An earlier statement from the government spokesman had spoken of \"several\" soldiers "
                + "killed."));
        assertEquals(28L, killedSum(k));
        k.forEach(e -> assertTrue(e.victim().endsWith("MIL"), e.toString()));
    }

    @Test
    void theNineAreTheDeadToldBefore() {
        assertEquals(9L, killedSum(extract("2020-05-05", "Gunmen killed nine policemen in the town of Muzayrib on "
                + "Monday. A local activist network said the nine were killed in the town square after a gunfight.")));
        // nine more, in another place and a separate ambush, are more dead
        assertEquals(18L, killedSum(extract("2020-05-05", "Gunmen killed nine policemen in the town of Muzayrib on "
                + "Monday. In Daraa, nine soldiers were killed in a separate ambush.")));
    }

    @Test
    void aTollThatThenStoodOrHadStoodWasReplaced() {
        assertEquals(100L, killedSum(extract("2022-10-31", "Two car bombs killed at least 100 people in Mogadishu on "
                + "Saturday. Police said on Saturday night that the toll then stood at 30.")));
        assertEquals(111L, killedSum(extract("2020-01-20", "A missile attack killed 111 Yemeni soldiers in Marib on "
                + "Saturday. The toll had stood at 83 on Sunday.")));
        assertEquals(40L, killedSum(extract("2022-06-07", "Gunmen killed 40 people in Owo on Sunday, revising earlier "
                + "estimates of more than 50 dead.")));
        assertEquals(71L, killedSum(extract("2019-12-12", "Jihadists killed 71 soldiers in Inates on Tuesday. An "
                + "earlier statement on Wednesday had put the army's losses at 25 dead.")));
        // a toll that now stands at a figure is the figure
        assertEquals(30L, killedSum(extract("2022-10-31", "Police said the toll from Saturday's car bombs in Mogadishu "
                + "stood at 30.")));
    }

    @Test
    void theUnAgencyThatSpeaksOfTheDeadIsNotThem() {
        List<ExtractedEvent> k = killed(extract("2020-02-17", "The UN humanitarian office said 16 dead had been found in"
                + " burned houses in Ngarbuh."));
        assertEquals(1, k.size(), k.toString());
        assertTrue(!k.get(0).victim().equals("IGOUNO"), k.toString());
    }

    @Test
    void kinCompanionsEldersAndTouristsArePeople() {
        assertEquals(1L, killedSum(extract("2020-08-05", "The elder succumbed to his wounds in hospital on Monday.")));
        assertEquals(26L, killedSum(extract("2025-04-23", "Gunmen killed 26 tourists in Pahalgam on Tuesday.")));
        List<ExtractedEvent> w = extract("2019-07-27", "Houthi forces shelled the Sala district of Taiz city with "
                + "mortar rounds, killing a child and wounding his mother and 2 siblings.").stream()
                .filter(e -> e.type() == EventType.WOUNDED).toList();
        assertEquals(1, w.size(), w.toString());
        assertEquals(3L, w.get(0).count());
    }

    @Test
    void anEpisodeOfUpToThreeDaysIsOneIncident() {
        List<ExtractedEvent> three = killed(extract("2020-11-10", "In three days of fighting, 40 soldiers were killed "
                + "near Kaya."));
        assertEquals(1, three.size(), three.toString());
        assertTrue(!three.get(0).cumulative(), three.toString());
        // ten days of fighting span several incidents: a running total
        List<ExtractedEvent> ten = killed(extract("2020-11-10", "In ten days of fighting, 40 soldiers were killed "
                + "near Kaya."));
        assertEquals(1, ten.size(), ten.toString());
        assertTrue(ten.get(0).cumulative(), ten.toString());
    }

    @Test
    void theDeadOfAnAttackOnACampOfTheDisplacedAreRefugees() {
        List<ExtractedEvent> k = killed(extract("2022-01-08", "An air strike on a camp for displaced people in "
                + "Ethiopia's Tigray region killed 56 people late on Friday, aid workers said."));
        assertEquals(1, k.size(), k.toString());
        assertEquals("ETHREF", k.get(0).victim());
        // a flood that names a camp in passing kills civilians, and Jenin's camp is a town
        List<ExtractedEvent> flood = killed(extract("2022-08-12", "Flash floods killed 11 people in Hajjah governorate "
                + "on Sunday, while dozens of families in displacement camps lost their tents."));
        assertEquals("YEMCVL", flood.get(0).victim(), flood.toString());
        List<ExtractedEvent> jenin = killed(extract("2023-07-04", "Israeli forces raided the Jenin refugee camp on "
                + "Monday, killing a 17-year-old boy, the Palestinian health ministry said."));
        assertEquals("PSECVL", jenin.get(0).victim(), jenin.toString());
    }

    @Test
    void listItemsAfterANamedCommanderAndAServiceMembersCompound() {
        assertEquals(2L, killedSum(extract("2024-07-04", "An Israeli drone strike near Tyre on Wednesday killed a senior "
                + "Hezbollah field commander, Mohammed Nasser, and another member of the group.")));
        assertEquals(85L, killedSum(extract("2021-08-27", "Gunmen attacked crowds outside Kabul airport on Thursday, "
                + "killing 72 civilians and 13 U.S. service members.")));
    }

    @Test
    void aKillingADayBeforeNewsWithoutViolenceIsTheNews() {
        assertEquals(160L, killedSum(extract("2019-03-25", "Mali's government dismissed the army chief of staff on "
                + "Sunday, a day after gunmen killed at least 160 Fulani villagers in the village of Ogossagou.")));
        // clashes days after a killing: the killing is their background
        assertEquals(0L, killedSum(extract("2019-03-25", "Clashes broke out in Daraa on Sunday, days after a commander "
                + "was killed in Tafas.")));
    }

    @Test
    void aPartNamedAfterTheGroupWithAmongThemIsSkipped() {
        assertEquals(84L, killedSum(extract("2022-03-05", "At least 84 people, women and children among them, were "
                + "killed in Gao on Friday.")));
    }

    @Test
    void groupsOfTheMonitorsNotesAreArmedGroups() {
        List<ExtractedEvent> k = killed(extract("2022-03-05", "Troops killed four suspected Dawlah Islamiyah members "
                + "in Lanao del Sur on Friday."));
        assertEquals(1, k.size(), k.toString());
        assertEquals("PHLREB", k.get(0).victim());
    }

    @Test
    void martyringInfiltratorsAndADeathAmongTheInjured() {
        List<ExtractedEvent> k = killed(extract("2023-06-13", "A Turkish drone targeted a car east of Qamishlo on "
                + "Tuesday, martyring two fighters of the Syrian Democratic Forces."));
        assertEquals(2L, killedSum(k));
        k = killed(extract("2023-06-14", "Two infiltrators were killed as the Army foiled an infiltration bid in "
                + "Kupwara district."));
        assertTrue(k.get(0).victim().endsWith("REB"), k.toString());
        // the one who died was among the injured of the toll: no more dead, no new wounded
        List<ExtractedEvent> zurmi = extract("2023-06-14", "The number of people killed in Tuesday's bandit attack in "
                + "Zurmi has risen to six, after one of the injured died in hospital, a local official said.");
        assertEquals(6L, killedSum(zurmi), zurmi.toString());
        assertTrue(zurmi.stream().noneMatch(e -> e.type() == EventType.WOUNDED), zurmi.toString());
        // on a later day, one more dead
        assertEquals(6L, killedSum(extract("2023-06-14", "Gunmen killed five people in Zurmi on Tuesday. On Wednesday, "
                + "one of the injured died in hospital.")));
    }

    @Test
    void anAttackTwoDaysBeforeTheNewsIsItsBackground() {
        List<ExtractedEvent> es = extract("2023-06-15", "Two Iraqi soldiers were injured on Thursday when an explosive "
                + "device went off near their patrol in al-Tarmiyah district, two days after a deadly ISIS attack in the "
                + "same area.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK && "IRQREB".equals(e.actor())
                && LocalDate.of(2023, 6, 13).equals(e.date())), es.toString());
    }

    @Test
    void seizedWeaponsAndSchoolgirlsAreNoTerritory() {
        assertTrue(extract("2021-05-07", "Police said they had seized six rifles, 16 pistols and a large quantity of "
                + "drugs in Jacarezinho.").stream().noneMatch(e -> e.type() == EventType.CAPTURE));
        assertTrue(extract("2021-05-07", "Boko Haram jihadists seized 276 schoolgirls in Chibok.").stream()
                .noneMatch(e -> e.type() == EventType.CAPTURE));
        assertTrue(extract("2021-05-07", "Rebels seized the town of Kiwanja on Tuesday.").stream()
                .anyMatch(e -> e.type() == EventType.CAPTURE));
    }

    @Test
    void theSubjectOfTheNextClauseIsNoMoreObjects() {
        List<ExtractedEvent> es = extract("2021-05-07", "A blast in Kirkuk killed two people and 20 people were hurt.");
        assertEquals(2L, killedSum(es), es.toString());
        assertEquals(20L, es.stream().filter(e -> e.type() == EventType.WOUNDED).findFirst().orElseThrow().count());
        // an object list stays one
        assertEquals(8L, killedSum(extract("2021-05-07", "Shelling killed 5 soldiers and 3 civilians in Idlib.")));
    }

    @Test
    void sevenOfTheAttackersAreNoRestatementOfTheSoldiersToll() {
        assertEquals(18L, killedSum(extract("2022-05-08", "Militants attacked a station in Sinai on Saturday, killing 11 "
                + "soldiers. The military said troops had chased the attackers and killed seven of them.")));
        // a bare figure a source gives for the same soldiers is the toll told again
        assertEquals(11L, killedSum(extract("2022-05-08", "Militants attacked a station in Sinai on Saturday, killing "
                + "11 soldiers. The military said 12 had been killed.")));
    }

    @Test
    void theGuardsOfACommanderAreOfHisSide() {
        List<ExtractedEvent> k = killed(extract("2020-08-13", "Gunmen killed a commander of the Syrian Democratic Forces"
                + " and two of his guards near al-Busayrah."));
        assertEquals(1, k.size(), k.toString());
        assertEquals(3L, k.get(0).count());
        assertEquals("SYRREB", k.get(0).victim());
        // his children are not armed men of his side
        assertEquals(2, killed(extract("2020-08-13", "Gunmen killed a soldier and two of his children near Daraa."))
                .size());
    }

    @Test
    void aTollWithNoVictimsOfItsOwnCountsTheNamedDead() {
        List<ExtractedEvent> k = killed(extract("2020-02-28", "Turkish troops killed in air strike in Syria's Idlib as "
                + "toll climbs to 33"));
        assertEquals(1, k.size(), k.toString());
        assertEquals("TURMIL", k.get(0).victim());
        assertEquals(33L, k.get(0).count());
    }

    @Test
    void theReviewsCounterExamples() {
        // "the three" of a separate attack elsewhere are not the three told before
        assertEquals(6L, killedSum(extract("2021-11-01", "Gunmen killed three soldiers in Kidal on Monday. In a separate "
                + "attack in Gao on Tuesday, the three passengers of a bus were killed.")));
        // what "of its own" names after it was lost, not men
        assertEquals(0L, killedSum(extract("2021-11-01", "The army lost three of its own helicopters near Bakhmut.")));
        // a camp that is a military camp holds no displaced
        List<ExtractedEvent> k = killed(extract("2021-11-01", "Rebel shelling of a military camp sparked displacement "
                + "in Goma and killed five civilians."));
        assertEquals("CODCVL", k.get(0).victim(), k.toString());
        // soldiers of a front are soldiers at a place
        assertEquals("Bakhmut", killed(extract("2021-11-01", "Two Ukrainian soldiers of the Bakhmut front were killed on"
                + " Monday.")).get(0).location());
        // "a day after 500 fighters seized Wuchale": the seizure was the day before the stated day
        List<ExtractedEvent> caps = extract("2021-11-01", "Rebels said on 31 October they had captured Haik, a day after "
                + "500 fighters seized Wuchale.").stream().filter(e -> e.type() == EventType.CAPTURE).toList();
        assertTrue(caps.stream().anyMatch(e -> "Wuchale".equals(e.location())
                && LocalDate.of(2021, 10, 30).equals(e.date())), caps.toString());
    }

    @Test
    void traineesOfAForceAndBareMembersOfTheUnitAttacked() {
        List<ExtractedEvent> k = killed(extract("2024-09-18", "Militants attacked a training school in Bamako, killing at"
                + " least 77 gendarmerie students."));
        assertEquals("MLIMIL", k.get(0).victim(), k.toString());
        assertEquals("NGACVL", killed(extract("2024-09-18", "Gunmen killed 12 students in Kaduna.")).get(0).victim());
        k = killed(extract("2021-05-07", "HTS fighters ambushed an NDF patrol near Hama, killing two members."));
        assertEquals("SYRMIL", k.get(0).victim(), k.toString());
        // members a demonym or an "of" phrase already places keep it
        assertTrue(killed(extract("2021-05-07", "Two Filipino sailors and a Vietnamese crew member were killed when a "
                + "missile hit their ship.")).stream().anyMatch(e -> "VNMCVL".equals(e.victim())));
    }

    @Test
    void aUnitNamedByItsOrdinalAndTheSideAManJoined() {
        assertEquals("SYRMIL", killed(extract("2020-06-18", "Gunmen killed 5 soldiers of the 4th Division near Maadan."))
                .get(0).victim());
        List<ExtractedEvent> k = killed(extract("2020-06-18", "Unknown gunmen shot dead a former opposition commander "
                + "who had joined the Russian-backed 5th Corps near Tafas."));
        assertEquals("SYRMIL", k.get(0).victim(), k.toString());
        // a former commander who joined nobody stays his group's
        assertEquals("SYRREB", killed(extract("2020-06-18", "Unknown gunmen shot dead a former opposition commander "
                + "near Tafas.")).get(0).victim());
    }
}
