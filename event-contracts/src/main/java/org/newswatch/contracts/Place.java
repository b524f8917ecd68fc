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
 * @param admin1    the first-level division (province, governorate, state, oblast) the place lies in, or is when
 *                  the place is a province; null when unknown or for a country (optional, added in v1.4)
 * @param admin2    the second-level division (district, county, raion) the place lies in, or is when the place is a
 *                  district; null when unknown, for a province or a country (optional, added in v1.4)
 */
public record Place(String name, String country, Double latitude, Double longitude, Precision precision,
        AdminArea admin1, AdminArea admin2) {

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

    /**
     * A GeoNames administrative division.
     *
     * @param code GeoNames code: country and admin1 code for a province ("SY.10"), plus the admin2 code for a
     *             district ("SY.10.163343")
     * @param name its English name without the division word ("Idlib", not "Idlib Governorate")
     */
    public record AdminArea(String code, String name) {
    }

    /** A place of unknown precision (the v1.2 place). */
    public Place(String name, String country, Double latitude, Double longitude) {
        this(name, country, latitude, longitude, null);
    }

    /** A place without its divisions (the v1.3 place). */
    public Place(String name, String country, Double latitude, Double longitude, Precision precision) {
        this(name, country, latitude, longitude, precision, null, null);
    }
}
