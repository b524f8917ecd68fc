package org.newswatch.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.geo.GeoNamesGazetteer;
import org.newswatch.extraction.geo.PlaceKind;
import org.newswatch.extraction.identity.EventIdentity;
import org.newswatch.extraction.tools.IncidentEvalTool;

/**
 * Issue 16's place rule on the incident streams (many incidents a day in one country with the same small counts): no
 * story joins two places more than 25 km apart when both are known to town precision; and each stream's story
 * precision stays at its floor (0.97, as measured: 1.000), its recall at a fixed 0.02 under what was measured. The
 * streams are development sets (the first, {@code incidents/}, tuned on since issue 16; the second and third,
 * {@code incidents-dev2/} and {@code incidents-dev3/}, written blind by other writers and measured before any change,
 * then tuned on): these floors keep what was fixed fixed, and say nothing of unseen text (the held-out stream does,
 * outside the build).
 */
class IncidentStreamTest {

    @Test
    void noStoryJoinsTwoTownsMoreThan25KmApart() throws Exception {
        // measured 0.912 and 0.912 in the ninth round; 0.956 and 0.956 after victims read as two countries, the day a
        // source spoke and a province's English name (issue 16, merge-rule classes); 0.974 and 0.974 after a militia
        // coded as soldiers or civilians is one group with one toll (the Barsalogho VDP told as civilian auxiliaries)
        check("/incidents/articles.jsonl", 0.95, 0.95);
    }

    @Test
    void theSecondStreamWrittenBlindHoldsItsFloors() throws Exception {
        // first reading, before any change for it: stories P 0.921 R 0.598, event ids P 0.907 R 0.505; 0.804 and 0.804
        // at the ninth round's end; 0.866 and 0.866 after attribution words, the ambush class and a named province
        // ... 0.938 and 0.938 after the merge-rule classes of victims read as two countries, the day a source spoke,
        // a province's English name and a country report as its only candidate
        check("/incidents-dev2/articles.jsonl", 0.91, 0.91);
    }

    @Test
    void theThirdStreamWrittenBlindHoldsItsFloors() throws Exception {
        // first reading, before any change for it: stories and event ids P 0.974 R 0.760 (76 of 78 pairs right, 100
        // gold pairs, 2 stories mixing incidents); 0.987 and 0.780 for both after two districts of two names without
        // coordinates, a place given only by its landmarks and a text naming its province against the gazetteer;
        // 1.000 and 0.850 for both at the eleventh round's end (its extraction classes and rising tolls)
        // ... 0.890 and 0.890 after the merge-rule classes (victims read as two countries, the day a source spoke or
        // the day before it); 0.880 at the start of the fourteenth round; 0.890 and 0.890 after victims given their
        // killer's country meet those given the place's where the other report names no killer (Sinjar); 0.900 and
        // 0.900 after militiamen a text gives the role of state forces meet the rebels another names (Djugu camp);
        // 0.910 and 0.910 after a militia coded as soldiers or civilians is one group with one toll (Barsalogho VDP)
        check("/incidents-dev3/articles.jsonl", 0.89, 0.89);
    }

    @Test
    void theFourthStreamWrittenBlindHoldsItsFloors() throws Exception {
        // first reading, before any change for it: stories P 0.735 R 0.701 (61 of 83 pairs right, 87 gold pairs, 15
        // stories mixing incidents), event ids P 0.744 R 0.701; at the end of its first round stories P 0.864 R 0.805
        // (70 of 81), event ids P 0.863 R 0.793. Precision is held 0.02 under what was measured, not at 0.97: of its 11
        // wrong pairs, 10 are the scorer's single label, not wrong merges (7 from items that also report a second
        // incident, e.g. the Reuters Mayo item's Omdurman shelling, and 3 from passing mentions of an earlier incident,
        // e.g. AFP Komanda's "nine civilians in neighbouring North Kivu" on Tuesday), which join the story of the
        // incident they report, as they should. With the round's last extraction classes (the day the next sentence
        // gives, a perfect toll in one village, a longer relative clause): stories P 0.871 R 0.851
        // ... then stories P 0.871 R 0.931, event ids P 0.870 R 0.920 after the merge-rule classes (victims read as
        // two countries, a country report as its only candidate, a report given no place or no party, a district off
        // the map; one more scorer's single label: AFP Komanda's North Kivu toll now joins that incident's story)
        // ... stories P 0.882 R 0.943, event ids P 0.880 R 0.931 after an uncounted displacement two days apart is
        // another (Carrefour-Feuilles' families fleeing on Tuesday, Cabaret's on Thursday, both read at Port-au-Prince:
        // the one wrong merge of the 12; the other 11 are the scorer's single label)
        check("/incidents-dev4/articles.jsonl", 0.86, 0.92, 0.86, 0.91);
    }

    @Test
    void theFifthStreamWrittenBlindHoldsItsFloors() throws Exception {
        // first reading, before any change for it: stories and event ids P 0.809 R 0.809 (76 of 94 pairs right, 94 gold
        // pairs, 8 stories mixing incidents: two quarters of one city, a province and a town of another province, a
        // place known nowhere, an unplaced story beside the next district, a village naming its neighbour as its
        // landmark); P 1.000 R 0.862 for both after the merge-rule classes of issue 16's second round; P 1.000 R 0.904
        // for both after the third (a municipality is a district, a province the text calls a city is the city). Held
        // 0.02 under; most of what it misses is extraction (a place or day not read, a reporting police command taken
        // for the perpetrator)
        check("/incidents-dev5/articles.jsonl", 0.98, 0.88, 0.98, 0.88);
    }

    @Test
    void theSixthStreamWrittenBlindHoldsItsFloors() throws Exception {
        // first reading, before any change for it: stories P 0.896 R 0.714, event ids P 0.894 R 0.702 (31 look-alike
        // groups, 3 stories mixing incidents); at the end of its first round stories P 0.925 R 0.738 (an attack in a
        // "two days after" clause no longer joins the earlier attack's story; "martyring", infiltrators); stories P
        // 0.971 R 0.798, event ids P 0.971 R 0.786 after the merge-rule classes of its second round (townships, a side
        // told with "of", spellings with y or i, grenades and restaurants, the province after a district's "of", where
        // a road leads; "a province holding a town off the map" gave R 0.821 here but cost the held-out stream four
        // wrong pairs, P 0.913 -> 0.869, and was reverted). Held 0.02 under; most of what it misses is extraction (a
        // place in another country or at a dateline, "SNA" read as Syria's National Army in a Somali story, victims
        // coded as civilians or militants by one outlet, a perpetrator read from who reported)
        // ... stories P 0.972 R 0.821, event ids P 0.971 R 0.810 after "air strike" written open counts as the weapon
        // "air-strike" (the Idlib province report joins the Kansafra village strike as the area's only story)
        // ... stories P 0.972 R 0.833, event ids P 0.972 R 0.821 after the dead one side calls young men and the other
        // gunmen are one party as one toll, town, day and perpetrator or weapon (Aqabat Jabr camp); stories P 0.973 R
        // 0.845, event ids P 0.972 R 0.833 after a militia coded as soldiers or civilians is one group with one toll
        // (the VDP near Kaya told as the army's civilian auxiliaries)
        check("/incidents-dev6/articles.jsonl", 0.95, 0.82, 0.95, 0.81);
    }

    @Test
    void theFirstHeldOutStreamRetiredToTuningHoldsItsFloors() throws Exception {
        // incidents-dev7: held out (summary only) from the fifth to the sixteenth round, last read stories P 0.914
        // R 0.673; retired to tuning in the seventeenth, whose merge-rule classes (a toll that later rose, "near X"
        // and "the countryside of X", a region placed in its province, a district's named part, a village a report
        // puts in a district) gave stories P 1.000 R 0.709, event ids P 1.000 R 0.700. Held 0.02 under; most of its
        // misses are extraction (datelines and capitals as places, gazetteer names abroad, parties misread)
        check("/incidents-dev7/articles.jsonl", 0.98, 0.69, 0.98, 0.68);
    }

    @Test
    void theSecondHeldOutStreamRetiredToTuningHoldsItsFloors() throws Exception {
        // incidents-dev8: held out (summary only) from the fifteenth to the seventeenth round, last read stories P 1.000
        // R 0.750, event ids P 1.000 R 0.750; retired to tuning in the eighteenth, whose merge-rule classes (a vehicle
        // that carried the bomb and a target word before an area name no target, a district report's own province is
        // no other area, a lower toll two days on is another incident, spellings that differ by c, k or q, a dateline
        // names the town the report was filed from) gave stories and event ids P 1.000 R 0.825.
        // Held 0.02 under; most of its misses are extraction (a dateline's agency or a front's name read as the place,
        // a town read as a namesake abroad, a death verb or a count not read)
        check("/incidents-dev8/articles.jsonl", 0.98, 0.80, 0.98, 0.80);
    }

    @Test
    void theThirdHeldOutStreamRetiredToTuningHoldsItsFloors() throws Exception {
        // incidents-dev9: held out (summary only) in the seventeenth and eighteenth rounds, last read stories and event
        // ids P 0.985 R 0.730 (one story mixing incidents); retired to tuning in the nineteenth, whose merge-rule classes
        // (a vehicle the attackers rode is no target, two ways of killing, a factory is a target, a name shortened to
        // its first word, an area's only candidate with another toll needs another signal, "Daraa northern countryside"
        // is the province) gave stories and event ids P 1.000 R 0.764. Held 0.02 under; most of its misses are
        // extraction (victims coded by who reported or by the perpetrator's country, a town missed for its province, a
        // death toll not read, a name off the gazetteer)
        check("/incidents-dev9/articles.jsonl", 0.98, 0.74, 0.98, 0.74);
    }

    @Test
    void theFourthHeldOutStreamRetiredToTuningHoldsItsFloors() throws Exception {
        // incidents-dev10: held out (summary only) in the eighteenth and nineteenth rounds, last read stories P 0.901
        // R 0.790, event ids P 0.899 R 0.765; retired to tuning in the twentieth. Held 0.02 under
        check("/incidents-dev10/articles.jsonl", 0.88, 0.77, 0.87, 0.74);
    }

    @Test
    void theFifthHeldOutStreamRetiredToTuningHoldsItsFloors() throws Exception {
        // incidents-dev11: held out (summary only) in the nineteenth and twentieth rounds, last read stories P 0.933
        // R 0.691, event ids the same; retired to tuning in the twenty-first. Held 0.02 under
        check("/incidents-dev11/articles.jsonl", 0.91, 0.67, 0.91, 0.67);
    }

    @Test
    void theSixthHeldOutStreamRetiredToTuningHoldsItsFloors() throws Exception {
        // incidents-dev12: held out (summary only) in the twentieth and twenty-first rounds, last read stories P 0.982
        // R 0.683, event ids the same; retired to tuning in the twenty-second, tuned to P 0.984 R 0.768 (ids the
        // same); in the twenty-third to P 1.000 R 0.768 (ids the same). Held 0.02 under
        check("/incidents-dev12/articles.jsonl", 0.98, 0.74, 0.98, 0.74);
    }

    @Test
    void aMonitorsReplayOfSmallIncidentsFiresOneStoryEach() throws Exception {
        // 240 notes of one Syrian monitor's fortnight, each its own incident (same days, provinces, victim groups and
        // figures of 1 to 3): at the start of the ninth round 82 wrong pairs; tuned on, then 1 story mixing two incidents
        Path stream = Path.of(getClass().getResource("/incidents-replay/articles.jsonl").toURI());
        IncidentScorer.Result r = IncidentScorer.score(IncidentEvalTool.items(Files.readAllLines(stream,
                StandardCharsets.UTF_8), stream.toString(), Extractor.create(), EventIdentity.inMemory()));
        assertEquals(240, r.incidents());
        assertTrue(r.reaching() >= 230, "incidents with a story: " + r.reaching());
        assertTrue(r.ownStory() >= 0.98 * r.reaching(), "incidents with their own story: " + r.ownStory() + " of "
                + r.reaching());
        assertTrue(r.mixed() <= 3, "stories mixing incidents: " + r.mixed() + " " + r.wrongPairs());
        assertEquals(List.of(), r.farJoins());
    }

    private void check(String resource, double storyRecall, double idRecall) throws Exception {
        check(resource, 0.97, storyRecall, 0.97, idRecall);
    }

    private void check(String resource, double storyPrecision, double storyRecall, double idPrecision,
            double idRecall) throws Exception {
        Path stream = Path.of(getClass().getResource(resource).toURI());
        List<IncidentScorer.Item> items = IncidentEvalTool.items(Files.readAllLines(stream, StandardCharsets.UTF_8),
                stream.toString(), Extractor.create(), EventIdentity.inMemory());
        IncidentScorer.Result r = IncidentScorer.score(items);
        assertTrue(r.storyCount() > 0, "the stream gives stories");
        assertEquals(List.of(), r.farJoins(), "stories joining towns more than 25 km apart");
        assertTrue(r.stories().precision() >= storyPrecision, "story precision " + r.stories());
        assertTrue(r.stories().recall() >= storyRecall, "story recall " + r.stories());
        assertTrue(r.eventIds().precision() >= idPrecision, "event id precision " + r.eventIds());
        assertTrue(r.eventIds().recall() >= idRecall, "event id recall " + r.eventIds());
    }

    @Test
    void theCheckSeesTwoTownsFarApart() {
        // what the test above relies on: two towns 60 km apart (Idlib and Aleppo) are reported, two in one town not
        Place idlib = new Place("Idlib", "SY", 35.93, 36.63, Place.Precision.TOWN);
        Place aleppo = new Place("Aleppo", "SY", 36.20, 37.16, Place.Precision.TOWN);
        assertNotNull(IncidentScorer.farTowns(List.of(ev("a", idlib), ev("b", aleppo))));
        assertNull(IncidentScorer.farTowns(List.of(ev("a", idlib), ev("b", idlib))));
    }

    @Test
    void theEnglishNamesOfProvincesResolveToTheProvince() {
        // "six civilians were killed in the Centre-North region of Burkina Faso" and a village of Dablo (Centre-Nord):
        // a report placed in a province the gazetteer knows only by another language's name is no place at all
        // (places-extra.tsv, aliases of the divisions)
        GeoNamesGazetteer g = GeoNamesGazetteer.shared();
        String[][] cases = {{"Centre-North", "BF", "BF.05"}, {"Centre-East", "BF", "BF.04"},
            {"Central Plateau", "BF", "BF.11"}, {"South-West", "BF", "BF.13"}, {"Adamawa", "CM", "CM.10"},
            {"Galgadud", "SO", "SO.05"}, {"Salahuddin", "IQ", "IQ.18"}, {"Gezira", "SD", "SD.38"}};
        for (String[] c : cases) {
            Place p = g.lookup(c[0], null, c[1]).orElseThrow(() -> new AssertionError(c[0])).place();
            assertEquals(Place.Precision.ADMIN1, p.precision(), c[0]);
            assertEquals(c[2], p.admin1().code(), c[0]);
        }
        // an alias is its country's: Nigeria's Adamawa stays Nigeria's state, and Cameroon's South-West its own
        assertEquals("NG.35", g.lookup("Adamawa", PlaceKind.ADMIN1, "NG").orElseThrow().place().admin1().code());
        assertEquals("CM.09", g.lookup("South-West", PlaceKind.ADMIN1, "CM").orElseThrow().place().admin1().code());
    }

    private static ExtractedEvent ev(String article, Place place) {
        return new ExtractedEvent(ExtractedEvent.VERSION, "id-" + article, article, EventType.KILLED, "SYRCVL", null,
                2L, null, Qualifier.EXACT, null, false, null, place.name(), place, LocalDate.parse("2020-02-10"), null,
                "evidence", 0, 8, "test", 0.8, null, null, null, null, null);
    }
}
