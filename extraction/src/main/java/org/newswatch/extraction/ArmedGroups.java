package org.newswatch.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * Named armed groups ("Houthi rebels", "Boko Haram", "the Rapid Support Forces", "Wagner") and international
 * bodies ("the WHO", "OCHA"), with the country a group belongs to and its role: a group of no single country
 * ("Islamic State", "al-Qaeda", "JNIM") takes the conflict's country. Phrases of up to five words are matched
 * on lower-cased tokens and must be written with a capital (or as an acronym).
 */
public final class ArmedGroups {

    /**
     * A group: ISO alpha-3 (null for the conflict's country, "IGO" for an international body) and role; a group that
     * became its country's state ("taliban ... since=2021-08-15:MIL") has that role in texts dated from that day.
     */
    public record Group(String country, String role, boolean abroad, java.time.LocalDate since, Group state) {
        public Group(String country, String role, boolean abroad) {
            this(country, role, abroad, null, null);
        }

        public boolean international() {
            return "IGO".equals(country);
        }

        /** The group as it stands on {@code day} (null: undated, as listed). */
        Group on(java.time.LocalDate day) {
            return since != null && day != null && !day.isBefore(since) ? state : this;
        }
    }

    /** The day of the text being read, per thread (set by the Extractor for one article): a group's dated role. */
    private static final ThreadLocal<java.time.LocalDate> DAY = new ThreadLocal<>();

    static void readingTextOf(java.time.LocalDate day) {
        if (day == null) {
            DAY.remove();
        } else {
            DAY.set(day);
        }
    }

    private static final Map<String, Group> BY_PHRASE = new HashMap<>();
    /** First words of multi-word phrases: a cheap filter before building longer keys. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    static final int MAX_WORDS = 7;

    static {
        for (String[] f : TsvTable.rows("armed-groups.tsv")) {
            String country = f[1].equals("*") ? null : f[1];
            String role = f[2].equals("UNO") ? Roles.UNO : f[2];
            boolean abroad = false;
            java.time.LocalDate since = null;
            Group state = null;
            for (int k = 3; k < f.length; k++) {
                String x = f[k].trim();
                if (x.equals("abroad")) {
                    abroad = true;
                } else if (x.startsWith("since=")) { // "since=2021-08-15:MIL": the state from that day
                    String[] d = x.substring(6).split(":");
                    since = java.time.LocalDate.parse(d[0]);
                    state = new Group(country, d[1], false);
                } else if (!x.isEmpty()) {
                    throw new IllegalStateException("armed-groups.tsv: unknown option " + x + " for " + f[0]);
                }
            }
            Group g = new Group(country, role, abroad, since, state);
            for (String phrase : f[0].split(",")) {
                String key = phrase.trim().toLowerCase(Locale.ROOT);
                BY_PHRASE.putIfAbsent(key, g);
                int sp = key.indexOf(' ');
                FIRST_WORDS.add(sp < 0 ? key : key.substring(0, sp));
            }
        }
    }

    private ArmedGroups() {
    }

    /** The group of an exact lower-cased phrase, or null. */
    public static Group lookup(String lowerPhrase) {
        Group g = BY_PHRASE.get(lowerPhrase);
        return g == null ? null : g.on(DAY.get());
    }

    /** A one-token group name, written with a capital ("Hezbollah", "RSF", "al-Shabaab"), or null. */
    static Group single(Token t) {
        if (!t.isWord() || !written(t)) {
            return null;
        }
        String lc = t.lc();
        if (lc.length() <= 3 && !allCaps(t.text())) {
            return null; // "who", "Un", "Pdf": short names only as acronyms
        }
        Group g = BY_PHRASE.get(lc);
        return g == null ? null : g.on(DAY.get());
    }

    private static boolean allCaps(String x) {
        for (int i = 0; i < x.length(); i++) {
            if (Character.isLowerCase(x.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean written(Token t) {
        if (t.capitalised()) {
            return true;
        }
        String x0 = t.text();
        if (x0.length() >= 3 && Character.isDigit(x0.charAt(0)) && Character.isLetter(x0.charAt(x0.length() - 1))) {
            return true; // "the 5th Corps", "the 4th Division": an ordinal opens a unit's name
        }
        String x = t.text();
        int h = x.indexOf('-');
        return h > 0 && h + 1 < x.length() && Character.isUpperCase(x.charAt(h + 1)); // al-Shabaab
    }

    /** The longest group phrase starting at i, its length in len[0]; null when none. */
    static Group at(Sentence s, int i, int[] len) {
        Token t = s.get(i);
        if (!t.isWord() || !written(t) || !FIRST_WORDS.contains(t.lc())) {
            return null;
        }
        Group best = single(t);
        if (best != null) {
            len[0] = 1;
        }
        StringBuilder b = new StringBuilder(t.lc());
        for (int k = 1; k < MAX_WORDS && i + k < s.size(); k++) {
            Token n = s.get(i + k);
            if (!n.isWord()) {
                break;
            }
            if (!n.lc().equals("'s")) {
                b.append(' ');
            }
            b.append(n.lc()); // "new people's army" as written, its "'s" split off by the tokenizer
            Group g = BY_PHRASE.get(b.toString());
            if (g != null && (written(n) || n.lc().startsWith("al-") || n.lc().equals("del")
                    || Roles.headRole(n.lc()) != null || n.lc().equals("group"))) {
                // "Tigrayan forces", "Baloch militants", "the Islamic State group": a listed phrase ending in its head noun
                best = g.on(DAY.get());
                len[0] = k + 1;
            }
        }
        return best;
    }

    /** Where a group phrase that ends at {@code end} (its last word) starts, or -1. */
    static int startEndingAt(Sentence s, int end) {
        int[] len = new int[1];
        for (int i = end; i >= 0 && end - i < MAX_WORDS; i--) {
            if (at(s, i, len) != null && i + len[0] - 1 == end) {
                return i;
            }
        }
        return -1;
    }
}
