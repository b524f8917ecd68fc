package org.newswatch.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.Equipment;

/**
 * Trigger words of the event rules, as hash sets (one lookup per token instead of regex alternations). The
 * words are data, read once from {@code en/lexicon/words.tsv} and {@code en/lexicon/equipment.tsv} beside
 * this class (format: {@link WordClasses}); a field here is a class of that file.
 */
final class Lexicon {

    private static final String LANGUAGE = "en";

    /** The word classes the engine knows: the fields below, and the extra triggers. */
    static final List<String> CLASSES = List.of("AUX", "KILL_VERBS", "KILL_INTRANSITIVE", "KILL_NOUNS",
            "WOUND_VERBS", "WOUND_NOUNS", "NEGATION", "HEDGES", "CASUALTY_NOUNS", "DISPLACE_VERBS", "DISPLACE_MOVES",
            "DISPLACE_FORCE", "CAPTURE_VERBS", "CONTROL_VERBS", "TERRITORY", "OFFENSIVE_NOUNS", "OPERATION_NOUNS",
            "LAUNCH", "HYPOTHETICAL", "ATTACK_NOUNS", "ATTACK_VERBS", "DEPLOY_VERBS", "TROOPS", "THREAT_VERBS",
            "THREAT_ACTS", "FORCE_WORDS", "TALK_NOUNS", "SPEECH", "NOT_PERSON", "ITEMS",
            "INCIDENT_NOUNS", "SPANS", "CLASH", "CLASH_NOUNS",
            "EXPLOSIVE_NOUNS", "EXPLODE_VERBS", "DROP_VERBS", "SCOPE_NOUNS", "WOUND_AS_NOUN", "ACHIEVED", "DESTROY_VERBS",
            "CLAIM_LIVES", "RISE", "BE", "DENIALS", "SUSTAIN", "CARE", "TO_DEATH_VERBS", "TO_DEATH_ACTIVE", "ADVERBS",
            "BRING_VERBS", "RISE_PAST", "MAJORITY_NOUNS", "MANNER", "PREPOSITIONS", "LEAVE", "SUBORDINATORS",
            "DIRECTIONS", "RETURN_VERBS", "OVER", "ARSON", "PROMPT", "DISPLACED_ADVERBS", "HOMES", "NOT_TERRITORY",
            "PLACE_NOUNS", "PUSH_OUT", "NOT_LAUNCHED", "EXPLOSIVES", "VEHICLES", "MILITARY_VEHICLES", "PROJECTILES",
            "TARGET_PREPOSITIONS", "NOT_AN_INCIDENT", "AIR_ATTACKS", "OWNERS", "TOTALS", "CAUSE_NEGATORS",
            "CAUSE_CANCELLERS", "WEAPON_FIRE", "LIGHT_ATTACK_VERBS", "SELF", "TALKERS", "REVENGE", "VOW", "TITLES",
            "RANK_HEADS", "FORCE_MODIFIERS", "PLACE_PHRASE_WORDS", "ORDINALS", "CONTRAST", "ROADS", "PERCEPTION",
            "TIMES_OF_DAY", "NOT_PLACES", "PEOPLES_AND_FAITHS", "FEASTS", "ADMIN2_NOUNS", "DESTINATION_VERBS",
            "DESTINATION_NOUNS", "LOSS_WORDS", "ORIGIN_VERBS", "TOWN_PARTS", "SKIPPABLE_BEFORE_TOWN", "COUNTRYSIDE",
            "ADMIN_ABBREVIATIONS", "SETTING_NOUNS", "THEM", "ITEM_PREPOSITIONS", "LONG_UNITS", "NP_STOP", "CIVIC",
            "DETERMINERS", "POSSESSIVES", "PRONOUNS", "SINGULAR_DETERMINERS", "STATE_WORDS", "MILITIA_HEADS",
            "COMMUNAL", "TOTAL_WORDS", "MONITORS_OBSERVATORY", "TOLL_VERBS", "TOLL_BRING", "SITES", "IN_COUNTRY",
            "COMPASS", "CLAUSE_BREAKS", "DATE_UNITS", "WEAPONS", "NEUTRAL_HEADS", "COLLECTIVE", "UN_BODIES",
            "LOCATIVE", "SEIZE", "PLACE_KIND_NOUNS", "ORGANISATION_ENDS", "PLACE_SKIPPABLE", "CONTROL_SUFFIXES",
            "PERCEPTION_LINKS", "PLURAL_PLACE_NOUNS", "DIVISION_NOUNS", "ATTRIBUTIVE", "COMPASS_PARTS", "PARTICLES",
            "ROAD_BEFORE", "ROAD_NOUNS", "OF_PLACE_NOUNS", "FACILITIES", "LANDED", "TIME_FILLERS", "CHAIN_FOLLOWERS",
            "NAME_TITLES", "OF_NAMES", "VAGUE", "SHORT_UNITS", "ZONE_NOUNS", "ROUTE_NOUNS");

    private static final WordClasses WORDS = WordClasses.load(LANGUAGE + "/lexicon/words.tsv", CLASSES);

    static final Set<String> AUX = WORDS.get("AUX");
    static final Set<String> KILL_VERBS = WORDS.get("KILL_VERBS");
    static final Set<String> KILL_INTRANSITIVE = WORDS.get("KILL_INTRANSITIVE");
    static final Set<String> KILL_NOUNS = WORDS.get("KILL_NOUNS");
    static final Set<String> WOUND_VERBS = WORDS.get("WOUND_VERBS");
    static final Set<String> WOUND_NOUNS = WORDS.get("WOUND_NOUNS");
    static final Set<String> NEGATION = WORDS.get("NEGATION");
    static final Set<String> HEDGES = WORDS.get("HEDGES");
    static final Set<String> CASUALTY_NOUNS = WORDS.get("CASUALTY_NOUNS");
    static final Set<String> DISPLACE_VERBS = WORDS.get("DISPLACE_VERBS");
    /** Movement that is flight when civilians or refugees do it ("have left Rafah", "crossed the border"). */
    static final Set<String> DISPLACE_MOVES = WORDS.get("DISPLACE_MOVES");
    static final Set<String> DISPLACE_FORCE = WORDS.get("DISPLACE_FORCE");
    static final Set<String> CAPTURE_VERBS = WORDS.get("CAPTURE_VERBS");
    static final Set<String> CONTROL_VERBS = WORDS.get("CONTROL_VERBS");
    static final Set<String> TERRITORY = WORDS.get("TERRITORY");
    static final Set<String> OFFENSIVE_NOUNS = WORDS.get("OFFENSIVE_NOUNS");
    static final Set<String> OPERATION_NOUNS = WORDS.get("OPERATION_NOUNS");
    static final Set<String> LAUNCH = WORDS.get("LAUNCH");
    static final Set<String> HYPOTHETICAL = WORDS.get("HYPOTHETICAL");
    static final Set<String> ATTACK_NOUNS = WORDS.get("ATTACK_NOUNS");
    static final Set<String> ATTACK_VERBS = WORDS.get("ATTACK_VERBS");
    static final Set<String> DEPLOY_VERBS = WORDS.get("DEPLOY_VERBS");
    static final Set<String> TROOPS = WORDS.get("TROOPS");
    static final Set<String> THREAT_VERBS = WORDS.get("THREAT_VERBS");
    static final Set<String> THREAT_ACTS = WORDS.get("THREAT_ACTS");
    static final Set<String> FORCE_WORDS = WORDS.get("FORCE_WORDS");
    static final Set<String> NOT_PERSON = WORDS.get("NOT_PERSON");
    static final Set<String> ITEMS = WORDS.get("ITEMS");
    static final Set<String> INCIDENT_NOUNS = WORDS.get("INCIDENT_NOUNS");
    static final Set<String> SPANS = WORDS.get("SPANS");
    static final Set<String> CLASH = WORDS.get("CLASH");
    static final Set<String> CLASH_NOUNS = WORDS.get("CLASH_NOUNS");
    static final Set<String> EXPLOSIVE_NOUNS = WORDS.get("EXPLOSIVE_NOUNS");
    static final Set<String> EXPLODE_VERBS = WORDS.get("EXPLODE_VERBS");
    static final Set<String> DROP_VERBS = WORDS.get("DROP_VERBS");
    static final Set<String> SCOPE_NOUNS = WORDS.get("SCOPE_NOUNS");
    static final Set<String> WOUND_AS_NOUN = WORDS.get("WOUND_AS_NOUN");
    static final Set<String> ACHIEVED = WORDS.get("ACHIEVED");
    static final Set<String> TALK_NOUNS = WORDS.get("TALK_NOUNS");
    static final Set<String> SPEECH = WORDS.get("SPEECH");

    /** Word to kind of equipment. */
    static final Map<String, Equipment> EQUIPMENT = equipment();

    /**
     * Every word that can start a rule in {@link Rules#sentence}: one hash lookup per token decides whether a
     * token needs the rules at all (most do not).
     */
    /** The words of a class of {@code words.tsv}; an unknown class stops the engine at start-up. */
    static Set<String> words(String name) {
        return WORDS.get(name);
    }

    /** The words of several classes of {@code words.tsv} together, one hash set; an unknown class stops the engine. */
    static Set<String> words(String first, String... more) {
        Set<String> all = new HashSet<>(WORDS.get(first));
        for (String name : more) {
            all.addAll(WORDS.get(name));
        }
        return Set.copyOf(all);
    }

    /** The words of a class of {@code words.tsv}, or null when the file has no such class. */
    static Set<String> wordClass(String name) {
        return WORDS.names().contains(name) ? WORDS.get(name) : null;
    }

    private Lexicon() {
    }

    private static Map<String, Equipment> equipment() {
        List<String> names = new ArrayList<>();
        for (Equipment e : Equipment.values()) {
            names.add(e.name());
        }
        WordClasses kinds = WordClasses.load(LANGUAGE + "/lexicon/equipment.tsv", names);
        Map<String, Equipment> m = new HashMap<>();
        for (String kind : kinds.names()) {
            for (String w : kinds.get(kind)) {
                Equipment before = m.put(w, Equipment.valueOf(kind));
                if (before != null) {
                    throw new IllegalArgumentException("equipment.tsv: '" + w + "' is both " + before + " and "
                            + kind);
                }
            }
        }
        return Map.copyOf(m);
    }
}
