package org.newswatch.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newswatch.extraction.text.Sentence;

/** What the rules know about one article while they read it. */
final class ArticleContext {

    final String text;
    final List<Sentence> sentences;
    /** The report day: undated current totals get it. */
    final LocalDate articleDate;
    /** Reference for weekday names: the latest day the page states, when a day or two after the report day. */
    final LocalDate weekdayRef;
    final List<List<DateMention>> dates = new ArrayList<>();
    final List<List<Party>> mentions = new ArrayList<>();
    final List<List<Places.Mention>> places = new ArrayList<>();
    /** Date a sentence carries to the next ones (the last day it states, or one carried into it). */
    final List<LocalDate> carried = new ArrayList<>();
    final Map<String, Integer> placeFrequency = new java.util.LinkedHashMap<>(); // in the order of the text
    /** Places resolved with the article's country as bias, by name as written. */
    final Map<String, org.newswatch.extraction.geo.GeoMatch> resolved = new HashMap<>();
    /** Place names written before an administrative noun ("Hajjah province"). */
    final java.util.Set<String> regions = new java.util.HashSet<>();
    /** The kind of division the noun after a region's name says ("Niger state": ADMIN1, "Hays district": ADMIN2). */
    final Map<String, org.newswatch.extraction.geo.PlaceKind> regionKinds = new HashMap<>();
    /** Places the text puts another place in ("Tillaberi" in "Tchomabangou (Tillaberi)"). */
    final java.util.Set<String> containers = new java.util.LinkedHashSet<>();
    /** Parts of a town the text names by it ("the Tayouneh area of Beirut"): monitors place the event in the town. */
    final java.util.Set<String> parts = new java.util.HashSet<>();
    /** Places named only as a landmark another place is found by ("north of Idlib"), by name as written. */
    final java.util.Set<String> references = new java.util.HashSet<>();
    /** Places named only as where fire came from, a journey's ends or a heading ("fire from Tal Tamr"). */
    final java.util.Set<String> elsewhere = new java.util.HashSet<>();
    /** Named sites followed by the town they are in ("the Hayat hotel in Mogadishu"). */
    final java.util.Set<String> sitesInTowns = new java.util.HashSet<>();
    /** Each place mention that names a city's quarter, with the mention of its city (Quarters), read once. */
    final Map<Places.Mention, Places.Mention> quarterCity = new java.util.IdentityHashMap<>();
    /** The place mentions that are a road's first end ("the Juba - Nimule road"), read once. */
    final java.util.Set<Places.Mention> roadEnds = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * Provinces and districts the text names that, by the gazetteer's hierarchy, contain another place it names
     * ("Guanajuato" when "Salvatierra" is named too), with that reading of the name: an event placed at both takes the
     * smaller place, and one placed at the name alone is placed at the division ("Idlib" the province, not the city).
     */
    final Map<String, org.newswatch.extraction.geo.GeoMatch> enclosing = new HashMap<>();
    String conflictCountry;
    /** "Aleppo-Damascus" -> "M5" where the text ties a road's end points to its code. */
    final Map<String, String> roadAliases = new HashMap<>();
    /** How strongly the text points to each country as the setting (names, demonyms, places). */
    final Map<String, Integer> countryScore = new HashMap<>();
    /** Countries the text names by name, demonym, capital or a group of theirs (not only through a place). */
    final java.util.Set<String> named = new java.util.HashSet<>();
    String dominantPlace;
    /** The town of the article's dateline ("MOGADISHU, March 15 (Reuters) -"), as the gazetteer writes it, or null. */
    String datelineTown;
    /** The dateline town's country (ISO alpha-3), or null. */
    String datelineCountry;
    /** The place a note opens with before a colon ("Daraa al-Balad: ..."), or null. */
    String headingPlace;
    final List<Candidate> events = new ArrayList<>();

    private org.newswatch.contracts.Cause cause;

    /** The article's own cause of casualties ({@link Causes#ofArticle}), read once. */
    org.newswatch.contracts.Cause cause() {
        if (cause == null) {
            cause = Causes.ofArticle(sentences);
        }
        return cause;
    }

    /** The article's title when the text does not begin with it: it votes for the setting, gives no events. */
    List<Sentence> titleSentences = List.of();

    /** Names the text calls a village or a camp ("the village of Arika"): no big city's. */
    final java.util.Set<String> smallPlaces = new java.util.HashSet<>();

    /** The place names of that title (not of the text), each to vote once for its country. */
    final java.util.Set<String> titlePlaces = new java.util.LinkedHashSet<>();

    ArticleContext(String text, List<Sentence> sentences, LocalDate articleDate, LocalDate weekdayRef) {
        this.text = text;
        this.sentences = sentences;
        this.articleDate = articleDate;
        this.weekdayRef = weekdayRef;
    }
}
