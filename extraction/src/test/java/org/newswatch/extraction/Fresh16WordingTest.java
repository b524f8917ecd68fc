package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.of;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of wording that the twenty-first round's dev set showed the engine getting wrong: monitor/fresh16 (writer
 * AC), blind for one round and retired to tuning when writer AD's set replaced it. The sentences are our own.
 */
class Fresh16WordingTest {

    @Test
    void aLeadTollOfBothSidesIsTheSumOfTheSidesToldAfterIt() {
        // "from both sides" says the lead holds every side; the sides' tolls told the day before are its parts
        List<ExtractedEvent> e = extract("2022-11-14", "KHARTOUM, Nov 14 - At least 45 fighters from both sides were "
                + "killed in two days of fighting around the town of Bara, military sources said on Monday.\n\n"
                + "The army said 20 of its soldiers died on Sunday, and the RSF said 25 of its men were killed.");
        assertEquals(45L, killedSum(e), e.toString());
        // a lead toll of one side's fighters is not the sum of other tolls, even when they add up to it
        List<ExtractedEvent> one = extract("2022-11-14", "KHARTOUM, Nov 14 - At least 45 RSF fighters were killed in "
                + "fighting around the town of Bara, military sources said on Monday.\n\nThe army said 20 of its "
                + "soldiers died, and medics said 25 civilians were killed in shelling.");
        assertEquals(90L, killedSum(one), one.toString());
    }

    @Test
    void aSidesOwnMenAreNotAPartOfTheDeadToldBefore() {
        // "12 of their soldiers" is the army's own dead, a side of the lead's toll; "two of the victims" is a part
        List<ExtractedEvent> e = extract("2021-06-03", "At least 30 people from both sides died in clashes near "
                + "Tessit on Wednesday. Officials said 12 of their soldiers and 18 militants were killed.");
        assertEquals(30L, killedSum(e), e.toString());
        List<ExtractedEvent> part = extract("2021-06-03", "Gunmen killed 9 villagers near Tessit on Wednesday. "
                + "Two of the victims were children.");
        assertEquals(9L, killedSum(part), part.toString());
    }

    @Test
    void aTallyOfLastYearOpeningItsSentenceIsBackground() {
        List<ExtractedEvent> e = extract("2020-09-29", "A roadside bomb killed 4 soldiers in Kandahar on Monday. Last "
                + "year more than 3,000 civilians were killed in the war, the UN mission said.");
        assertEquals(4L, killedSum(e), e.toString());
        // "last year's" names a thing of last year; a day told nearer the killing is the killing's
        List<ExtractedEvent> truce = extract("2020-09-29", "Last year's truce collapsed on Monday when gunmen killed 4 "
                + "soldiers in Kandahar.");
        assertEquals(4L, killedSum(truce), truce.toString());
    }

    @Test
    void aTollRaisedOnALaterDayReplacesTheFirstAndKeepsTheDeedsDay() {
        List<ExtractedEvent> e = extract("2021-03-12", "On 10 March 2021, a car bomb exploded at a bus station in "
                + "Azaz, killing at least 18 people; the toll was raised the next day to 23.");
        List<ExtractedEvent> killed = of(EventType.KILLED, e);
        assertEquals(1, killed.size(), e.toString());
        assertEquals(23L, killed.get(0).count());
        assertEquals(LocalDate.of(2021, 3, 10), killed.get(0).date());
        // a toll "rose on Friday to" another incident's figure in a later sentence of other dead stays its own
        List<ExtractedEvent> other = extract("2021-03-12", "On 10 March 2021, a car bomb exploded at a bus station in "
                + "Azaz, killing at least 18 people. In Afrin, gunmen killed 3 policemen at a checkpoint on Thursday.");
        assertEquals(21L, killedSum(other), other.toString());
    }

    @Test
    void aLeadTollOfTwoDaysIsTheSumOfEachDaysDead() {
        // "on Saturday and Sunday": Saturday's dead and Sunday's "more" dead are its parts
        List<ExtractedEvent> e = extract("2019-07-09", "N'DJAMENA, July 9 - At least 26 people were killed on "
                + "Saturday and Sunday in clashes between two clans near the village of Mangalme, officials said.\n\n"
                + "Sixteen people died on Saturday, a local chief said. On Sunday the fighting spread to two other "
                + "villages, where 10 more were killed.");
        assertEquals(26L, killedSum(e), e.toString());
        // a lead of one day does not take the next day's dead as its parts
        List<ExtractedEvent> oneDay = extract("2019-07-09", "N'DJAMENA, July 9 - At least 26 people were killed on "
                + "Saturday in clashes between two clans near the village of Mangalme, officials said.\n\n"
                + "On Monday gunmen killed 16 herders near Ati, and 10 more were killed in Abeche.");
        assertEquals(52L, killedSum(oneDay), oneDay.toString());
    }

    @Test
    void anotherSourcesHigherFigureIsNotMoreDead() {
        // "Another said more than 60 had died": another witness's figure for the same dead
        List<ExtractedEvent> e = extract("2022-11-25", "Gunmen killed at least 35 people in an attack on villages in "
                + "Gida Kiremu district on Thursday, a local official said. Another resident said more than 50 had died.");
        assertEquals(35L, killedSum(e), e.toString());
        // "another attack" in the later sentence is another incident, its dead added
        List<ExtractedEvent> other = extract("2022-11-25", "Gunmen killed at least 35 people in an attack on villages "
                + "in Gida Kiremu district on Thursday, a local official said. In another attack on Friday, gunmen killed "
                + "12 people near Nekemte.");
        assertEquals(47L, killedSum(other), other.toString());
    }

    @Test
    void theSameLargeTollToldWithTheTellingsDayIsOneToll() {
        // the toll told on Friday and the bodies counted on Thursday night: 48 dead, not 96
        List<ExtractedEvent> e = extract("2023-05-05", "Two days of clashes between rival groups left at least 48 "
                + "people dead in Imphal, officials said on Friday. A police officer said at least 48 bodies were in "
                + "hospital mortuaries on Thursday night.");
        assertEquals(48L, killedSum(e), e.toString());
        // the same figure of a separate incident is other dead
        List<ExtractedEvent> separate = extract("2023-05-05", "Clashes left at least 48 people dead in Imphal on "
                + "Thursday, officials said. In a separate attack on Friday, 48 people were killed in Churachandpur.");
        assertEquals(96L, killedSum(separate), separate.toString());
    }

    @Test
    void aKillingOfLastMonthByNameIsBackground() {
        List<ExtractedEvent> e = extract("2019-09-29", "Jihadists attacked an army camp at Boulkessi on Monday, killing "
                + "38 soldiers. Last March, gunmen killed 23 soldiers at Dioura.");
        assertEquals(38L, killedSum(e), e.toString());
        // "the last march" of protesters is no month
        List<ExtractedEvent> march = extract("2019-09-29", "Police shot dead 3 protesters in Bamako on Monday during "
                + "the last march of the opposition.");
        assertEquals(3L, killedSum(march), march.toString());
    }

    @Test
    void aHeadlinesDeadliestSinceIsNoRunningTotal() {
        // headlines drop the article: "in deadliest attack since 2018 deal" ranks the attack, it spans no time
        List<ExtractedEvent> e = extract("2020-06-18", "Gunmen kill seven soldiers in eastern Syria in deadliest "
                + "attack since 2019 truce\n\nGunmen ambushed an army bus near Mayadin on Wednesday, killing seven "
                + "soldiers, state media said.");
        assertEquals(7L, killedSum(e), e.toString());
        // a headline toll "since" a day, with no superlative, is a running total
        List<ExtractedEvent> since = extract("2020-06-18", "Gunmen kill 70 soldiers in eastern Syria since March\n\n"
                + "Gunmen ambushed an army bus near Mayadin on Wednesday, killing seven soldiers, state media said.");
        assertEquals(7L, killedSum(since), since.toString());
    }

    @Test
    void theDayASourceSpokeAfterTheDeedIsNotTheDeedsDay() {
        List<ExtractedEvent> e = extract("2018-12-05", "Separatist rebels stormed a camp of road workers in Nduga "
                + "regency on Sunday and shot at least 12 of them dead, police said on Wednesday.");
        assertEquals(LocalDate.of(2018, 12, 2), of(EventType.KILLED, e).get(0).date(), e.toString());
        // a statement's day told before the deed, with no day of the deed's own, stays the event's day
        List<ExtractedEvent> told = extract("2024-01-17", "The Arakan Army said on Tuesday that its fighters had "
                + "killed 12 soldiers in Paletwa since Sunday.");
        assertEquals(LocalDate.of(2024, 1, 16), of(EventType.KILLED, told).get(0).date(), told.toString());
    }

    @Test
    void aTallyOfLastYearIsBackgroundOfTodaysNews() {
        // an annual report's figure "last year" is no death of the note's day
        List<ExtractedEvent> e = extract("2024-03-08", "JUBA, March 8 - Gunmen killed 3 herders near Bor on Thursday, "
                + "officials said. Violence against civilians rose last year, with 1,500 people killed in attacks by "
                + "armed groups, the UN mission said on Friday.");
        assertEquals(3L, killedSum(e), e.toString());
        // "last week" is no year's end: a killing of last week in a report of this week stays
        List<ExtractedEvent> week = extract("2024-03-08", "JUBA, March 8 - Gunmen killed 3 herders near Bor on "
                + "Thursday, officials said. Gunmen also killed 7 villagers near Pibor last week, the UN mission said.");
        assertEquals(10L, killedSum(week), week.toString());
    }

    @Test
    void theReviewsCounterExamples() {
        // "both sides" as a later clause's subject says nothing of the soldiers' toll
        List<ExtractedEvent> clause = extract("2024-03-12", "Eight soldiers were killed when both sides clashed near "
                + "Kidal on Monday, the army said. Five rebels and three civilians were also killed in the fighting, "
                + "residents said.");
        assertEquals(16L, killedSum(clause), clause.toString());
        // the same large figure a day apart in two towns is two incidents
        List<ExtractedEvent> towns = extract("2024-03-12", "Gunmen killed 12 villagers in Zurmi on Monday, police said. "
                + "On Tuesday, bandits killed 12 worshippers at a mosque in Gusau, residents said.");
        assertEquals(24L, killedSum(towns), towns.toString());
        // a headline's "in first week since", "in latest wave of attacks since" span time
        List<ExtractedEvent> week = extract("2024-03-12", "Air strikes kill 120 in Gaza in first week since truce "
                + "collapse\n\nIsraeli air strikes killed 20 people in Rafah on Monday, medics said.");
        assertEquals(20L, killedSum(week), week.toString());
        List<ExtractedEvent> wave = extract("2024-03-12", "Jihadists kill 60 soldiers in latest wave of attacks since "
                + "March\n\nJihadists ambushed a convoy near Djibo on Monday, killing 12 soldiers, the army said.");
        assertEquals(12L, killedSum(wave), wave.toString());
        // a raised toll keeps its own sentence's day, not an older toll's of another day
        List<ExtractedEvent> raised = extract("2024-03-12", "Gunmen killed 40 people in Zurmi on 4 March, police said. "
                + "On Monday, gunmen killed 46 people in Zurmi, and the toll was later raised to 50.");
        assertEquals(LocalDate.of(2024, 3, 11), of(EventType.KILLED, raised).get(0).date(), raised.toString());
        // two days of another clause do not make the lead a sum of those days' tolls
        List<ExtractedEvent> days = extract("2024-03-12", "Bandits killed 9 people in Zurmi on Monday, days after "
                + "deadly clashes on Saturday and Sunday, police said. On Sunday, herders killed 4 farmers near Zurmi. "
                + "On Monday, bandits killed 5 traders at the Zurmi market.");
        assertEquals(18L, killedSum(days), days.toString());
        // civilians killed inside a military camp are no displaced people
        List<ExtractedEvent> camp = extract("2024-03-12", "Jihadists stormed a military camp in Kidal on Monday, "
                + "killing three civilian contractors inside the camp, the army said.");
        assertEquals("MLICVL", of(EventType.KILLED, camp).get(0).victim(), camp.toString());
    }

    @Test
    void thePeopleOfATownOfANamedCountryAreThatCountrysNotTheAttackersHome() {
        // a Lebanese group's rockets on a town of Israel the text names: the dead civilians are Israel's
        List<ExtractedEvent> e = extract("2023-06-17", "Hezbollah fired rockets at Metula in northern Israel on "
                + "Saturday, killing 2 people, the army said.");
        assertEquals("ISRCVL", of(EventType.KILLED, e).get(0).victim(), e.toString());
        // a town of the attackers' own country keeps its civilians
        List<ExtractedEvent> home = extract("2023-06-17", "Hezbollah fired rockets at Israeli positions from Aitaroun "
                + "in southern Lebanon on Saturday; an Israeli strike on the village later killed 2 people there.");
        assertEquals("LBNCVL", of(EventType.KILLED, home).get(0).victim(), home.toString());
    }
}
