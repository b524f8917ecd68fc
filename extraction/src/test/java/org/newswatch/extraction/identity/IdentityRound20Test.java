package org.newswatch.extraction.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;

/**
 * Identity's part of issue 16's twentieth round: victims another outlet gave the country of a namesake of their place
 * abroad are looked up under the codes remembered for places of that name (the merge rule decides, {@code
 * IncidentMatchRound20Test}).
 */
class IdentityRound20Test {

    private static final Place LEER_COUNTY = new Place("Leer", "SS", 8.30, 30.14, Place.Precision.ADMIN2);
    private static final Place LEER_GERMANY = new Place("Leer", "DE", 53.23, 7.45, Place.Precision.TOWN);
    private static final Place BOR = new Place("Bor", "SS", 6.21, 31.56, Place.Precision.TOWN);

    private static ExtractedEvent killed(String id, String article, String victims, Long count, String location,
            Place place, String date, String evidence) {
        return new ExtractedEvent(ExtractedEvent.VERSION, id, article, EventType.KILLED, victims, null, count, null,
                Qualifier.EXACT, null, false, null, location, place, LocalDate.parse(date), null, evidence, 0, 8,
                "test", 0.8, null, null, null, null, null);
    }

    private static String id(EventIdentity r, ExtractedEvent e) {
        return r.resolve(List.of(e)).get(0).eventId();
    }

    @Test
    void victimsReadByANamesakeAbroadTakeTheIdOfTheirPlacesReport() {
        EventIdentity r = EventIdentity.inMemory();
        String county = id(r, killed("k1", "a", "SSDCVL", 3L, "Leer County", LEER_COUNTY, "2022-03-10",
                "Three civilians were killed on Thursday when armed youth attacked a cattle camp in Leer County."));
        String town = id(r, killed("k2", "b", "DEUCVL", 3L, "Leer", LEER_GERMANY, "2022-03-10",
                "Gunmen killed three people at a cattle camp outside Leer town on Thursday."));
        assertEquals(county, town);
    }

    @Test
    void anotherTollOrAnotherPlaceNameKeepsTheNamesakeApart() {
        EventIdentity r = EventIdentity.inMemory();
        String county = id(r, killed("k1", "a", "SSDCVL", 3L, "Leer County", LEER_COUNTY, "2022-03-10",
                "Three civilians were killed on Thursday in an attack in Leer County."));
        assertNotEquals(county, id(r, killed("k2", "b", "DEUCVL", 5L, "Leer", LEER_GERMANY, "2022-03-10",
                "Gunmen killed five people outside Leer town on Thursday.")));
        EventIdentity r2 = EventIdentity.inMemory();
        String bor = id(r2, killed("k1", "a", "SSDCVL", 3L, "Bor", BOR, "2022-03-10",
                "Three civilians were killed on Thursday in an attack in Bor."));
        assertNotEquals(bor, id(r2, killed("k2", "b", "DEUCVL", 3L, "Leer", LEER_GERMANY, "2022-03-10",
                "Gunmen killed three people outside Leer town on Thursday.")));
    }
}
