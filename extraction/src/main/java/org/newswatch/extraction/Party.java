package org.newswatch.extraction;

/**
 * A party named in a sentence: its country (ISO alpha-3), role and the tokens that name it.
 *
 * @param country  ISO alpha-3, or null when the phrase names none
 * @param role     MIL, GOV, REB, CVL, REF, COP, IGOUNO, or null for a bare state ("Turkey", "Ankara")
 * @param explicit true when the country is written in the phrase (not inferred)
 * @param sponsor  country of a backer ("Turkish-backed"), not the party's own
 * @param amount   the amount in the phrase, or null
 * @param start    first token
 * @param head     head token index, -1 for a bare amount ("five killed")
 * @param end      token after the phrase
 * @param anaphor  "others", "those", "they", "it" ... when the phrase points back, else null
 */
public record Party(String country, String role, boolean explicit, String sponsor, Amount amount, int start, int head,
        int end, String anaphor) {

    /** The actor code, with the role a bare state takes for this kind of act (MIL for force, GOV otherwise). */
    public String code(String stateRole) {
        String r = role == null ? stateRole : role;
        if (Roles.UNO.equals(r)) {
            return Roles.UNO;
        }
        if (country == null) {
            return r;
        }
        return country + (r == null ? "" : r);
    }

    public Party withCountry(String iso3, boolean isExplicit) {
        return new Party(iso3, role, isExplicit, sponsor, amount, start, head, end, anaphor);
    }

    public Party withRole(String newRole) {
        return new Party(country, newRole, explicit, sponsor, amount, start, head, end, anaphor);
    }

    public Party withAmount(Amount a) {
        return new Party(country, role, explicit, sponsor, a, start, head, end, anaphor);
    }
}
