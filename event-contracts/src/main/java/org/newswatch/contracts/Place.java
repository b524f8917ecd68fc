package org.newswatch.contracts;

/**
 * A resolved place.
 *
 * @param name      the gazetteer's name (or the text's, when not in the gazetteer)
 * @param country   ISO 3166-1 alpha-2 code, null when unknown
 * @param latitude  WGS84 degrees, null when not in the gazetteer
 * @param longitude WGS84 degrees, null when not in the gazetteer
 * @param precision what the gazetteer entry is (a town, a district, a province, a country), null when unknown
 *                  (optional, added in v1.3: events written before it have none)
 */
public record Place(String name, String country, Double latitude, Double longitude, Precision precision) {

    /** How wide a resolved place is. */
    public enum Precision {
        /** A sovereign country or territory. */
        COUNTRY,
        /** A first-level division: province, governorate. */
        ADMIN1,
        /** A second-level division: district. */
        ADMIN2,
        /** A populated place: a city, town, village or neighbourhood. */
        TOWN
    }

    /** A place of unknown precision (the v1.2 place). */
    public Place(String name, String country, Double latitude, Double longitude) {
        this(name, country, latitude, longitude, null);
    }
}
