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
 * Identity's part of issue 16's twenty-first round: the event ids follow the merge rule's reading of a town's seat word
 * ("Rutshuru-centre" is Rutshuru: {@code IncidentMatchRound21Test}), through the lookup the store gives.
 */
class IdentityRound21Test {

    private static final Place.AdminArea NORTH_KIVU = new Place.AdminArea("CD.11", "North Kivu");
    private static final Place RUTSHURU = new Place("Rutshuru", "CD", -1.18, 29.45, Place.Precision.ADMIN2,
            NORTH_KIVU, null);

    private static ExtractedEvent killed(String id, String article, Long count, String location, Place place,
            String evidence) {
        return new ExtractedEvent(ExtractedEvent.VERSION, id, article, EventType.KILLED, "CODCVL", "CODREB", count,
                null, Qualifier.EXACT, null, false, null, location, place, LocalDate.parse("2023-06-14"), null,
                evidence, 0, 8, "test", 0.8, null, null, null, null, null);
    }

    private static String id(EventIdentity r, ExtractedEvent e) {
        return r.resolve(List.of(e)).get(0).eventId();
    }

    @Test
    void aReportOfTheSeatTakesTheTerritorysId() {
        EventIdentity r = EventIdentity.inMemory();
        String territory = id(r, killed("k1", "a", 2L, "Rutshuru", RUTSHURU,
                "Two villagers were shot dead by M23 fighters on Wednesday in Rutshuru territory."));
        assertEquals(territory, id(r, killed("k2", "b", 2L, "Rutshuru-centre", null,
                "M23 gunmen killed two farmers near Rutshuru-centre on Wednesday, residents said.")));
    }

    @Test
    void theSeatOfAnotherTerritoryKeepsItsOwnId() {
        EventIdentity r = EventIdentity.inMemory();
        String territory = id(r, killed("k1", "a", 2L, "Rutshuru", RUTSHURU,
                "Two villagers were shot dead by M23 fighters on Wednesday in Rutshuru territory."));
        assertNotEquals(territory, id(r, killed("k2", "b", 2L, "Masisi-centre", null,
                "M23 gunmen killed two farmers near Masisi-centre on Wednesday, residents said.")));
    }
}
