package org.newswatch.extraction.geo;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@code geo/gazetteer.bin.gz} from GeoNames-derived files shipped in npm packages (see
 * tools/gazetteer/README.md). Not used at run time.
 *
 * <pre>
 * java -cp ... org.newswatch.extraction.geo.GazetteerBuilder cities500.txt admin1.json admin2.json en.json out.bin.gz
 * </pre>
 *
 * <p>File format (big-endian, inside gzip): magic, version; entries as columns (kind byte, country 2 bytes,
 * latitude and longitude in 1e-5 degrees, population, the entry ids of the first- and second-level division it lies
 * in or is (-1 for none), name offsets into a UTF-8 blob, GeoNames division codes ("SY.10", "SY.10.163343"; empty
 * for towns and countries) as a second blob); keys as an ASCII blob with
 * offsets, each key with a list of entry ids in ranked order (best default answer first). Keys are ordered by the
 * score of their best entry so that the loader can let the better entry win a fuzzy-key collision.
 */
public final class GazetteerBuilder {

    static final int MAGIC = 0x4E57475A;
    static final int VERSION = 3;
    /** No parent division (a country, a road, a town whose division GeoNames does not list). */
    static final int NO_PARENT = -1;
    static final int NO_COORD = Integer.MIN_VALUE;
    private static final int MAX_CANDIDATES = 48; // must fit a byte

    /** Common English short names that ISO lists spell out in long form. */
    private static final String[][] COUNTRY_ALIASES = {
        {"SY", "Syria"}, {"LA", "Laos"}, {"MD", "Moldova"}, {"FM", "Micronesia"},
        {"VA", "Vatican City", "Vatican", "Holy See"}, {"BN", "Brunei"}, {"CV", "Cape Verde", "Cabo Verde"},
        {"SZ", "Eswatini", "Swaziland"}, {"TL", "Timor-Leste", "East Timor"}, {"MK", "North Macedonia", "Macedonia"},
        {"GB", "United Kingdom", "Britain"}, {"KP", "North Korea", "DPRK"}, {"MM", "Myanmar", "Burma"},
        {"CD", "DR Congo", "DRC", "Congo-Kinshasa"}, {"CG", "Republic of the Congo", "Congo-Brazzaville"},
        {"BS", "Bahamas", "The Bahamas"}, {"TR", "Turkey", "Turkiye"}, {"CZ", "Czechia"},
        {"VN", "Vietnam", "Viet Nam"}, {"US", "United States"}, {"KR", "South Korea"},
        {"PS", "Palestine", "Palestinian territories"}, {"RU", "Russia"}, {"IR", "Iran"}, {"TZ", "Tanzania"},
        {"GM", "Gambia"}, {"NL", "Netherlands"}, {"TW", "Taiwan"}, {"CI", "Ivory Coast"}, {"CN", "China"},
    };

    private static final Pattern ADMIN_SUFFIX = Pattern.compile(
            "(?i)\\s+(governorate|province|oblast|region|district|state|municipality|county|prefecture|department"
                    + "|division|raion|rayon|city|autonomous republic|krai|kray|territory|muhafazah|wilayah|okrug|agency)$");
    private static final Pattern ADMIN_PREFIX = Pattern.compile(
            "(?iu)^(?:(?:muhafazat|muhafazah|wilayat|wilayah|province of|state of|commune of|city of|ward of"
                    + "|estado de)\\s+"
                    + "|(?:province|provincia|pr[eé]fecture|d[eé]partement|departamento|r[eé]gion|gouvernorat|cercle"
                    + "|commune|district|distrito|municipio|partido|da[iï]ra|wilaya|canton|circonscription)\\s+"
                    + "(?:de la\\s+|de l'|de\\s+|du\\s+|des\\s+|del\\s+|di\\s+|d'))");

    /** Words that are no name on their own once "State" or "Region" is cut off ("Northern State"). */
    private static final Set<String> GENERIC_WORDS = Set.of("northern", "southern", "eastern", "western", "central",
            "north", "south", "east", "west", "capital", "new", "upper", "lower", "middle", "coastal", "federal",
            "national", "special", "autonomous", "mountain", "island", "islands");

    private static final Pattern DIRECTION = Pattern.compile("(?i)(north|south|east|west)(?:ern)?(\\s.+)");

    private static final class Entry {
        final int id;
        final PlaceKind kind;
        final String cc;
        final double lat;
        final double lon;
        final long pop;
        final String name;
        final String fcode;
        final List<String> primary = new ArrayList<>();
        final List<String> alternates = new ArrayList<>();
        /** GeoNames code of a division ("SY.10"), empty for towns and countries. */
        String code = "";
        /** The first-level division this entry lies in or is, {@link #NO_PARENT} when none. */
        int admin1 = NO_PARENT;
        /** The second-level division this entry lies in or is, {@link #NO_PARENT} when none. */
        int admin2 = NO_PARENT;

        Entry(int id, PlaceKind kind, String cc, double lat, double lon, long pop, String name, String fcode) {
            this.id = id;
            this.kind = kind;
            this.cc = cc;
            this.lat = lat;
            this.lon = lon;
            this.pop = pop;
            this.name = name;
            this.fcode = fcode;
        }
    }

    private record City(Entry entry, String admin1, String admin2) {
    }

    private record Cand(Entry entry, double score) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: GazetteerBuilder cities500.txt admin1.json admin2.json en.json out.bin.gz");
            System.exit(2);
        }
        new GazetteerBuilder().build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                Path.of(args[4]));
    }

    void build(Path cities500, Path admin1Json, Path admin2Json, Path countriesJson, Path out) throws IOException {
        List<City> cities = readCities(cities500);
        Map<String, List<City>> byAdmin1 = new HashMap<>();
        Map<String, List<City>> byAdmin2 = new HashMap<>();
        Map<String, List<City>> byCountry = new HashMap<>();
        for (City c : cities) {
            byCountry.computeIfAbsent(c.entry.cc, k -> new ArrayList<>()).add(c);
            if (!c.admin1.isEmpty()) {
                byAdmin1.computeIfAbsent(c.entry.cc + "." + c.admin1, k -> new ArrayList<>()).add(c);
                if (!c.admin2.isEmpty()) {
                    byAdmin2.computeIfAbsent(c.entry.cc + "." + c.admin1 + "." + c.admin2, k -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        Map<String, Entry> admins = new HashMap<>();
        int admins1 = addAdmins(readCodeNames(admin1Json), byAdmin1, PlaceKind.ADMIN1, "PPLA", admins);
        townKeys.clear();
        for (City c : cities) {
            townKeys.add(c.entry.cc + ":" + PlaceNames.fuzzy(PlaceNames.key(c.entry.name)));
        }
        int admins2 = addAdmins(readCodeNames(admin2Json), byAdmin2, PlaceKind.ADMIN2, "PPLA2", admins);
        linkDivisions(cities, admins);
        int countries = addCountries(countriesJson, byCountry);
        System.out.printf("entries: %d cities, %d admin1, %d admin2, %d countries%n", cities.size(), admins1, admins2,
                countries);
        write(out);
    }

    private List<City> readCities(Path file) throws IOException {
        List<City> cities = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || !"P".equals(f[6])) {
                    continue;
                }
                long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                String display = cleanDisplay(f[2].isEmpty() ? PlaceNames.ascii(f[1]) : f[2]);
                Entry e = new Entry(entries.size(), PlaceKind.CITY, f[8], Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), pop, display, f[7]);
                e.primary.add(f[1]);
                e.primary.add(f[2]);
                if (!f[3].isEmpty()) {
                    for (String alt : f[3].split(",")) {
                        if (usableAlternate(alt)) {
                            e.alternates.add(alt);
                        }
                    }
                }
                entries.add(e);
                cities.add(new City(e, f[10], f[11]));
            }
        }
        return cities;
    }

    /** GeoNames ASCII names write the ayn as a backquote: "`Afrin", "Ma`arrat an Nu`man". */
    static String cleanDisplay(String name) {
        String s = name.replace('`', '\'');
        while (s.length() > 1 && s.charAt(0) == '\'') {
            s = s.substring(1);
        }
        return s;
    }

    /** Latin-script names only; no airport or other codes (all capitals, digits), no one-letter names. */
    static boolean usableAlternate(String alt) {
        if (alt.length() < 2 || alt.length() > 60) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script != Character.UnicodeScript.LATIN) {
                    return false;
                }
                if (Character.isLowerCase(c)) {
                    lower = true;
                }
            }
        }
        return lower;
    }

    /**
     * Each town points at the divisions its GeoNames admin codes name, each district at its province, each division
     * at itself: the hierarchy an event's place carries ("Saraqib": district Saraqib, province Idlib).
     */
    private static void linkDivisions(List<City> cities, Map<String, Entry> admins) {
        for (City c : cities) {
            if (c.admin1.isEmpty()) {
                continue;
            }
            String a1 = c.entry.cc + "." + c.admin1;
            c.entry.admin1 = idOf(admins.get(a1));
            if (!c.admin2.isEmpty()) {
                c.entry.admin2 = idOf(admins.get(a1 + "." + c.admin2));
            }
        }
        for (Entry e : admins.values()) {
            if (e.kind == PlaceKind.ADMIN1) {
                e.admin1 = e.id;
            } else {
                e.admin2 = e.id;
                int dot = e.code.indexOf('.', 3);
                e.admin1 = idOf(admins.get(dot < 0 ? e.code : e.code.substring(0, dot)));
            }
        }
    }

    private static int idOf(Entry e) {
        return e == null ? NO_PARENT : e.id;
    }

    /** Country and fuzzy key of every listed town. */
    private final Set<String> townKeys = new java.util.HashSet<>();

    private int addAdmins(Map<String, String> codeNames, Map<String, List<City>> members, PlaceKind kind,
            String seatCode, Map<String, Entry> byCode) {
        int added = 0;
        for (Map.Entry<String, String> a : codeNames.entrySet()) {
            String code = a.getKey();
            List<City> in = members.getOrDefault(code, List.of());
            if (in.isEmpty() && (kind != PlaceKind.ADMIN2 || code.length() < 6
                    || townKeys.contains(code.substring(0, 2) + ":" + PlaceNames.fuzzy(PlaceNames.key(
                    stripAdminWords(a.getValue())))))) {
                continue; // ... but one named like a listed town of its country ("Jisr al-Shughur") is found as the town
            }
            // a district no listed town names ("Mezam Division", "Muidumbe", "Magwi County": GeoNames often gives a
            // country's towns no district code) is still a name of that country and province, without coordinates
            String name = a.getValue();
            String stripped = stripAdminWords(name);
            long sum = 0;
            double latSum = 0;
            double lonSum = 0;
            City seat = null;
            for (City c : in) {
                sum += c.entry.pop;
                latSum += c.entry.lat;
                lonSum += c.entry.lon;
                boolean isSeat = c.entry.fcode.equals(seatCode) || c.entry.fcode.equals("PPLC");
                if (isSeat && (seat == null || c.entry.pop > seat.entry.pop)) {
                    seat = c;
                }
            }
            double lat = seat != null ? seat.entry.lat : in.isEmpty() ? Double.NaN : latSum / in.size();
            double lon = seat != null ? seat.entry.lon : in.isEmpty() ? Double.NaN : lonSum / in.size();
            String cc = code.substring(0, 2);
            boolean generic = GENERIC_WORDS.contains(PlaceNames.key(stripped));
            Entry e = new Entry(entries.size(), kind, cc, lat, lon, sum,
                    PlaceNames.ascii(generic ? name : stripped), "ADM");
            e.code = code;
            byCode.put(code, e);
            e.primary.add(name);
            if (!generic) {
                e.primary.add(stripped);
            }
            // "South Kordofan" for "Southern Kordofan", "Northern Darfur" for "North Darfur"
            Matcher dir = DIRECTION.matcher(stripped);
            if (dir.matches()) {
                String whole = stripped.substring(0, dir.start(2));
                String other = whole.toLowerCase(Locale.ROOT).endsWith("ern")
                        ? whole.substring(0, whole.length() - 3) : whole + "ern";
                e.primary.add(other + dir.group(2));
            }
            // the seat city's spellings when it has the region's name ("Idleb governorate")
            String key = PlaceNames.key(stripped);
            for (City c : in) {
                if (PlaceNames.key(c.entry.name).equals(key)
                        && (c.entry.fcode.startsWith("PPLA") || c.entry.fcode.equals("PPLC"))) {
                    e.alternates.addAll(c.entry.primary);
                    e.alternates.addAll(c.entry.alternates);
                    break;
                }
            }
            entries.add(e);
            added++;
        }
        return added;
    }

    static String stripAdminWords(String name) {
        String s = name.trim();
        for (int i = 0; i < 2; i++) {
            s = ADMIN_SUFFIX.matcher(s).replaceAll("");
            s = ADMIN_PREFIX.matcher(s).replaceAll("");
        }
        return s.isBlank() ? name : s.trim();
    }

    private int addCountries(Path countriesJson, Map<String, List<City>> byCountry) throws IOException {
        String json = Files.readString(countriesJson, StandardCharsets.UTF_8);
        int start = json.indexOf("\"countries\"");
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([A-Z]{2})\"\\s*:\\s*(\\[[^\\]]*\\]|\"(?:[^\"\\\\]|\\\\.)*\")")
                .matcher(json);
        m.region(start, json.length());
        Pattern str = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        while (m.find()) {
            Matcher s = str.matcher(m.group(2));
            Set<String> set = names.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>());
            while (s.find()) {
                set.add(unescape(s.group(1)));
            }
        }
        Map<String, String> displayOverride = new HashMap<>();
        for (String[] alias : COUNTRY_ALIASES) {
            displayOverride.put(alias[0], alias[1]);
            Set<String> set = names.get(alias[0]);
            if (set != null) {
                for (int i = 1; i < alias.length; i++) {
                    set.add(alias[i]);
                }
            }
        }
        int added = 0;
        for (Map.Entry<String, Set<String>> c : names.entrySet()) {
            List<City> in = byCountry.getOrDefault(c.getKey(), List.of());
            if (in.isEmpty()) {
                continue;
            }
            City capital = null;
            City biggest = null;
            long sum = 0;
            for (City city : in) {
                sum += city.entry.pop;
                if (city.entry.fcode.equals("PPLC") && (capital == null || city.entry.pop > capital.entry.pop)) {
                    capital = city;
                }
                if (biggest == null || city.entry.pop > biggest.entry.pop) {
                    biggest = city;
                }
            }
            City at = capital != null ? capital : biggest;
            List<String> list = new ArrayList<>(c.getValue());
            String display = displayOverride.getOrDefault(c.getKey(), shortestCommonName(list));
            Entry e = new Entry(entries.size(), PlaceKind.COUNTRY, c.getKey(), at.entry.lat, at.entry.lon, sum,
                    PlaceNames.ascii(display), "PCL");
            e.primary.addAll(list);
            for (String n : list) {
                if (n.startsWith("The ") || n.startsWith("the ")) {
                    e.primary.add(n.substring(4));
                }
            }
            entries.add(e);
            added++;
        }
        return added;
    }

    /** The display name of a country: the first listed name without a comma or parenthesis, else the first. */
    private static String shortestCommonName(List<String> names) {
        for (String n : names) {
            if (n.indexOf(',') < 0 && n.indexOf('(') < 0 && !n.startsWith("The ")) {
                if (n.length() > 2 && !n.contains(".")) {
                    return n;
                }
            }
        }
        return names.get(0);
    }

    private static Map<String, String> readCodeNames(Path json) throws IOException {
        String s = Files.readString(json, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\\{\\s*\"code\"\\s*:\\s*\"([^\"]*)\"\\s*,\\s*\"name\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\}")
                .matcher(s);
        Map<String, String> out = new LinkedHashMap<>();
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2)));
        }
        return out;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static double score(Entry e, boolean primary) {
        if (e.kind == PlaceKind.COUNTRY) {
            return 100 + Math.log10(e.pop + 1) / 10;
        }
        // many seats of small divisions have no population in GeoNames (Taftanaz, Sarmin): rank them as towns
        long pop = e.pop;
        if (pop == 0 && e.kind == PlaceKind.CITY) {
            pop = switch (e.fcode) {
                case "PPLC" -> 100_000;
                case "PPLA" -> 50_000;
                case "PPLA2" -> 20_000;
                case "PPLA3" -> 5_000;
                case "PPLA4", "PPLA5" -> 2_000;
                default -> 500;
            };
        }
        double s = Math.log10(pop + 1) + (primary ? 1 : 0);
        switch (e.kind) {
            case ADMIN1 -> s -= 0.3;
            case ADMIN2 -> s -= 0.8;
            default -> {
                switch (e.fcode) {
                    case "PPLC" -> s += 1;
                    case "PPLA" -> s += 0.5;
                    case "PPLA2" -> s += 0.2;
                    case "PPLX" -> s -= 1;
                    case "PPLH", "PPLQ", "PPLW" -> s -= 3;
                    default -> {
                    }
                }
            }
        }
        return s;
    }

    private static boolean isSeatLike(Entry e) {
        return e.kind == PlaceKind.CITY && (e.fcode.startsWith("PPLA") || e.fcode.equals("PPLC") || e.pop >= 20000);
    }

    private void write(Path out) throws IOException {
        Map<String, Map<Integer, Cand>> index = new HashMap<>();
        for (Entry e : entries) {
            for (int pass = 0; pass < 2; pass++) {
                boolean primary = pass == 0;
                for (String n : primary ? e.primary : e.alternates) {
                    String key = PlaceNames.key(n);
                    if (key.length() < 2) {
                        continue;
                    }
                    Map<Integer, Cand> c = index.computeIfAbsent(key, k -> new HashMap<>(2));
                    Cand prev = c.get(e.id);
                    double sc = score(e, primary);
                    if (prev == null || prev.score < sc) {
                        c.put(e.id, new Cand(e, sc));
                    }
                }
            }
        }
        record KeyList(String key, List<Entry> ranked, double best) {
        }
        List<KeyList> keys = new ArrayList<>(index.size());
        for (Map.Entry<String, Map<Integer, Cand>> k : index.entrySet()) {
            List<Cand> cands = new ArrayList<>(k.getValue().values());
            cands.sort(Comparator.comparingDouble(Cand::score).reversed().thenComparingInt(c -> c.entry.id));
            List<Entry> ranked = cityBeforeItsRegion(cands);
            if (ranked.size() > MAX_CANDIDATES) {
                ranked = new ArrayList<>(ranked.subList(0, MAX_CANDIDATES));
            }
            keys.add(new KeyList(k.getKey(), ranked, cands.get(0).score));
        }
        keys.sort(Comparator.comparingDouble(KeyList::best).reversed().thenComparing(KeyList::key));

        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream fo = Files.newOutputStream(out);
                GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(fo, 1 << 16), 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_COMPRESSION);
                    }
                };
                DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16))) {
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            int n = entries.size();
            d.writeInt(n);
            for (Entry e : entries) {
                d.writeByte(e.kind.ordinal());
            }
            for (Entry e : entries) {
                d.writeByte(e.cc.length() == 2 ? e.cc.charAt(0) : ' ');
                d.writeByte(e.cc.length() == 2 ? e.cc.charAt(1) : ' ');
            }
            for (Entry e : entries) {
                d.writeInt(Double.isNaN(e.lat) ? NO_COORD : (int) Math.round(e.lat * 1e5));
            }
            for (Entry e : entries) {
                d.writeInt(Double.isNaN(e.lon) ? NO_COORD : (int) Math.round(e.lon * 1e5));
            }
            for (Entry e : entries) {
                d.writeInt((int) Math.min(Integer.MAX_VALUE, e.pop));
            }
            for (Entry e : entries) {
                d.writeInt(e.admin1);
            }
            for (Entry e : entries) {
                d.writeInt(e.admin2);
            }
            writeBlob(d, entries.stream().map(e -> e.name).toList());
            writeBlob(d, entries.stream().map(e -> e.code).toList());
            // transliteration-tolerant keys, each pointing at the best key (keys are still in score order) that
            // folds to it
            Map<String, String> fuzzy = new HashMap<>();
            for (KeyList k : keys) {
                String f = PlaceNames.fuzzy(k.key);
                if (f.length() >= 3) {
                    fuzzy.putIfAbsent(f, k.key);
                }
            }
            // alphabetical order from here: it compresses far better
            keys.sort(Comparator.comparing(KeyList::key));
            Map<String, Integer> keyIndex = new HashMap<>(keys.size() * 2);
            for (int k = 0; k < keys.size(); k++) {
                keyIndex.put(keys.get(k).key, k);
            }
            writeBlob(d, keys.stream().map(KeyList::key).toList());
            int total = 0;
            for (KeyList k : keys) {
                d.writeByte(k.ranked.size());
                total += k.ranked.size();
            }
            d.writeInt(total);
            for (KeyList k : keys) {
                for (Entry e : k.ranked) {
                    d.writeInt(e.id);
                }
            }
            List<String> fuzzyKeys = new ArrayList<>(fuzzy.keySet());
            fuzzyKeys.sort(null);
            writeBlob(d, fuzzyKeys);
            for (String f : fuzzyKeys) {
                d.writeInt(keyIndex.get(fuzzy.get(f)));
            }
            System.out.printf("keys: %d, fuzzy keys: %d, candidate refs: %d%n", keys.size(), fuzzy.size(), total);
        }
    }

    /** Regions go after a seat-like city of the same country with the same name: "Kharkiv" is the city. */
    private static List<Entry> cityBeforeItsRegion(List<Cand> cands) {
        List<Entry> out = new ArrayList<>(cands.size());
        List<Entry> pending = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            Entry e = cands.get(i).entry;
            if (e.kind == PlaceKind.ADMIN1 || e.kind == PlaceKind.ADMIN2) {
                boolean cityLater = false;
                for (int j = i + 1; j < cands.size(); j++) {
                    Entry o = cands.get(j).entry;
                    if (o.cc.equals(e.cc) && isSeatLike(o)) {
                        cityLater = true;
                        break;
                    }
                }
                if (cityLater) {
                    pending.add(e);
                    continue;
                }
            }
            out.add(e);
            if (isSeatLike(e) && !pending.isEmpty()) {
                for (int p = 0; p < pending.size(); p++) {
                    if (pending.get(p).cc.equals(e.cc)) {
                        out.add(pending.remove(p));
                        p--;
                    }
                }
            }
        }
        out.addAll(pending);
        return out;
    }

    /** Count, total bytes, the UTF-8 bytes, then each string's length in bytes as an unsigned short. */
    private static void writeBlob(DataOutputStream d, List<String> strings) throws IOException {
        List<byte[]> bytes = new ArrayList<>(strings.size());
        int len = 0;
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length > 0xffff) {
                throw new IllegalArgumentException("name too long: " + s.substring(0, 40));
            }
            bytes.add(b);
            len += b.length;
        }
        d.writeInt(strings.size());
        d.writeInt(len);
        for (byte[] b : bytes) {
            d.write(b);
        }
        for (byte[] b : bytes) {
            d.writeShort(b.length);
        }
    }
}
