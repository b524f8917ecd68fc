package org.newswatch.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * Reads amounts from tokens: digits with separators ("43,000", the typo "950,0000"), decimals with a scale
 * ("3.6 million"), number words ("twenty-two", "one hundred and five", "half a million", "a dozen"), ranges
 * ("between 43 and 52", "10 to 15"), qualifiers ("at least", "some", "up to") and vague amounts ("dozens",
 * "hundreds of thousands", "several"). "a"/"an" alone is not a count. Never throws: an unreadable or
 * absurd figure (400 digits) gives a null count.
 */
public final class Numbers {

    static final long MAX = 1_000_000_000_000L;

    private static final Map<String, Integer> SMALL = new HashMap<>();
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "hundreds", 100L, "thousands", 1_000L, "millions", 1_000_000L);
    private static final Set<String> VAGUE = Lexicon.words("VAGUE");
    /** Adjectives of "a ... number of" that give no figure: "an unknown number of". */
    private static final Set<String> NUMBER_ADJECTIVES = Lexicon.words("NUMBER_ADJECTIVES");

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            SMALL.put(units[i], i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            SMALL.put(tens[i], 20 + 10 * i);
        }
    }

    private Numbers() {
    }

    /** True when the token could start a number ("five", "twenty-two", "43,000"). */
    public static boolean isNumberToken(Token t) {
        return t.isNumber() || isNumberWord(t.lc());
    }

    static boolean isNumberWord(String lc) {
        if (SMALL.containsKey(lc) || lc.equals("dozen")) {
            return true;
        }
        int h = lc.indexOf('-');
        return h > 0 && SMALL.containsKey(lc.substring(0, h)) && SMALL.containsKey(lc.substring(h + 1));
    }

    /** The qualifier that a phrase starting at i expresses, with its length; null if none. */
    private static Object[] qualifierAt(Sentence s, int i) {
        String a = s.lc(i);
        String b = s.lc(i + 1);
        switch (a) {
            case "at":
                if (b.equals("least")) {
                    return new Object[] {Qualifier.AT_LEAST, 2};
                }
                if (b.equals("most")) {
                    return new Object[] {Qualifier.UP_TO, 2};
                }
                return null;
            case "more": case "greater":
                return b.equals("than") ? new Object[] {Qualifier.AT_LEAST, 2} : null;
            case "over": case "upwards":
                return new Object[] {Qualifier.AT_LEAST, b.equals("of") ? 2 : 1};
            case "no": case "not":
                return (b.equals("fewer") || b.equals("less")) && s.lc(i + 2).equals("than")
                        ? new Object[] {Qualifier.AT_LEAST, 3} : null;
            case "in":
                return b.equals("excess") && s.lc(i + 2).equals("of") ? new Object[] {Qualifier.AT_LEAST, 3} : null;
            case "some": case "nearly": case "around": case "almost": case "about": case "approximately":
            case "roughly": case "circa": case "approx": case "estimated": case "reportedly":
                return new Object[] {Qualifier.ABOUT, 1};
            case "an":
                return b.equals("estimated") ? new Object[] {Qualifier.ABOUT, 2} : null;
            case "close":
                return b.equals("to") ? new Object[] {Qualifier.ABOUT, 2} : null;
            case "up":
                return b.equals("to") ? new Object[] {Qualifier.UP_TO, 2} : null;
            case "as":
                return b.equals("many") && s.lc(i + 2).equals("as") ? new Object[] {Qualifier.UP_TO, 3} : null;
            case "fewer": case "less":
                return b.equals("than") ? new Object[] {Qualifier.UP_TO, 2} : null;
            case "under":
                return new Object[] {Qualifier.UP_TO, 1};
            default:
                return null;
        }
    }

    /** "-year-old", "year-old", "year old", "-month-old" right after a number. */
    private static boolean age(Sentence s, int end) {
        int k = s.lc(end).equals("-") ? end + 1 : end;
        String x = s.lc(k);
        return Lexicon.AGE_WORDS.contains(x)
                || Lexicon.AGE_UNITS.contains(x)
                && (s.lc(k + 1).equals("old") || s.lc(k + 1).equals("-") && s.lc(k + 2).equals("old"));
    }

    /** An amount starting exactly at token i (qualifier included), or null. */
    /** A token that reads as a year of our times: four digits from 1900 to 2099. */
    static boolean yearToken(Sentence s, int k) {
        String x = s.lc(k);
        return x.length() == 4 && s.get(k).isNumber() && (x.startsWith("19") || x.startsWith("20"));
    }

    /** A year written after a month ("3 November 2023", "in March 2020", "May 5, 2021"). */
    static boolean year(Sentence s, int k) {
        if (!yearToken(s, k)) {
            return false;
        }
        String prev = s.lc(k - 1);
        return Dates.isCalendarWord(prev) || prev.equals(",") && k >= 3 && Dates.isCalendarWord(s.lc(k - 3))
                || Lexicon.YEAR_BEFORE.contains(prev);
    }

    public static Amount parse(Sentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        Qualifier q = null;
        int j = i;
        Object[] qual = qualifierAt(s, i);
        if (qual != null) {
            q = (Qualifier) qual[0];
            j = i + (Integer) qual[1];
        }
        // between X and Y
        if (s.lc(j).equals("between")) {
            long[] lo = readNumber(s, j + 1);
            if (lo != null && s.lc((int) lo[1]).equals("and")) {
                long[] hi = readNumber(s, (int) lo[1] + 1);
                if (hi != null) {
                    // "between 5 and 3" is the range from 3 to 5; "between 4 and 4" is 4
                    long low = Math.min(lo[0], hi[0]);
                    long high = Math.max(lo[0], hi[0]);
                    return new Amount(valid(low), high == low ? null : valid(high), Qualifier.EXACT, null, i,
                            withOf(s, (int) hi[1]));
                }
            }
            return null;
        }
        if (s.lc(j).equals("both") && j + 1 < s.size() && Parties.isHead(s.get(j + 1)) && s.lc(j + 1).endsWith("s")
                && !s.lc(j + 1).equals("sides") && !Roles.COLLECTIVE.contains(s.lc(j + 1))) {
            return new Amount(2L, null, Qualifier.EXACT, null, i, j + 1); // "both assailants were killed"
        }
        long[] n = readNumber(s, j);
        if (n != null && (int) n[1] == j + 1 && year(s, j)) {
            return null; // "on 3 November 2023 died of his injuries": a date's year, not a number of people
        }
        if (n != null && (age(s, (int) n[1]) || s.lc(i - 1).equals("aged") || s.lc(i - 1).equals("age"))) {
            return null; // "a 7-year-old girl": an age, not a number of people
        }
        if (n != null) {
            int end = (int) n[1];
            Long high = null;
            if ((s.lc(end).equals("to") || s.lc(end).equals("-") || s.lc(end).equals("\u2013")) && end + 1 < s.size()
                    && !(Parties.spacedDash(s, end) && Character.isUpperCase(s.get(end + 1).text().charAt(0)))) {
                // "NIAMEY, Jan 14 - Eighty-nine soldiers were killed": a dash before a capital opens a clause, no range
                long[] hi = readNumber(s, end + 1);
                if (hi != null && hi[0] > n[0]) {
                    high = valid(hi[0]);
                    end = (int) hi[1];
                }
            }
            Long count = valid(n[0]);
            return new Amount(count, high, count == null ? null : (q == null ? Qualifier.EXACT : q), null, i,
                    withOf(s, end));
        }
        // vague amounts: "dozens of", "hundreds of thousands of", "tens of thousands", "several", "a few"
        String w = s.lc(j);
        if (w.equals("a") && Lexicon.FEW_NOUNS.contains(s.lc(j + 1))) {
            int end = j + 2;
            String vague = s.lc(j) + " " + s.lc(j + 1);
            if (Lexicon.NUMBER_SCALES.contains(s.lc(end))) {
                vague += " " + s.lc(end++); // "a few dozen": no figure
            }
            return new Amount(null, null, null, vague, i, withOf(s, end));
        }
        if ((w.equals("a") || w.equals("an")) && (s.lc(j + 1).equals("number") || NUMBER_ADJECTIVES.contains(s.lc(j + 1))
                && s.lc(j + 2).equals("number")) && s.lc(s.lc(j + 1).equals("number") ? j + 2 : j + 3).equals("of")) {
            // "an unknown number of assailants", "a large number of civilians": a figure nobody gave
            int end = s.lc(j + 1).equals("number") ? j + 2 : j + 3;
            StringBuilder vague = new StringBuilder(w);
            for (int k = j + 1; k < end; k++) {
                vague.append(' ').append(s.lc(k));
            }
            return new Amount(null, null, null, vague.toString(), i, withOf(s, end));
        }
        if (VAGUE.contains(w)) {
            int end = j + 1;
            StringBuilder vague = new StringBuilder(w);
            if (Lexicon.NUMBER_SCALES.contains(s.lc(end))) {
                vague.append(' ').append(s.lc(end++)); // "several dozen", "several hundred": no figure
            }
            while (s.lc(end).equals("of") && VAGUE.contains(s.lc(end + 1)) && end - j < 6) {
                vague.append(" of ").append(s.lc(end + 1));
                end += 2;
            }
            if (w.equals("tens") && vague.length() == 4) {
                return null;
            }
            return new Amount(null, null, null, vague.toString(), i, withOf(s, end));
        }
        return null;
    }

    private static int withOf(Sentence s, int end) {
        return s.lc(end).equals("of") ? end + 1 : end;
    }

    private static Long valid(long v) {
        return v >= 0 ? v : null;
    }

    /**
     * A number at token i: {value, endIndex}; value is -1 when the figure is unreadable or absurd. Null
     * when no number starts at i.
     */
    static long[] readNumber(Sentence s, int i) {
        if (i >= s.size()) {
            return null;
        }
        Token t = s.get(i);
        String lc = t.lc();
        if (t.isNumber()) {
            int dots = count(lc, '.');
            if (dots > 1) {
                return null; // a date such as 20.02.2020
            }
            double value = parseDigits(lc);
            int end = i + 1;
            if (Lexicon.LARGE_SCALES.contains(s.lc(end))) {
                value = value < 0 ? -1 : value * SCALES.get(s.lc(end));
                end++;
            } else if (dots == 1) {
                value = -1; // a decimal without a scale is not a head count
            }
            return new long[] {value < 0 || value > MAX ? -1 : Math.round(value), end};
        }
        // half a million
        if (lc.equals("half") && s.lc(i + 1).equals("a") && SCALES.containsKey(s.lc(i + 2))
                && !s.lc(i + 2).endsWith("s")) {
            return new long[] {SCALES.get(s.lc(i + 2)) / 2, i + 3};
        }
        // a hundred, a thousand, a dozen
        if ((lc.equals("a") || lc.equals("one")) && (s.lc(i + 1).equals("dozen"))) {
            return new long[] {12, i + 2};
        }
        if (lc.equals("a") && SCALES.containsKey(s.lc(i + 1)) && !s.lc(i + 1).endsWith("s")) {
            long[] rest = readWords(s, i + 1, 1);
            return rest;
        }
        if (!isNumberWord(lc)) {
            return null;
        }
        return readWords(s, i, 0);
    }

    private static long[] readWords(Sentence s, int i, long seed) {
        long total = 0;
        long current = seed;
        int j = i;
        boolean any = false;
        while (j < s.size()) {
            String w = s.lc(j);
            Integer small = smallValue(w);
            if (small != null) {
                current += small;
                any = true;
                j++;
            } else if (w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
                any = true;
                j++;
            } else if (SCALES.containsKey(w) && !w.endsWith("s") && (any || seed > 0)) {
                long scale = SCALES.get(w);
                if (scale == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
                any = true;
                j++;
            } else if (w.equals("and") && any && j + 1 < s.size() && smallValue(s.lc(j + 1)) != null
                    && (total > 0 || current >= 100)) {
                j++;
            } else {
                break;
            }
            if (total + current > MAX) {
                return new long[] {-1, j};
            }
        }
        return any ? new long[] {total + current, j} : null;
    }

    private static Integer smallValue(String w) {
        Integer v = SMALL.get(w);
        if (v != null) {
            return v;
        }
        int h = w.indexOf('-');
        if (h > 0) {
            Integer a = SMALL.get(w.substring(0, h));
            Integer b = SMALL.get(w.substring(h + 1));
            if (a != null && b != null && a >= 20 && b < 10) {
                return a + b;
            }
        }
        return null;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /**
     * "43,000" -> 43000, "950,0000" -> 950000 (a thousands group with one digit too many and a trailing
     * zero is a typo), "3.6" -> 3.6; -1 for figures longer than 15 digits.
     */
    static double parseDigits(String lc) {
        if (lc.length() > 24) {
            return -1;
        }
        String[] parts = lc.split("\\.", -1);
        if (parts.length == 2 && parts[1].indexOf(',') >= 0) {
            return -1; // "1.1,5": no figure
        }
        String integral = parts[0];
        StringBuilder digits = new StringBuilder();
        String[] groups = integral.split(",", -1);
        for (int g = 0; g < groups.length; g++) {
            String grp = groups[g];
            if (g > 0 && grp.length() == 4 && grp.endsWith("0")) {
                grp = grp.substring(0, 3);
            }
            digits.append(grp);
        }
        if (digits.length() == 0 || digits.length() > 15) {
            return -1;
        }
        double v = Long.parseLong(digits.toString());
        if (parts.length == 2 && !parts[1].isEmpty() && parts[1].length() <= 6) {
            v += Long.parseLong(parts[1]) / Math.pow(10, parts[1].length());
        }
        return v;
    }
}
