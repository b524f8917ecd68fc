package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Classes of KILLED and WOUNDED wording, and of casualty causes, of the twenty-fourth rules round (dev set fresh17,
 * checked on the others). The sentences are our own.
 */
class CasualtyWordingRound24Test {

    private static long count(List<ExtractedEvent> es) {
        long n = 0;
        for (ExtractedEvent e : es) {
            n += e.count() == null ? 0 : e.count();
        }
        return n;
    }

    @Test
    void fireTearingThroughHomesIsNoTearGas() {
        // "tear" names violence only before "gas": "as fires tear through homes" is the fire
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2023-08-10", "The death toll from bush fires on the "
                + "island of Evia rose to 14 on Thursday as the flames tear through pine forests and villages."));
        assertTrue(!e.isEmpty() && e.stream().allMatch(x -> x.cause() != Cause.VIOLENCE), e.toString());
        // counter-example: police firing tear gas at a crowd is violence
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2023-08-10", "Two protesters died in Nairobi on "
                + "Thursday after police fired tear gas and live rounds at the crowd."));
        assertTrue(!c.isEmpty() && c.stream().allMatch(x -> x.cause() == Cause.VIOLENCE), c.toString());
    }

    @Test
    void ringOfFireIsNoWeaponFire() {
        // "of fire" is weapon fire only after "exchange", "hail" and the like
        List<ExtractedEvent> e = extract("2023-02-10", "A strong earthquake killed 9 people on the island of "
                + "Sulawesi on Friday. The country lies on the Pacific Ring of Fire and is hit by quakes often.");
        assertTrue(of(EventType.ATTACK, e).isEmpty(), e.toString());
        assertTrue(of(EventType.KILLED, e).stream().allMatch(x -> x.cause() == Cause.DISASTER), e.toString());
        // counter-example: an exchange of fire is a clash
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2023-02-10", "Two soldiers died in an exchange of "
                + "fire with gunmen near the border on Friday."));
        assertTrue(!c.isEmpty() && c.stream().allMatch(x -> x.cause() == Cause.VIOLENCE), c.toString());
    }

    @Test
    void puttingTheDeadAtAFigureIsAToll() {
        // "put the dead at 66": "the dead" for "the toll"; a wrong engine reads no figure
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2022-10-03", "Security forces fired on worshippers "
                + "in Zahedan on Friday. A rights group later put the dead at 41, among them several children."));
        assertEquals(41L, count(e), e.toString());
        // counter-example: putting the dead somewhere is no figure
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2022-10-03", "Villagers put the dead in a mass "
                + "grave near the river on Saturday."));
        assertEquals(0L, count(c), c.toString());
    }

    @Test
    void victimsListedAfterAmongThemAreTheTollByGroup() {
        // "N were killed, among them X, Y and Z" adding up to N: each group its line, their sum the toll
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2021-06-14", "Gunmen stormed a town hall in Zamora on "
                + "Monday. Officials said 5 people were killed, among them a Federal Police officer, a civilian and 3 "
                + "gunmen."));
        assertEquals(3, e.size(), e.toString());
        assertEquals(5L, count(e), e.toString());
        // counter-example: a part restated inside the toll adds nothing and splits nothing
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2021-06-14", "An air strike hit a market in Zamora on "
                + "Monday. Officials said 12 people were killed, among them 4 children."));
        assertEquals(1, c.size(), c.toString());
        assertEquals(12L, count(c), c.toString());
    }

    @Test
    void aPartOfAWholeCountsThePart() {
        // "killing 19 of the 43 people on board": 19 dead, not the 43 aboard
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2022-11-07", "A ferry overturned on Lake Kivu on "
                + "Sunday, killing 7 of the 52 people on board."));
        assertEquals(7L, count(e), e.toString());
        List<ExtractedEvent> own = of(EventType.KILLED, extract("2022-11-07", "Gunmen ambushed a convoy near Djibo, "
                + "killing 4 of its 20 escorts."));
        assertEquals(4L, count(own), own.toString());
        // counter-example: a part of no counted whole keeps its figure
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2022-11-07", "Gunmen ambushed a convoy near Djibo, "
                + "killing 4 of the escorts."));
        assertEquals(4L, count(c), c.toString());
    }

    @Test
    void aTotalBroughtToBeforeItsVictimsIsTheirCount() {
        // "bringing to 229 the civilians killed since April": the running total, counted before its victims
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2019-06-01", "Air strikes on Maarrat al-Numan killed "
                + "6 civilians on Friday, bringing to 140 the civilians killed in the province since the start of May."));
        assertTrue(e.stream().anyMatch(x -> x.cumulative() && Long.valueOf(140L).equals(x.count())), e.toString());
        assertEquals(6L, count(e.stream().filter(x -> !x.cumulative()).toList()), e.toString());
        // counter-example: the incident's own figure is untouched by a total with no bringing verb
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2019-06-01", "Air strikes on Maarrat al-Numan killed "
                + "6 civilians on Friday."));
        assertEquals(6L, count(c), c.toString());
    }

    @Test
    void strayFireIsGunfire() {
        // "killed by stray fire": bullets, not a blaze
        List<ExtractedEvent> e = of(EventType.KILLED, extract("2019-03-02", "Rebel factions fought for the town of "
                + "Atarib on Saturday and a woman was killed by stray fire in her home."));
        assertTrue(!e.isEmpty() && e.stream().allMatch(x -> x.cause() == Cause.VIOLENCE), e.toString());
        // counter-example: a house fire is an accident
        List<ExtractedEvent> c = of(EventType.KILLED, extract("2019-03-02", "A woman was killed when a fire broke out "
                + "in her home in Atarib on Saturday."));
        assertTrue(!c.isEmpty() && c.stream().allMatch(x -> x.cause() == Cause.ACCIDENT), c.toString());
    }
}
