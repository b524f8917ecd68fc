package org.newswatch.alert.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.Subscription;

/**
 * The cause criterion: a conflict subscription never hears of a flood's toll unless it asks. The province and
 * district criteria: "anything in Idlib province" hears of every town of Idlib.
 */
class EventMatcherTest {

    private static ExtractedEvent killed(Cause cause) {
        return new ExtractedEvent(ExtractedEvent.VERSION, "e1", "a1", EventType.KILLED, "SYRCVL", null, 12L, null,
                Qualifier.EXACT, null, false, null, "Hasakah", null, LocalDate.parse("2024-05-06"), null,
                "Floods killed 12 people in Hasakah.", 0, 36, "killed.active", 0.8, null, null, null, null, null, cause);
    }

    private static Subscription.Filter filter(List<Cause> causes) {
        return new Subscription.Filter(List.of(EventType.KILLED), null, null, null, null, null, causes);
    }

    @Test
    void aFilterWithoutCausesMatchesViolenceOnly() {
        assertTrue(EventMatcher.matches(filter(null), killed(Cause.VIOLENCE)));
        assertTrue(EventMatcher.matches(filter(null), killed(null)), "an event written before v1.2 is violence");
        assertFalse(EventMatcher.matches(filter(null), killed(Cause.DISASTER)));
        assertFalse(EventMatcher.matches(filter(List.of()), killed(Cause.ACCIDENT)));
        assertFalse(EventMatcher.matches(null, killed(Cause.DISEASE)));
    }

    @Test
    void peopleDisplacedByAFloodReachOnlyWhoAsksForDisasters() {
        ExtractedEvent fled = new ExtractedEvent(ExtractedEvent.VERSION, "e2", "a2", EventType.DISPLACEMENT, "BRACVL",
                null, 160_000L, null, Qualifier.AT_LEAST, null, false, null, "Rio Grande do Sul", null,
                LocalDate.parse("2024-05-08"), null, "more than 160,000 forced from their homes", 0, 41,
                "displacement.verb", 0.8, null, null, null, null, null, Cause.DISASTER);
        Subscription.Filter displaced = new Subscription.Filter(List.of(EventType.DISPLACEMENT), null, null, null, null,
                null, null);
        assertFalse(EventMatcher.matches(displaced, fled));
        assertTrue(EventMatcher.matches(new Subscription.Filter(List.of(EventType.DISPLACEMENT), null, null, null,
                null, null, List.of(Cause.DISASTER)), fled));
    }

    @Test
    void aFilterNamingCausesMatchesExactlyThose() {
        assertTrue(EventMatcher.matches(filter(List.of(Cause.DISASTER)), killed(Cause.DISASTER)));
        assertFalse(EventMatcher.matches(filter(List.of(Cause.DISASTER)), killed(Cause.VIOLENCE)));
        assertTrue(EventMatcher.matches(filter(List.of(Cause.VIOLENCE, Cause.ACCIDENT)), killed(Cause.ACCIDENT)));
    }

    private static final Place.AdminArea IDLIB = new Place.AdminArea("SY.12", "Idlib");
    private static final Place.AdminArea MAARRAT = new Place.AdminArea("SY.12.167610", "Maarrat al-Nu'man");

    private static ExtractedEvent at(Place place) {
        return new ExtractedEvent(ExtractedEvent.VERSION, "e2", "a2", EventType.ATTACK, "SYRCVL", "SYRMIL", null, null,
                null, null, false, null, place == null ? null : place.name(), place, LocalDate.parse("2020-02-25"),
                null, "Regime forces shelled Kafr Nabl.", 0, 32, "attack.shelled", 0.8, null, null, null, null, null,
                null);
    }

    private static Subscription.Filter divisions(List<String> provinces, List<String> districts) {
        return new Subscription.Filter(null, null, null, null, null, null, null, provinces, districts);
    }

    private static final Place KAFR_NABL = new Place("Kafr Nabl", "SY", 35.61, 36.56, Place.Precision.TOWN, IDLIB,
            MAARRAT);
    private static final Place SARAQIB = new Place("Saraqib", "SY", 35.86, 36.81, Place.Precision.TOWN, IDLIB, null);
    private static final Place IDLIB_PROVINCE = new Place("Idlib", "SY", 35.93, 36.63, Place.Precision.ADMIN1, IDLIB,
            null);
    private static final Place ALEPPO = new Place("Aleppo", "SY", 36.2, 37.16, Place.Precision.TOWN,
            new Place.AdminArea("SY.09", "Aleppo"), null);

    @Test
    void aProvinceFilterMatchesEveryPlaceInsideIt() {
        for (String idlib : List.of("Idlib", "idlib", "SY.12", "sy.12", "Idlib province", "the governorate of Idlib")) {
            Subscription.Filter f = divisions(List.of(idlib), null);
            assertTrue(EventMatcher.matches(f, at(KAFR_NABL)), idlib + ": a town of Idlib");
            assertTrue(EventMatcher.matches(f, at(SARAQIB)), idlib + ": a town of Idlib without a district");
            assertTrue(EventMatcher.matches(f, at(IDLIB_PROVINCE)), idlib + ": the province itself");
            assertFalse(EventMatcher.matches(f, at(ALEPPO)), idlib + ": not Aleppo");
        }
        assertTrue(EventMatcher.matches(divisions(List.of("Hama", "Idlib"), null), at(SARAQIB)), "any one suffices");
        assertFalse(EventMatcher.matches(divisions(List.of("Idlib"), null), at(null)), "no place, no province");
        assertFalse(EventMatcher.matches(divisions(List.of("Idlib"), null),
                at(new Place("Idlib", "SY", 35.93, 36.63))), "a place written before v1.4 has no divisions");
        assertFalse(EventMatcher.matches(divisions(List.of("Idlibia", "Idl"), null), at(SARAQIB)), "no partial names");
    }

    @Test
    void aDistrictFilterMatchesThePlacesOfThatDistrict() {
        for (String d : List.of("Maarrat al-Nu'man", "maarrat al numan", "SY.12.167610", "Maarrat al-Nu'man district")) {
            assertTrue(EventMatcher.matches(divisions(null, List.of(d)), at(KAFR_NABL)), d);
            assertFalse(EventMatcher.matches(divisions(null, List.of(d)), at(SARAQIB)), d + ": no district known");
        }
        assertTrue(EventMatcher.matches(divisions(List.of("Idlib"), List.of("SY.12.167610")), at(KAFR_NABL)));
        assertFalse(EventMatcher.matches(divisions(List.of("Aleppo"), List.of("SY.12.167610")), at(KAFR_NABL)),
                "every criterion must hold");
    }
}
