package org.newswatch.extraction.geo;

import java.text.Normalizer;

/**
 * Normalisation of place names into lookup keys. The same code builds the data file ({@link GazetteerBuilder})
 * and normalises queries ({@link GeoNamesGazetteer}), so the two always agree.
 *
 * <p>The exact key: diacritics stripped, lower case, apostrophes and ayn/hamza marks removed, every other
 * punctuation (hyphens, dots, commas) a single space, a leading Arabic article removed ("al-", "el-", and the
 * assimilated "ar R", "as S", "ash Sh", "az Z" forms). Only ASCII letters, digits and single spaces remain.
 *
 * <p>The fuzzy key, on top of the exact key: internal articles and spaces dropped, and common transliteration
 * variants folded (ou/u, q/k, ph/f, dh/d, gh/g, dj/j, e/i, o/u, y/i, w/u, ai/i, au/u, doubled letters, a final
 * h after a vowel), so that "Saraqeb", "Saraqib", "Deir ez-Zor", "Dayr az Zawr", "Raqqa", "Ar Raqqah" meet.
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    /** The exact lookup key of a name, "" when nothing is left (empty, only punctuation or non-Latin script). */
    public static String key(CharSequence name) {
        if (name == null) {
            return "";
        }
        CharSequence src = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                src = Normalizer.normalize(name, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder out = new StringBuilder(src.length());
        boolean space = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            String rep = null;
            char ch = 0;
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    ch = c;
                } else if (c >= 'A' && c <= 'Z') {
                    ch = (char) (c + 32);
                } else if (c == '\'' || c == '`') {
                    continue;
                } else {
                    space = true;
                    continue;
                }
            } else {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                    continue;
                }
                switch (c) {
                    case '\u2019', '\u2018', '\u02BB', '\u02BC', '\u02BF', '\u02BE', '\u00B4', '\u2032', '\u02B9',
                            '\u02BD', '\u0060' -> {
                        continue;
                    }
                    case '\u0131', '\u0130' -> ch = 'i';
                    case '\u0142', '\u0141' -> ch = 'l';
                    case '\u00F8', '\u00D8' -> ch = 'o';
                    case '\u0111', '\u0110', '\u00F0', '\u00D0' -> ch = 'd';
                    case '\u0127', '\u0126' -> ch = 'h';
                    case '\u00DF' -> rep = "ss";
                    case '\u00E6', '\u00C6' -> rep = "ae";
                    case '\u0153', '\u0152' -> rep = "oe";
                    case '\u00FE', '\u00DE' -> rep = "th";
                    default -> {
                        if (Character.isLetterOrDigit(c)) {
                            // a letter of another script: not representable in an ASCII key
                            return "";
                        }
                        space = true;
                        continue;
                    }
                }
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (rep != null) {
                out.append(rep);
            } else {
                out.append(ch);
            }
        }
        return stripLeadingArticle(out.toString());
    }

    private static String stripLeadingArticle(String s) {
        int sp = s.indexOf(' ');
        if (sp <= 0 || sp == s.length() - 1) {
            return s;
        }
        String first = s.substring(0, sp);
        String rest = s.substring(sp + 1);
        if (isArticle(first, rest)) {
            return rest;
        }
        return s;
    }

    /** True for "al", "el", "il", "ul" and assimilated forms ("ar" before r, "ash" before sh, "ez" before z). */
    static boolean isArticle(String token, String next) {
        switch (token) {
            case "al", "el", "il", "ul" -> {
                return true;
            }
            case "ad", "an", "ar", "as", "at", "az", "ash", "adh", "ath", "ed", "en", "er", "es", "et", "ez", "esh",
                    "ech" -> {
                return next.startsWith(token.substring(1));
            }
            default -> {
                return false;
            }
        }
    }

    /** The transliteration-tolerant key of an exact key (see the class comment). */
    public static String fuzzy(String key) {
        if (key.isEmpty()) {
            return key;
        }
        StringBuilder joined = new StringBuilder(key.length());
        int start = 0;
        while (start <= key.length()) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = key.length();
            }
            String token = key.substring(start, end);
            boolean last = end == key.length();
            if (last || !isArticle(token, key.substring(end + 1))) {
                joined.append(token);
            }
            start = end + 1;
        }
        StringBuilder a = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            char n = i + 1 < joined.length() ? joined.charAt(i + 1) : 0;
            if (c == 'o' && n == 'u') {
                a.append('u');
                i++;
            } else if (c == 'p' && n == 'h') {
                a.append('f');
                i++;
            } else if ((c == 'd' || c == 'g') && n == 'h') {
                a.append(c);
                i++;
            } else if (c == 'd' && n == 'j') {
                a.append('j');
                i++;
            } else if (c == 'c' && n == 'k') {
                a.append('k');
                i++;
            } else {
                a.append(switch (c) {
                    case 'q' -> 'k';
                    case 'e', 'y' -> 'i';
                    case 'o', 'w' -> 'u';
                    default -> c;
                });
            }
        }
        StringBuilder b = new StringBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            char n = i + 1 < a.length() ? a.charAt(i + 1) : 0;
            if (c == 'a' && (n == 'i' || n == 'u') && i > 0) {
                // ai -> i, au -> u inside a word (Dayr/Deir -> dir, Zawr/Zor -> zur)
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue;
            }
            b.append(c);
        }
        int len = b.length();
        if (len > 3 && b.charAt(len - 1) == 'h' && isVowel(b.charAt(len - 2))) {
            b.setLength(len - 1);
        }
        return b.toString();
    }

    /**
     * The spelling key of an exact key: a key that two spellings of one name share when they differ only in the way
     * English news writes what the data transliterates, not in its letters: an internal article assimilated or not
     * ("Jisr al-Shughur", "Jisr ash Shughur"; "Maarat al-Numan", "Ma'arrat an Nu'man"), a doubled consonant ("Tal
     * Tamr", "Tall Tamr"), a final h after a vowel ("Darat Izza", "Darat 'Izzah") and the spaces ("Maarat Misrin",
     * "Ma'arratmisrin"). Vowels and consonants stay as written (not "Kafr Nouran" for "Kafr Nuran"): what the
     * transliteration-tolerant key ({@link #fuzzy}) folds besides is a look-alike, this is the same spelling.
     */
    public static String spelling(String key) {
        if (key.isEmpty()) {
            return key;
        }
        StringBuilder joined = new StringBuilder(key.length());
        int start = 0;
        while (start <= key.length()) {
            int end = key.indexOf(' ', start);
            if (end < 0) {
                end = key.length();
            }
            String token = key.substring(start, end);
            boolean last = end == key.length();
            String word = !last && isArticle(token, key.substring(end + 1)) ? "al" : token;
            int len = word.length();
            if (len > 3 && word.charAt(len - 1) == 'h' && isVowel(word.charAt(len - 2))) {
                word = word.substring(0, len - 1);
            }
            joined.append(word);
            start = end + 1;
        }
        StringBuilder b = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (b.length() > 0 && b.charAt(b.length() - 1) == c && !isVowel(c)) {
                continue; // a doubled consonant ("Tall", "Maarrat"), not a long vowel ("Maaraba" is not Brazil's Maraba)
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * The key with each word's opening "th" written "dh" ("thiban" as "dhiban"): the Arabic letter dhal, which
     * writers spell th, dh or d; null when no word opens with "th". The lookups try the variant as an exact key, so
     * "Thiban" finds the gazetteer's "Dhiban" (not a "Diban" spelling, which only the transliteration-tolerant key
     * would reach).
     */
    public static String dentalVariant(String key) {
        if (key.indexOf("th") < 0) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i + 1 < key.length(); i++) {
            if (key.charAt(i) == 't' && key.charAt(i + 1) == 'h' && (i == 0 || key.charAt(i - 1) == ' '
                    || key.charAt(i - 1) == '-')) {
                if (b == null) {
                    b = new StringBuilder(key);
                }
                b.setCharAt(i, 'd');
            }
        }
        return b == null ? null : b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** A display form: diacritics stripped, typographic apostrophes as ', otherwise as written. */
    public static String ascii(String name) {
        boolean plain = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return name;
        }
        String d = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 128) {
                out.append(c);
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BB', '\u02BC', '\u02BF', '\u02BE', '\u00B4', '\u2032' -> out.append('\'');
                case '\u0131' -> out.append('i');
                case '\u0130' -> out.append('I');
                case '\u0142' -> out.append('l');
                case '\u0141' -> out.append('L');
                case '\u00F8' -> out.append('o');
                case '\u00D8' -> out.append('O');
                case '\u0111', '\u00F0' -> out.append('d');
                case '\u0110', '\u00D0' -> out.append('D');
                case '\u00DF' -> out.append("ss");
                case '\u00E6' -> out.append("ae");
                case '\u00C6' -> out.append("AE");
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A 64-bit hash of a key (FNV-1a over the chars, then a SplitMix64 finaliser). */
    static long hash(CharSequence key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long hash(byte[] bytes, int off, int len) {
        long h = 0xcbf29ce484222325L;
        for (int i = off; i < off + len; i++) {
            h ^= bytes[i] & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }
}
