package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Eleventh round (monitor/dev3 articles): when a toll is the report's own incident, a running total or the story's
 * background. Background incidents dated weeks before the story, tolls over a span of days or a whole war, one
 * figure for "killed or wounded", and a present perfect that reports one incident.
 */
class TimeAndTotalsTest {

    private static List<ExtractedEvent> extract(String text, String day) {
        return GeneralRulesTest.extract(day, text);
    }

    private static List<ExtractedEvent> killed(String text, String day) {
        return extract(text, day).stream().filter(e -> e.type() == EventType.KILLED).toList();
    }

    @Test
    void anIncidentDatedLongBeforeTheStoryIsItsBackground() {
        String text = "A truck bomb exploded at a checkpoint in Mogadishu on Saturday, killing 76 people, police said. "
                + "In October 2017, a truck bomb at a busy Mogadishu junction killed more than 500 people.";
        List<ExtractedEvent> es = killed(text, "2019-12-28");
        assertEquals(List.of(76L), es.stream().map(ExtractedEvent::count).toList(), es.toString());
        // a day stated in full, two years before the story's day
        es = killed("Gunmen killed 12 villagers in Zamfara on Monday. On 14 October 2017, a bomb killed 587 people "
                + "in Mogadishu.", "2019-12-28");
        assertEquals(List.of(12L), es.stream().map(ExtractedEvent::count).toList(), es.toString());
    }

    @Test
    void aMonthNamedWithoutItsYearIsTheLatestSuchMonth() {
        // a story of 9 December: "In October" is last October, weeks before, so background
        List<ExtractedEvent> es = killed("Gang members killed at least 184 people in Cite Soleil over the weekend. "
                + "In October, members of another gang killed at least 115 people in the town of Pont-Sonde.",
                "2024-12-09");
        assertEquals(List.of(184L), es.stream().map(ExtractedEvent::count).toList(), es.toString());
        // a story of 14 June: "In November" is the November before
        es = killed("Militants attacked an army base in Mansila on Tuesday, killing 30 soldiers. In November, "
                + "militants killed at least 70 people in the village of Zaongo.", "2024-06-14");
        assertEquals(List.of(30L), es.stream().map(ExtractedEvent::count).toList(), es.toString());
        // the story's own month is no background
        es = killed("Militants attacked an army base in Mansila on 12 June, killing 30 soldiers. Earlier in June, "
                + "militants killed at least 70 people in the village of Zaongo.", "2024-06-14");
        assertEquals(List.of(30L, 70L), es.stream().map(ExtractedEvent::count).toList(), es.toString());
    }

    @Test
    void aNoteAboutAnOldIncidentStillGivesItsEvent() {
        // the reference is the story's own latest day, not the report's: a note filed years later is still news
        List<ExtractedEvent> es = killed("On 14 October 2017, a truck bomb killed 587 people in Mogadishu.",
                "2024-06-01");
        assertEquals(1, es.size(), es.toString());
        assertEquals(LocalDate.of(2017, 10, 14), es.get(0).date());
    }

    @Test
    void anOffensiveLaunchedWeeksAgoIsStillTheStory() {
        List<ExtractedEvent> es = extract("Army units restored security to Maarat al-Numan on Tuesday. The army "
                + "launched its operations in the southern countryside of Idlib on December 19.", "2020-01-29");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.OFFENSIVE), es.toString());
    }

    @Test
    void aLaterClauseDayIsNotTheDayOfTheFigureBeforeIt() {
        List<ExtractedEvent> es = killed("On March 15, gunmen ambushed vehicles returning from a market in "
                + "Banibangou, killing 66 people, and on January 2 around 100 were killed in Tchoma Bangou.",
                "2021-03-23");
        ExtractedEvent k66 = es.stream().filter(e -> e.count() == 66L).findFirst().orElseThrow(() ->
                new AssertionError(es.toString()));
        assertEquals(LocalDate.of(2021, 3, 15), k66.date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In Brooklyn, clashes between rival gangs between 8 and 29 July killed at least 209 people.",
        "The insurgency killed more than 40,000 people between 2009 and 2015.",
        "Air strikes killed at least 280 people between January and March, the UN said.",
        "The MILF fought the government for decades in a conflict that killed an estimated 120,000 people.",
        "The war killed more than 300,000 civilians, the UN said.",
        "Since 10 May, at least 226 people have been killed and more than 1,400 injured in the city."})
    void aTollOverASpanOfDaysOrAWholeWarIsARunningTotal(String text) {
        List<ExtractedEvent> es = extract(text, "2024-06-14").stream()
                .filter(e -> e.type() == EventType.KILLED || e.type() == EventType.WOUNDED).toList();
        assertFalse(es.isEmpty(), text);
        es.forEach(e -> assertTrue(Boolean.TRUE.equals(e.cumulative()), e.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Clashes between the army and rebels killed 12 people near Kidal on Monday.",
        "Five people have been killed in an air strike on the market in Maarat al-Numan, residents said.",
        "At least 12 soldiers have been killed in the ambush near Boni in Mali.",
        "The fighting killed 12 soldiers near Kidal on Monday.",
        "Insurgents have killed four farmers in a village about 35 kilometres from Maiduguri in Nigeria."})
    void oneIncidentsTollIsNoRunningTotal(String text) {
        List<ExtractedEvent> es = killed(text, "2024-06-14");
        assertFalse(es.isEmpty(), text);
        es.forEach(e -> assertFalse(Boolean.TRUE.equals(e.cumulative()), e.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ukraine's General Staff said Russian forces had lost 1,270 troops killed or wounded in the past day.",
        "Some 1,270 Russian troops were killed or wounded in the past day, Ukraine said.",
        "About 40 soldiers were wounded or killed in the assault on the base, officials said."})
    void oneFigureForKilledOrWoundedIsNeither(String text) {
        List<ExtractedEvent> es = extract(text, "2024-05-26").stream()
                .filter(e -> e.type() == EventType.KILLED || e.type() == EventType.WOUNDED).toList();
        assertEquals(List.of(), es, text);
    }

    @Test
    void killedAndWoundedWithTheirOwnFiguresStayTwoTolls() {
        List<ExtractedEvent> es = extract("Shelling killed 5 soldiers and wounded 12 others near Avdiivka on "
                + "Sunday.", "2024-05-26");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.KILLED && e.count() == 5L), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.WOUNDED && e.count() == 12L), es.toString());
    }
}
