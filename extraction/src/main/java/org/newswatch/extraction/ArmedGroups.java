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

    /** A group: ISO alpha-3 (null for the conflict's country, "IGO" for an international body) and role. */
    public record Group(String country, String role, boolean abroad) {
        public boolean international() {
            return "IGO".equals(country);
        }
    }

    private static final Map<String, Group> BY_PHRASE = new HashMap<>();
    /** First words of multi-word phrases: a cheap filter before building longer keys. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    static final int MAX_WORDS = 7;

    static {
        for (String[] f : TsvTable.rows("armed-groups.tsv")) {
            Group g = new Group(f[1].equals("*") ? null : f[1], f[2].equals("UNO") ? Roles.UNO : f[2],
                    f.length > 3 && f[3].equals("abroad"));
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
        return BY_PHRASE.get(lowerPhrase);
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
        return BY_PHRASE.get(lc);
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
                best = g;
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
