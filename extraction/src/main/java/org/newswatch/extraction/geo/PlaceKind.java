package org.newswatch.extraction.geo;

import org.newswatch.contracts.Place;

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

    /** The precision an event's place carries for this kind; null for a road (no coordinates). */
    public Place.Precision precision() {
        return switch (this) {
            case COUNTRY -> Place.Precision.COUNTRY;
            case ADMIN1 -> Place.Precision.ADMIN1;
            case ADMIN2 -> Place.Precision.ADMIN2;
            case CITY -> Place.Precision.TOWN;
            case ROAD -> null;
        };
    }

    static PlaceKind ofCode(int code) {
        return values()[code];
    }
}
