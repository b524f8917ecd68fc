package org.newswatch.extraction.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.Qualifier;

/**
 * Cross-article identity on invented multi-article stories from several conflicts: each rule is shown joining
 * what one event reported twice and keeping apart what only looks alike.
 */
class IdentityAcrossConflictsTest {

    private static final Place KHARTOUM = new Place("Khartoum", "SD", 15.50, 32.56);
    private static final Place JEDDAH = new Place("Jeddah", "SA", 21.54, 39.17);
    private static final Place GENEVA = new Place("Geneva", "CH", 46.20, 6.14);
    private static final Place BEIJING = new Place("Beijing", "CN", 39.90, 116.40);
    private static final Place WASHINGTON = new Place("Washington", "US", 38.90, -77.04);
    private static final Place GAZA = new Place("Gaza", "PS", 31.50, 34.47);
    private static final Place KHARKIV = new Place("Kharkiv", "UA", 49.99, 36.23);
    private static final Place LALIBELA = new Place("Lalibela", "ET", 12.03, 39.04);
    private static final Place GONDAR = new Place("Gondar", "ET", 12.60, 37.47);
    private static final Place EL_FASHER = new Place("El Fasher", "SD", 13.63, 25.35);

    private static ExtractedEvent ev(String id, String article, EventType type, String party, Long count,
            boolean cumulative, Place place, String date, String evidence) {
        boolean victim = type.victimIsPrincipal();
        return new ExtractedEvent(ExtractedEvent.VERSION, id, article, type, victim ? party : null,
                victim ? null : party, count, null, count == null ? null : Qualifier.EXACT, null, cumulative, null,
                place == null ? null : place.name(), place, date == null ? null : LocalDate.parse(date), null,
                evidence, 0, 8, "test", 0.8, null, null, null, null, null);
    }

    private static ExtractedEvent ev(String id, String article, EventType type, String party, Long count,
            boolean cumulative, Place place, String date) {
        return ev(id, article, type, party, count, cumulative, place, date, "evidence");
    }

    /** The ids one article's events get, in order. */
    private static List<String> ids(EventIdentity r, ExtractedEvent... events) {
        return r.resolve(List.of(events)).stream().map(ExtractedEvent::eventId).toList();
    }

    // --- talks and statements placed by what they are about

    @Test
    void talksPlacedWhereTheFightingIsJoinTheSameDaysTalksAtTheirVenue() {
        EventIdentity r = EventIdentity.inMemory();
        String jeddah = ids(r, ev("t1", "wire", EventType.TALKS, "USAGOV", null, false, JEDDAH, "2023-05-06")).get(0);
        // a second outlet: "as the talks went on, shelling killed 12 in Khartoum" and the talks placed "on Khartoum"
        List<String> b = ids(r, ev("k1", "local", EventType.KILLED, "SDNCVL", 12L, false, KHARTOUM, "2023-05-06"),
                ev("t2", "local", EventType.TALKS, "USAGOV", null, false, KHARTOUM, "2023-05-06"));
        assertEquals(jeddah, b.get(1), "the talks about Khartoum are the Jeddah talks of that day");
    }

    @Test
    void talksAtTwoVenuesStayApartAndSoDoTalksOfAnotherDay() {
        EventIdentity r = EventIdentity.inMemory();
        String geneva = ids(r, ev("t1", "a", EventType.TALKS, "USAGOV", null, false, GENEVA, "2024-03-04")).get(0);
        // the same party's talks elsewhere that day: no fighting in the article makes Beijing a subject
        assertNotEquals(geneva, ids(r, ev("t2", "b", EventType.TALKS, "USAGOV", null, false, BEIJING,
                "2024-03-04")).get(0));
        // a venue at home is no subject either
        assertNotEquals(geneva, ids(r, ev("t3", "c", EventType.TALKS, "USAGOV", null, false, WASHINGTON,
                "2024-03-04")).get(0));
        // placed at the fighting, but a day later: another round
        EventIdentity r2 = EventIdentity.inMemory();
        String jeddah = ids(r2, ev("t1", "a", EventType.TALKS, "USAGOV", null, false, JEDDAH, "2023-05-06")).get(0);
        assertNotEquals(jeddah, ids(r2, ev("k1", "b", EventType.KILLED, "SDNCVL", 12L, false, KHARTOUM, "2023-05-07"),
                ev("t2", "b", EventType.TALKS, "USAGOV", null, false, KHARTOUM, "2023-05-07")).get(1));
    }

    // --- standing threats

    @Test
    void anUndatedUltimatumRestatedByNeighbouringReportsIsOneThreat() {
        EventIdentity r = EventIdentity.inMemory();
        String a = ids(r, ev("k1", "a", EventType.KILLED, "PSECVL", 9L, false, GAZA, "2024-02-06"),
                ev("w1", "a", EventType.THREAT, "ISRGOV", null, false, GAZA, null,
                        "Israel has warned it will move on Rafah if the hostages are not freed by the end of this month"))
                .get(1);
        String b = ids(r, ev("k2", "b", EventType.KILLED, "PSECVL", 4L, false, GAZA, "2024-02-07"),
                ev("w2", "b", EventType.THREAT, "ISRGOV", null, false, GAZA, null,
                        "Israel has said it will launch the operation unless the hostages are released by end-February"))
                .get(1);
        assertEquals(a, b);
    }

    @Test
    void undatedThreatsWithOtherDeadlinesOrFarApartOrDatedOnOneSideStayApart() {
        EventIdentity r = EventIdentity.inMemory();
        String feb = ids(r, ev("k1", "a", EventType.KILLED, "PSECVL", 9L, false, GAZA, "2024-02-06"),
                ev("w1", "a", EventType.THREAT, "ISRGOV", null, false, GAZA, null,
                        "Israel has warned it will act by the end of this month")).get(1);
        assertNotEquals(feb, ids(r, ev("k2", "b", EventType.KILLED, "PSECVL", 4L, false, GAZA, "2024-02-07"),
                ev("w2", "b", EventType.THREAT, "ISRGOV", null, false, GAZA, null,
                        "Israel has warned it will act before Ramadan, by March 10")).get(1), "another deadline");
        assertNotEquals(feb, ids(r, ev("k3", "c", EventType.KILLED, "PSECVL", 3L, false, GAZA, "2024-02-07"),
                ev("w3", "c", EventType.THREAT, "ISRGOV", null, false, GAZA, "2024-02-07",
                        "Israel warned on Wednesday it will act by the end of this month")).get(1),
                "a new day's warning is a new statement");
        assertNotEquals(feb, ids(r, ev("k4", "d", EventType.KILLED, "PSECVL", 6L, false, GAZA, "2024-02-20"),
                ev("w4", "d", EventType.THREAT, "ISRGOV", null, false, GAZA, null,
                        "Israel has threatened to expand the war")).get(1), "reports two weeks apart");
    }

    @Test
    void deadlinesAreReadToTheMonth() {
        LocalDate feb = LocalDate.parse("2020-02-12");
        assertEquals(YearMonth.of(2020, 2), Deadlines.month("will push them back by the end of this month", feb));
        assertEquals(YearMonth.of(2020, 2), Deadlines.month("if they do not withdraw by end-February", feb));
        assertEquals(YearMonth.of(2020, 3), Deadlines.month("a deadline until the end of next month", feb));
        assertEquals(YearMonth.of(2021, 1), Deadlines.month("must leave before January", feb));
        assertNull(Deadlines.month("will not remain unanswered", feb));
    }

    // --- running totals and incidents

    @Test
    void aRunningTotalIsNotAnIncidentNorAVagueTotal() {
        EventIdentity r = EventIdentity.inMemory();
        String fled = ids(r, ev("d1", "a", EventType.DISPLACEMENT, "SDNCVL", null, false, EL_FASHER, "2024-04-14"))
                .get(0);
        String total = ids(r, ev("d2", "b", EventType.DISPLACEMENT, "SDNCVL", 40_000L, true, EL_FASHER,
                "2024-04-14")).get(0);
        assertNotEquals(fled, total, "'thousands fled on Sunday' is not '40,000 displaced since April'");
        assertNotEquals(total, ids(r, ev("d3", "c", EventType.DISPLACEMENT, "SDNCVL", null, true, EL_FASHER,
                "2024-04-15")).get(0), "'tens of thousands have fled' is not the 40,000 total");
        assertEquals(total, ids(r, ev("d4", "d", EventType.DISPLACEMENT, "SDNCVL", 40_000L, true, EL_FASHER,
                "2024-04-20")).get(0), "the same total restated days later");
        assertEquals(total, ids(r, ev("d5", "e", EventType.DISPLACEMENT, "SDNCVL", 40_000L, false, EL_FASHER,
                "2024-04-15")).get(0), "the same figure where an outlet does not say it is a total");
    }

    // --- compatible parties

    @Test
    void aStateAndItsForcesAreOneActorButVictimsOfOtherRolesAreNot() {
        EventIdentity r = EventIdentity.inMemory();
        String strike = ids(r, ev("s1", "a", EventType.ATTACK, "RUSGOV", null, false, KHARKIV, "2024-05-25")).get(0);
        assertEquals(strike, ids(r, ev("s2", "b", EventType.ATTACK, "RUSMIL", null, false, KHARKIV, "2024-05-25"))
                .get(0), "'Russia struck Kharkiv' and 'Russian forces struck Kharkiv'");
        String civilians = ids(r, ev("k1", "a", EventType.KILLED, "UKRCVL", 7L, false, KHARKIV, "2024-05-25")).get(0);
        assertNotEquals(civilians, ids(r, ev("k2", "b", EventType.KILLED, "UKRMIL", 7L, false, KHARKIV,
                "2024-05-25")).get(0), "seven soldiers are not seven civilians");
        assertEquals(civilians, ids(r, ev("k3", "c", EventType.KILLED, "UKR", 7L, false, KHARKIV, "2024-05-25"))
                .get(0), "'seven Ukrainians' can be the seven civilians");
        String warning = ids(r, ev("w1", "a", EventType.THREAT, "RUSGOV", null, false, KHARKIV, "2024-05-25"))
                .get(0);
        assertNotEquals(warning, ids(r, ev("w2", "b", EventType.THREAT, "RUSMIL", null, false, KHARKIV,
                "2024-05-25")).get(0), "the Kremlin's warning and the army's are two statements");
    }

    // --- fresh ids outlive memory

    @Test
    void aForgottenEventsContentHashIsNotHandedToALaterDifferentEvent() {
        EventIdentity r = new EventIdentity(new InMemoryIdentityStore(), 2, 30);
        // the engine's content hash of an undated capture by one party is the same for any such capture
        ExtractedEvent lalibela = ev("capture-ETHREB-undated", "aug", EventType.CAPTURE, "ETHREB", null, false,
                LALIBELA, null);
        String first = ids(r, ev("k1", "aug", EventType.KILLED, "ETHCVL", 26L, false, LALIBELA, "2023-08-13"),
                lalibela).get(1);
        // eight months later the August events are forgotten
        ExtractedEvent gondar = ev("capture-ETHREB-undated", "apr", EventType.CAPTURE, "ETHREB", null, false, GONDAR,
                null);
        String later = ids(r, ev("k2", "apr", EventType.KILLED, "ETHCVL", 45L, false, GONDAR, "2024-01-29"),
                ev("k3", "apr", EventType.KILLED, "ETHCVL", 3L, false, GONDAR, "2024-04-04"), gondar).get(2);
        assertNotEquals(first, later);
        // a re-delivery of the August article, long forgotten, gets its ids again
        assertEquals(first, ids(r, ev("k1", "aug", EventType.KILLED, "ETHCVL", 26L, false, LALIBELA, "2023-08-13"),
                lalibela).get(1));
    }
}
