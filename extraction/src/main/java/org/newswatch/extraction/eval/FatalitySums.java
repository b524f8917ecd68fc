package org.newswatch.extraction.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;

/**
 * The figure analysts sum: per article (or note), the deaths of its own incidents by violence, that is the
 * sum of the counts of its non-cumulative KILLED lines whose cause is violence (absent = violence), set
 * against the same sum over its scored gold lines. Reported separately for articles whose gold sum is
 * positive and for those with no deaths, where any predicted death is wrong.
 *
 * @param positive  articles whose gold sum is above zero
 * @param positiveExact of those, how many the engine sums exactly
 * @param zero      articles with a gold sum of zero (every article of the set counts, with or without gold lines)
 * @param zeroExact of those, how many the engine also sums to zero
 * @param wrong     "article gold=N predicted=M" for every article summed wrongly, in article order
 */
public record FatalitySums(int positive, int positiveExact, int zero, int zeroExact, List<String> wrong) {

    /** Sums over every article in {@code articles}. */
    public static FatalitySums of(List<GoldEvent> gold, List<ExtractedEvent> predictions, Iterable<String> articles) {
        Map<String, long[]> sums = new TreeMap<>(); // article -> {gold, predicted}
        for (String a : articles) {
            sums.put(a, new long[2]);
        }
        for (GoldEvent g : gold) {
            if (g.scored() && g.type() == EventType.KILLED && !Boolean.TRUE.equals(g.cumulative()) && g.count() != null
                    && (g.cause() == null || g.cause().equalsIgnoreCase(Cause.VIOLENCE.name()))) {
                sums.computeIfAbsent(g.article(), k -> new long[2])[0] += g.count();
            }
        }
        for (ExtractedEvent p : predictions) {
            if (summed(p)) {
                sums.computeIfAbsent(p.article(), k -> new long[2])[1] += p.count();
            }
        }
        int positive = 0;
        int positiveExact = 0;
        int zero = 0;
        int zeroExact = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, long[]> e : sums.entrySet()) {
            long[] s = e.getValue();
            if (s[0] > 0) {
                positive++;
                positiveExact += s[0] == s[1] ? 1 : 0;
            } else {
                zero++;
                zeroExact += s[1] == 0 ? 1 : 0;
            }
            if (s[0] != s[1]) {
                wrong.add(e.getKey() + " gold=" + s[0] + " predicted=" + s[1]);
            }
        }
        return new FatalitySums(positive, positiveExact, zero, zeroExact, List.copyOf(wrong));
    }

    /** Whether an event's count goes into its article's sum: a KILLED figure of one incident, by violence. */
    public static boolean summed(ExtractedEvent e) {
        return e.type() == EventType.KILLED && !Boolean.TRUE.equals(e.cumulative()) && e.count() != null
                && e.causeOrViolence() == Cause.VIOLENCE;
    }

    public double positiveShare() {
        return positive == 0 ? 1.0 : (double) positiveExact / positive;
    }

    public double zeroShare() {
        return zero == 0 ? 1.0 : (double) zeroExact / zero;
    }

    /** One line for the eval table. */
    public String line() {
        return String.format(Locale.ROOT, "fatality sums exact: %.3f of %d articles with deaths, %.3f of %d without%n",
                positiveShare(), positive, zeroShare(), zero);
    }
}
