package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of victim phrases that the sixth round's dev set (monitor/feed, written blind by writer L as a monitor's
 * daily feed) showed the engine missing or miscounting. The sentences are our own; each asserts the figure a wrong
 * reading gets wrong, so that the sum of deaths comes out right.
 */
class FeedWordingTest {

    @Test
    void aTollWithItsPartAfterIncludingWithoutCommasIsTheWholeToll() {
        assertEquals(23L, killedSum(extract("2022-07-14", "Twenty-three people including three children died in"
                + " Vinnytsia in Ukraine on Thursday.")));
        assertEquals(23L, killedSum(extract("2022-07-14", "Twenty-three people including three children were killed in"
                + " Vinnytsia in Ukraine on Thursday.")));
    }

    @Test
    void theDisplacedAsVictimsKeepTheirFigureAndAreNoDisplacement() {
        List<ExtractedEvent> es = extract("2019-11-21", "Sixteen displaced persons died when a missile hit the Qah camp"
                + " in Syria on Wednesday.");
        assertEquals(16L, killedSum(es));
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT), es.toString());
        assertEquals(40L, killedSum(extract("2023-06-05", "Officials said 40 displaced people were killed in Ituri in"
                + " Congo last week.")));
    }

    @Test
    void theSecondOfTwoPassiveParticiplesHasTheSubjectOfBoth() {
        assertEquals(1L, killedSum(extract("2023-06-15", "The governor of West Darfur, Khamis Abakar, was abducted and"
                + " killed in El Geneina in Sudan on 14 June 2023.")));
        assertEquals(2L, killedSum(extract("2020-05-05", "Two aid workers were abducted and later shot dead in Daraa in"
                + " Syria on Monday.")));
        // ... but a participle without "was" before it is an active verb with its own object
        assertEquals(1L, killedSum(extract("2020-05-05", "Gunmen abducted and killed a teacher in Daraa in Syria on"
                + " Monday.")));
    }

    @Test
    void aPersonDescribedByAnOfPhraseAndHisCompanionAreTwo() {
        assertEquals(2L, killedSum(extract("2020-09-08", "Unknown gunmen killed a commander of the Russian-backed 8th"
                + " Brigade and his bodyguard near Busra al-Sham in Syria on Monday.")));
        assertEquals(2L, killedSum(extract("2020-11-10", "Unknown gunmen killed a member of the regime's Military"
                + " Security and his cousin near Umm Batinah in Syria on Monday.")));
    }

    @Test
    void aKillingNamedByANounCountsItsVictimsAfterOf() {
        ExtractedEvent e = find(extract("2020-08-10", "On 9 August 2020, IS claimed the assassination of a local SDF"
                + " official in Raqqa city in Syria."), EventType.KILLED, "SYRREB");
        assertEquals(1L, e.count());
        assertEquals(2L, killedSum(extract("2023-06-05", "Police are investigating the murder of two teachers in Zamfara"
                + " state in Nigeria.")));
        assertEquals(0L, killedSum(extract("2023-06-05", "The army completed the execution of its plan in Idlib in Syria"
                + " on Monday.")));
    }

    @Test
    void aSideThatLostItsFightersAndGroupsAlongWithOthersAreCounted() {
        List<ExtractedEvent> es = extract("2019-08-07", "The regime side lost 7 fighters near Kabani in Syria, while two"
                + " HTS members were killed.");
        assertEquals(7L, find(es, EventType.KILLED, "SYRMIL").count());
        assertEquals(9L, killedSum(es));
        assertEquals(47L, killedSum(extract("2019-05-22", "At least 29 regime soldiers and NDF members were killed in"
                + " Kafr Nabudah in Syria, along with 18 opposition fighters, according to a war monitor.")));
        assertEquals(3L, killedSum(extract("2020-07-14", "Two intelligence members and an attacker lost their lives in"
                + " the ensuing firefight in Daraa in Syria.")));
    }

    @Test
    void oneWoundedWhoLaterDiedIsOneDeadNotAlsoWounded() {
        List<ExtractedEvent> es = extract("2023-06-22", "On 21 June 2023, a policeman of the Salvation Government was"
                + " shot and wounded by unknown gunmen in Sarmada in Syria; he later died of his wounds in hospital.");
        assertEquals(1L, killedSum(es));
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.WOUNDED), es.toString());
        assertEquals("SYRMIL", find(es, EventType.KILLED, "SYRMIL").victim());
    }

    @Test
    void aTollRaisedInTheSentenceThatGaveItReplacesTheFirstFigure() {
        assertEquals(86L, killedSum(extract("2022-06-14", "Armed men attacked Seytenga in Burkina Faso in the night of 11"
                + " to 12 June 2022, killing dozens; the government first said 50 bodies were found, later raising the"
                + " toll to 86.")));
    }

    @Test
    void themAfterACountedObjectAndNeutralisedAggressorsAreCounted() {
        assertEquals(13L, killedSum(extract("2023-04-25", "A crowd in Port-au-Prince in Haiti pulled out 13 suspected"
                + " gang members and burned them to death.")));
        assertEquals(0L, killedSum(extract("2023-04-25", "Gunmen burned them to death in Port-au-Prince in Haiti.")),
                "a them with no counted object before is nobody we can count");
        assertEquals(19L, killedSum(extract("2024-10-22", "The Defence Ministry said 19 aggressors were 'neutralised'"
                + " and 5 detained in Culiacan in Mexico.")));
    }

    // classes the mixed dev notes (writer F) still showed, found while checking the feed's classes elsewhere

    @Test
    void anAppositionSayingWhoTheCountedWereKeepsTheirFigure() {
        assertEquals(2L, killedSum(extract("2023-06-08", "Two peacekeepers, one from Morocco and one from Gabon, were"
                + " killed on Wednesday when rebels attacked a patrol near Bangassou in the Central African Republic.")));
    }

    @Test
    void aPeriodInAnotherClauseDoesNotMakeTheFigureARunningTotal() {
        assertEquals(2L, killedSum(extract("2021-03-25", "Venezuelan troops and FARC dissidents have been fighting near"
                + " La Victoria in Venezuela since Sunday; the defence ministry said two soldiers were killed.")));
    }

    @Test
    void aPartOfATollGivenBeforeIsNoMoreDead() {
        assertEquals(62L, killedSum(extract("2022-03-27", "Gangs killed 62 people in El Salvador on Saturday alone; 14 of"
                + " the victims were killed in the department of La Libertad, police said.")));
    }

    // ... and the ACLED-style dev notes (writer I)

    @Test
    void aNamedPersonDescribedByATitleIsOne() {
        assertEquals(1L, killedSum(extract("2023-06-15", "Khamis Abakar, governor of West Darfur, was abducted and killed"
                + " in El Geneina in Sudan on 14 June 2023.")));
    }

    @Test
    void aCountedListWithPersonsByTheCommaAndAlongWithHisGuardsAreEachCounted() {
        assertEquals(8L, killedSum(extract("2020-01-02", "Five children, a teacher and two women were killed in Sarmin in"
                + " Syria on Wednesday.")));
        assertEquals(4L, killedSum(extract("2023-03-10", "The Taliban-appointed governor of Balkh, Mohammad Dawood"
                + " Muzammil, was killed along with two of his guards and a visitor when a suicide bomber blew himself up"
                + " in his office in Mazar-i-Sharif in Afghanistan on 9 March 2023.")));
        assertEquals(9L, killedSum(extract("2020-05-06", "Regime forces executed by firing squad nine police officers in"
                + " Muzayrib in Syria on 5 May 2020.")));
    }

    @Test
    void anotherSourcesTollOfTheSameDeadInTheSameSentenceIsNotAdded() {
        assertEquals(25L, killedSum(extract("2020-12-31", "State media said 25 passengers were killed and 13 wounded near"
                + " Kabajeb in Syria; SOHR put the soldiers' toll at 37.")));
    }

    // ... and the Syria dev notes (writer D)

    @Test
    void twoSidesDeadSetAgainstEachOtherAreBothCounted() {
        assertEquals(8L, killedSum(extract("2019-11-20", "SDF fighters thwarted an attempt by ISIS cells to infiltrate"
                + " Hajin in Syria overnight, killing 6 of the attackers, while 2 SDF fighters lost their lives in the"
                + " fighting.")));
    }

    @Test
    void aHeadlinesTollAndItsLeadsAreOneAndItsSourcesAreNoVictims() {
        assertEquals(5L, killedSum(extract("2019-11-21", "Iraq: Five PMF fighters killed in Islamic State attack north"
                + " of Baghdad - Islamic State militants attacked a PMF position near the town of Mukaishfa overnight,"
                + " killing five fighters and wounding four, a PMF statement said on Thursday.")));
        assertEquals(20L, killedSum(extract("2020-03-24", "Nigeria: Jihadists kill 20 soldiers in ambush near Monguno -"
                + " ISWAP fighters ambushed a military convoy near Monguno in Borno state on Monday, killing at least 20"
                + " soldiers, two military sources told AFP.")));
    }

    @Test
    void theBadiaOfATownIsTheTownsNotItalysBadia() {
        ExtractedEvent e = find(extract("2019-11-20", "ISIS cells attacked positions in the Badia of al-Mayadin late on"
                + " Tuesday, killing 5 soldiers."), EventType.KILLED, "SYRMIL");
        assertEquals("al-Mayadin", e.location());
    }

    // ... and the world dev notes (writer C)

    @Test
    void aFamilyCountedBeforeADashedListAndASidesOwnDeadAreCounted() {
        assertEquals(5L, killedSum(extract("2023-05-02", "On Monday 1 May 2023, a family of five - a retired teacher, his"
                + " wife and their three sons - was killed when an artillery shell landed on their house in Khartoum in"
                + " Sudan.")));
        assertEquals(11L, killedSum(extract("2022-05-04", "The SPLA-IO said it had repulsed an attack on its base at Nyal"
                + " in South Sudan, killing 9 attackers, while 2 of its own fighters died.")));
        assertEquals(3L, killedSum(extract("2023-04-28", "Residents of Port-au-Prince in Haiti caught three suspected"
                + " members of the Kraze Barye gang, beat them to death and set the bodies on fire.")));
    }

    @Test
    void aPersonNamedAsTheVictimIsOne() {
        // issue 18's first class, in its named form: a name, with or without a title, was no victim at all
        for (String text : List.of(
                "Presidential candidate Fernando Villavicencio was shot dead at a rally in Quito in Ecuador on Wednesday.",
                "Journalist Ahmed Ali was killed in Mogadishu in Somalia on Monday.",
                "Local councillor Ahmed Ali was shot dead in Mogadishu in Somalia on Monday.",
                "Gunmen shot dead Ahmed Ali in Mogadishu in Somalia on Monday.",
                "Gunmen killed local councillor Ahmed Ali in Mogadishu in Somalia on Monday.",
                "Ahmed Ali, 45, was shot dead in Mogadishu in Somalia on Monday.")) {
            List<ExtractedEvent> es = extract("2023-08-10", text);
            assertEquals(1L, killedSum(es), text + " " + es);
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.KILLED && e.victim().endsWith("REB")),
                    "the gunmen are not the victims: " + es);
        }
        // ... but a place or a one-word name alone is no person
        assertEquals(0L, killedSum(extract("2023-08-10", "Idlib was shelled on Monday.")));
    }

    @Test
    void aThirdWithItsOwnNounIsOneMoreOfThatSide() {
        List<ExtractedEvent> es = extract("2021-11-17", "Police said a third would-be bomber was shot and killed in"
                + " Nansana in Uganda on Tuesday.");
        assertEquals(1L, killedSum(es), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.KILLED && e.victim().endsWith("REB")), es.toString());
    }

    @Test
    void membersOfOneFamilyAreCountedByTheFigureBeforeOf() {
        assertEquals(4L, killedSum(extract("2020-01-10", "Gunmen killed four members of one family in Atmeh in Syria on"
                + " Friday.")));
        assertEquals(4L, killedSum(extract("2020-01-10", "Four members of one family, among them two children, were"
                + " killed by shelling on Atmeh in Syria on Friday.")));
    }
}
