package org.newswatch.extraction.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newswatch.contracts.Place;

/**
 * Regions the news names as places that GeoNames' populated places and divisions lack ({@code geo/regions.tsv}):
 * "Kashmir", "Darfur", "Donbas". Looked up by the gazetteer before its own index, by the same name key.
 */
final class Regions {

    static final String RESOURCE = "/geo/regions.tsv";

    /** A region: its name as the table writes it, the countries it may lie in (the first by default), its centre. */
    record Region(String name, List<String> countries, double latitude, double longitude) {
    }

    private static final Map<String, Region> BY_KEY = load();

    private Regions() {
    }

    /** The region of this name key, in the story's country when it is one of the region's, else its first. */
    static Optional<GeoMatch> lookup(String key, String countryBias) {
        Region r = BY_KEY.get(key);
        if (r == null) {
            return Optional.empty();
        }
        String country = countryBias != null && r.countries().contains(countryBias) ? countryBias : r.countries().get(0);
        Place p = new Place(r.name(), country, r.latitude(), r.longitude(), Place.Precision.ADMIN1, null, null);
        return Optional.of(new GeoMatch(p, PlaceKind.ADMIN1, REGION_POPULATION, false));
    }

    /** The population a region is ranked by: a region is well known, whatever its census. */
    static final long REGION_POPULATION = 1_000_000;

    static Map<String, Region> all() {
        return BY_KEY;
    }

    private static Map<String, Region> load() {
        Map<String, Region> out = new HashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("region data missing from the class path: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": 4 tab-separated fields expected");
                }
                String[] names = f[0].split(",");
                List<String> countries = List.of(f[1].toUpperCase(Locale.ROOT).split(","));
                for (String c : countries) {
                    if (c.length() != 2) {
                        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": not an ISO alpha-2 code: " + c);
                    }
                }
                Region region = new Region(names[0].strip(), countries, Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]));
                for (String n : names) {
                    String key = PlaceNames.key(n.strip());
                    if (out.put(key, region) != null) {
                        throw new IllegalArgumentException(RESOURCE + ":" + lineNo + ": '" + n + "' twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
