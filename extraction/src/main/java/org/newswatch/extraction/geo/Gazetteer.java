package org.newswatch.extraction.geo;

import java.util.Optional;
import org.newswatch.contracts.Place;

/** Resolves a place name as written in news text to a gazetteer entry (name, country, coordinates). */
public interface Gazetteer {

    /** The best entry for a name ("Saraqeb", "Idlib", "Aleppo-Damascus road"), empty when unknown. */
    Optional<Place> find(String name);

    /** True when the text at this position starts a known place name; used to tell places from other capitalised words. */
    default boolean isPlace(String name) {
        return find(name).isPresent();
    }

    /**
     * The best entry given what the text says around the name: a kind ("province" implies {@link PlaceKind#ADMIN1})
     * and the story's country (ISO 3166-1 alpha-2); either may be null. Gazetteers without ranking ignore both.
     */
    default Optional<Place> find(String name, PlaceKind hint, String countryBias) {
        return find(name);
    }

    /**
     * The best entry with what is known about the match (kind, population, fuzzy); gazetteers that know no more
     * than the place report kind null, population -1 and an exact match.
     */
    default Optional<GeoMatch> lookup(String name, PlaceKind hint, String countryBias) {
        return find(name, hint, countryBias).map(p -> new GeoMatch(p, null, -1, false));
    }

    /** The shared world gazetteer (GeoNames data on the class path), loaded on first use. */
    static Gazetteer world() {
        return GeoNamesGazetteer.shared();
    }

    /** The countries (ISO alpha-2) in which a name has an exact reading; none by default. */
    default java.util.Set<String> countriesOf(String name) {
        return java.util.Set.of();
    }
}
