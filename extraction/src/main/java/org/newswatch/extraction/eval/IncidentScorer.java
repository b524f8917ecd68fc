package org.newswatch.extraction.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;

/**
 * Merge quality against gold incident clusters: each item (an article) reports one gold incident; two items are
 * predicted the same incident when they share an event id (the extract-service's identity), or a story (the
 * alert-service's, see {@link StoryGrouping}). Pairwise precision, recall and F1 of "same incident" over all item
 * pairs, and the stories that join two places more than {@link #TOWN_KM} km apart both known to town precision.
 */
public final class IncidentScorer {

    /** The farthest two town-precision places of one story may lie apart. */
    public static final double TOWN_KM = 25;

    private IncidentScorer() {
    }

    /** One item of the stream: its id, its gold incident, its publication day and its events (ids resolved). */
    public record Item(String id, String incident, LocalDate published, List<ExtractedEvent> events) {
    }

    /** Pairwise counts: true positives, predicted pairs, gold pairs. */
    public record Pairwise(long truePairs, long predictedPairs, long goldPairs) {
        public double precision() {
            return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        }

        public double recall() {
            return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d of %d predicted pairs right, %d gold pairs)",
                    precision(), recall(), f1(), truePairs, predictedPairs, goldPairs);
        }
    }

    /**
     * The figures.
     *
     * @param items      items scored
     * @param incidents  gold incidents
     * @param eventIds   pairwise by shared event id
     * @param stories    pairwise by shared story
     * @param storyCount stories (of every type)
     * @param farJoins   stories joining two town-precision places more than {@link #TOWN_KM} km apart, described
     * @param wrongPairs item pairs joined by a story against the gold, described
     * @param missedPairs item pairs of one gold incident in no common story, described
     * @param storiesOf  each item's stories, by item id
     * @param joins      each story of several reports: how they joined
     * @param reaching   gold incidents with at least one story (they reach a subscription that takes every story)
     * @param ownStory   of those, the incidents one of whose reports founded a story: they fire their own alert
     * @param mixed      stories holding reports of two or more gold incidents
     */
    public record Result(int items, int incidents, Pairwise eventIds, Pairwise stories, int storyCount,
            List<String> farJoins, List<String> wrongPairs, List<String> missedPairs,
            Map<String, Set<String>> storiesOf, List<String> joins, int reaching, int ownStory, int mixed) {

        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "items %d, gold incidents %d, stories %d%n", items, incidents,
                    storyCount));
            b.append("same incident, pairwise by event id: ").append(eventIds).append('\n');
            b.append("same incident, pairwise by story:    ").append(stories).append('\n');
            b.append(String.format(Locale.ROOT, "stories joining town-precision places > %.0f km apart: %d%n",
                    TOWN_KM, farJoins.size()));
            b.append(String.format(Locale.ROOT, "incidents with a story of their own: %.3f (%d of %d with a story);"
                    + " stories mixing incidents: %d%n", reaching == 0 ? 1.0 : (double) ownStory / reaching, ownStory,
                    reaching, mixed));
            return b.toString();
        }
    }

    /** Scores the items (in stream order: the stories are grouped in this order). */
    public static Result score(List<Item> items) {
        StoryGrouping grouping = new StoryGrouping();
        List<Set<String>> ids = new ArrayList<>();
        List<Set<String>> stories = new ArrayList<>();
        Map<String, Set<String>> itemsOfStory = new HashMap<>();
        for (Item item : items) {
            Set<String> own = new HashSet<>();
            Set<String> story = new HashSet<>();
            for (ExtractedEvent e : item.events()) {
                own.add(e.eventId());
                String s = grouping.add(e, item.published());
                if (s != null) {
                    story.add(s);
                    itemsOfStory.computeIfAbsent(s, k -> new HashSet<>()).add(item.id());
                }
            }
            ids.add(own);
            stories.add(story);
        }
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Pairwise byId = pairwise(items, ids, null, null);
        Pairwise byStory = pairwise(items, stories, wrong, missed);
        Map<String, Set<String>> storiesOf = new java.util.LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            storiesOf.put(items.get(i).id(), stories.get(i));
        }
        List<String> far = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        for (StoryGrouping.Story s : grouping.stories()) {
            if (!s.joins().isEmpty()) {
                joins.add(s.id() + " " + s.reports().get(0).article() + " " + s.reports().get(0).type() + " "
                        + s.reports().get(0).principal() + " <- " + s.joins());
            }
            String why = farTowns(s.reports());
            if (why != null) {
                far.add(s.id() + ": " + why);
            }
        }
        Set<String> gold = new HashSet<>();
        items.forEach(i -> gold.add(i.incident()));
        Map<String, String> incidentOf = new HashMap<>();
        items.forEach(i -> incidentOf.put(i.id(), i.incident()));
        Set<String> reaching = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!stories.get(i).isEmpty()) {
                reaching.add(items.get(i).incident());
            }
        }
        Set<String> founders = new HashSet<>();
        int mixed = 0;
        for (StoryGrouping.Story s : grouping.stories()) {
            founders.add(incidentOf.get(s.reports().get(0).article()));
            Set<String> of = new HashSet<>();
            s.reports().forEach(r -> of.add(incidentOf.get(r.article())));
            mixed += of.size() > 1 ? 1 : 0;
        }
        return new Result(items.size(), gold.size(), byId, byStory, grouping.stories().size(), far, wrong, missed,
                storiesOf, joins, reaching.size(), founders.size(), mixed);
    }

    private static Pairwise pairwise(List<Item> items, List<Set<String>> keys, List<String> wrong,
            List<String> missed) {
        long tp = 0;
        long predicted = 0;
        long goldPairs = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                boolean same = items.get(i).incident().equals(items.get(j).incident());
                boolean joined = !java.util.Collections.disjoint(keys.get(i), keys.get(j));
                if (same) {
                    goldPairs++;
                    if (!joined && missed != null) {
                        missed.add(items.get(i).id() + " + " + items.get(j).id() + " (" + items.get(i).incident() + ")"
                                + why(items.get(i), items.get(j)));
                    }
                }
                if (joined) {
                    predicted++;
                    if (same) {
                        tp++;
                    } else if (wrong != null) {
                        wrong.add(items.get(i).id() + " (" + items.get(i).incident() + ") + " + items.get(j).id()
                                + " (" + items.get(j).incident() + ")");
                    }
                }
            }
        }
        return new Pairwise(tp, predicted, goldPairs);
    }

    /** What the merge decision says of the two items' events of one type and principal. */
    private static String why(Item a, Item b) {
        StringBuilder out = new StringBuilder();
        for (ExtractedEvent x : a.events()) {
            for (ExtractedEvent y : b.events()) {
                if (x.type() == y.type() && x.principal() != null && x.principal().equals(y.principal())) {
                    IncidentMatch.Verdict v = IncidentMatch.decide(Incident.of(y), Incident.of(x),
                            IncidentMatch.Context.standard());
                    out.append(" | ").append(x.type()).append(' ').append(x.principal()).append(": ")
                            .append(v.block() != null ? "blocked by " + v.block() : v.score() + " " + v.signals()
                                    + (v.alone() ? " alone" : ""));
                }
            }
        }
        return out.length() == 0 ? " | no common type and principal" : out.toString();
    }

    /** Two town-precision places of the reports more than {@link #TOWN_KM} km apart, described; else null. */
    static String farTowns(List<ExtractedEvent> reports) {
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                // the places as the merge decision reads them ("Marib province" is no town)
                Place a = Incident.of(reports.get(i)).place();
                Place b = Incident.of(reports.get(j)).place();
                if (town(a) && town(b)) {
                    double km = IncidentMatch.km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
                    if (km > TOWN_KM) {
                        return String.format(Locale.ROOT, "%s and %s, %.0f km", a.name(), b.name(), km);
                    }
                }
            }
        }
        return null;
    }

    private static boolean town(Place p) {
        return p != null && p.precision() == Place.Precision.TOWN && p.latitude() != null && p.longitude() != null;
    }
}
