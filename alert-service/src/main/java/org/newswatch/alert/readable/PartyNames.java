package org.newswatch.alert.readable;

import java.util.HashMap;
import java.util.Map;
import org.newswatch.contracts.Place;

/**
 * Readable names of actor codes and places: {@code TURMIL} is "Turkish military", {@code SYRREB} "Syrian rebels",
 * {@code CVL} "civilians"; a place is "Saraqeb, Idlib province, Syria". Built from two data files: the extraction
 * engine's {@code countries.tsv} (ISO3, ISO2, names, adjectives; copied next to this class by the build) and {@code
 * parties.tsv} (what each role reads as, and the few whole codes that are not a country and a role). An unknown code
 * reads as itself.
 */
public final class PartyNames {

    private static final PartyNames DEFAULT = new PartyNames();

    private final Map<String, String> adjectives = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, String> roleAfterAdjective = new HashMap<>();
    private final Map<String, String> roleAlone = new HashMap<>();
    private final Map<String, String> wholeCodes = new HashMap<>();

    private PartyNames() {
        for (String[] row : Tsv.rows("countries.tsv")) {
            String name = row[2].split(",")[0].strip();
            adjectives.put(row[0], row[3].split(",")[0].strip());
            countryNames.put(row[0], name);
            countryNames.put(row[1], name);
        }
        for (String[] row : Tsv.rows("parties.tsv")) {
            if (row.length == 3 && row[0].length() == 3) {
                roleAfterAdjective.put(row[0], row[1]);
                roleAlone.put(row[0], row[2]);
            } else if (row.length == 2) {
                wholeCodes.put(row[0], row[1]);
            } else {
                throw new IllegalStateException("parties.tsv: bad row " + String.join("|", row));
            }
        }
    }

    public static PartyNames get() {
        return DEFAULT;
    }

    /** "Turkish military" for TURMIL, "civilians" for CVL; the code itself when unknown; null for null. */
    public String party(String code) {
        if (code == null) {
            return null;
        }
        String whole = wholeCodes.get(code);
        if (whole != null) {
            return whole;
        }
        if (code.length() == 3 && roleAlone.containsKey(code)) {
            return roleAlone.get(code);
        }
        if (code.length() == 6) {
            String adjective = adjectives.get(code.substring(0, 3));
            String role = roleAfterAdjective.get(code.substring(3));
            if (adjective != null && role != null) {
                return adjective + " " + role;
            }
        }
        return code;
    }

    /** The country's name for an ISO2 or ISO3 code ("Syria" for SY), else the code. */
    public String country(String code) {
        return code == null ? null : countryNames.getOrDefault(code, code);
    }

    /**
     * The place with its district, province and country: "Kafr Nabl, Maarrat al-Nu'man district, Idlib province,
     * Syria"; a province reads "Idlib province, Syria"; {@code fallback} (the event's location text) when there is no
     * place.
     */
    public String place(Place p, String fallback) {
        if (p == null || p.name() == null) {
            return fallback;
        }
        StringBuilder s = new StringBuilder();
        Place.Precision precision = p.precision();
        if (precision == Place.Precision.ADMIN1) {
            s.append(p.name()).append(" province");
        } else if (precision == Place.Precision.ADMIN2) {
            s.append(p.name()).append(" district");
        } else if (precision != Place.Precision.COUNTRY) {
            s.append(p.name());
        }
        if (precision != Place.Precision.ADMIN1 && precision != Place.Precision.ADMIN2 && p.admin2() != null
                && p.admin2().name() != null && !p.admin2().name().equals(p.name())) {
            s.append(", ").append(p.admin2().name()).append(" district");
        }
        if (precision != Place.Precision.ADMIN1 && p.admin1() != null && p.admin1().name() != null
                && !p.admin1().name().equals(p.name())) {
            s.append(", ").append(p.admin1().name()).append(" province");
        }
        if (p.country() != null) {
            s.append(s.isEmpty() ? "" : ", ").append(country(p.country()));
        }
        return s.isEmpty() ? fallback : s.toString();
    }
}
