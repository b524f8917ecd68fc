package org.newswatch.contracts.incident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;

/**
 * The knowledge the merge decision reads from data files (resources {@code incident/*.tsv}): the radius per place
 * precision, which types are strict, the points of each signal, and the weapon and target words.
 */
public final class IncidentSignals {

    private static final IncidentSignals SHARED = load();

    private final Map<String, Double> radii;
    private final Map<EventType, Integer> strict;
    private final Map<String, Integer> points;
    /** kind ("weapon", "target") to word (or prefix ending in *) to class. */
    private final Map<String, Map<String, String>> words;
    private final Set<String> placeWords;
    private final Set<String> provinceWords;
    private final Set<String> districtWords;
    /** Pairs of party codes outlets confuse ({@code confused-parties.tsv}), as "A|B" both ways. */
    private final Set<String> confused = new HashSet<>();
    /** Pairs of victim roles the two sides of a fight give one group by ({@code contested-roles.tsv}), "A|B" both ways. */
    private final Set<String> contestedRoles = new HashSet<>();
    /** Pairs of victim roles that name one group ({@code victim-roles.tsv}), as "A|B" both ways. */
    private final Set<String> victimRoles = new HashSet<>();
    /** Roles of an armed party whose country outlets read by place or by group ({@code borderless-roles.tsv}). */
    private final Set<String> borderlessRoles = new HashSet<>();

    /** kind to the lengths of its prefix words (without the *), longest first: the only prefixes worth looking up. */
    private final Map<String, int[]> prefixLengths = new HashMap<>();
    private static final int[] NO_LENGTHS = {};

    IncidentSignals(Map<String, Double> radii, Map<EventType, Integer> strict, Map<String, Integer> points,
            Map<String, Map<String, String>> words, Set<String> placeWords, Set<String> provinceWords,
            Set<String> districtWords) {
        this.districtWords = districtWords;
        this.radii = radii;
        this.strict = strict;
        this.points = points;
        this.words = words;
        words.forEach((kind, byWord) -> prefixLengths.put(kind, byWord.keySet().stream()
                .filter(w -> w.endsWith("*") && w.length() - 1 >= 3).mapToInt(w -> w.length() - 1).distinct()
                .boxed().sorted(java.util.Comparator.reverseOrder()).mapToInt(Integer::intValue).toArray()));
        this.placeWords = placeWords;
        this.provinceWords = provinceWords;
        this.signalPoints = new int[IncidentMatch.Signal.values().length];
        for (IncidentMatch.Signal s : IncidentMatch.Signal.values()) {
            signalPoints[s.ordinal()] = points(s.label);
        }
    }

    /** The points of each signal the merge decision weighs, by ordinal (read from weights.tsv at start). */
    private final int[] signalPoints;

    /** As {@link #points(String)}, without a map lookup: the decision's own signals. */
    int points(IncidentMatch.Signal signal) {
        return signalPoints[signal.ordinal()];
    }

    /** {@code countryside-words.tsv}: words for the land around a town. */
    private final Set<String> countrysideWords = new HashSet<>();

    /** {@code attribution-words.tsv}: words after a target word that make it who told the news ("a medical source"). */
    private final Set<String> attributionWords = new HashSet<>();

    /**
     * {@code carrier-words.tsv}: words before ("a bomb-laden motorcycle") or after ("a car bomb", "a motorbike rigged
     * with explosives") a target word that make it the bomb's carrier, not what was hit.
     */
    private final Set<String> carrierBefore = new HashSet<>();
    private final Set<String> carrierAfter = new HashSet<>();

    /**
     * {@code rider-words.tsv}: phrases right before a vehicle word ("gunmen on a motorcycle", "fled on a motorcycle")
     * that make it what the attackers rode, not what was hit, as word lists; and the words that may stand between.
     */
    private final List<List<String>> riderPhrases = new ArrayList<>();
    private final Set<String> riderSkips = new HashSet<>();

    /** {@code head-words.tsv}: words that begin many place names and are no name alone ("Deir", "Kafr", "San"). */
    private final Set<String> headWords = new HashSet<>();

    /**
     * True when {@code shorter}'s words (its place words aside: "Tuz district") are the first words of {@code longer}'s,
     * which has more ("Tuz" and "Tuz Khurmatu"): the name as outlets shorten it. A name made only of words that begin
     * many names ({@code head-words.tsv}: "Deir", "Kafr", "San") is no short form.
     */
    public boolean shortForm(String shorter, String longer) {
        if (shorter == null || longer == null) {
            return false;
        }
        List<String> s = nameWords(shorter);
        List<String> l = nameWords(longer);
        if (s.isEmpty() || l.size() <= s.size() || !l.subList(0, s.size()).equals(s)) {
            return false;
        }
        for (String w : s) {
            if (!headWords.contains(w)) {
                return w.length() >= 3;
            }
        }
        return false;
    }

    /**
     * The first word of a place name but its place words ("Leer" of "Leer County", "Fada" of "Fada N'Gourma"): where
     * a name and its short form ({@link #shortForm}) meet; null for none.
     */
    public String firstNameWord(String name) {
        if (name == null) {
            return null;
        }
        List<String> words = nameWords(name);
        return words.isEmpty() ? null : words.get(0);
    }

    /**
     * True when the names call an area (a community, a district: {@link #AREA}) a longer name of which {@code
     * location}, one name word (of five letters or more, not one that begins many names: {@code head-words.tsv}), is
     * the first word: "Butura" and "the Butura Kampani community", as outlets shorten the name ({@link #shortForm},
     * read on the names' keys). (Not any longer run: "the Kherson Regional Military Administration" is no place.)
     */
    public boolean namesLongForm(String location, List<String> names) {
        if (location == null || names.isEmpty()) {
            return false;
        }
        List<String> words = nameWords(location);
        if (words.size() != 1 || words.get(0).length() < 5 || headWords.contains(words.get(0))) {
            return false;
        }
        String area = AREA + placeKey(location);
        for (String n : names) {
            if (n.length() > area.length() && n.startsWith(area)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a place name but its place words ("district", "al"). */
    private List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(name.replace('-', ' '))) {
            if (!placeWords.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** {@code area-words.tsv}: words after a target word that make it a kind of area ("residential areas"). */
    private final Set<String> areaWords = new HashSet<>();
    /** {@code kicker-words.tsv}: a wire's kickers in capitals that open a text like a dateline ("BREAKING:"). */
    private final Set<String> kickerWords = new HashSet<>();

    /** {@code line-words.tsv}: words of a road's, a crossing's or a front's name. */
    private final Set<String> lineWords = new HashSet<>();
    /**
     * Words that, after a town's or district's name, name its seat ({@code seat-words.tsv}: "Rutshuru-centre",
     * "Rumbek Centre", "Beni-ville"): compared without them, as its name's last word only.
     */
    private final Set<String> seatWords = new HashSet<>();

    /** True when the name is a road's, a crossing's or a front's ("the M4 highway", "Bab al-Hawa crossing"). */
    public boolean lineName(String name) {
        for (String t : tokens(name)) {
            if (lineWords.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The knowledge on the class path, read once. */
    public static IncidentSignals shared() {
        return SHARED;
    }

    /**
     * True when outlets attribute the acts of one party to the other ({@code confused-parties.tsv}: "Russian or Syrian
     * government aircraft"): two reports naming them are not kept apart by it.
     */
    public boolean confused(String a, String b) {
        return a != null && b != null && !confused.isEmpty() && confused.contains(a + "|" + b);
    }

    /**
     * True when two victim roles name one group of victims ({@code victim-roles.tsv}: the displaced are civilians), so
     * that outlets code an incident's victims by either.
     */
    public boolean sameVictims(String roleA, String roleB) {
        return roleA != null && roleB != null && victimRoles.contains(roleA + "|" + roleB);
    }

    /**
     * True when outlets read the country of an armed party of this role by where it struck or fell, or by where the
     * group comes from ({@code borderless-roles.tsv}: a group that crosses a border, "Boko Haram" in Cameroon's Far
     * North).
     */
    public boolean borderless(String role) {
        return role != null && borderlessRoles.contains(role);
    }

    /**
     * True when the two sides of a fight may give one group of victims these two roles ({@code contested-roles.tsv}:
     * the dead one side calls young men, the other gunmen).
     */
    public boolean contestedRoles(String roleA, String roleB) {
        return roleA != null && roleB != null && contestedRoles.contains(roleA + "|" + roleB);
    }

    /** The roles the other side may give victims of this role ({@code contested-roles.tsv}), without itself. */
    List<String> contestedRoles(String role) {
        return paired(contestedRoles, role);
    }

    /** The victim roles that name the same group as this one ({@code victim-roles.tsv}), without itself. */
    List<String> sameVictims(String role) {
        return paired(victimRoles, role);
    }

    /** The roles paired with this one in a set of "A|B" pairs. */
    private static List<String> paired(Set<String> pairs, String role) {
        List<String> out = new ArrayList<>(1);
        for (String pair : pairs) {
            if (pair.startsWith(role + "|")) {
                out.add(pair.substring(role.length() + 1));
            }
        }
        return out;
    }

    /** The radius (km) for a place of this precision (null: unknown); negative: the same country suffices. */
    public double radiusKm(Place.Precision precision) {
        Double r = radii.get(precision == null ? "UNKNOWN" : precision.name());
        if (r == null) {
            throw new IllegalStateException("radii.tsv has no radius for " + precision);
        }
        return r;
    }

    /** True when the type needs evidence of sameness (types.tsv). */
    public boolean strict(EventType type) {
        return threshold(type) > 0;
    }

    /** The evidence points a merge of this type needs (types.tsv); 0 for a lenient type. */
    public int threshold(EventType type) {
        Integer t = strict.get(type);
        return t == null ? 0 : t;
    }

    /** The points of a signal (weights.tsv). */
    public int points(String signal) {
        Integer p = points.get(signal);
        if (p == null) {
            throw new IllegalStateException("weights.tsv has no " + signal);
        }
        return p;
    }

    /** The classes of one kind ("weapon", "target") that the text names, sorted. */
    public List<String> classes(String kind, String text) {
        return text == null ? List.of() : classesOf(kind, tokens(text));
    }

    /** As {@link #classes}, of a text already split by {@link #tokens}. */
    List<String> classesOf(String kind, List<String> tokens) {
        Map<String, String> byWord = words.getOrDefault(kind, Map.of());
        if (byWord.isEmpty()) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        int[] lengths = prefixLengths.getOrDefault(kind, NO_LENGTHS);
        boolean targets = kind.equals("target");
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            if (targets && t > 0 && (tokens.get(t - 1).equals("in") || tokens.get(t - 1).equals("to"))) {
                // "died in hospital", "taken to hospital", "on their way to school": where someone was or went,
                // told without an article, not what was hit ("an attack on a hospital", "a bomb at the market")
                continue;
            }
            if (targets && t + 1 < tokens.size() && attributionWords.contains(tokens.get(t + 1))) {
                // "a medical source said", "hospital officials said": who told it, not what was hit
                continue;
            }
            if (targets && (t > 0 && carrierBefore.contains(tokens.get(t - 1)) || t + 1 < tokens.size()
                    && (carrierAfter.contains(tokens.get(t + 1)) || areaWords.contains(tokens.get(t + 1))))) {
                // "a bomb-laden motorcycle", "a car bomb": what carried the bomb (a weapon), not what was hit;
                // "shelled residential areas", "the market area": a kind of area of the town, not a building hit
                continue;
            }
            if (targets && ridden(tokens, t)) {
                continue; // "gunmen on a motorcycle", "the attackers fled on a motorcycle": what they rode
            }
            String c = byWord.get(token);
            if (c == null && t + 1 < tokens.size()) {
                // a compound the data writes hyphenated, written open ("an air strike", "air strikes" for
                // "air-strike"): the two words are the one word
                c = byWord.get(token + "-" + tokens.get(t + 1));
            }
            // the longest prefix word (of 3 or more letters, shorter than the token) that the data lists
            for (int i = 0; c == null && i < lengths.length; i++) {
                int n = lengths[i];
                if (n < token.length()) {
                    c = byWord.get(token.substring(0, n) + "*");
                }
            }
            if (c != null) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * True when a phrase of {@code rider-words.tsv} ends right before the token at {@code t}, or before the words
     * ("a", "their", "two") that stand between: "gunmen on a motorcycle", "fled on a motorcycle", "riding motorbikes".
     */
    private boolean ridden(List<String> tokens, int t) {
        int end = t;
        while (end > 0 && end > t - 2 && riderSkips.contains(tokens.get(end - 1))) {
            end--;
        }
        for (List<String> phrase : riderPhrases) {
            int start = end - phrase.size();
            if (start >= 0 && tokens.subList(start, end).equals(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place name as compared: lower case, letters only, doubled letters single, without the words
     * {@code place-words.tsv} lists ("district", "province", "LGA", "al"): "Gwoza LGA" and "Gwoza", "Afgooye" and
     * "Afgoye", "Lashkar Gah" and "Lashkargah", "al-Mudhaffar" and "Al Mudhaffar" are one name.
     */
    public String placeKey(String name) {
        String known = placeKeys.get(name);
        if (known != null) {
            return known;
        }
        String key = computePlaceKey(name);
        if (placeKeys.size() > 100_000) {
            placeKeys.clear(); // place names are few; a bound keeps a stream of odd ones from growing it
        }
        placeKeys.put(name, key);
        return key;
    }

    /**
     * A name's consonants (of its {@link #placeKey}): without vowels, y and w, c and q as k, doubled letters single.
     * "Kafr Nabudah" and "Kafr Nbouda", "Khan Sheikhoun" and "Khan Shaykhun", "Marka" and "Merca" have one skeleton:
     * spellings of one name where the gazetteer places neither (nothing then says they are two places). Too loose for
     * short names: null under four consonants.
     */
    public String skeleton(String name) {
        String key = placeKey(name);
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (VOWELS.indexOf(ch) >= 0 || ch == 'y' || ch == 'w') {
                continue;
            }
            char c = ch == 'c' || ch == 'q' ? 'k' : ch;
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.length() < 4 ? null : b.toString();
    }

    /**
     * A name's {@link #placeKey} with a y after a vowel read as i, and c and q as k: "Al-Busayrah" and "al-Busaira",
     * "Mudiyah" and "Mudiah", "Mocha" and "al-Mokha" are one name written two ways, which the {@link #skeleton} cannot
     * tell when it is too short; every other letter, vowels too, still counts ("Marka" and "Merca" stay two).
     */
    public String glide(String name) {
        String key = placeKey(name);
        if (key.indexOf('y') < 0 && key.indexOf('c') < 0 && key.indexOf('q') < 0) {
            return key;
        }
        StringBuilder b = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            char c = ch == 'y' && i > 0 && VOWELS.indexOf(key.charAt(i - 1)) >= 0 ? 'i'
                    : ch == 'c' || ch == 'q' ? 'k' : ch;
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A name with an apostrophe inside a word (the ayin of a transliteration, "Bal'ad") written as the letter c, as
     * Somali spelling writes the ayin ("Balcad"), then read as {@link #glide}: the two spellings' readings are equal.
     * Null for a name without such an apostrophe.
     */
    public String ayin(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(name.length());
        boolean found = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if ((ch == '\'' || ch == '\u2019' || ch == '\u2018' || ch == '\u02bf') && i > 0 && i + 1 < name.length()
                    && Character.isLetter(name.charAt(i - 1)) && Character.isLetter(name.charAt(i + 1))) {
                b.append('c');
                found = true;
            } else {
                b.append(ch);
            }
        }
        return found ? glide(b.toString()) : null;
    }

    /** Keys of the place names compared so far (a lookup is compared with every candidate's place). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> placeKeys =
            new java.util.concurrent.ConcurrentHashMap<>();

    private String computePlaceKey(String name) {
        StringBuilder b = new StringBuilder();
        List<String> parts = tokens(name.replace('-', ' '));
        for (int n = 0; n < parts.size(); n++) {
            String t = parts.get(n);
            if (placeWords.contains(t) || n == parts.size() - 1 && b.length() > 0 && seatWords.contains(t)) {
                // (a seat word only after a name: "Rutshuru-centre" is Rutshuru, the "Centre" region and
                // "Centre-Nord" stay what they are)
                continue;
            }
            // spellings of one transliterated name: a final h after a vowel ("Muqdadiyah", "Muqdadiya"; "Raqqah"),
            // "ou" for "u" ("Nouman", "Numan")
            int end = t.length() >= 3 && t.charAt(t.length() - 1) == 'h' && VOWELS.indexOf(t.charAt(t.length() - 2)) >= 0
                    ? t.length() - 1 : t.length();
            for (int i = 0; i < end; i++) {
                char ch = t.charAt(i);
                if (ch == 'o' && i + 1 < end && t.charAt(i + 1) == 'u') {
                    continue;
                }
                if (Character.isLetter(ch) && (b.length() == 0 || b.charAt(b.length() - 1) != ch)) {
                    b.append(ch);
                }
            }
        }
        return b.length() == 0 ? name.toLowerCase(Locale.ROOT) : b.toString();
    }

    /**
     * The place as the evidence means it: a town (or a place of unknown precision) that the evidence names as a
     * province ("Marib province", "the province of Ghazni", "Katsina State": {@code province-words.tsv}) is of
     * province precision.
     */
    public Place placeAsMeant(String location, Place place, String evidence) {
        return evidence == null ? place : placeAsMeant(location, place, tokens(evidence));
    }

    /** As {@link #placeAsMeant(String, Place, String)}, of an evidence already split by {@link #tokens}. */
    Place placeAsMeant(String location, Place place, List<String> words) {
        if (place != null && location != null && place.precision() == Place.Precision.ADMIN1) {
            return cityAsMeant(location, place, words);
        }
        if (place == null || location == null
                || place.precision() != null && place.precision() != Place.Precision.TOWN) {
            return place;
        }
        List<String> name = tokens(location);
        if (name.isEmpty()) {
            return place;
        }
        for (int i = 0; i + name.size() <= words.size(); i++) {
            if (!words.subList(i, i + name.size()).equals(name)) {
                continue;
            }
            int after = i + name.size();
            // ("Titao, province of Loroum": the province word then names another place, the one holding it)
            boolean named = after < words.size() && provinceWords.contains(words.get(after))
                    && !(after + 1 < words.size() && words.get(after + 1).equals("of"))
                    || i >= 2 && words.get(i - 1).equals("of") && provinceWords.contains(words.get(i - 2))
                    || name.size() > 1 && provinceWords.contains(name.get(name.size() - 1))
                    // "in Birnin Gwari Local Government Area of Kaduna", "the Bara tehsil of Khyber": the town of the
                    // province's name after a rural district's "of" is the province that holds the district (not "the
                    // Dniprovskyi district of Kherson", a quarter of the city: a district, a commune, a community or a
                    // township may be a town's)
                    || i >= 2 && words.get(i - 1).equals("of") && provinceNamesake(location, place)
                            && (districtWords.contains(words.get(i - 2)) && !URBAN_DISTRICTS.contains(words.get(i - 2))
                                    || i >= 3 && words.get(i - 2).equals("area")
                                    && words.get(i - 3).equals("government"))
                    || provinceNamesake(location, place) && (after < words.size()
                            && countrysideWords.contains(words.get(after))
                            // "in Daraa northern countryside": a side of it before the countryside word
                            || after + 1 < words.size() && half(words.get(after)) != null
                            && countrysideWords.contains(words.get(after + 1)) || i >= 1
                            && countrysideWords.contains(words.get(i - 1)) || i >= 2 && words.get(i - 1).equals("of")
                            && countrysideWords.contains(words.get(i - 2)));
            if (named) {
                return new Place(place.name(), place.country(), place.latitude(), place.longitude(),
                        Place.Precision.ADMIN1, place.admin1(), null);
            }
        }
        return place;
    }

    /** Words that say where a thing happened ("in Kherson city", "at the city of"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "on", "into", "inside");

    /** District words that may name a town's quarter ("the Dniprovskyi district of Kherson", "the commune of"). */
    private static final Set<String> URBAN_DISTRICTS = Set.of("district", "commune", "community", "township",
            "municipality", "subdistrict", "sub-district");

    /**
     * A province the evidence calls a city by its name ("in Kherson city (Dniprovskyi district), Kherson oblast", "the
     * city of Kherson"): the town of the province's name, where it happened, though the gazetteer's reading was the
     * province (which the text also names, as the city's).
     */
    private Place cityAsMeant(String location, Place place, List<String> words) {
        List<String> name = tokens(location);
        if (name.isEmpty() || !provinceNamesake(location, place)) {
            return place;
        }
        for (int i = 0; i + name.size() <= words.size(); i++) {
            if (!words.subList(i, i + name.size()).equals(name)) {
                continue;
            }
            int after = i + name.size();
            // where it happened ("in Kherson city", "in the city of Kherson"), not a landmark ("30 km south of Idlib
            // city") nor who spoke ("the Kherson City Military Administration said")
            if (after < words.size() && words.get(after).equals("city") && i >= 1 && LOCATIVES.contains(words.get(i - 1))
                    || i >= 4 && words.get(i - 1).equals("of") && words.get(i - 2).equals("city")
                    && words.get(i - 3).equals("the") && LOCATIVES.contains(words.get(i - 4))) {
                return new Place(place.name(), place.country(), place.latitude(), place.longitude(),
                        Place.Precision.TOWN, place.admin1(), place.admin2());
            }
        }
        return place;
    }

    /**
     * The mark of a name the text calls a district ({@code district-words.tsv}: "Jibia Local Government Area", "Andar
     * district"): {@link #names} gives it as {@code AREA + key} beside the key (sorted first, so never cut).
     */
    public static final String AREA = "#";

    /** True when the place's province bears its name ("Idlib" in Idlib governorate). */
    private boolean provinceNamesake(String location, Place place) {
        return place.admin1() != null && place.admin1().name() != null
                && placeKey(place.admin1().name()).equals(placeKey(location));
    }

    /**
     * The mark of a name the text calls a province ({@code province-words.tsv}: "Idlib governorate", "the countryside
     * of Idlib", "rural Aleppo"): {@link #names} gives it as {@code PROVINCE + key} instead of the key, so that it
     * names no town of that name.
     */
    public static final String PROVINCE = "^";

    /**
     * The mark of a name whose countryside the text means ({@code countryside-words.tsv}: "the southern countryside of
     * Idlib", "Hasakah countryside"): {@link #names} gives it as {@code COUNTRYSIDE + key} instead of the key (sorted
     * first, so never cut). The countryside is not the town.
     */
    public static final String COUNTRYSIDE = "!";

    /**
     * The mark of a name the text reckons from ("east of Jasim", "between Samarra and Diyala"): {@link #names} gives
     * it as {@code BEARING + key} instead of the key (sorted first, so never cut). It is not where it happened.
     */
    public static final String BEARING = "&";

    /**
     * The place as known when the text gives it only as a landmark ("a convoy travelling between Mogadishu and
     * Afgooye", "35 km from Maiduguri"): its coordinates, but not to a town's precision (null: the radius of an
     * unknown precision), since it happened somewhere reckoned from the town, not in it.
     */
    Place reckonedFrom(String location, Place place, List<String> names) {
        if (place == null || location == null || place.precision() != Place.Precision.TOWN
                || !onlyBearing(location, names)) {
            return place;
        }
        return new Place(place.name(), place.country(), place.latitude(), place.longitude(), null, place.admin1(),
                place.admin2());
    }

    /**
     * The mark of a name the text gives a place near ("fighting near Abu Rasin", "an ambush near Mir Ali"):
     * {@link #names} gives it as {@code NEARBY + key} beside the key (sorted first, so never cut). It happened at the
     * town's edge or around it, which the town's countryside holds.
     */
    public static final String NEARBY = "+";

    /** True when the names give this place as one it happened near ("near Abu Rasin"). */
    boolean nearby(String location, List<String> names) {
        return names.contains(NEARBY + placeKey(location));
    }

    /**
     * The mark of a name the text reckons a distance from ("about 30 km northwest of Mogadishu", "35 kilometres from
     * Maiduguri": {@code distance-words.tsv}): {@link #names} gives it as {@code DISTANT + key} beside its {@link
     * #BEARING} mark. It happened some way off, not at the town's edge.
     */
    public static final String DISTANT = "@";

    /**
     * The mark of a weekday the text gives only as the day its source spoke ("the military said Thursday", "told AFP
     * on Wednesday": {@code speech-words.tsv}): {@link #names} gives it as {@code SPOKEN + key} instead of the plain
     * name. A report dated by it may be of the day before.
     */
    public static final String SPOKEN = "%";

    /** How many words before a weekday a speech word makes it the day the source spoke ("said in a statement on"). */
    private static final int SPOKEN_REACH = 5;

    /** {@code speech-words.tsv}: words of telling the news ("said", "told"). */
    private final Set<String> speechWords = new HashSet<>();

    /**
     * True when one of the {@value #SPOKEN_REACH} words before {@code at}, in its clause (no punctuation between), is a
     * speech word.
     */
    private boolean spokenAt(String[] words, List<Boolean> parted, int at) {
        for (int i = at - 1; i >= 0 && i >= at - SPOKEN_REACH; i--) {
            if (speechWords.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (parted.get(i)) {
                return false; // punctuation before this word: another clause
            }
        }
        return false;
    }

    /**
     * The mark of a text that puts its incident on the day before the one it speaks from ({@code day-before-words.tsv}:
     * "the day before", "a day after an attack"): a report dated by the day it speaks from may be of the day before.
     */
    public static final String DAY_BEFORE = SPOKEN + "day-before";

    /**
     * The mark of a text that names a militia ({@code militia-words.tsv}: "militiamen stormed a camp"): the perpetrator
     * it gives the role of state forces may be the group another outlet names as rebels.
     */
    public static final String MILITIA = SPOKEN + "militia";

    /** {@code militia-words.tsv}. */
    private final Set<String> militiaWords = new HashSet<>();

    /**
     * The mark of a text that says its toll rose from an earlier one ({@code rise-words.tsv}: "the death toll has
     * risen to seven", "raising an earlier toll of four"): a lower figure another outlet gave first is its early toll.
     */
    public static final String RISEN = SPOKEN + "risen";

    /** {@code rise-words.tsv}, each with a space either side. */
    private final List<String> riseWords = new ArrayList<>();

    /** {@code day-before-words.tsv}, each with a space either side. */
    private final List<String> dayBeforeWords = new ArrayList<>();

    /** True when the text has one of the phrases of {@code day-before-words.tsv}, as whole words. */
    private boolean dayBefore(String text) {
        return hasPhrase(text, dayBeforeWords);
    }

    /** True when the text has one of the phrases (each with a space either side), as whole words. */
    private static boolean hasPhrase(String text, List<String> phrases) {
        String t = " " + String.join(" ", tokens(text)) + " ";
        for (String phrase : phrases) {
            if (t.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** {@code distance-words.tsv}: units of distance ("km", "kilometres", "miles"). */
    private final Set<String> distanceWords = new HashSet<>();

    /** {@code edge-words.tsv}: words of a town's edge ("outskirts", "suburb"). */
    private final Set<String> edgeWords = new HashSet<>();

    /**
     * True when the edge word at {@code at} ("outskirts" of "a settlement on the outskirts of Kherson") follows, in the
     * same clause, an apposition to a name given first ("Antonivka, a settlement on ..."): the name is the place, the
     * town after the edge word its landmark. "An ambush on the outskirts of Afgoye" gives no other name: Afgoye is the
     * place.
     */
    private static boolean edgeOf(String[] words, List<Boolean> parted, int at) {
        for (int i = at; i >= 1 && i > at - 8; i--) {
            if (parted.get(i)) {
                // the clause starts here: a comma after a capitalised name
                return Character.isUpperCase(words[i - 1].charAt(0));
            }
        }
        return false;
    }

    /** A distance's figure ("30", "35"), or -1 for a word ("a few", "several"). */
    static int distance(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(word);
    }

    /** True when the names give this place only as a landmark a distance is reckoned from ("30 km north of Baghdad"). */
    boolean onlyDistant(String location, List<String> names) {
        String key = placeKey(location);
        return names.contains(DISTANT + key) && !names.contains(key);
    }

    /** True when the names give this place only as a landmark ("a hideout east of Samarra"). */
    boolean onlyBearing(String location, List<String> names) {
        String key = placeKey(location);
        return names.contains(BEARING + key) && !names.contains(key);
    }

    /**
     * True when the names call this place a province, a district or a town's countryside ("in the Centre-North region",
     * "Dablo commune", "the Idlib countryside").
     */
    boolean calledArea(String location, List<String> names) {
        String key = placeKey(location);
        return names.contains(PROVINCE + key) || names.contains(AREA + key) || names.contains(COUNTRYSIDE + key);
    }

    /** True when the names give this place's countryside, not the place ("in the countryside of Idlib"). */
    boolean countrysideOf(String location, List<String> names) {
        String key = placeKey(location);
        return names.contains(COUNTRYSIDE + key) && !names.contains(key);
    }

    /**
     * The mark of a name a compass word qualifies ("south Kashmir", "northern Hama"): {@link #names} gives it as {@code
     * PART + halves + PART + key} beside the key, the halves one or two of "n", "s", "e", "w".
     */
    public static final String PART = "<";

    /** "north" and "northern" -> "n", "north-western" and "northwestern" -> "nw"; null for another word. */
    static String half(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("-", "");
        if (w.endsWith("ern")) {
            w = w.substring(0, w.length() - 3);
        }
        StringBuilder b = new StringBuilder(2);
        for (String[] c : COMPASS) {
            if (w.startsWith(c[0])) {
                b.append(c[1]);
                w = w.substring(c[0].length());
            }
        }
        for (String[] c : COMPASS) {
            if (w.equals(c[0])) {
                b.append(c[1]);
                w = "";
            }
        }
        return w.isEmpty() && b.length() > 0 ? b.toString() : null;
    }

    private static final String[][] COMPASS = {{"north", "n"}, {"south", "s"}, {"east", "e"}, {"west", "w"}};

    /**
     * True when both texts qualify one name with opposite compass words and share none ("south Kashmir" and "north
     * Kashmir's Sopore", "northern Hama" and "southern Hama"): two parts of the area.
     */
    static boolean otherParts(List<String> a, List<String> b) {
        java.util.Map<String, String> ha = halves(a);
        if (ha.isEmpty()) {
            return false;
        }
        java.util.Map<String, String> hb = halves(b);
        for (java.util.Map.Entry<String, String> e : ha.entrySet()) {
            String other = hb.get(e.getKey());
            if (other != null && opposite(e.getValue(), other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each name a compass word qualifies, the union of its halves: a story that joined "south" and "north Kashmir"
     * reports holds both, and is then no evidence against either.
     */
    private static java.util.Map<String, String> halves(List<String> names) {
        java.util.Map<String, String> out = new java.util.HashMap<>(2);
        for (String x : names) {
            if (!x.startsWith(PART)) {
                continue;
            }
            int cut = x.indexOf(PART, 1);
            out.merge(x.substring(cut + 1), x.substring(1, cut), String::concat);
        }
        return out;
    }

    private static boolean opposite(String a, String b) {
        for (int i = 0; i < a.length(); i++) {
            if (b.indexOf(a.charAt(i)) >= 0) {
                return false; // "northern" and "north-western": overlapping parts
            }
        }
        return a.contains("n") && b.contains("s") || a.contains("s") && b.contains("n")
                || a.contains("e") && b.contains("w") || a.contains("w") && b.contains("e");
    }

    /**
     * The mark of a name the text gives as a part of the area named after it ("the Datta Khel area of North
     * Waziristan", "the Saltivka area of Kharkiv city"): {@link #names} gives it as {@code SPOT + key} beside the key
     * (sorted first, so never cut). Where in the area it happened, not a district (two such parts may be one quarter
     * named two ways).
     */
    public static final String SPOT = "=";

    /** The names the text gives as a part of the area named after them ({@link #SPOT}), as {@link #placeKey}. */
    static List<String> spots(List<String> names) {
        List<String> out = new ArrayList<>(1);
        for (String n : names) {
            if (n.startsWith(SPOT)) {
                out.add(n.substring(SPOT.length()));
            }
        }
        return out;
    }

    /** The names the text calls a district, as {@link #placeKey} (without the {@link #AREA} mark). */
    static List<String> areas(List<String> names) {
        List<String> out = new ArrayList<>(2);
        for (String n : names) {
            if (n.startsWith(AREA)) {
                out.add(n.substring(AREA.length()));
            }
        }
        return out;
    }

    private static final String VOWELS = "aeiou";

    /** Punctuation that ends a run of names. */
    private static final String PUNCTUATION = ",.;:()\"'’";

    /** Days and months, which end a clause before ", near X" without naming a place ("killed on Friday, near Diban"). */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december");

    /** The weekdays, as {@link #placeKey} gives them. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The most names an incident keeps. */
    static final int MAX_NAMES = 12;

    /**
     * The names the text gives: each run of capitalised words (an Arabic article inside a run is kept: "Busra al-Sham"),
     * as {@link #placeKey}, sorted, at most {@value #MAX_NAMES}; the text's first word only when a second follows it.
     */
    public List<String> names(String text) {
        if (text == null) {
            return List.of();
        }
        TreeSet<String> out = new TreeSet<>();
        // the words, and which ones punctuation parts from the word before: a run of names ends there ("Kote Sangi,
        // Kabul" and "MOGADISHU, March 4 (Xinhua)" are two and three names, not one)
        List<String> list = new ArrayList<>();
        List<Boolean> parted = new ArrayList<>();
        boolean cut = false;
        int from = -1;
        for (int i = 0; i <= text.length(); i++) {
            char ch = i < text.length() ? text.charAt(i) : ' ';
            boolean mark = PUNCTUATION.indexOf(ch) >= 0;
            if (Character.isWhitespace(ch) || mark) {
                if (from >= 0) {
                    list.add(text.substring(from, i));
                    parted.add(cut);
                    cut = false;
                    from = -1;
                }
                cut |= mark;
            } else if (from < 0) {
                from = i;
            }
        }
        String[] words = list.toArray(new String[0]);
        String datelineKey = null;
        StringBuilder run = new StringBuilder();
        int length = 0;
        int start = 0;
        for (int i = 0; i <= words.length; i++) {
            String w = i < words.length ? words[i] : "";
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
            boolean article = length > 0 && w.contains("-")
                    && placeWords.contains(w.toLowerCase(Locale.ROOT).substring(0, w.indexOf('-')));
            if ((capital || article) && !(length > 0 && parted.get(i))) {
                if (length == 0) {
                    start = i;
                }
                run.append(length == 0 ? "" : " ").append(w);
                length++;
                continue;
            }
            if (length == 1 && start == 0 && dateline(words, parted)
                    && !kickerWords.contains(words[0].toLowerCase(Locale.ROOT))) { // not "BREAKING: ...
                datelineKey = placeKey(run.toString()); // (kept below unless the text names it otherwise)
            } else if (length > 0 && !(start == 0 && length == 1)) {
                String key = placeKey(run.toString());
                if (key.length() >= 3) {
                    // "Idlib governorate", "the countryside of Idlib", "rural Aleppo", "Katsina State": the text
                    // means the province, which names no town of that name
                    String before = start >= 1 && !parted.get(start) ? words[start - 1].toLowerCase(Locale.ROOT) : "";
                    String of = before.equals("of") && start >= 2 ? words[start - 2].toLowerCase(Locale.ROOT) : "";
                    // (the word after the name, in its clause: "late Tuesday, district police said" calls no day a
                    // district)
                    String after = i < words.length && !parted.get(i) ? w.toLowerCase(Locale.ROOT) : "";
                    boolean countryside = countrysideWords.contains(after) || countrysideWords.contains(before)
                            || countrysideWords.contains(of)
                            // "in Daraa northern countryside": a side of it before the countryside word
                            || !after.isEmpty() && half(after) != null && i + 1 < words.length && !parted.get(i + 1)
                                    && countrysideWords.contains(words[i + 1].toLowerCase(Locale.ROOT));
                    boolean province = provinceWords.contains(after) || provinceWords.contains(before)
                            || provinceWords.contains(of)
                            || length > 1 && provinceWords.contains(words[i - 1].toLowerCase(Locale.ROOT));
                    // "Inkhil, a few kilometres east of Jasim", "Hayan, north-west of Aleppo", "on the road between
                    // Saraqeb and Idlib": a landmark it is reckoned from, which is not where it happened
                    // ... or "in Al-Hawayij, near Diban": the town that says where the village named first lies
                    // (not "in the east of Deir ez-Zor": inside the area)
                    // ... or "Antonivka, a settlement on the eastern outskirts of Kherson": a name after the words of a
                    // town's edge (edge-words.tsv) is the town the place named first lies by
                    boolean edge = edgeWords.contains(of) && start >= 3 && edgeOf(words, parted, start - 2);
                    boolean bearing = edge
                            || half(of) != null && !(start >= 3 && words[start - 3].equalsIgnoreCase("the"))
                            || before.equals("between")
                            // "at the exit of Gao town on the road to Bourem": where the road leads, not where it was
                            || (before.equals("to") || before.equals("towards")) && start >= 2
                                    && lineWords.contains(words[start - 2].toLowerCase(Locale.ROOT))
                            || before.equals("and") && start >= 3 && words[start - 3].equalsIgnoreCase("between")
                            || before.equals("near") && start >= 2 && parted.get(start - 1)
                                    && Character.isUpperCase(words[start - 2].charAt(0))
                                    && !CALENDAR.contains(words[start - 2].toLowerCase(Locale.ROOT));
                    // "about 30 km northwest of Mogadishu", "some 35 kilometres from Maiduguri": a distance reckoned
                    // from the town
                    // (not "about 5 km from Eringeti", "a few kilometres from Dori": the town's surroundings)
                    int unit = before.equals("from") ? start - 2 : half(of) != null ? start - 3 : -1;
                    boolean distant = unit >= 1 && distanceWords.contains(words[unit].toLowerCase(Locale.ROOT))
                            && distance(words[unit - 1]) >= points("distant-km");
                    bearing |= distant;
                    if (distant && !countryside && !province) {
                        out.add(DISTANT + key);
                    }
                    if (countryside) {
                        out.add(COUNTRYSIDE + key);
                    } else if (province) {
                        out.add(PROVINCE + key);
                    } else if (length == 1 && WEEKDAYS.contains(key) && !parted.get(start)
                            && spokenAt(words, parted, start)) {
                        out.add(SPOKEN + key); // "the military said Thursday"
                    } else {
                        out.add(bearing ? BEARING + key : key);
                        if (!bearing && before.equals("near")) {
                            out.add(NEARBY + key);
                        }
                    }
                    String half = before.isEmpty() ? null : half(before);
                    if (half != null && start >= 3 && words[start - 2].equalsIgnoreCase("s") && parted.get(start - 2)
                            && !parted.get(start - 1) && Character.isUpperCase(words[start - 3].charAt(0))) {
                        // "in Nigeria's northeastern Borno state", "Mali's central Mopti region": the compass word
                        // says where the province lies in the country before it, not which part of the province
                        half = null;
                    }
                    if (half == null && !edge && !distant) {
                        // "in the east of Deir ez-Zor", "a village north of Idlib city": that side of it (a place some
                        // km off, or on a town's outskirts, is reckoned from it, not a part of it)
                        half = half(of);
                    }
                    if (half != null) {
                        out.add(PART + half + PART + key); // "south Kashmir", "in northern Hama": a part of the area
                    }
                    String last = words[i - 1].toLowerCase(Locale.ROOT);
                    boolean lga = last.equals("area") && length >= 3
                            && words[i - 2].equalsIgnoreCase("government"); // "Local Government Area"
                    // "the circle of Koro", "the commune of Titao": a district word, "of", the name
                    if (after.equals("area") && i + 1 < words.length && words[i + 1].equalsIgnoreCase("of")) {
                        out.add(SPOT + key); // "the Datta Khel area of North Waziristan": a part of the area after it
                    }
                    if (lga || districtWords.contains(of) || districtWords.contains(last) || districtWords.contains(after)) {
                        out.add(AREA + key); // "in Jibia Local Government Area", "in Andar district"
                    }
                }
            }
            run.setLength(0);
            length = 0;
            if (capital) {
                start = i; // a name right after punctuation starts the next run
                run.append(w);
                length = 1;
            }
        }
        if (datelineKey != null && datelineKey.length() >= 3 && !out.contains(BEARING + datelineKey)
                && !out.contains(PROVINCE + datelineKey) && !out.contains(COUNTRYSIDE + datelineKey)) {
            // the town the report was filed from ("TANK: A policeman was martyred at the Gomal checkpost"), unless the
            // text gives it as a landmark ("MOGADISHU - ... a base about 30 km northwest of Mogadishu") or an area
            out.add(datelineKey);
        }
        if (dayBefore(text)) {
            out.add(DAY_BEFORE); // (sorted among the first, with the other marks)
        }
        if (hasPhrase(text, riseWords)) {
            out.add(RISEN);
        }
        for (String w : tokens(text)) {
            if (militiaWords.contains(w)) {
                out.add(MILITIA);
                break;
            }
        }
        List<String> names = new ArrayList<>(out);
        return List.copyOf(names.subList(0, Math.min(MAX_NAMES, names.size())));
    }

    /**
     * True when the text's first word is a dateline: a name in capitals, then a colon, a comma or a dash ("TANK: A
     * policeman was martyred", "QUETTA - Six policemen"), the town the report was filed from, which the word's capital
     * does not owe to the sentence's start.
     */
    private static boolean dateline(String[] words, List<Boolean> parted) {
        String w = words.length > 1 ? words[0] : "";
        if (w.length() < 3 || !(parted.get(1) || words[1].equals("-") || words[1].equals("\u2013")
                || words[1].equals("\u2014"))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words (letters, digits and inner hyphens). */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        String lc = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lc.length(); i++) {
            char ch = i < lc.length() ? lc.charAt(i) : ' ';
            boolean part = Character.isLetterOrDigit(ch) || ch == '-' && start >= 0;
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                String t = lc.substring(start, i);
                while (t.endsWith("-")) {
                    t = t.substring(0, t.length() - 1);
                }
                if (!t.isEmpty()) {
                    out.add(t);
                }
                start = -1;
            }
        }
        return out;
    }

    /** The most words a sketch keeps. */
    static final int SKETCH_WORDS = 16;
    /** The fewest words a sketch needs to be compared. */
    static final int SKETCH_MIN_WORDS = 12;

    /**
     * Hashes of the text's words of four or more characters, sorted, at most {@value #SKETCH_WORDS} (the smallest
     * hashes, so that two near-identical texts keep nearly the same ones); null for no text.
     */
    public static List<Integer> sketch(String text) {
        return text == null ? null : sketchOf(tokens(text));
    }

    /** As {@link #sketch}, of a text already split by {@link #tokens}. */
    static List<Integer> sketchOf(List<String> tokens) {
        TreeSet<Integer> hashes = new TreeSet<>();
        for (String t : tokens) {
            if (t.length() >= 4) {
                hashes.add(t.hashCode() * 0x9E3779B1);
            }
        }
        List<Integer> out = new ArrayList<>(SKETCH_WORDS);
        for (Integer h : hashes) {
            if (out.size() == SKETCH_WORDS) {
                break;
            }
            out.add(h);
        }
        return List.copyOf(out);
    }

    /**
     * Jaccard similarity of the two texts estimated from their sketches (bottom-k: of the smallest hashes of the union,
     * the share both hold), 0 when either is missing or has fewer than {@value #SKETCH_MIN_WORDS} words (too short a
     * text to tell a copy from a template).
     */
    public static double similarity(List<Integer> a, List<Integer> b) {
        if (a == null || b == null || a.size() < SKETCH_MIN_WORDS || b.size() < SKETCH_MIN_WORDS) {
            return 0;
        }
        // both sorted and distinct: walk them together, in order, up to the union's first SKETCH_WORDS
        int i = 0;
        int j = 0;
        int n = 0;
        int common = 0;
        while (n < SKETCH_WORDS && (i < a.size() || j < b.size())) {
            int c = i == a.size() ? 1 : j == b.size() ? -1 : Integer.compare(a.get(i), b.get(j));
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
            n++;
        }
        return (double) common / n;
    }

    /**
     * The address family: host without "www.", "m." or "amp.", and the path without query, fragment, file
     * extension, an "amp" or "print" segment or a trailing "-update": the versions of one article at one outlet
     * (its mobile, AMP, print and updated pages) share it; null for no or an unreadable address.
     */
    public static String urlFamily(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
        String host = u.getHost();
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("www.", "m.", "amp.", "mobile.")) {
            if (host.startsWith(prefix)) {
                host = host.substring(prefix.length());
            }
        }
        List<String> segments = new ArrayList<>();
        for (String seg : (u.getPath() == null ? "" : u.getPath()).toLowerCase(Locale.ROOT).split("/")) {
            String s = seg.replaceAll("\\.(html?|php|aspx?)$", "");
            if (s.isEmpty() || s.equals("amp") || s.equals("print")) {
                continue;
            }
            s = s.replaceAll("-update[sd]?$", "");
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return host + "/" + String.join("/", segments);
    }

    static IncidentSignals load() {
        Map<String, Double> radii = new HashMap<>();
        for (String[] row : rows("radii.tsv", 2)) {
            radii.put(row[0], Double.parseDouble(row[1]));
        }
        Map<EventType, Integer> strict = new EnumMap<>(EventType.class);
        for (String[] row : rows("types.tsv", 3)) {
            boolean isStrict = row[1].equals("strict");
            if (!isStrict && !row[1].equals("lenient") || isStrict == row[2].equals("-")) {
                throw new IllegalStateException("types.tsv: strict with a threshold, or lenient with -: "
                        + String.join(" ", row));
            }
            strict.put(EventType.valueOf(row[0]), isStrict ? Integer.parseInt(row[2]) : 0);
        }
        if (strict.size() != EventType.values().length) {
            throw new IllegalStateException("types.tsv must give every event type a policy: " + strict.keySet());
        }
        Map<String, Integer> points = new HashMap<>();
        for (String[] row : rows("weights.tsv", 2)) {
            points.put(row[0], Integer.parseInt(row[1]));
        }
        Map<String, Map<String, String>> words = new HashMap<>();
        for (String[] row : rows("signals.tsv", 3)) {
            Map<String, String> byWord = words.computeIfAbsent(row[0], k -> new HashMap<>());
            for (String w : row[2].trim().split("\\s+")) {
                String prior = byWord.put(w, row[1]);
                if (prior != null && !prior.equals(row[1])) {
                    throw new IllegalStateException("signals.tsv: " + w + " is both " + prior + " and " + row[1]);
                }
            }
        }
        Set<String> placeWords = new HashSet<>();
        for (String[] row : rows("place-words.tsv", 1)) {
            placeWords.add(row[0]);
        }
        Set<String> provinceWords = new HashSet<>();
        for (String[] row : rows("province-words.tsv", 1)) {
            provinceWords.add(row[0]);
        }
        Set<String> districtWords = new HashSet<>();
        for (String[] row : rows("district-words.tsv", 1)) {
            districtWords.add(row[0]);
        }
        IncidentSignals out = new IncidentSignals(radii, strict, points, words, placeWords, provinceWords,
                districtWords);
        for (String[] row : rows("line-words.tsv", 1)) {
            out.lineWords.add(row[0]);
        }
        for (String[] row : rows("seat-words.tsv", 1)) {
            out.seatWords.add(row[0]);
        }
        for (String[] row : rows("attribution-words.tsv", 1)) {
            out.attributionWords.add(row[0]);
        }
        for (String[] row : rows("carrier-words.tsv", 2)) {
            (row[0].equals("before") ? out.carrierBefore : out.carrierAfter).add(row[1]);
        }
        for (String[] row : rows("rider-words.tsv", 2)) {
            if (row[0].equals("skip")) {
                out.riderSkips.add(row[1]);
            } else {
                out.riderPhrases.add(List.of(row[1].trim().split("\\s+")));
            }
        }
        for (String[] row : rows("head-words.tsv", 1)) {
            out.headWords.add(row[0]);
        }
        for (String[] row : rows("area-words.tsv", 1)) {
            out.areaWords.add(row[0]);
        }
        for (String[] row : rows("kicker-words.tsv", 1)) {
            out.kickerWords.add(row[0]);
        }
        for (String[] row : rows("edge-words.tsv", 1)) {
            out.edgeWords.add(row[0]);
        }
        for (String[] row : rows("day-before-words.tsv", 1)) {
            out.dayBeforeWords.add(" " + row[0] + " ");
        }
        for (String[] row : rows("rise-words.tsv", 1)) {
            out.riseWords.add(" " + row[0] + " ");
        }
        for (String[] row : rows("militia-words.tsv", 1)) {
            out.militiaWords.add(row[0]);
        }
        for (String[] row : rows("speech-words.tsv", 1)) {
            out.speechWords.add(row[0]);
        }
        for (String[] row : rows("distance-words.tsv", 1)) {
            out.distanceWords.add(row[0]);
        }
        for (String[] row : rows("countryside-words.tsv", 1)) {
            out.countrysideWords.add(row[0]);
        }
        for (String[] row : rows("confused-parties.tsv", 2)) {
            out.confused.add(row[0] + "|" + row[1]);
            out.confused.add(row[1] + "|" + row[0]);
        }
        for (String[] row : rows("victim-roles.tsv", 2)) {
            out.victimRoles.add(row[0] + "|" + row[1]);
            out.victimRoles.add(row[1] + "|" + row[0]);
        }
        for (String[] row : rows("borderless-roles.tsv", 1)) {
            out.borderlessRoles.add(row[0]);
        }
        for (String[] row : rows("contested-roles.tsv", 2)) {
            out.contestedRoles.add(row[0] + "|" + row[1]);
            out.contestedRoles.add(row[1] + "|" + row[0]);
        }
        return out;
    }

    private static List<String[]> rows(String file, int columns) {
        String path = "/incident/" + file;
        try (InputStream in = IncidentSignals.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(path + ": expected " + columns + " columns: " + line);
                }
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
