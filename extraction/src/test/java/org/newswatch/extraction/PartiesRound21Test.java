package org.newswatch.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newswatch.extraction.GeneralRulesTest.extract;
import static org.newswatch.extraction.GeneralRulesTest.find;
import static org.newswatch.extraction.GeneralRulesTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.extraction.text.Sentence;

/**
 * Party coding, twenty-first round: a division that shares a country's name ("Niger State"), and a member noun after
 * a body's noun inside a list ("two family members and a guard"). Each sentence is written for this test, none is
 * copied from a set.
 */
class PartiesRound21Test {

    /**
     * A country's name before a capitalised division noun that the gazetteer knows in another country is that
     * division: the victims are of the division's country.
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen killed 12 villagers in Niger State on Tuesday, residents said.|NGACVL",
        "Bandits shot dead seven farmers in a village in Niger State, Nigeria, on Sunday.|NGACVL",
    })
    void divisionNamedLikeACountry(String text, String victim) {
        List<ExtractedEvent> events = extract("2024-05-10", text);
        find(events, EventType.KILLED, victim);
        assertTrue(events.stream().noneMatch(e -> e.principal() != null && e.principal().startsWith("NER")),
                () -> "coded to Niger: " + events);
    }

    /** Near misses: the country itself, and a state organ after a country's name, stay the country's. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "Gunmen killed 12 villagers in Niger on Tuesday, residents said.|NERCVL",
        "Jihadists killed 12 villagers in western Niger near the border with Mali on Tuesday.|NERCVL",
    })
    void theCountryItself(String text, String victim) {
        find(extract("2024-05-10", text), EventType.KILLED, victim);
    }

    @Test
    void countryBeforeAStateOrganIsTheCountry() {
        Sentence s = org.newswatch.extraction.text.Segmenter.split(
                "The U.S. State Department said two soldiers were killed.").get(0);
        Countries.Entry e = Parties.countryAt(s, 1, new int[1]);
        assertEquals("USA", e == null ? null : e.iso3());
        Sentence n = org.newswatch.extraction.text.Segmenter.split("Gunmen struck in Niger State on Monday.").get(0);
        assertEquals(null, Parties.countryAt(n, 3, new int[1]));
        Sentence c = org.newswatch.extraction.text.Segmenter.split("Gunmen struck in Niger on Monday.").get(0);
        assertEquals("NER", Parties.countryAt(c, 3, new int[1]).iso3());
    }

    /**
     * A member noun after a body's noun ("family members", "patrol members") is the counted head with the body's
     * side, so that a list keeps every group: "Two family members and a guard" are two civilians and one guard.
     */
    @Test
    void familyMembersAndAGuard() {
        List<ExtractedEvent> killed = of(EventType.KILLED, extract("2024-05-10",
                "Two family members and a guard were killed when gunmen attacked a house in Kabul, Afghanistan, "
                        + "on Tuesday."));
        ExtractedEvent civilians = find(killed, EventType.KILLED, "AFGCVL");
        assertEquals(2L, civilians.count());
        long sum = killed.stream().mapToLong(e -> e.count() == null ? 0 : e.count()).sum();
        assertEquals(3L, sum, () -> "killed: " + killed);
    }

    @Test
    void patrolMembersAreTheForce() {
        Sentence s = org.newswatch.extraction.text.Segmenter.split("Three patrol members were killed.").get(0);
        Party p = Parties.mentions(s).get(0);
        assertEquals(Roles.MIL, p.role());
        assertEquals(3, p.amount().count());
        Sentence f = org.newswatch.extraction.text.Segmenter.split("Four family members were killed.").get(0);
        Party q = Parties.mentions(f).get(0);
        assertEquals(Roles.CVL, q.role());
        assertEquals(2, q.head(), "the head is the member noun, not the family");
    }

    /** Near miss: "the family of a guard" is no count of members; a lone guard stays one. */
    @Test
    void aGuardAlone() {
        List<ExtractedEvent> killed = of(EventType.KILLED, extract("2024-05-10",
                "A guard was killed when gunmen attacked a house in Kabul, Afghanistan, on Tuesday."));
        assertEquals(1, killed.size(), () -> "killed: " + killed);
        assertEquals(1L, killed.get(0).count());
    }

    /**
     * The subject of a confirming verb before "the killing of" is the source, not the doer: a police command that
     * "has confirmed the killing of three farmers" killed no one. Near miss: "Rebels carried out the killing of".
     */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
        "The Plateau State Police Command has confirmed the killing of three farmers in Bokkos, Nigeria.|",
        "The army confirmed the killing of four villagers near Bokkos in Nigeria on Monday.|",
        "Rebels carried out the killing of three soldiers near Bokkos in Nigeria on Monday.|NGAREB",
    })
    void confirmingIsNoKilling(String text, String actor) {
        List<ExtractedEvent> killed = of(EventType.KILLED, extract("2024-05-10", text));
        assertEquals(1, killed.size(), () -> "killed: " + killed);
        assertEquals(actor, killed.get(0).actor());
    }
}
