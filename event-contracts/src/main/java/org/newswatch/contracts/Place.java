package org.newswatch.contracts;

/**
 * A resolved place.
 *
 * @param name      the gazetteer's name (or the text's, when not in the gazetteer)
 * @param country   ISO 3166-1 alpha-2 code, null when unknown
 * @param latitude  WGS84 degrees, null when not in the gazetteer
 * @param longitude WGS84 degrees, null when not in the gazetteer
 */
public record Place(String name, String country, Double latitude, Double longitude) {
}
