package org.newswatch.extraction.geo;

/** What a gazetteer entry is; also used as a hint from the text ("Idlib province" hints {@link #ADMIN1}). */
public enum PlaceKind {
    /** A sovereign country or dependent territory (ISO 3166-1). */
    COUNTRY,
    /** A first-level division: province, governorate, oblast, state, region. */
    ADMIN1,
    /** A second-level division: district, county, raion. */
    ADMIN2,
    /** A populated place: city, town, village, neighbourhood. */
    CITY,
    /** A road designator ("M5") or a road between two places ("Aleppo-Damascus road"); never has coordinates. */
    ROAD;

    static PlaceKind ofCode(int code) {
        return values()[code];
    }
}
