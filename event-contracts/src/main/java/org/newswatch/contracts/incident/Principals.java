package org.newswatch.contracts.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Place;

/**
 * Which principal parties (CAMEO-style codes: a country and a role) can name one party in two reports. A code
 * without a role ("SYR": the text said only "Syrian") can be any role of its country. For an act (a strike, an
 * offensive, a capture, a deployment) a state and its forces are one actor: "Turkey struck" and "Turkish troops
 * struck". Victims of different roles (soldiers, civilians) and the speakers of statements and talks (a
 * government, its army) are different parties, except roles that name one group of victims ({@code
 * incident/victim-roles.tsv}: the displaced are civilians).
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
        if (ROLES.contains(principal)) {
            // a role without its country ("three soldiers were injured"): any country's soldiers, which no list
            // names (compatible(type, a, b) says so of each; the identity looks up its place's country, nationals)
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
        out.add(role); // the same role without its country
        if (act(type) && (role.equals("GOV") || role.equals("MIL"))) {
            out.add(country + (role.equals("GOV") ? "MIL" : "GOV"));
        }
        if (type != null && type.victimIsPrincipal()) {
            for (String same : IncidentSignals.shared().sameVictims(role)) {
                out.add(country + same);
            }
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
        if (ROLES.contains(a) || ROLES.contains(b)) {
            // a role without its country and a country's code of that role (either way)
            return roled(ROLES.contains(a) ? b : a) && (ROLES.contains(a) ? b.endsWith(a) : a.endsWith(b));
        }
        if (a.length() == 3) {
            return b.length() == 6 && b.startsWith(a) && roled(b);
        }
        if (!roled(a) || !a.regionMatches(0, b, 0, 3)) {
            return false; // a non-state code, or another country
        }
        if (b.length() == 3) {
            return true;
        }
        return b.length() == 6 && (act(type) && (a.endsWith("GOV") && b.endsWith("MIL")
                || a.endsWith("MIL") && b.endsWith("GOV"))
                || type != null && type.victimIsPrincipal()
                        && IncidentSignals.shared().sameVictims(a.substring(3), b.substring(3)));
    }

    /**
     * The codes of {@code principal}'s victims as another outlet may read their country: by where it happened
     * ({@code place}'s country) or by the country of the other party ({@code other}, the perpetrator), where the text
     * gives the victims no nationality of their own ("two young men killed by Israeli forces in Jenin" coded as
     * Israel's, the Palestinian ministry's report as Palestine's; "jihadists attacked a base in Gwoza, on the border
     * with Cameroon" as Cameroon's); or by the role the other side of the fight gives them, in their own country
     * ({@code incident/contested-roles.tsv}: "two young men" and "two gunmen", {@link #contested}), or, for soldiers
     * and civilians, the other of the two in their own country (a militia or auxiliaries coded as either: {@link
     * IncidentMatch} asks whether a text calls them so). Empty for an act (its actor names itself) and for a code of
     * no role.
     */
    public static List<String> nationals(EventType type, String principal, Place place, String other) {
        if (type == null || !type.victimIsPrincipal() || principal == null) {
            return List.of();
        }
        if (ROLES.contains(principal)) {
            // a role without its country: its place's country's code of that role (compatible)
            String here = place == null ? null : country3(place.country());
            return here == null ? List.of() : List.of(here + principal);
        }
        if (!roled(principal)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        String role = principal.substring(3);
        String here = place == null ? null : country3(place.country());
        if (here != null && !principal.startsWith(here)) {
            out.add(here + role);
        }
        if (other != null && roled(other) && !principal.regionMatches(0, other, 0, 3)
                && !out.contains(other.substring(0, 3) + role)) {
            out.add(other.substring(0, 3) + role);
        }
        for (String contested : IncidentSignals.shared().contestedRoles(role)) {
            out.add(principal.substring(0, 3) + contested);
        }
        if (role.equals("MIL") || role.equals("CVL")) {
            // a militia or auxiliaries, coded as either by two outlets (IncidentMatch asks whether a text says so)
            out.add(principal.substring(0, 3) + (role.equals("MIL") ? "CVL" : "MIL"));
        }
        return out;
    }

    /**
     * True when {@code a} and {@code b} are victims of one country whose roles the two sides of a fight give one group
     * of dead by ({@code incident/contested-roles.tsv}: civilians and gunmen). The caller asks for what else makes them
     * one (the same toll, town, day and perpetrator).
     */
    public static boolean contested(String a, String b) {
        return a != null && b != null && roled(a) && roled(b) && a.regionMatches(0, b, 0, 3)
                && IncidentSignals.shared().contestedRoles(a.substring(3), b.substring(3));
    }

    /**
     * True when the parties {@code a} and {@code b} (victims, or perpetrators) are of one role and two countries, one
     * of which is the country of the other report's other party (a perpetrator), or of the report's own where the
     * other names none and gives the country of its place: one party whose country two outlets read differently
     * ({@link #nationals}: "Turkey neutralized two PKK terrorists in Sinjar", its victims read as Turkey's by their
     * killer, and "a drone killed two YBS fighters in Shingal", Iraq's by the place). The caller asks for what else
     * makes them one (the same toll).
     */
    public static boolean readAsNationals(String a, String b, Place aPlace, Place bPlace, String aOther,
            String bOther) {
        if (!oneRoleTwoCountries(a, b)) {
            return false;
        }
        // by the other party's country only: by the place's, "At least 20 Turkish soldiers were killed in Idlib" and
        // "20 Syrian soldiers were killed near Idlib" (two armies' dead of one day) would be one party; the report's
        // own other party only where the other report names none and gives the victims the country of its place
        return of(a, null, bOther) || of(b, null, aOther) || bOther == null && of(a, null, aOther) && of(b, bPlace, null)
                || aOther == null && of(b, null, bOther) && of(a, aPlace, null);
    }

    /**
     * True when the parties {@code a} and {@code b} (perpetrators, or victims) are of one role whose country outlets
     * read differently ({@code incident/borderless-roles.tsv}: an armed group that crosses a border), of two countries,
     * and one of them is the country of a report's place: one outlet read the group by where it struck or fell
     * ("jihadists killed two near Kolofata" in Cameroon), the other by the group it named ("Boko Haram", Nigeria's).
     * Two states' forces are never so read (each outlet names the army), nor two groups of which neither is of the
     * place. The caller asks for what else makes them one (the same toll).
     */
    public static boolean readByPlace(String a, String b, Place aPlace, Place bPlace) {
        if (!oneRoleTwoCountries(a, b) || !IncidentSignals.shared().borderless(a.substring(3))) {
            return false;
        }
        return of(a, aPlace, null) || of(a, bPlace, null) || of(b, aPlace, null) || of(b, bPlace, null);
    }

    /**
     * True when the parties {@code a} and {@code b} are of one role and two countries, and the two reports give their
     * places one name, or one its short form ({@code oneName}), that the gazetteer does not put in one country (two
     * countries, or one of them in none): a namesake abroad ("Leer" in Germany beside "Leer County" in South Sudan,
     * "Maru" in Turkmenistan beside Maru in Zamfara), whose country one report read its victims by, or an outlet of a
     * neighbouring country that gave them its own ("three civilians" of a Syrian border town that Turkey's ministry
     * reported). Two countries' forces named in one place the gazetteer puts in one country are two parties ("Turkish
     * soldiers" and "Syrian soldiers" in Idlib), and so are victims of two countries of whom one text names the other's
     * place ("two Turkish soldiers killed in Hatay province by shelling from Idlib"): the name must be the place's own.
     * The caller asks for what else makes them one (the same toll and day, and not two towns on the map).
     */
    public static boolean readByNamesake(String a, String b, Place aPlace, Place bPlace, boolean oneName) {
        if (!oneName || !oneRoleTwoCountries(a, b)) {
            return false;
        }
        String ca = aPlace == null ? null : aPlace.country();
        String cb = bPlace == null ? null : bPlace.country();
        return ca == null || cb == null || !ca.equals(cb);
    }

    /** True when both are a country's code of a role, of one role and two countries. */
    static boolean oneRoleTwoCountries(String a, String b) {
        return a != null && b != null && roled(a) && roled(b) && !a.regionMatches(0, b, 0, 3)
                && a.regionMatches(3, b, 3, 3);
    }

    /** True when {@code code}'s country is {@code place}'s, or {@code other}'s. */
    private static boolean of(String code, Place place, String other) {
        String here = place == null ? null : country3(place.country());
        return here != null && code.startsWith(here)
                || other != null && roled(other) && code.regionMatches(0, other, 0, 3);
    }

    /** The alpha-3 code (as the party codes use) of an ISO alpha-2 country code; null when unknown. */
    static String country3(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            return null;
        }
        try {
            String out = new Locale("", iso2).getISO3Country();
            return out.length() == 3 ? out : null;
        } catch (MissingResourceException e) {
            return null;
        }
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
