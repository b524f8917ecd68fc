package org.newswatch.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Role words of CAMEO-style actor codes: the head noun of a party ("soldiers" MIL, "rebels" REB,
 * "civilians" CVL, "refugees" REF, "officials" GOV, "police" COP) and the modifiers that override it
 * ("rebel commander" REB, "government forces" MIL, "civilian deaths" CVL, "displaced Syrians" REF).
 */
public final class Roles {

    public static final String MIL = "MIL";
    public static final String GOV = "GOV";
    public static final String REB = "REB";
    public static final String CVL = "CVL";
    public static final String REF = "REF";
    public static final String COP = "COP";
    public static final String UNO = "IGOUNO";

    static final Map<String, String> HEADS = new HashMap<>();
    static final Map<String, String> MODIFIERS = new HashMap<>();
    /** Weapons and strikes that head a party phrase ("Russian missiles killed"), never a target. */
    static final Set<String> WEAPONS = Lexicon.words("WEAPONS");
    /** Nouns whose role comes from their modifiers or their "of" complement ("members of", "deaths"). */
    static final Set<String> NEUTRAL_HEADS = Lexicon.words("NEUTRAL_HEADS");
    /** Role nouns in the singular that name a body of people, not one person ("the army", "a convoy"). */
    static final Set<String> COLLECTIVE = Lexicon.words("COLLECTIVE");
    /** United Nations bodies. */
    static final Set<String> UN_BODIES = Lexicon.words("UN_BODIES");

    static {
        // head nouns first, then modifiers; of two classes that hold a word, the later one's role counts
        head(MIL, "ROLE_HEADS_MIL");
        head(GOV, "ROLE_HEADS_GOV");
        head(REB, "ROLE_HEADS_REB");
        head(CVL, "ROLE_HEADS_CVL");
        head(REF, "ROLE_HEADS_REF");
        mod(MIL, "ROLE_MODIFIERS_MIL");
        mod(GOV, "ROLE_MODIFIERS_GOV");
        mod(REB, "ROLE_MODIFIERS_REB");
        mod(CVL, "ROLE_MODIFIERS_CVL");
        mod(REF, "ROLE_MODIFIERS_REF");
    }

    private Roles() {
    }

    private static void head(String role, String wordClass) {
        for (String w : Lexicon.words(wordClass)) {
            HEADS.put(w, role);
        }
    }

    private static void mod(String role, String wordClass) {
        for (String w : Lexicon.words(wordClass)) {
            MODIFIERS.put(w, role);
        }
    }

    /** Role of a head noun, or null. */
    public static String headRole(String lc) {
        return HEADS.get(lc);
    }

    /** Role a modifier imposes, or null. */
    public static String modifierRole(String lc) {
        return MODIFIERS.get(lc);
    }
}
