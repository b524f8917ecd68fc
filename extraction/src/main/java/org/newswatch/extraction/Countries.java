package org.newswatch.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The world's countries (ISO 3166-1 alpha-3), looked up by name, demonym, capital or state metonym
 * ("Turkish", "Turkey", "Ankara" are TUR), plus a few heads of state often named alone. Phrases of up to
 * four words ("Burkina Faso", "United Arab Emirates") are matched on lower-cased tokens.
 */
public final class Countries {

    /** What a phrase names. */
    public enum Kind { NAME, DEMONYM, CAPITAL, LEADER }

    /** A lookup hit. */
    public record Entry(String iso3, Kind kind) {
    }

    private static final Map<String, Entry> BY_PHRASE = new HashMap<>();
    /** First words of multi-word phrases ("burkina", "united"): longer keys are built only after one. */
    private static final java.util.Set<String> MULTI_FIRST = new java.util.HashSet<>();
    private static final Map<String, String> ISO2_TO_ISO3 = new HashMap<>();
    private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();
    private static final Map<String, String> CAPITAL = new HashMap<>();
    static final int MAX_WORDS = 4;

    static {
        load("countries.tsv", true);
        load("leaders.tsv", false);
    }

    private Countries() {
    }

    private static void load(String resource, boolean countries) {
        for (String[] f : TsvTable.rows(resource)) {
            if (countries) {
                ISO2_TO_ISO3.put(f[1], f[0]);
                ISO3_TO_ISO2.put(f[0], f[1]);
                put(f[2], f[0], Kind.NAME);
                put(f[3], f[0], Kind.DEMONYM);
                put(f[4], f[0], Kind.CAPITAL);
                String first = f.length > 4 ? f[4].split(",")[0].trim() : "";
                if (!first.isEmpty()) {
                    CAPITAL.put(f[0], first);
                }
            } else {
                put(f[1], f[0], Kind.LEADER);
            }
        }
    }

    private static void put(String list, String iso3, Kind kind) {
        for (String phrase : list.split(",")) {
            String key = phrase.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (!key.isEmpty()) {
                BY_PHRASE.putIfAbsent(key, new Entry(iso3, kind));
                int sp = key.indexOf(' ');
                if (sp > 0) {
                    MULTI_FIRST.add(key.substring(0, sp));
                }
            }
        }
    }

    /** The entry for an exact lower-cased phrase, or null. */
    public static Entry lookup(String lowerPhrase) {
        return BY_PHRASE.get(lowerPhrase);
    }

    /** True when some phrase of several words starts with this lower-cased word. */
    static boolean startsPhrase(String lowerWord) {
        return MULTI_FIRST.contains(lowerWord);
    }

    /** ISO alpha-3 for an alpha-2 code (as gazetteers give), or null. */
    public static String iso3(String iso2) {
        return iso2 == null ? null : ISO2_TO_ISO3.get(iso2.toUpperCase(Locale.ROOT));
    }

    /** ISO alpha-2 for an alpha-3 code (as gazetteers take for a bias), or null. */
    public static String iso2(String iso3) {
        return iso3 == null ? null : ISO3_TO_ISO2.get(iso3);
    }

    /** The capital of a country as the table writes it ("Ankara"), or null. */
    public static String capital(String iso3) {
        return iso3 == null ? null : CAPITAL.get(iso3);
    }

    /** Number of distinct phrases known (for tests). */
    static int size() {
        return BY_PHRASE.size();
    }
}
