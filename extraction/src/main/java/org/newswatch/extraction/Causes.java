package org.newswatch.extraction;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.newswatch.contracts.Cause;
import org.newswatch.extraction.text.Sentence;

/**
 * What caused a casualty, read from the words around it and from the article (data: {@code en/causes.tsv}).
 * Violence named near the trigger wins; else the nearest other cause word; else the article's own cause when
 * the article names no violence at all ("Floods swept the valley. Twelve people died."); else violence.
 */
final class Causes {

    static final Map<String, Cause> WORDS = new HashMap<>();

    static {
        for (String[] row : TsvTable.rows("en/causes.tsv")) {
            if (row.length != 2) {
                throw new IllegalStateException("en/causes.tsv: expected word<TAB>cause, got " + String.join("|", row));
            }
            Cause c = Cause.valueOf(row[1].trim());
            if (WORDS.put(row[0].trim(), c) != null) {
                throw new IllegalStateException("en/causes.tsv: " + row[0] + " listed twice");
            }
        }
    }

    /** How far from the trigger a cause word still speaks of it, in tokens. */
    private static final int WINDOW = 12;

    private Causes() {
    }

    /** The cause a sentence gives the casualty at {@code trigger}, or null when it names none. */
    static Cause inSentence(Sentence s, int trigger) {
        Cause nearest = null;
        int best = Integer.MAX_VALUE;
        for (int k = Math.max(0, trigger - WINDOW); k < Math.min(s.size(), trigger + WINDOW); k++) {
            Cause c = WORDS.get(s.lc(k));
            if (c == Cause.VIOLENCE) {
                return Cause.VIOLENCE;
            }
            if (c != null && Math.abs(k - trigger) < best) {
                best = Math.abs(k - trigger);
                nearest = c;
            }
        }
        return nearest;
    }

    /** The article's cause: the most named non-violent cause when it names no violence, else VIOLENCE. */
    static Cause ofArticle(Iterable<Sentence> sentences) {
        Map<Cause, Integer> n = new EnumMap<>(Cause.class);
        for (Sentence s : sentences) {
            for (int k = 0; k < s.size(); k++) {
                Cause c = WORDS.get(s.lc(k));
                if (c == Cause.VIOLENCE) {
                    return Cause.VIOLENCE;
                }
                if (c != null) {
                    n.merge(c, 1, Integer::sum);
                }
            }
        }
        Cause top = Cause.VIOLENCE;
        int most = 0;
        for (Map.Entry<Cause, Integer> e : n.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                top = e.getKey();
            }
        }
        return top;
    }

    /** The cause of a casualty at {@code trigger} of s in an article whose own cause is {@code article}. */
    static Cause of(Sentence s, int trigger, Cause article) {
        Cause c = inSentence(s, trigger);
        return c != null ? c : article;
    }
}
