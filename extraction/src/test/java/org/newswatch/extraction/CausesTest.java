package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/** The cause words of {@code en/causes.tsv} and the cause they give a casualty, in a sentence and an article. */
class CausesTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    @Test
    void theWordListIsLowerCaseAndCoversEveryNonUnknownCause() {
        assertTrue(Causes.WORDS.size() > 100, "words: " + Causes.WORDS.size());
        Causes.WORDS.keySet().forEach(w -> assertEquals(w.toLowerCase(Locale.ROOT), w));
        for (Cause c : List.of(Cause.VIOLENCE, Cause.DISASTER, Cause.ACCIDENT, Cause.DISEASE)) {
            assertTrue(Causes.WORDS.containsValue(c), c.toString());
        }
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @CsvSource(delimiter = '|', value = {
        "DISASTER|Flash floods killed 14 people in Kasese district on Monday.",
        "DISASTER|A landslide killed 9 villagers in Rubavu.",
        "ACCIDENT|A bus plunged into a gorge near Mandi, killing 11 passengers.",
        "ACCIDENT|A building collapsed in Lagos on Monday, killing 9 people.",
        "ACCIDENT|A tractor-trailer packed with migrants flipped over on a highway near Tuxtla, killing 20 people.",
        "ACCIDENT|Seven people died after drinking illicit brew in Kirinyaga.",
        "DISEASE|Cholera has killed 23 people in Idlib camps this month.",
        "VIOLENCE|Gunmen killed four villagers in Borno despite heavy rains.",
        "VIOLENCE|An IS cell ambushed a bus near Palmyra, killing 5 passengers.",
        "VIOLENCE|Two soldiers were killed when their truck hit a landmine in Daraa.",
        "ACCIDENT|Four soldiers died when their troop truck overturned near Kaya; the army said the convoy was not attacked.",
        "DISASTER|Soldiers and firefighters recovered 27 bodies after rain buried houses in Yaounde.",
        "ACCIDENT|A gas leak, not a drone or missile, caused the blast that killed 3 residents in Kyiv.",
        "ACCIDENT|The bomb disposal squad found no trace of explosives after a cylinder blast killed 2 people in Quetta.",
        "DISASTER|The defence ministry said 25 soldiers were killed while fighting the flames of a wildfire near Tizi Ouzou.",
        "VIOLENCE|SDF members opened fire on a car at a checkpoint near Al-Busayrah, killing the driver.",
        "VIOLENCE|Gunmen opened fire on a bus near Katari, causing it to overturn and killing 3 passengers.",
        "VIOLENCE|Rebels set fire to houses in Masala and killed 41 civilians.",
        "VIOLENCE|SDF fire from Tal Tamr hit the village of Bab al-Khayr, killing a member of the Hamza Division.",
        "VIOLENCE|Israeli fire killed two fishermen off the coast of Khan Younis on Monday.",
        "ACCIDENT|A fire in a crowded market killed 12 people in Onitsha on Monday.",
        "VIOLENCE|Five peacekeepers were killed on Wednesday when their car came under fire near the village of Janyatag.",
        "ACCIDENT|An explosion at a fuel depot near Stepanakert, where people were queueing for petrol, killed 68 people.",
        "ACCIDENT|A woman and her two children died of suffocation from the fumes of a coal heater inside their tent in Sarmada.",
        "VIOLENCE|A drone struck a fuel depot in Novorossiysk, killing two workers.",
        "DISEASE|Typhoid has killed 14 people in the camps around Maiduguri since January.",
        "ACCIDENT|Four members of one family died of smoke inhalation in Idlib on Monday.",
        "ACCIDENT|An inferno at a garment factory in Dhaka killed 17 workers on Thursday.",
        "DISASTER|Extreme heat killed 12 pilgrims near Mecca on Monday.",
        "VIOLENCE|A roadside mine struck a minibus carrying civilians in Gereshk on Friday, killing 11 passengers.",
        "ACCIDENT|A gold mine collapsed in Kenieba on Friday, killing 11 miners.",
        "VIOLENCE|Police said they had killed 12 rioters who tried to storm a police station in Taraz."})
    void aCasualtyTakesTheCauseItsSentenceNames(Cause cause, String text) {
        List<ExtractedEvent> casualties = extract(text).stream()
                .filter(e -> e.type() == EventType.KILLED || e.type() == EventType.WOUNDED).toList();
        assertTrue(!casualties.isEmpty(), text);
        casualties.forEach(e -> assertEquals(cause, e.cause(), e.toString()));
        if (cause != Cause.VIOLENCE) {
            assertTrue(extract(text).stream().noneMatch(e -> e.type() == EventType.ATTACK), text);
        }
    }

    @Test
    void settingAPlaceOnFireIsArson() {
        List<ExtractedEvent> es = extract("On 2 June 2021, gunmen stormed a nightclub in Leon, set the building on fire"
                + " and killed 9 people.");
        assertEquals(Cause.VIOLENCE, es.stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow()
                .cause(), es.toString());
    }

    @Test
    void theWordsOfAVolcanoNameADisaster() {
        // "erupted" alone is no cause (clashes erupt too); the volcano's crater is
        List<ExtractedEvent> es = extract("Mount Sinabung erupted on Sunday.\n\nRescuers found 4 hikers dead near the"
                + " crater; 7 others were evacuated with burns.");
        assertTrue(es.stream().filter(e -> e.type() == EventType.KILLED || e.type() == EventType.WOUNDED)
                .allMatch(e -> e.cause() == Cause.DISASTER), es.toString());
    }

    @Test
    void aSentenceWithoutACauseTakesTheArticles() {
        List<ExtractedEvent> es = extract("Heavy rains lashed the coast for three days.\n\nOfficials said 31 people died"
                + " in Mombasa.");
        assertEquals(Cause.DISASTER, es.get(0).cause());
        assertEquals(Cause.VIOLENCE, extract("Militants stormed a village on Monday.\n\nOfficials said 31 people died in"
                + " Mombasa.").stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow().cause());
    }

    private static List<ExtractedEvent> extract(String text) {
        Instant t = Instant.parse("2024-05-06T00:00:00Z");
        return EXTRACTOR.extract(new Article(1, "c", null, null, null, null, t, Article.LIVE, text, null));
    }
    @Test
    void freezingToDeathIsACasualtyOfTheCold() {
        // ninth round: "froze to death" gave no event at all
        List<ExtractedEvent> es = extract("On 17 January 2020, a baby girl froze to death in her family's tent near"
                + " Atmeh in Syria.");
        ExtractedEvent killed = es.stream().filter(e -> e.type() == EventType.KILLED).findFirst().orElseThrow();
        assertEquals(1L, killed.count());
        assertEquals(Cause.DISASTER, killed.cause(), es.toString());
    }
}
