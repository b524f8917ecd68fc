package org.newswatch.contracts.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.EventType;

/** The pairwise test of compatible codes says exactly what the list of compatible codes says. */
class PrincipalsTest {

    @Test
    void thePairTestAgreesWithTheListForEveryTypeAndCode() {
        List<String> codes = new ArrayList<>();
        for (String country : List.of("SYR", "TUR", "SYM")) { // SYM: a prefix of no role code
            codes.add(country);
            for (String role : List.of("MIL", "GOV", "REB", "CVL", "REF", "COP", "UNO", "MI")) {
                codes.add(country + role);
            }
        }
        codes.addAll(List.of("IGOUNO", "SY", "SYRMILX", "syrmil", ""));
        codes.add(null);
        int checked = 0;
        for (EventType type : EventType.values()) {
            for (String a : codes) {
                for (String b : codes) {
                    assertEquals(Principals.compatible(type, a).contains(b), Principals.compatible(type, a, b),
                            type + " " + a + " " + b);
                    checked++;
                }
            }
        }
        assertTrue(checked > 5000);
        // and what the rule means
        assertTrue(Principals.compatible(EventType.ATTACK, "TURGOV", "TURMIL"));
        assertFalse(Principals.compatible(EventType.KILLED, "TURGOV", "TURMIL"));
        assertTrue(Principals.compatible(EventType.KILLED, "SYR", "SYRCVL"));
        assertTrue(Principals.compatible(EventType.KILLED, "SYRCVL", "SYR"));
        assertFalse(Principals.compatible(EventType.KILLED, "SYRCVL", "TURCVL"));
        // the one exception to the list: a role without its country ("MIL") is any country's code of that role, which
        // no list can name; its list is itself, and the countries' lists name it
        assertEquals(List.of("MIL"), Principals.compatible(EventType.KILLED, "MIL"));
        assertTrue(Principals.compatible(EventType.KILLED, "MIL", "TURMIL"));
        assertTrue(Principals.compatible(EventType.KILLED, "TURMIL").contains("MIL"));
    }
}
