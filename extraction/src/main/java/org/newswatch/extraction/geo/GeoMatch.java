package org.newswatch.extraction.geo;

import org.newswatch.contracts.Place;

/**
 * A resolved place with what the gazetteer knows about the match.
 *
 * @param place      name (the gazetteer's ASCII name), ISO country and coordinates (null for roads)
 * @param kind       what the entry is
 * @param population GeoNames population (for regions and countries: summed over their listed towns, 0 when unknown)
 * @param fuzzy      true when only the transliteration-tolerant key matched (e.g. "Saraqeb" against "Saraqib"
 *                   when the data had no such alternate): a weaker match
 */
public record GeoMatch(Place place, PlaceKind kind, long population, boolean fuzzy) {
}
