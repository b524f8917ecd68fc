package org.newswatch.extraction.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newswatch.contracts.Place;

/**
 * The world gazetteer: GeoNames populated places with 500 or more people (plus seats of lower divisions),
 * first- and second-level divisions, and countries, read once from {@code geo/gazetteer.bin.gz} (built by
 * {@link GazetteerBuilder}, see tools/gazetteer/README.md). Immutable and thread-safe once loaded.
 *
 * <p>Lookups normalise the name ({@link PlaceNames#key}), then look it up among all names and alternate spellings
 * the data has; when that misses, among transliteration-tolerant keys ({@link PlaceNames#fuzzy}). Every key maps
 * to its entries in ranked order: countries first, then by population, with a city placed before the province
 * of the same name in the same country ("Kharkiv" is the city, "Kharkiv Oblast" or a {@link PlaceKind#ADMIN1} hint
 * the region).
 *
 * <p>The text's own words steer the answer: "Idlib province", "the governorate of Idlib" hint a region, "Idlib
 * city" a city; "northern Idlib", "rural Aleppo", "Aleppo countryside" resolve the name inside. Road designators
 * ("M5", "M-5 highway", "Highway 1") and roads between two places ("Aleppo-Damascus road") resolve to
 * {@link PlaceKind#ROAD} places without coordinates.
 */
public final class GeoNamesGazetteer implements Gazetteer {

    /** The data file on the class path. */
    public static final String RESOURCE = "/geo/gazetteer.bin.gz";

    private static final Pattern ROAD_CODE = Pattern.compile(
            "(?i)(?:the\\s+)?([MNADEHR])\\s?[-\u2010\u2011\u2013]?\\s?(\\d{1,3})"
                    + "(?:\\s+(?:highway|motorway|road|expressway|freeway|international highway))?");
    private static final Pattern ROAD_NUMBER = Pattern.compile(
            "(?i)(?:the\\s+)?(highway|route|road)\\s+(\\d{1,4})");
    private static final Pattern ROAD_BETWEEN = Pattern.compile(
            "(?i)(?:the\\s+)?(.+?)\\s*[-\u2010\u2011\u2013\u2014/]\\s*(.+?)\\s+"
                    + "(road|highway|motorway|expressway|freeway|railway|route)");
    private static final Pattern KIND_SUFFIX = Pattern.compile(
            "(?i)(.+?)\\s+(province|governorate|oblast|region|state|district|city|town|village|countryside|township"
                    + "|department|tehsil|cercle"
                    + "|area|outskirts|suburbs|environs|municipality|prefecture|county|camp|refugee camp"
                    + "|border crossing|crossing|airport|air base|airbase|base|checkpoint|neighbourhood|neighborhood"
                    + "|front|frontline|border)");
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "(?i)(?:the\\s+)?(province|governorate|region|state|district|city|town|village|outskirts|suburbs"
                    + "|countryside|area|municipality|county)\\s+of\\s+(.+)");
    private static final Pattern DIRECTION_PREFIX = Pattern.compile(
            "(?i)(?:(?:the|rural|greater|downtown|central|upper|lower|(?:north|south)(?:-?(?:east|west))?(?:ern)?"
                    + "|(?:east|west)(?:ern)?)\\s+)+(.+)");
    private static final Set<String> NOT_PLACES_ALONE = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "police", "army", "ministry", "president", "forces", "said", "will", "reading", "nice", "mobile",
            "split", "of", "the", "a", "an", "in", "on", "at", "to", "by", "and", "or", "but", "with", "from",
            "as", "for", "this", "that", "these", "those", "he", "she", "it", "we", "they", "his", "her", "its",
            "their", "our", "government", "regime", "rebels", "troops", "soldiers", "state", "islamic", "republic",
            "national", "democratic", "union", "central", "general", "king", "prince", "university", "hospital",
            "school", "airport", "saint", "lake", "river", "mount", "defense", "defence", "observatory", "news",
            "reuters", "agency", "office", "minister", "council", "security", "human", "rights", "health", "red",
            "crescent", "cross", "video", "photo", "image", "story", "world", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "media", "press", "after", "before", "during", "since",
            "earlier", "later", "today", "yesterday", "tomorrow", "last", "next", "more", "most", "many", "some",
            "two", "three", "one", "new", "old", "early", "late", "turkish", "russian", "syrian", "american",
            "also", "all", "no", "not", "if", "when", "while", "who", "what", "which", "where", "there", "here",
            "read", "home", "top", "live", "breaking", "latest", "sport", "sports", "business", "opinion",
            "weather", "follow", "share", "comment", "comments", "sign", "login", "subscribe");

    private static volatile GeoNamesGazetteer shared;

    private final byte[] kinds;
    private final byte[] countries;
    private final int[] lat;
    private final int[] lon;
    private final int[] population;
    private final int[] admin1;
    private final int[] admin2;
    private final byte[] nameBlob;
    private final int[] nameOff;
    private final byte[] codeBlob;
    private final int[] codeOff;
    private final Place.AdminArea[] areas;
    private final java.util.Map<String, Integer> byCode;
    private final byte[] keyBlob;
    private final int[] keyOff;
    private final int[] candOff;
    private final int[] cand;
    private final long[] exactHash;
    private final int[] exactKey;
    private final long[] fuzzyHash;
    private final int[] fuzzyKey;
    private final long loadMillis;
    /**
     * Places the data lacks or names otherwise ({@code geo/places-extra.tsv}); null while the constructor reads it
     * (through this instance's own index), set once before the instance is published.
     */
    private PlacesExtra extra;
    private final long extraMillis;

    private GeoNamesGazetteer(ByteBuffer b, long started, boolean withExtra) {
        if (b.getInt() != GazetteerBuilder.MAGIC || b.getInt() != GazetteerBuilder.VERSION) {
            throw new IllegalStateException("not a gazetteer file of version " + GazetteerBuilder.VERSION);
        }
        int n = b.getInt();
        kinds = new byte[n];
        b.get(kinds);
        countries = new byte[2 * n];
        b.get(countries);
        lat = ints(b, n);
        lon = ints(b, n);
        population = ints(b, n);
        admin1 = ints(b, n);
        admin2 = ints(b, n);
        Strings names = Strings.read(b);
        nameBlob = names.blob();
        nameOff = names.off();
        Strings codes = Strings.read(b);
        codeBlob = codes.blob();
        codeOff = codes.off();
        areas = new Place.AdminArea[n];
        byCode = new java.util.HashMap<>(65_536);
        for (int e = 0; e < n; e++) {
            if (codeOff[e + 1] > codeOff[e]) {
                String code = new String(codeBlob, codeOff[e], codeOff[e + 1] - codeOff[e], StandardCharsets.UTF_8);
                areas[e] = new Place.AdminArea(code, name(e));
                byCode.put(code, e);
            }
        }
        Strings keyStrings = Strings.read(b);
        keyBlob = keyStrings.blob();
        keyOff = keyStrings.off();
        int keys = keyOff.length - 1;
        candOff = new int[keys + 1];
        for (int k = 0; k < keys; k++) {
            candOff[k + 1] = candOff[k] + (b.get() & 0xff);
        }
        cand = ints(b, b.getInt());
        Strings fuzzyStrings = Strings.read(b);
        byte[] fuzzyBlob = fuzzyStrings.blob();
        int[] fuzzyOff = fuzzyStrings.off();
        int fuzzies = fuzzyOff.length - 1;
        int[] fuzzyTarget = ints(b, fuzzies);

        int cap = Integer.highestOneBit(Math.max(16, keys * 2 - 1)) << 1;
        exactHash = new long[cap];
        exactKey = new int[cap];
        int fcap = Integer.highestOneBit(Math.max(16, fuzzies * 2 - 1)) << 1;
        fuzzyHash = new long[fcap];
        fuzzyKey = new int[fcap];
        // the two tables are independent: fill the fuzzy one on a second thread
        Thread fuzzyFill = new Thread(() -> {
            for (int f = 0; f < fuzzies; f++) {
                int off = fuzzyOff[f];
                put(fuzzyHash, fuzzyKey, PlaceNames.hash(fuzzyBlob, off, fuzzyOff[f + 1] - off), fuzzyTarget[f]);
            }
        }, "gazetteer-load");
        fuzzyFill.start();
        for (int k = 0; k < keys; k++) {
            int off = keyOff[k];
            put(exactHash, exactKey, PlaceNames.hash(keyBlob, off, keyOff[k + 1] - off), k);
        }
        boolean interrupted = false;
        while (true) {
            try {
                fuzzyFill.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        long extraStarted = System.nanoTime();
        extra = withExtra ? PlacesExtra.load(this) : null;
        extraMillis = (System.nanoTime() - extraStarted) / 1_000_000;
        loadMillis = (System.nanoTime() - started) / 1_000_000;
    }

    /** Strings as written by the builder: count, total bytes, the bytes, each length as an unsigned short. */
    private record Strings(byte[] blob, int[] off) {
        static Strings read(ByteBuffer b) {
            int count = b.getInt();
            byte[] bytes = new byte[b.getInt()];
            b.get(bytes);
            int[] off = new int[count + 1];
            for (int i = 0; i < count; i++) {
                off[i + 1] = off[i] + (b.getShort() & 0xffff);
            }
            return new Strings(bytes, off);
        }
    }

    private static int[] ints(ByteBuffer b, int n) {
        int[] out = new int[n];
        b.asIntBuffer().get(out);
        b.position(b.position() + 4 * n);
        return out;
    }

    private static void put(long[] hashes, int[] values, long h, int value) {
        int mask = hashes.length - 1;
        int i = (int) h & mask;
        while (hashes[i] != 0) {
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        values[i] = value;
    }

    private static int get(long[] hashes, int[] values, long h) {
        int mask = hashes.length - 1;
        int i = (int) h & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Reads the data file from the class path (a few hundred milliseconds); prefer {@link #shared()}. */
    public static GeoNamesGazetteer load() {
        return load(true);
    }

    /** The GeoNames data alone, without {@code geo/places-extra.tsv} (tests: is a supplement really missing?). */
    static GeoNamesGazetteer loadDataOnly() {
        return load(false);
    }

    private static GeoNamesGazetteer load(boolean withExtra) {
        long started = System.nanoTime();
        try (InputStream raw = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("gazetteer data missing from the class path: " + RESOURCE);
            }
            byte[] all;
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
                all = in.readAllBytes();
            }
            return new GeoNamesGazetteer(ByteBuffer.wrap(all), started, withExtra);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer data " + RESOURCE, e);
        }
    }

    /** The process-wide instance, loaded on first use. */
    public static GeoNamesGazetteer shared() {
        GeoNamesGazetteer g = shared;
        if (g == null) {
            synchronized (GeoNamesGazetteer.class) {
                g = shared;
                if (g == null) {
                    g = load();
                    shared = g;
                }
            }
        }
        return g;
    }

    /** How long {@link #load()} took for this instance, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** How long reading {@code geo/places-extra.tsv} took within {@link #loadMillis()}, in milliseconds. */
    public long extraMillis() {
        return extraMillis;
    }

    /** The supplement's entries (package-private: tests). */
    PlacesExtra extra() {
        return extra;
    }

    /** Number of entries (places, regions, countries). */
    public int size() {
        return kinds.length;
    }

    /** Number of distinct normalised names and spellings. */
    public int keyCount() {
        return keyOff.length - 1;
    }

    @Override
    public Optional<Place> find(String name) {
        return lookup(name, null, null).map(GeoMatch::place);
    }

    /** The best entry, preferring one of this kind ("Idlib" with {@link PlaceKind#ADMIN1}: the governorate). */
    public Optional<Place> find(String name, PlaceKind hint) {
        return lookup(name, hint, null).map(GeoMatch::place);
    }

    /** The best entry, preferring one in this country (ISO alpha-2, e.g. "SY" in a Syria story). */
    public Optional<Place> find(String name, String countryBias) {
        return lookup(name, null, countryBias).map(GeoMatch::place);
    }

    /** The best entry, preferring this kind, then this country. */
    @Override
    public Optional<Place> find(String name, PlaceKind hint, String countryBias) {
        return lookup(name, hint, countryBias).map(GeoMatch::place);
    }

    @Override
    public boolean isPlace(String name) {
        String key = PlaceNames.key(name);
        if (key.isEmpty() || NOT_PLACES_ALONE.contains(key)) {
            return false;
        }
        return lookup(name, null, null).isPresent();
    }

    /** Longest name tried by {@link #matchAt}, in words ("Ma'arrat al-Nu'man district" is four). */
    private static final int MAX_WORDS = 6;

    /**
     * The longest place name that starts at {@code start} in the text ("Deir ez-Zor province" in "in Deir ez-Zor
     * province on Monday"), up to six words and never across punctuation other than hyphens and apostrophes. The
     * name must start with a capital letter or a digit ("M5"); a single common word ("Police", "March") is no
     * place on its own.
     */
    public Optional<PlaceSpan> matchAt(CharSequence text, int start, String countryBias) {
        if (text == null || start < 0 || start >= text.length()) {
            return Optional.empty();
        }
        char first = text.charAt(start);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return Optional.empty();
        }
        int[] ends = new int[MAX_WORDS];
        int words = 0;
        int i = start;
        int n = text.length();
        while (words < MAX_WORDS && i < n) {
            int wordStart = i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > wordStart && isJoiner(text.charAt(end - 1))) {
                end--;
            }
            if (end == wordStart) {
                break;
            }
            boolean possessive = end - wordStart > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
                    && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
            if (possessive) {
                // "Saraqeb's outskirts": the name ends before the possessive
                ends[words++] = end - 2;
                break;
            }
            ends[words++] = end;
            if (end < i || i >= n || text.charAt(i) != ' ') {
                break;
            }
            i++;
        }
        for (int w = words; w >= 1; w--) {
            String candidate = text.subSequence(start, ends[w - 1]).toString();
            if (w == 1 && NOT_PLACES_ALONE.contains(PlaceNames.key(candidate))) {
                continue;
            }
            Optional<GeoMatch> m = lookup(candidate, null, countryBias);
            if (m.isPresent()) {
                return Optional.of(new PlaceSpan(start, ends[w - 1], m.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || isJoiner(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u2010' || c == '\u2011'
                || c == '\u2013';
    }

    /**
     * Resolves a place name as written in text, with the match details.
     *
     * @param name        "Saraqeb", "Idlib province", "northern Hama", "the M5 highway", "Aleppo-Damascus road"
     * @param hint        the kind the text implies, or null (words in the name such as "province" set it too)
     * @param countryBias the story's country (ISO alpha-2), or null; wins over population except against a
     *                    country name or a city of a million against a village
     */
    @Override
    public Optional<GeoMatch> lookup(String name, PlaceKind hint, String countryBias) {
        if (name == null) {
            return Optional.empty();
        }
        String text = name.strip();
        if (text.isEmpty() || text.length() > 200) {
            return Optional.empty();
        }
        String bias = countryBias == null || countryBias.length() != 2 ? null : countryBias.toUpperCase(Locale.ROOT);
        Optional<GeoMatch> region = Regions.lookup(PlaceNames.key(text), bias);
        if (region.isPresent()) {
            return region; // "Kashmir", "Darfur": a region GeoNames lacks or gives to a look-alike elsewhere
        }

        boolean digit = false;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digit |= c >= '0' && c <= '9';
            space |= c == ' ';
        }
        if (digit || space) {
            Optional<GeoMatch> road = road(text, bias, digit);
            if (road.isPresent()) {
                return road;
            }
        }
        if (!space) {
            return lookupInner(text, hint, bias);
        }
        Matcher m = KIND_SUFFIX.matcher(text);
        if (m.matches()) {
            PlaceKind implied = hintOf(m.group(2));
            PlaceKind h = hint != null ? hint : implied;
            String wholeKey = PlaceNames.key(text);
            if (isKey(wholeKey)) {
                // a name that includes the word ("Northern State", "Gaza City")
                return resolve(wholeKey, h, bias, false);
            }
            if (h != null) {
                Optional<GeoMatch> r = resolve(PlaceNames.key(m.group(1)), h, bias, true);
                if (r.isPresent()) {
                    return r;
                }
            }
            Optional<GeoMatch> whole = resolve(PlaceNames.key(text), hint, bias, false);
            if (whole.isPresent()) {
                return whole;
            }
            return lookupInner(m.group(1), h, bias);
        }
        m = KIND_PREFIX.matcher(text);
        if (m.matches()) {
            PlaceKind h = hint != null ? hint : hintOf(m.group(1));
            return lookupInner(m.group(2), h, bias);
        }
        return lookupInner(text, hint, bias);
    }

    private Optional<GeoMatch> lookupInner(String text, PlaceKind hint, String bias) {
        Optional<GeoMatch> r = resolve(PlaceNames.key(text), hint, bias, false);
        if (r.isPresent()) {
            return r;
        }
        Matcher d = DIRECTION_PREFIX.matcher(text);
        if (d.matches()) {
            // "northern Idlib", "rural Aleppo": only an exact name inside, never a look-alike
            String inner = PlaceNames.key(d.group(1));
            if (isKey(inner)) {
                return resolve(inner, hint, bias, false);
            }
        }
        return Optional.empty();
    }

    private static PlaceKind hintOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "province", "governorate", "oblast", "region", "state", "prefecture" -> PlaceKind.ADMIN1;
            case "department" -> PlaceKind.ADMIN1;
            case "district", "county", "municipality", "township", "tehsil", "cercle" -> PlaceKind.ADMIN2;
            case "city", "town", "village", "camp" -> PlaceKind.CITY;
            default -> null;
        };
    }

    private Optional<GeoMatch> road(String text, String bias, boolean digit) {
        Matcher m = ROAD_CODE.matcher(text);
        if (digit && m.matches()) {
            String code = m.group(1).toUpperCase(Locale.ROOT) + Integer.parseInt(m.group(2));
            return Optional.of(new GeoMatch(new Place(code, bias, null, null), PlaceKind.ROAD, 0, false));
        }
        m = ROAD_NUMBER.matcher(text);
        if (digit && m.matches()) {
            String word = m.group(1);
            String label = Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT) + " "
                    + Integer.parseInt(m.group(2));
            return Optional.of(new GeoMatch(new Place(label, bias, null, null), PlaceKind.ROAD, 0, false));
        }
        m = ROAD_BETWEEN.matcher(text);
        if (m.matches()) {
            Optional<GeoMatch> a = resolve(PlaceNames.key(m.group(1)), PlaceKind.CITY, bias, false);
            Optional<GeoMatch> b = resolve(PlaceNames.key(m.group(2)), PlaceKind.CITY, bias, false);
            if (a.isPresent() && b.isPresent()) {
                String ca = a.get().place().country();
                String cb = b.get().place().country();
                String country = ca != null && ca.equals(cb) ? ca : bias;
                String label = a.get().place().name() + "-" + b.get().place().name() + " "
                        + m.group(3).toLowerCase(Locale.ROOT);
                return Optional.of(new GeoMatch(new Place(label, country, null, null), PlaceKind.ROAD, 0, false));
            }
        }
        return Optional.empty();
    }

    private Optional<GeoMatch> resolve(String key, PlaceKind hint, String bias, boolean hintRequired) {
        Optional<GeoMatch> core = resolveCore(key, hint, bias, hintRequired);
        PlacesExtra x = extra;
        if (x == null || key.length() < 2) {
            return core;
        }
        GeoMatch add = x.pick(key, hint, bias, core.isEmpty());
        if (add == null || hintRequired && hint != null && !PlacesExtra.compatible(add.kind(), hint)) {
            return core;
        }
        return Optional.of(core.isEmpty() ? add : better(core.get(), add, hint, bias));
    }

    /**
     * The data's answer or the supplement's for the same name: the one in the story's country, then the one of the
     * kind the text implies, then the more populous; a country name, or an exact name against a look-alike, wins; a
     * town of the data against an added division of its name in its country stays the town unless the text asks for
     * a division.
     */
    private static GeoMatch better(GeoMatch data, GeoMatch add, PlaceKind hint, String bias) {
        if (data.kind() == PlaceKind.COUNTRY || data.fuzzy() != add.fuzzy()) {
            return data.kind() == PlaceKind.COUNTRY || add.fuzzy() ? data : add;
        }
        if (data.kind() == PlaceKind.CITY && (add.kind() == PlaceKind.ADMIN1 || add.kind() == PlaceKind.ADMIN2)
                && java.util.Objects.equals(data.place().country(), add.place().country())
                && (hint == null || hint == PlaceKind.CITY)) {
            return data; // "in Tera": the town the data knows, not the added district of its name
        }
        if (bias != null) {
            boolean dataIn = bias.equals(data.place().country());
            boolean addIn = bias.equals(add.place().country());
            if (addIn && !dataIn) {
                return data.population() >= 1_000_000 ? data : add;
            }
            if (dataIn && !addIn) {
                return data;
            }
        }
        if (hint != null) {
            boolean dataKind = PlacesExtra.compatible(data.kind(), hint);
            boolean addKind = PlacesExtra.compatible(add.kind(), hint);
            if (dataKind != addKind) {
                return addKind ? add : data;
            }
        }
        return add.population() > data.population() ? add : data;
    }

    private Optional<GeoMatch> resolveCore(String key, PlaceKind hint, String bias, boolean hintRequired) {
        if (key.length() < 2) {
            return Optional.empty();
        }
        int exact = get(exactHash, exactKey, PlaceNames.hash(key));
        if (exact >= 0 && !matches(exact, key)) {
            exact = -1;
        }
        if (exact < 0 && key.indexOf(' ') > 0) {
            // "Petion-Ville" for "Petionville", "Mazar i Sharif" for "Mazar-e Sharif" is fuzzy: a name written
            // apart that the data writes as one word is the same spelling
            String closed = key.replace(" ", "");
            exact = get(exactHash, exactKey, PlaceNames.hash(closed));
            if (exact >= 0 && !matches(exact, closed)) {
                exact = -1;
            }
        }
        boolean variant = false;
        if (exact < 0) {
            // "Thiban" for "Dhiban": the Arabic letter dhal, which writers spell th, dh or d (a spelling variant, read
            // as a transliteration-tolerant match)
            String dental = PlaceNames.dentalVariant(key);
            int v = dental == null ? -1 : get(exactHash, exactKey, PlaceNames.hash(dental));
            if (v >= 0 && matches(v, dental)) {
                exact = v;
                variant = true;
            }
        }
        // the fuzzy key is only computed when the exact one does not answer
        int fuzzy = exact < 0 ? fuzzyKeyOf(key) : -2;
        if (exact < 0 && fuzzy < 0) {
            return Optional.empty();
        }
        if (hint != null) {
            int e = exact >= 0 ? pick(exact, hint, bias) : -1;
            boolean fz = variant;
            if (e < 0) {
                if (fuzzy == -2) {
                    fuzzy = fuzzyKeyOf(key);
                }
                if (fuzzy >= 0) {
                    e = pick(fuzzy, hint, bias);
                    fz = true;
                }
            }
            if (e >= 0) {
                return Optional.of(match(e, fz)); // (a division's reading stays a look-alike: "al-Muqdadiyah district"
                // is not surely the data's Al-Muqdadiya, whose towns the data places loosely)
            }
            if (hintRequired) {
                return Optional.empty();
            }
        }
        int keyIdx = exact >= 0 ? exact : fuzzy;
        boolean fz = exact < 0 || variant;
        int best = cand[candOff[keyIdx]];
        if (!fz) {
            best = divisionOfLongerName(keyIdx, key, best);
        }
        if (bias != null && !inCountry(best, bias)) {
            int local = firstIn(keyIdx, bias);
            boolean localFuzzy = fz;
            if (local < 0 && !fz) {
                if (fuzzy == -2) {
                    fuzzy = fuzzyKeyOf(key);
                }
                if (fuzzy >= 0) {
                    local = firstIn(fuzzy, bias);
                    localFuzzy = true;
                }
            }
            if (local >= 0 && (biasWins(best, local) || !fz && ownName(local, key) && !ownName(best, key))) {
                // ... "Mambasa" in a story of Congo is Congo's Mambasa, not Mombasa, which the data also calls so
                return Optional.of(match(local, localFuzzy && !sameSpelling(local, key, variant)));
            }
            if (fz && kinds[best] != PlaceKind.COUNTRY.ordinal()) {
                // a transliteration-tolerant match abroad is more likely a different name than the place meant
                return Optional.empty();
            }
        }
        return Optional.of(match(best, fz && !sameSpelling(best, key, variant)));
    }

    /**
     * The entry's own name and the query differ only in how English news writes what the data transliterates
     * ({@link PlaceNames#spelling}: "Maarat al-Numan" for "Ma'arrat an Nu'man", "Tal Tamr" for "Tall Tamr"): the same
     * spelling, an exact match rather than a look-alike. Not for a letter variant ("Thiban" for "Dhiban").
     */
    private boolean sameSpelling(int e, String key, boolean variant) {
        if (variant) {
            return false;
        }
        String q = PlaceNames.spelling(key);
        return q.length() >= 4 && q.equals(PlaceNames.spelling(PlaceNames.key(name(e))));
    }

    private int fuzzyKeyOf(String key) {
        String fk = PlaceNames.fuzzy(key);
        return fk.length() >= 3 ? get(fuzzyHash, fuzzyKey, PlaceNames.hash(fk)) : -1;
    }

    private boolean inCountry(int e, String cc) {
        return countries[2 * e] == cc.charAt(0) && countries[2 * e + 1] == cc.charAt(1);
    }

    /**
     * "Rio Grande do Sul": a town whose own name is only the first words of the key ("Rio Grande"), carrying the whole
     * key as one of its other names, gives way to a division of its country whose own name the key is (the state).
     */
    private int divisionOfLongerName(int keyIdx, String key, int best) {
        if (kinds[best] != PlaceKind.CITY.ordinal()) {
            return best;
        }
        String own = PlaceNames.key(name(best));
        if (own.equals(key) || !key.startsWith(own + " ")) {
            return best;
        }
        for (int i = candOff[keyIdx]; i < candOff[keyIdx + 1]; i++) {
            int e = cand[i];
            if ((kinds[e] == PlaceKind.ADMIN1.ordinal() || kinds[e] == PlaceKind.ADMIN2.ordinal()) && ownName(e, key)
                    && countries[2 * e] == countries[2 * best] && countries[2 * e + 1] == countries[2 * best + 1]) {
                return e;
            }
        }
        return best;
    }

    /** The entry's own name (not one of its other names) is the key. */
    private boolean ownName(int e, String key) {
        return PlaceNames.key(name(e)).equals(key);
    }

    private boolean biasWins(int best, int local) {
        if (kinds[best] == PlaceKind.COUNTRY.ordinal()) {
            return false;
        }
        return !(population[best] >= 1_000_000 && population[local] < 10_000);
    }

    private int pick(int keyIdx, PlaceKind hint, String bias) {
        int first = -1;
        for (int pass = 0; pass < 2 && first < 0; pass++) {
            PlaceKind want = pass == 0 ? hint : fallbackKind(hint);
            if (want == null) {
                break;
            }
            for (int i = candOff[keyIdx]; i < candOff[keyIdx + 1]; i++) {
                int e = cand[i];
                if (kinds[e] == want.ordinal()) {
                    if (bias == null || inCountry(e, bias)) {
                        return e;
                    }
                    if (first < 0) {
                        first = e;
                    }
                }
            }
        }
        return first;
    }

    private static PlaceKind fallbackKind(PlaceKind hint) {
        return switch (hint) {
            case ADMIN1 -> PlaceKind.ADMIN2;
            case ADMIN2 -> PlaceKind.ADMIN1;
            default -> null;
        };
    }

    /** The countries (ISO alpha-2) in which a name has an exact reading, in candidate order; empty when none. */
    @Override
    public java.util.Set<String> countriesOf(String name) {
        String key = PlaceNames.key(name);
        int k = key.length() < 2 ? -1 : get(exactHash, exactKey, PlaceNames.hash(key));
        java.util.List<String> added = extra == null || key.length() < 2 ? java.util.List.of() : extra.countries(key);
        boolean found = k >= 0 && matches(k, key);
        if (!found && added.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (found) {
            for (int i = candOff[k]; i < candOff[k + 1]; i++) {
                int e = cand[i];
                out.add(new String(new char[] {(char) countries[2 * e], (char) countries[2 * e + 1]}));
            }
        }
        out.addAll(added);
        return out;
    }

    private int firstIn(int keyIdx, String bias) {
        for (int i = candOff[keyIdx]; i < candOff[keyIdx + 1]; i++) {
            if (inCountry(cand[i], bias)) {
                return cand[i];
            }
        }
        return -1;
    }

    private boolean isKey(String key) {
        int k = get(exactHash, exactKey, PlaceNames.hash(key));
        return k >= 0 && matches(k, key) || extra != null && extra.has(key);
    }

    private boolean matches(int keyIdx, String key) {
        int off = keyOff[keyIdx];
        int len = keyOff[keyIdx + 1] - off;
        if (len != key.length()) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (keyBlob[off + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String country(int e) {
        byte a = countries[2 * e];
        if (a == ' ') {
            return null;
        }
        return new String(countries, 2 * e, 2, StandardCharsets.ISO_8859_1);
    }

    private String name(int e) {
        return new String(nameBlob, nameOff[e], nameOff[e + 1] - nameOff[e], StandardCharsets.UTF_8);
    }

    private GeoMatch match(int e, boolean fuzzy) {
        Double la = lat[e] == GazetteerBuilder.NO_COORD ? null : lat[e] / 1e5;
        Double lo = lon[e] == GazetteerBuilder.NO_COORD ? null : lon[e] / 1e5;
        PlaceKind kind = PlaceKind.ofCode(kinds[e]);
        return new GeoMatch(new Place(name(e), country(e), la, lo, kind.precision(), area(admin1[e]), area(admin2[e])),
                kind, population[e], fuzzy);
    }

    private Place.AdminArea area(int e) {
        return e < 0 ? null : areas[e];
    }

    /**
     * The division of this GeoNames code ("SY.10": Idlib governorate; "SY.10.163343": a district) as a place with
     * its own hierarchy, empty when the gazetteer has no such division (one without any listed town).
     */
    public Optional<Place> division(String code) {
        return divisionMatch(code).map(GeoMatch::place);
    }

    /** The division of this GeoNames code with its kind and population, as a lookup would answer it. */
    Optional<GeoMatch> divisionMatch(String code) {
        Integer e = code == null ? null : byCode.get(code.strip());
        if (e == null && code != null) {
            e = byCode.get(code.strip().toUpperCase(Locale.ROOT));
        }
        return e == null ? Optional.empty() : Optional.of(match(e, false));
    }

    /** The data's own answer for a normalised name key, of the kind asked, without the supplement. */
    Optional<GeoMatch> lookupDataOnly(String key, PlaceKind hint, String bias) {
        return resolveCore(key, hint, bias, true);
    }

    /** The GeoNames codes of the data's divisions ("SY.10", "TH.31.9607"). */
    java.util.Set<String> divisionCodes() {
        return java.util.Collections.unmodifiableSet(byCode.keySet());
    }

    /** The countries (ISO alpha-2) the data holds as entries of kind {@link PlaceKind#COUNTRY}. */
    java.util.Set<String> countryCodes() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int e = 0; e < kinds.length; e++) {
            if (kinds[e] == PlaceKind.COUNTRY.ordinal()) {
                out.add(country(e));
            }
        }
        return out;
    }
}
