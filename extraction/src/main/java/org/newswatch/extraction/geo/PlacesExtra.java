package org.newswatch.extraction.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newswatch.contracts.Place;

/**
 * Places the news names that GeoNames' {@code cities500} and divisions lack or know only under another name
 * ({@code geo/places-extra.tsv}, written by hand): towns, villages, crossings and camps ("Sarmada", "Bab al-Hawa",
 * "al-Hol"), divisions missing from the data ("Maguindanao del Norte") and divisions under their common name
 * ("Soum" for the GeoNames province "Djelgodji"). Each entry behaves like a gazetteer entry: country, first- and
 * second-level division, coordinates when the table gives them. A division alias is the existing division entry
 * itself (same code, same place), not a new one.
 *
 * <p>Built once by {@link GeoNamesGazetteer} after its own index (it resolves the table's division codes and names
 * against it); a few milliseconds.
 */
final class PlacesExtra {

    static final String RESOURCE = "/geo/places-extra.tsv";

    /** The population an added town is ranked by: above a foreign hamlet of the same name, below a real town. */
    static final long TOWN_POPULATION = 10_000;
    /** The population an added second-level division is ranked by. */
    static final long ADMIN2_POPULATION = 100_000;
    /** The population an added first-level division is ranked by. */
    static final long ADMIN1_POPULATION = 500_000;

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}\\.[0-9A-Za-z.]+");

    /** One line of the table, resolved: its match (what a lookup answers), its names, its line. */
    record Entry(GeoMatch match, List<String> names, boolean alias, int line) {
    }

    private final Map<String, List<Entry>> byKey;
    private final Map<String, List<Entry>> byFuzzy;
    private final List<Entry> entries;

    private PlacesExtra(Map<String, List<Entry>> byKey, Map<String, List<Entry>> byFuzzy, List<Entry> entries) {
        this.byKey = byKey;
        this.byFuzzy = byFuzzy;
        this.entries = entries;
    }

    /** Every entry, in table order. */
    List<Entry> entries() {
        return entries;
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The countries of the entries of this name key, in table order. */
    List<String> countries(String key) {
        List<Entry> es = byKey.get(key);
        if (es == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(es.size());
        for (Entry e : es) {
            out.add(e.match().place().country());
        }
        return out;
    }

    /**
     * The best entry of this name key: in the story's country first, then of the kind the text implies, then the
     * first in the table; by the transliteration-tolerant key only when {@code fuzzyToo} and no exact key answers.
     */
    GeoMatch pick(String key, PlaceKind hint, String bias, boolean fuzzyToo) {
        List<Entry> es = byKey.get(key);
        boolean fuzzy = false;
        if (es == null && fuzzyToo) {
            String fk = PlaceNames.fuzzy(key);
            es = fk.length() >= 4 ? byFuzzy.get(fk) : null;
            String dental = es == null ? PlaceNames.dentalVariant(key) : null;
            if (dental != null) {
                es = byKey.get(dental); // "Thiban" for "Dhiban", as the gazetteer reads it
            }
            fuzzy = true;
        }
        if (es == null) {
            return null;
        }
        Entry best = null;
        int bestScore = -1;
        for (Entry e : es) {
            int score = (bias != null && bias.equals(e.match().place().country()) ? 2 : 0)
                    + (hint != null && compatible(e.match().kind(), hint) ? 1 : 0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        GeoMatch m = best.match();
        return fuzzy ? new GeoMatch(m.place(), m.kind(), m.population(), true) : m;
    }

    /** A kind answers a hint: the same kind, or a division for a division (as the gazetteer's own fallback). */
    static boolean compatible(PlaceKind kind, PlaceKind hint) {
        return kind == hint || isDivision(kind) && isDivision(hint);
    }

    private static boolean isDivision(PlaceKind k) {
        return k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2;
    }

    /** Reads the table, resolving divisions against the gazetteer's own index; fails on any line it cannot read. */
    static PlacesExtra load(GeoNamesGazetteer g) {
        List<String[]> lines = new ArrayList<>();
        List<Integer> lineNos = new ArrayList<>();
        try (InputStream in = PlacesExtra.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new PlacesExtra(Map.of(), Map.of(), List.of());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": 6 tab-separated fields expected, "
                            + f.length + " found");
                }
                lines.add(f);
                lineNos.add(lineNo);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, List<Entry>> byKey = new HashMap<>();
        Map<String, List<Entry>> byFuzzy = new HashMap<>();
        List<Entry> all = new ArrayList<>();
        java.util.Set<String> countries = g.countryCodes();
        Map<String, GeoMatch> divisions = new HashMap<>(); // many lines name the same division: resolve it once
        // divisions first, so that a town's line may name a division the table adds or renames
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < lines.size(); i++) {
                String[] f = lines.get(i);
                boolean town = f[1].strip().equalsIgnoreCase("town");
                if (town != (pass == 1)) {
                    continue;
                }
                Entry e = entry(g, byKey, countries, divisions, f, lineNos.get(i));
                all.add(e);
                for (String n : e.names()) {
                    String key = PlaceNames.key(n);
                    List<Entry> same = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (same.contains(e)) {
                        continue; // two spellings of the line with one key ("Donga-Mantung", "Donga Mantung")
                    }
                    for (Entry o : same) {
                        if (o.match().place().country().equals(e.match().place().country())
                                && o.match().kind() == e.match().kind()) {
                            throw new IllegalArgumentException(RESOURCE + ":" + e.line() + ": '" + n
                                    + "' is already line " + o.line() + "'s");
                        }
                    }
                    same.add(e);
                    String fk = PlaceNames.fuzzy(key);
                    if (fk.length() >= 4) {
                        List<Entry> fs = byFuzzy.computeIfAbsent(fk, k -> new ArrayList<>(1));
                        if (!fs.contains(e)) {
                            fs.add(e);
                        }
                    }
                }
            }
        }
        all.sort(java.util.Comparator.comparingInt(Entry::line));
        titledDivisions(g, byKey, byFuzzy);
        return new PlacesExtra(byKey, byFuzzy, List.copyOf(all));
    }

    /** Titles that open the data's names of local divisions ({@code geo/division-titles.tsv}). */
    static final String TITLES = "/geo/division-titles.tsv";

    /**
     * The data names many countries' districts with their local title first, "Amphoe Tak Bai", "Kabupaten Nduga",
     * "Huyen Lai Vung", "Shahrestan-e Bakharz", where the news writes "Tak Bai district", "Nduga regency": each such
     * division is found by its name without the title too (an alias of the division itself, as a table's "=" line;
     * not where the table or the data's own index already gives a division of that name in its country).
     */
    private static void titledDivisions(GeoNamesGazetteer g, Map<String, List<Entry>> byKey,
            Map<String, List<Entry>> byFuzzy) {
        List<String> titles = new ArrayList<>();
        try (InputStream in = PlacesExtra.class.getResourceAsStream(TITLES)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    titles.add(line.strip().toLowerCase(Locale.ROOT) + " ");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TITLES, e);
        }
        for (String code : new java.util.TreeSet<>(g.divisionCodes())) {
            GeoMatch m = g.divisionMatch(code).orElse(null);
            if (m == null || m.kind() != PlaceKind.ADMIN2 && m.kind() != PlaceKind.ADMIN1) {
                continue;
            }
            String name = m.place().name();
            String lower = name.toLowerCase(Locale.ROOT);
            for (String t : titles) {
                if (lower.startsWith(t) && name.length() > t.length() + 1) {
                    String bare = name.substring(t.length()).strip();
                    String key = PlaceNames.key(bare);
                    if (key.length() < 3 || known(g, byKey, key, m)) {
                        break;
                    }
                    Entry e = new Entry(m, List.of(bare), true, Integer.MAX_VALUE);
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
                    String fk = PlaceNames.fuzzy(key);
                    if (fk.length() >= 4) {
                        byFuzzy.computeIfAbsent(fk, k -> new ArrayList<>(1)).add(e);
                    }
                    break;
                }
            }
        }
    }

    /** A division of this name, country and kind that the table or the data's own index already gives. */
    private static boolean known(GeoNamesGazetteer g, Map<String, List<Entry>> byKey, String key, GeoMatch m) {
        for (Entry e : byKey.getOrDefault(key, List.of())) {
            if (e.match().place().country().equals(m.place().country()) && e.match().kind() == m.kind()) {
                return true;
            }
        }
        return g.lookupDataOnly(key, m.kind(), m.place().country())
                .filter(d -> !d.fuzzy() && d.kind() == m.kind() && m.place().country().equals(d.place().country()))
                .isPresent();
    }

    private static Entry entry(GeoNamesGazetteer g, Map<String, List<Entry>> known, java.util.Set<String> countries,
            Map<String, GeoMatch> divisions, String[] f, int lineNo) {
        String where = RESOURCE + ":" + lineNo + ": ";
        List<String> names = new ArrayList<>();
        for (String n : f[0].split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(where + "no name");
        }
        PlaceKind kind = switch (f[1].strip().toLowerCase(Locale.ROOT)) {
            case "town" -> PlaceKind.CITY;
            case "admin1" -> PlaceKind.ADMIN1;
            case "admin2" -> PlaceKind.ADMIN2;
            default -> throw new IllegalArgumentException(where + "kind must be town, admin1 or admin2: " + f[1]);
        };
        String cc = f[2].strip().toUpperCase(Locale.ROOT);
        if (!countries.contains(cc)) {
            throw new IllegalArgumentException(where + "not a country code the gazetteer knows: " + f[2]);
        }
        String div = f[3].strip();
        Double lat = coordinate(f[4], 90, where);
        Double lon = coordinate(f[5], 180, where);
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException(where + "latitude and longitude go together");
        }
        if (div.startsWith("=")) {
            // an alias: the existing entry itself, a division by its code ("=BF.12.40"), a town by its data name
            String target = div.substring(1).strip();
            GeoMatch m = (CODE.matcher(target).matches() ? g.divisionMatch(target)
                    : g.lookup(target, kind, cc).filter(t -> !t.fuzzy()))
                    .orElseThrow(() -> new IllegalArgumentException(where + "no entry " + target + " in the gazetteer"));
            if (m.kind() != kind || !cc.equals(m.place().country())) {
                throw new IllegalArgumentException(where + target + " is a " + m.kind() + " of "
                        + m.place().country() + ", not a " + kind + " of " + cc);
            }
            return new Entry(m, List.copyOf(names), true, lineNo);
        }
        Place.AdminArea a1 = null;
        Place.AdminArea a2 = null;
        if (!div.isEmpty()) {
            GeoMatch d = divisions.computeIfAbsent(cc + "\t" + div, k -> division(g, known, div, cc, where));
            if (d.kind() == PlaceKind.ADMIN1) {
                a1 = areaOf(d.place(), PlaceKind.ADMIN1);
            } else {
                a1 = d.place().admin1();
                a2 = areaOf(d.place(), PlaceKind.ADMIN2);
            }
            if (kind == PlaceKind.ADMIN1 || kind == PlaceKind.ADMIN2 && d.kind() != PlaceKind.ADMIN1) {
                throw new IllegalArgumentException(where + "a " + kind + " cannot lie in a " + d.kind());
            }
        } else if (kind != PlaceKind.ADMIN1) {
            throw new IllegalArgumentException(where + "a town or second-level division needs its division");
        }
        Place p;
        long population;
        if (kind == PlaceKind.CITY) {
            p = new Place(names.get(0), cc, lat, lon, Place.Precision.TOWN, a1, a2);
            population = TOWN_POPULATION;
        } else if (kind == PlaceKind.ADMIN2) {
            p = new Place(names.get(0), cc, lat, lon, Place.Precision.ADMIN2, a1, null);
            population = ADMIN2_POPULATION;
        } else {
            p = new Place(names.get(0), cc, lat, lon, Place.Precision.ADMIN1, null, null);
            population = ADMIN1_POPULATION;
        }
        return new Entry(new GeoMatch(p, kind, population, false), List.copyOf(names), false, lineNo);
    }

    /** The division a line names: a GeoNames code, a division of the table, or a division name the data knows. */
    private static GeoMatch division(GeoNamesGazetteer g, Map<String, List<Entry>> known, String div, String cc,
            String where) {
        if (CODE.matcher(div).matches()) {
            GeoMatch m = g.divisionMatch(div).orElseThrow(
                    () -> new IllegalArgumentException(where + "no division " + div + " in the gazetteer"));
            if (!cc.equals(m.place().country())) {
                throw new IllegalArgumentException(where + div + " is not in " + cc);
            }
            return m;
        }
        List<Entry> es = known.get(PlaceNames.key(div));
        if (es != null) {
            for (Entry e : es) {
                if (cc.equals(e.match().place().country()) && isDivision(e.match().kind())) {
                    return e.match();
                }
            }
        }
        Optional<GeoMatch> m = g.lookup(div, PlaceKind.ADMIN1, cc);
        if (m.isEmpty() || !isDivision(m.get().kind()) || !cc.equals(m.get().place().country()) || m.get().fuzzy()) {
            throw new IllegalArgumentException(where + "'" + div + "' is no division of " + cc + " the gazetteer knows");
        }
        return m.get();
    }

    /** The division entry's own {code, name}: the area of its kind that the place carries, else built from it. */
    private static Place.AdminArea areaOf(Place division, PlaceKind kind) {
        Place.AdminArea own = kind == PlaceKind.ADMIN1 ? division.admin1() : division.admin2();
        if (own != null) {
            return own;
        }
        return new Place.AdminArea(null, division.name());
    }

    private static Double coordinate(String s, double limit, String where) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        double v = Double.parseDouble(t);
        if (Math.abs(v) > limit) {
            throw new IllegalArgumentException(where + "coordinate out of range: " + t);
        }
        return v;
    }
}
