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
}
