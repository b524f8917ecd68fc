package org.newswatch.extraction.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * Scores predictions against gold lines by the rules of the gold README: a prediction matches a gold line
 * with the same article, type and principal party and, where the gold line has a count, the same count;
 * each gold line matches at most one prediction. Unscored lines neither reward nor punish (a prediction
 * that matches only an unscored line is not a false positive). Precision is counted for the exhaustive
 * types only. Attribute accuracy is over matched scored pairs; cluster consistency over all matched pairs.
 */
public final class GoldScorer {

    /** Types annotated exhaustively: extra predictions of these count against precision. */
    public static final Set<EventType> EXHAUSTIVE = Set.of(EventType.KILLED, EventType.WOUNDED,
            EventType.EQUIPMENT_LOSS, EventType.DISPLACEMENT, EventType.OFFENSIVE, EventType.CAPTURE);

    private GoldScorer() {
    }

    /** Counts of one type (or a total). */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A matched pair. */
    public record Match(GoldEvent gold, ExtractedEvent prediction) {
    }

    /** The full result. */
    public record Result(Map<EventType, Counts> perType, Counts exhaustive, Counts allScored, double locationAccuracy,
            double dateAccuracy, double qualifierAccuracy, double cumulativeAccuracy, int matchedScored,
            int clustersMultiArticle, int clustersJoined, int clusterCollisions, List<Match> matches,
            List<GoldEvent> missed, List<ExtractedEvent> falsePositives, double causeAccuracy, FatalitySums sums,
            List<ExtractedEvent> predictions) {

        /** A readable table. */
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-15s %4s %4s %4s %7s %7s %7s%n", "type", "tp", "fp", "fn", "P", "R", "F1"));
            for (Map.Entry<EventType, Counts> e : perType.entrySet()) {
                Counts c = e.getValue();
                boolean ex = EXHAUSTIVE.contains(e.getKey());
                b.append(String.format(Locale.ROOT, "%-15s %4d %4s %4d %7s %7.3f %7s%n", e.getKey(), c.tp(),
                        ex ? Integer.toString(c.fp()) : "-", c.fn(), ex ? fmt(c.precision()) : "-", c.recall(),
                        ex ? fmt(c.f1()) : "-"));
            }
            b.append(String.format(Locale.ROOT, "%-15s %4d %4d %4d %7.3f %7.3f %7.3f%n", "exhaustive", exhaustive.tp(),
                    exhaustive.fp(), exhaustive.fn(), exhaustive.precision(), exhaustive.recall(), exhaustive.f1()));
            b.append(String.format(Locale.ROOT, "%-15s %4d %4s %4d %7s %7.3f %7s%n", "all scored", allScored.tp(), "-",
                    allScored.fn(), "-", allScored.recall(), "-"));
            b.append(String.format(Locale.ROOT, "%nattribute accuracy over %d matched scored pairs:%n", matchedScored));
            b.append(String.format(Locale.ROOT, "  location %.3f  date %.3f  qualifier %.3f  cumulative %.3f%n",
                    locationAccuracy, dateAccuracy, qualifierAccuracy, cumulativeAccuracy));
            b.append(String.format(Locale.ROOT, "  cause %.3f%n", causeAccuracy));
            b.append(sums.line());
            b.append(String.format(Locale.ROOT, "clusters across articles: %d of %d joined; %d collisions between clusters%n",
                    clustersJoined, clustersMultiArticle, clusterCollisions));
            return b.toString();
        }

        private static String fmt(double v) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
    }

    /** Scores over the articles the gold lines name (articles without gold lines are not seen). */
    public static Result score(List<GoldEvent> gold, List<ExtractedEvent> predictions) {
        java.util.Set<String> articles = new java.util.TreeSet<>();
        for (GoldEvent g : gold) {
            articles.add(g.article());
        }
        return score(gold, predictions, articles);
    }

    /**
     * Scores over every article of the set: a prediction in an article without gold lines is a false positive,
     * and the article counts in the fatality sums.
     */
    public static Result score(List<GoldEvent> gold, List<ExtractedEvent> predictions, Set<String> articles) {
        Map<GoldEvent, ExtractedEvent> matched = new HashMap<>();
        Set<ExtractedEvent> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // scored lines before unscored ones; lines with a count before those without
        for (int pass = 0; pass < 4; pass++) {
            boolean scored = pass < 2;
            boolean withCount = pass % 2 == 0;
            for (GoldEvent g : gold) {
                if (g.scored() != scored || (g.count() != null) != withCount) {
                    continue;
                }
                ExtractedEvent best = null;
                for (ExtractedEvent p : predictions) {
                    if (used.contains(p) || !matches(g, p)) {
                        continue;
                    }
                    if (best == null || better(g, p, best)) {
                        best = p;
                    }
                }
                if (best != null) {
                    used.add(best);
                    matched.put(g, best);
                }
            }
        }
        Map<EventType, int[]> counts = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            counts.put(t, new int[3]);
        }
        List<GoldEvent> missed = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        int loc = 0;
        int date = 0;
        int qual = 0;
        int cum = 0;
        int scoredPairs = 0;
        int causes = 0;
        int causePairs = 0;
        for (GoldEvent g : gold) {
            ExtractedEvent p = matched.get(g);
            if (p != null) {
                matches.add(new Match(g, p));
            }
            if (!g.scored()) {
                continue;
            }
            if (p == null) {
                counts.get(g.type())[2]++;
                missed.add(g);
                continue;
            }
            counts.get(g.type())[0]++;
            scoredPairs++;
            loc += sameText(g.location(), p.location()) ? 1 : 0;
            date += Objects.equals(g.date(), p.date()) ? 1 : 0;
            qual += Objects.equals(g.qualifier(), p.qualifier() == null ? null : p.qualifier().name()) ? 1 : 0;
            cum += Objects.equals(Boolean.TRUE.equals(g.cumulative()), Boolean.TRUE.equals(p.cumulative())) ? 1 : 0;
            if (g.cause() != null) {
                causePairs++;
                causes += g.cause().equalsIgnoreCase(p.causeOrViolence().name()) ? 1 : 0;
            }
        }
        Set<String> goldArticles = new HashSet<>(articles);
        List<ExtractedEvent> fps = new ArrayList<>();
        for (ExtractedEvent p : predictions) {
            if (!used.contains(p) && EXHAUSTIVE.contains(p.type()) && goldArticles.contains(p.article())) {
                counts.get(p.type())[1]++;
                fps.add(p);
            }
        }
        Map<EventType, Counts> perType = new EnumMap<>(EventType.class);
        int[] ex = new int[3];
        int[] all = new int[3];
        for (Map.Entry<EventType, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            boolean exhaustive = EXHAUSTIVE.contains(e.getKey());
            perType.put(e.getKey(), new Counts(c[0], exhaustive ? c[1] : 0, c[2]));
            if (exhaustive) {
                ex[0] += c[0];
                ex[1] += c[1];
                ex[2] += c[2];
            }
            all[0] += c[0];
            all[2] += c[2];
        }
        int[] clusters = clusters(matches);
        double n = Math.max(1, scoredPairs);
        return new Result(perType, new Counts(ex[0], ex[1], ex[2]), new Counts(all[0], 0, all[2]), loc / n, date / n,
                qual / n, cum / n, scoredPairs, clusters[0], clusters[1], clusters[2], matches, missed, fps,
                causePairs == 0 ? 1.0 : (double) causes / causePairs, FatalitySums.of(gold, predictions, articles),
                List.copyOf(predictions));
    }

    /** {clusters reported in two or more articles and matched there, of those joined by one eventId, collisions}. */
    private static int[] clusters(List<Match> matches) {
        Map<String, Set<String>> idsByCluster = new HashMap<>();
        Map<String, Set<String>> articlesByCluster = new HashMap<>();
        Map<String, Set<String>> clustersById = new HashMap<>();
        for (Match m : matches) {
            String cl = m.gold().cluster();
            if (cl == null || m.prediction().eventId() == null) {
                continue;
            }
            idsByCluster.computeIfAbsent(cl, k -> new HashSet<>()).add(m.prediction().eventId());
            articlesByCluster.computeIfAbsent(cl, k -> new HashSet<>()).add(m.gold().article());
            clustersById.computeIfAbsent(m.prediction().eventId(), k -> new HashSet<>()).add(cl);
        }
        int multi = 0;
        int joined = 0;
        for (Map.Entry<String, Set<String>> e : articlesByCluster.entrySet()) {
            if (e.getValue().size() >= 2) {
                multi++;
                if (idsByCluster.get(e.getKey()).size() == 1) {
                    joined++;
                }
            }
        }
        int collisions = 0;
        for (Set<String> cls : clustersById.values()) {
            if (cls.size() > 1) {
                collisions += cls.size() - 1;
            }
        }
        return new int[] {multi, joined, collisions};
    }

    static boolean matches(GoldEvent g, ExtractedEvent p) {
        return g.article().equals(p.article()) && g.type() == p.type() && Objects.equals(g.principal(), p.principal())
                && (g.count() == null || g.count().equals(p.count()));
    }

    /** Among candidates for a gold line, prefer the same equipment, then the same count (or none), then the same date. */
    private static boolean better(GoldEvent g, ExtractedEvent p, ExtractedEvent best) {
        int a = affinity(g, p);
        int b = affinity(g, best);
        return a > b;
    }

    private static int affinity(GoldEvent g, ExtractedEvent p) {
        int v = 0;
        if (Objects.equals(g.equipment(), p.equipment() == null ? null : p.equipment().name())) {
            v += 8;
        }
        if (Objects.equals(g.count(), p.count())) {
            v += 4;
        }
        if (Objects.equals(g.date(), p.date())) {
            v += 2;
        }
        if (sameText(g.location(), p.location())) {
            v += 1;
        }
        return v;
    }

    private static boolean sameText(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }
}
