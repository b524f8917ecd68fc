package org.newswatch.contracts.incident;

import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.EventType;

/**
 * Which principal parties (CAMEO-style codes: a country and a role) can name one party in two reports. A code
 * without a role ("SYR": the text said only "Syrian") can be any role of its country. For an act (a strike, an
 * offensive, a capture, a deployment) a state and its forces are one actor: "Turkey struck" and "Turkish troops
 * struck". Victims of different roles (soldiers, civilians) and the speakers of statements and talks (a
 * government, its army) are different parties.
 */
public final class Principals {

    private static final List<String> ROLES = List.of("MIL", "GOV", "REB", "CVL", "REF", "COP");

    private Principals() {
    }

    /** The principal codes an event of this type and principal may share an identity with, itself first. */
    public static List<String> compatible(EventType type, String principal) {
        List<String> out = new ArrayList<>();
        out.add(principal);
        if (principal == null) {
            return out;
        }
        if (principal.length() == 3) {
            for (String role : ROLES) {
                out.add(principal + role);
            }
            return out;
        }
        if (principal.length() != 6 || !ROLES.contains(principal.substring(3))) {
            return out; // "IGOUNO" and other non-state codes: only themselves
        }
        String country = principal.substring(0, 3);
        String role = principal.substring(3);
        out.add(country);
        if (act(type) && (role.equals("GOV") || role.equals("MIL"))) {
            out.add(country + (role.equals("GOV") ? "MIL" : "GOV"));
        }
        return out;
    }

    /** True when {@code b} is among {@link #compatible}{@code (type, a)} (the same code at once, without a list). */
    public static boolean compatible(EventType type, String a, String b) {
        if (a == null) {
            return b == null;
        }
        if (a.equals(b)) {
            return true;
        }
        if (b == null) {
            return false;
        }
        // the rules of compatible(type, a), without building the list: this runs once per candidate of a lookup
        if (a.length() == 3) {
            return b.length() == 6 && b.startsWith(a) && roled(b);
        }
        if (!roled(a) || !a.regionMatches(0, b, 0, 3)) {
            return false; // a non-state code, or another country
        }
        if (b.length() == 3) {
            return true;
        }
        return b.length() == 6 && act(type) && (a.endsWith("GOV") && b.endsWith("MIL")
                || a.endsWith("MIL") && b.endsWith("GOV"));
    }

    /** A country code and one of the roles. */
    private static boolean roled(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (String role : ROLES) {
            if (code.regionMatches(3, role, 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean act(EventType type) {
        return type == EventType.ATTACK || type == EventType.OFFENSIVE || type == EventType.CAPTURE
                || type == EventType.DEPLOYMENT;
    }
}
