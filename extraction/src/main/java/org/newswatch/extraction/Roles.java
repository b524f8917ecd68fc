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
        head(MIL, "soldier", "soldiers", "troops", "troop", "army", "armies", "forces", "force", "military",
                "militaries", "servicemen", "serviceman", "servicemembers", "commandos", "commando", "marines",
                "paratroopers", "conscripts", "officers", "officer", "reservists", "guardsmen", "division",
                "brigade", "battalion", "regiment", "unit", "units", "regime", "navy", "sailors", "pilots", "pilot",
                "commander", "commanders", "general", "generals", "colonel", "sergeant", "captain", "captains",
                "lieutenant", "lieutenants", "corporal", "corporals", "brigadier", "lieutenant-colonel", "major-general",
                "brigadier-general", "conscript", "recruit", "reservist", "sub-inspector", "inspector", "constable",
                "constables", "jawan", "jawans", "trooper", "marine", "sailor", "warplanes", "jets",
                "airstrikes", "airstrike", "jet", "warplane", "reinforcements", "convoys", "convoy", "garrison", "troopers",
                "gendarmes", "gendarmerie", "guard", "guards", "ranger", "rangers", "patrol", "patrols", "recruits", "militia", "militias", "militiamen", "militiaman", "volunteers", "vigilantes", "vigilante", "cadets", "coalition", "peshmerga", "legionnaires", "personnel",
                "peacekeepers", "peacekeeper", "mercenaries", "mercenary", "missiles", "missile", "drones", "drone",
                "rockets", "rocket",
                "shelling", "paramilitaries", "paramilitary", "strikes", "bombardment", "bombardments", "aircraft",
                "helicopters", "gunships", "warships", "artillery", "tanks");
        head(MIL, "police", "policemen", "policeman", "policewoman", "cops", "policewomen", "gendarme");
        head(GOV, "government", "governments", "ministry", "ministries", "mod", "minister", "ministers", "president",
                "presidency", "officials", "official", "authorities", "administration", "delegation", "delegations", "envoy",
                "embassy", "diplomat", "diplomats", "spokesman", "spokesperson", "spokeswoman", "cabinet",
                "parliament", "leader", "leaders", "governor", "mayor", "state", "kremlin", "premier",
                "chancellor", "king", "junta", "mediators", "mediator", "negotiators", "negotiator", "administrator",
                "administrators");
        head(REB, "rebels", "rebel", "insurgents", "insurgent", "militants", "militant", "jihadists", "jihadist",
                "jihadis", "jihadi", "fighters", "fighter", "gunmen", "gunman", "terrorists", "terrorist",
                "opposition", "extremists", "extremist", "gangs", "gang", "gangsters", "dissidents", "cartel", "cartels",
                "kidnappers", "abductors", "suspects", "suspect", "traffickers", "smugglers", "poachers", "raiders", "pirates", "bombers", "bomber",
                "separatists", "separatist", "cell", "cells", "guerrillas", "guerrilla", "islamists", "attackers", "assailants",
                "bandits", "attacker", "assailant", "insurgency", "mujahideen", "factions", "faction", "alliance");
        head(CVL, "civilians", "civilian", "children", "child", "people", "person", "persons", "residents",
                "resident", "villagers", "villager", "families", "family", "women", "woman", "men", "man", "boys",
                "boy", "girls", "girl", "farmers", "farmer", "herders", "herder", "worshippers", "students",
                "student", "pupils", "journalists", "journalist", "teachers", "teacher", "doctors", "doctor",
                "nurses", "workers", "worker", "passengers", "travellers", "travelers", "nationals", "protesters", "protester", "demonstrators", "infants",
                "babies", "baby", "toddlers", "teenagers", "teenager", "minors", "individuals", "inhabitants",
                "fishermen", "miners", "traders", "elderly", "pilgrims", "patients", "motorists", "shepherd",
                "shepherds", "youths", "youth", "relatives", "mourners", "wedding", "guests",
                "paramedics", "medics", "rescuers", "shoppers", "hostages", "detainees", "prisoners", "victims",
                "congregants", "parishioners", "commuters", "labourers", "laborers", "settlers", "passers-by",
                "passersby", "hunters", "employees", "inmates", "vendors", "activists", "customers", "staff",
                "mother", "father", "son", "daughter", "wife", "husband", "brothers", "brother", "sister",
                "sisters", "infant", "newborn", "households", "household", "sons", "daughters", "nephews", "nephew",
                "nieces", "niece", "cousins", "cousin", "relative", "grandchildren", "grandson", "granddaughter",
                "wives", "husbands", "uncle", "aunt",
                "chief", "chiefs", "imam", "imams", "priest", "priests", "pastor",
                "pastors", "cleric", "clerics", "elders", "monks", "nuns", "aid-workers");
        head(REF, "refugees", "refugee", "idps", "migrants", "migrant", "asylum-seekers", "evacuees");
        mod(MIL, "army", "military", "security", "armed", "regime", "soldier", "troop", "navy", "naval", "junta",
                "paramilitary", "militia", "pro-government", "pro-regime", "vigilante");
        mod(GOV, "government", "state", "presidential", "diplomatic", "official", "ministerial", "defense",
                "defence", "foreign");
        mod(REB, "rebel", "opposition", "insurgent", "jihadist", "militant", "islamist", "extremist", "terrorist",
                "separatist", "rebel-held", "guerrilla", "gang", "cartel", "jihadi", "dissident");
        mod(CVL, "civilian");
        mod(REF, "displaced", "refugee", "uprooted");
        mod(MIL, "police", "gendarmerie", "paramilitary");
    }

    private Roles() {
    }

    private static void head(String role, String... words) {
        for (String w : words) {
            HEADS.put(w, role);
        }
    }

    private static void mod(String role, String... words) {
        for (String w : words) {
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
