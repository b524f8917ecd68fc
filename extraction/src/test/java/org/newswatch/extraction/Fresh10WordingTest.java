package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.of;
import static org.newswatch.extraction.MonitorWordingTest.killedSum;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of wording that the fifteenth round's dev set showed the engine missing: monitor/fresh10 (writer W), blind
 * for one round and retired to tuning when writer X's set replaced it. The sentences are our own.
 */
class Fresh10WordingTest {

    @Test
    void aDatelineDayBeforeASpelledTollIsNoRange() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2021-03-09", "BAMAKO, March 9 - Thirty-three soldiers "
                + "were killed in an ambush near Tessit on Sunday, the army said."));
        assertEquals(1, k.size(), k.toString());
        assertEquals(33L, k.get(0).count());
        // a written range is still a range, its low end the figure
        List<ExtractedEvent> r = of(EventType.KILLED, extract("2021-03-09", "Between 12 - 15 soldiers were killed in "
                + "an ambush near Tessit on Sunday."));
        assertEquals(1, r.size(), r.toString());
        assertEquals(12L, r.get(0).count());
    }

    @Test
    void aHeadlineTollWhoseLeadNamesTheVictimsIsTheLeadsToll() {
        List<ExtractedEvent> e = extract("2022-08-14", "Rocket hits bus station in Yemen's Taiz, 11 dead\n\n"
                + "ADEN, Aug 14 - A rocket struck a crowded bus station in the city of Taiz on Saturday, killing 11 people,"
                + " local officials said.");
        assertEquals(11L, killedSum(e), e.toString());
        assertTrue(of(EventType.KILLED, e).stream().allMatch(k -> "YEMCVL".equals(k.victim())), e.toString());
        // a second sentence that is no lead (the first is long) tells another toll
        List<ExtractedEvent> two = extract("2022-08-14", "A rocket struck a crowded bus station in the city of Taiz "
                + "on Saturday morning as travellers waited for the buses to Aden, killing 11 people, officials said. "
                + "In Marib, shelling killed 11 soldiers on Sunday.");
        assertEquals(22L, killedSum(two), two.toString());
    }

    @Test
    void aSecondVictimAfterTheFirstOnesClauseIsCounted() {
        List<ExtractedEvent> e = extract("2019-10-14", "Gunmen stopped a car near Tal Tamr on Saturday and shot dead a "
                + "man who headed the local water board, along with his driver.");
        assertEquals(2L, killedSum(e), e.toString());
        // a person named inside the clause is no second victim
        List<ExtractedEvent> one = extract("2019-10-14", "Gunmen stopped a car near Tal Tamr on Saturday and shot dead"
                + " a man who had run the water board with his brother for a decade.");
        assertEquals(1L, killedSum(one), one.toString());
    }

    @Test
    void victimsOfTwoPlacesInOneListAreTwoLines() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2019-10-14", "Air raids hit the Ghab plain on Saturday,"
                + " killing a farmer and his son in Qastoun and four children in Ziyara."));
        assertEquals(2, k.size(), k.toString());
        assertEquals(6L, killedSum(k));
        // with no place between them the items of one code are one line, their sum
        List<ExtractedEvent> one = of(EventType.KILLED, extract("2019-10-14", "Air raids hit Qastoun on Saturday, "
                + "killing a farmer and his son and four children."));
        assertEquals(1, one.size(), one.toString());
        assertEquals(6L, one.get(0).count());
    }

    @Test
    void victimsAccusedOfSomethingAreStillTheVictims() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2024-02-10", "Residents said 9 young men suspected of "
                + "collaborating with the RSF were executed by militiamen in Um Ruwaba."));
        assertEquals(1, k.size(), k.toString());
        assertEquals(9L, k.get(0).count());
        assertEquals("SDNCVL", k.get(0).victim());
    }

    @Test
    void anIncidentOpenedByAWeekEarlierIsBackground() {
        List<ExtractedEvent> e = extract("2022-06-14", "Gunmen killed 30 villagers in Seytenga on Saturday, the "
                + "government said. A week earlier, jihadists had killed 11 soldiers in an ambush near Dori.");
        assertEquals(30L, killedSum(e), e.toString());
        // "Two days earlier" may still open the story's own days: not background
        List<ExtractedEvent> d = extract("2022-06-14", "Gunmen killed 30 villagers in Seytenga on Saturday, the "
                + "government said. Two days earlier, jihadists had killed 11 soldiers in an ambush near Dori.");
        assertEquals(41L, killedSum(d), d.toString());
    }

    @Test
    void aTollToldAfterTheRiseButDatedBeforeItWasReplaced() {
        List<ExtractedEvent> e = extract("2023-12-27", "The toll from Sunday's attacks on villages in Bokkos has risen "
                + "to 120, the local council said on Wednesday. On Monday, officials gave a toll of 80 dead.");
        assertEquals(120L, killedSum(e), e.toString());
        List<ExtractedEvent> s = extract("2023-12-27", "The toll from Sunday's attacks on villages in Bokkos has risen "
                + "to 120, the local council said on Wednesday. Amnesty said on Tuesday that at least 100 people had "
                + "been killed.");
        assertEquals(120L, killedSum(s), s.toString());
        // a later incident of its own, told by no source and with no toll word, stays
        List<ExtractedEvent> o = extract("2023-12-27", "The toll from Sunday's attacks on villages in Bokkos has risen "
                + "to 120, the local council said on Wednesday. On Tuesday gunmen killed 5 farmers in Mangu.");
        assertEquals(125L, killedSum(o), o.toString());
    }

    @Test
    void theLastDaysFigureIsATallyButADaysBattleIsNot() {
        List<ExtractedEvent> t = of(EventType.KILLED, extract("2024-05-20", "The army said its troops had killed about"
                + " 40 militants across the region over the past 24 hours."));
        assertEquals(1, t.size(), t.toString());
        assertTrue(t.get(0).cumulative(), t.toString());
        List<ExtractedEvent> b = of(EventType.KILLED, extract("2024-05-20", "The monitor said 19 rebels had been "
                + "killed in 24 hours of fighting around the town."));
        assertEquals(1, b.size(), b.toString());
        assertTrue(!b.get(0).cumulative(), b.toString());
        List<ExtractedEvent> n = of(EventType.KILLED, extract("2024-05-20", "Shelling killed 7 civilians in Kherson "
                + "over the past night, the governor said."));
        assertEquals(1, n.size(), n.toString());
        assertTrue(!n.get(0).cumulative(), n.toString());
    }

    @Test
    void aMunitionNobodyOwnsIsAnAttackByNobodyNamed() {
        List<ExtractedEvent> a = of(EventType.ATTACK, extract("2021-06-06", "A ballistic missile struck a fuel station "
                + "in the city of Marib on Saturday, killing 9 people."));
        assertEquals(1, a.size(), a.toString());
        assertEquals(null, a.get(0).actor());
        // a side's word before the munition, or a country, names its owner
        List<ExtractedEvent> army = of(EventType.ATTACK, extract("2021-06-06", "An army drone struck a gathering of "
                + "militants near Markoye on Monday."));
        assertEquals(1, army.size(), army.toString());
        assertEquals("BFAMIL", army.get(0).actor());
        List<ExtractedEvent> ru = of(EventType.ATTACK, extract("2021-06-06", "A Russian missile struck a school in "
                + "Kharkiv on Monday."));
        assertEquals("RUSMIL", ru.get(0).actor());
    }

    @Test
    void aTollThatIsTheSumOfTheGroupsToldIsNoMoreDead() {
        List<ExtractedEvent> e = extract("2019-11-21", "Israeli strikes on Damascus kill 19 fighters, monitor says\n\n"
                + "Israel said it struck dozens of targets around Damascus early on Wednesday. The Observatory said the "
                + "strikes killed 12 foreign fighters and seven members of the Syrian forces, bringing the toll to 19.");
        assertEquals(19L, killedSum(e), e.toString());
        assertEquals(2, of(EventType.KILLED, e).size(), e.toString());
        // a toll raised by one group is still the incident's toll, the group part of it
        List<ExtractedEvent> one = extract("2019-11-21", "Two more of the wounded died on Thursday, raising the toll to "
                + "14.");
        assertEquals(14L, killedSum(one), one.toString());
    }

    @Test
    void theDayATollRoseOnIsNotTheDayOfTheDead() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2021-12-07", "The death toll from Saturday's eruption of "
                + "Mount Semeru rose to 34 on Tuesday, officials said."));
        assertEquals(1, k.size(), k.toString());
        assertEquals(java.time.LocalDate.of(2021, 12, 4), k.get(0).date());
        // the day a source spoke, further on, still dates a toll told with no other day
        List<ExtractedEvent> said = of(EventType.KILLED, extract("2023-12-28", "The number of people killed in attacks "
                + "on villages in Plateau state has risen to 148, a local official said on Wednesday."));
        assertEquals(1, said.size(), said.toString());
        assertEquals(java.time.LocalDate.of(2023, 12, 27), said.get(0).date());
    }

    @Test
    void peopleKilledInABuildingShelteringTheDisplacedAreTheDisplaced() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2024-08-10", "An air strike hit a school sheltering "
                + "displaced families in Deir al-Balah on Saturday, killing 31 people, medics said."));
        assertEquals(1, k.size(), k.toString());
        assertEquals("PSEREF", k.get(0).victim());
        // victims the text calls civilians stay civilians; a base "hosting" troops shelters no displaced
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2020-01-30", "Russian jets bombed a poultry farm "
                + "sheltering displaced people near Maarat Misrin, killing 15 civilians."));
        assertEquals("SYRCVL", c.get(0).victim());
        List<ExtractedEvent> b = of(EventType.KILLED, extract("2020-01-30", "Rockets hit a base hosting coalition "
                + "troops near Erbil, killing 2 people."));
        assertTrue(b.stream().noneMatch(e -> e.victim().endsWith("REF")), b.toString());
    }

    @Test
    void aTollOfASpanWrittenAsOneWordIsARunningTotal() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2023-12-04", "The five-month siege that followed left "
                + "more than 1,100 people dead."));
        assertEquals(1, k.size(), k.toString());
        assertTrue(k.get(0).cumulative(), k.toString());
        // a battle of days is one incident; an age is no span
        assertTrue(!of(EventType.KILLED, extract("2023-12-04", "A three-day battle left 40 soldiers dead.")).get(0)
                .cumulative());
        assertTrue(!of(EventType.KILLED, extract("2023-12-04", "A two-year-old girl was killed in the shelling."))
                .get(0).cumulative());
    }

    @Test
    void dev3Classes() {
        // forces that "storm" a town name no weather
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2022-10-14", "Three Palestinians killed, 20 injured as "
                + "Israeli forces storm Nablus"));
        assertEquals(org.newswatch.contracts.Cause.VIOLENCE, k.get(0).cause(), k.toString());
        assertEquals(org.newswatch.contracts.Cause.DISASTER, of(EventType.KILLED, extract("2022-10-14", "A storm "
                + "killed 12 people in Bangladesh on Friday.")).get(0).cause());
        // a headline of two stories: each its cause
        List<ExtractedEvent> h = of(EventType.KILLED, extract("2022-10-14", "Taliban say 30 resistance fighters killed"
                + " in Panjshir; floods kill 12\n\nThe fighting took place in the Abshar district, a spokesman said."));
        assertTrue(h.stream().anyMatch(e -> e.count() == 30L && e.cause() == org.newswatch.contracts.Cause.VIOLENCE),
                h.toString());
        // "the number of the dead" of the story is its toll, not a running total; the war's is
        List<ExtractedEvent> n = of(EventType.KILLED, extract("2019-12-28", "\"The number of the dead has risen to "
                + "61,\" a police officer told Reuters."));
        assertTrue(!n.get(0).cumulative(), n.toString());
        List<ExtractedEvent> w = of(EventType.KILLED, extract("2019-12-28", "The number of the dead in the war has "
                + "risen to 5,000, the ministry said."));
        assertTrue(w.get(0).cumulative(), w.toString());
        // "the Somali capital Mogadishu" is a place, no government doing the killing
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2019-12-28", "A car bomb exploded at a checkpoint in the "
                + "Somali capital Mogadishu on Saturday, killing 9 people."));
        assertEquals(null, c.get(0).actor(), c.toString());
    }

    @Test
    void anIncidentFewDaysBeforeWithADayOfItsOwnIsNews() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2020-01-07", "Five police officers were killed when their"
                + " vehicle hit a bomb in Lamu on Monday. The attack came two days after suspected militants killed five"
                + " villagers in Salama on Saturday night."));
        assertEquals(10L, killedSum(k), k.toString());
        // with no day of its own it is the setting of the news
        List<ExtractedEvent> b = of(EventType.KILLED, extract("2020-01-07", "Five police officers were killed when their"
                + " vehicle hit a bomb in Lamu on Monday. The attack came two days after suspected militants killed five"
                + " villagers in Salama."));
        assertEquals(5L, killedSum(b), b.toString());
    }

    @Test
    void aTollOfTheSamePeriodIsARunningTotal() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2020-06-20", "Since the beginning of June, the monitor "
                + "has documented the death of 43 civilians in shelling. On the other side, 21 regime soldiers have been "
                + "killed by rebel fire in the same period."));
        assertTrue(k.stream().allMatch(ExtractedEvent::cumulative), k.toString());
    }

    @Test
    void dev2Classes() {
        // a group named with its acronym in brackets before "and" is still counted
        List<ExtractedEvent> a = extract("2023-04-27", "Ten personnel of the District Reserve Guard (DRG) and a civilian "
                + "driver were killed when Maoists blew up their vehicle.");
        assertEquals(11L, killedSum(a), a.toString());
        // a headline's list without "and"
        assertEquals(11L, killedSum(extract("2023-04-27", "Ten soldiers, a driver killed in blast")));
        assertEquals(4L, killedSum(extract("2023-04-27", "Traditional chief, three guards killed in Cameroon")));
        // ... but a body sentence's comma is no list of the dead
        assertEquals(3L, killedSum(extract("2023-04-27", "In the village, three guards were killed on Monday.")));
        // a headline toll the body tells again, paragraphs on, is the body's
        List<ExtractedEvent> h = extract("2021-12-10", "Truck carrying migrants overturns in Chiapas, killing 55; "
                + "gunmen kill six in Zacatecas\n\nA truck packed with migrants flipped over on a highway in Chiapas on "
                + "Thursday, killing at least 55 people, officials said.\n\nSeparately, gunmen opened fire on a family "
                + "gathering in the town of Valparaiso late Wednesday, killing six people.");
        assertEquals(61L, killedSum(h), h.toString());
        // "in the first 10 days of fighting" is a period
        assertTrue(of(EventType.KILLED, extract("2023-11-07", "The alliance said it had killed about 180 troops in the "
                + "first 10 days of fighting.")).get(0).cumulative());
    }

    @Test
    void aTollGivenByGroupAfterAColonIsItsGroups() {
        List<ExtractedEvent> k = of(EventType.KILLED, extract("2020-01-07", "The monitor said 19 people were killed: 12"
                + " foreign fighters, most of them Afghans, five Syrian soldiers and two civilians."));
        assertEquals(3, k.size(), k.toString());
        assertEquals(19L, killedSum(k));
        // groups that do not add up to the toll are no breakdown of it
        List<ExtractedEvent> n = of(EventType.KILLED, extract("2020-01-07", "The monitor said 19 people were killed: 12"
                + " foreign fighters and five Syrian soldiers were among them."));
        assertTrue(n.stream().anyMatch(e -> e.count() == 19L), n.toString());
    }

    /** A read-only review of the round's classes (a helper) wrote these counter-examples; each was a wrong answer. */
    @Test
    void theReviewsCounterExamples() {
        // a breakdown after "including" is no list of more groups
        assertEquals(20L, killedSum(extract("2024-03-04", "An airstrike killed 20 people, including five children, three "
                + "women and two elderly men, in Idlib on Monday.")));
        // a headline is not the sum of a separate incident's victims
        List<ExtractedEvent> h = extract("2024-03-04", "Two soldiers killed in Kashmir gunfight\n\nTwo soldiers were "
                + "killed in a gunfight with militants in Kupwara on Friday, the army said. In a separate incident in "
                + "Baramulla on Friday, a militant and a civilian were killed.");
        assertEquals(4L, killedSum(h), h.toString());
        // a source's toll of another city after a rise stays
        List<ExtractedEvent> r = extract("2024-03-04", "The death toll from the drone strike on an apartment block in "
                + "Odesa has risen to 20, officials said on Monday. On Tuesday, the Kharkiv governor said a Russian drone "
                + "attack on the city had killed 4 people.");
        assertEquals(24L, killedSum(r), r.toString());
        // "the number of the Palestinians killed" is a people's running total
        assertTrue(of(EventType.KILLED, extract("2024-03-04", "The number of the Palestinians killed in Gaza has risen "
                + "to 31,184, the health ministry said.")).get(0).cumulative());
        // the day a source spoke gives no day of its own to a background killing
        assertEquals(0L, killedSum(extract("2024-03-04", "Clashes erupted in Daraa days after a rebel commander was "
                + "killed in an ambush, the Syrian Observatory for Human Rights said on Sunday.")));
        // a truce of two weeks is no period of the dead
        assertTrue(!of(EventType.KILLED, extract("2024-03-04", "A two-week truce collapsed on Sunday when M23 rebels "
                + "killed 4 soldiers near Goma.")).get(0).cumulative());
        // a response to a proposal, payment for a mosque: no threats
        assertEquals(0, of(EventType.THREAT, extract("2024-03-04", "Hamas said it would receive the Israeli response "
                + "to the ceasefire proposal on Monday.")).size());
        assertEquals(0, of(EventType.THREAT, extract("2024-03-04", "Iran will pay for the reconstruction of the "
                + "damaged mosque, the ambassador said.")).size());
        // the attackers suspected of something are not the dead of the next clause
        assertTrue(of(EventType.KILLED, extract("2024-03-04", "Five gunmen suspected of belonging to ISWAP ambushed a "
                + "convoy and three soldiers were killed near Maiduguri.")).stream()
                .noneMatch(e -> e.victim().endsWith("REB")));
        // a city hosting the displaced is no shelter of the dead
        assertTrue(of(EventType.KILLED, extract("2024-03-04", "Kharkiv, a city hosting thousands of displaced people, "
                + "was hit by Russian missiles on Monday, killing 5 people.")).stream()
                .noneMatch(e -> e.victim().endsWith("REF")));
    }
}
