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
            "THREAT_ACTS", "FORCE_WORDS", "TALK_NOUNS", "SPEECH", "CLAIMING", "CONFIRMING", "CONFIRMING_DOUBTS", "ORIGIN_FILLERS", "ARMED_MODIFIERS", "POSSESSIVES_BEFORE_NOUN", "NOT_PERSON", "ITEMS",
            "INCIDENT_NOUNS", "SPANS", "WAR_NOUNS", "HEDGED_PARTICIPLES", "FATALLY", "CONTINENT_ADJECTIVES", "TARGET_NOUNS", "LEADER_CUES", "BODY_NOUNS", "HYPHEN_PREFIXES", "LIMBS", "AFFILIATED", "PERSON_PLACE_RELATIVES", "CLASH", "CLASH_NOUNS",
            "EXPLOSIVE_NOUNS", "EXPLODE_VERBS", "DROP_VERBS", "SCOPE_NOUNS", "WOUND_AS_NOUN", "ACHIEVED", "DESTROY_VERBS",
            "CLAIM_LIVES", "RISE", "BE", "DENIALS", "SUSTAIN", "CARE", "TO_DEATH_VERBS", "TO_DEATH_ACTIVE", "ADVERBS",
            "BRING_VERBS", "RISE_PAST", "MAJORITY_NOUNS", "MANNER", "PREPOSITIONS", "LEAVE", "SUBORDINATORS",
            "DIRECTIONS", "RETURN_VERBS", "OVER", "ARSON", "PROMPT", "DISPLACED_ADVERBS", "HOMES", "NOT_TERRITORY",
            "PLACE_NOUNS", "PUSH_OUT", "NOT_LAUNCHED", "EXPLOSIVES", "VEHICLES", "MILITARY_VEHICLES", "PROJECTILES",
            "TARGET_PREPOSITIONS", "NOT_AN_INCIDENT", "AIR_ATTACKS", "OWNERS", "TOTALS", "CAUSE_NEGATORS",
            "CAUSE_CANCELLERS", "WEAPON_FIRE", "LIGHT_ATTACK_VERBS", "SELF", "TALKERS", "REVENGE", "VOW", "THREAT_RECEIVE", "SPAN_UNITS", "STORY_DEAD", "SHELTER_BUILDINGS", "THREAT_PAY_FOR", "THREAT_NOT_FORCE", "TITLES",
            "RANK_HEADS", "FORCE_MODIFIERS", "PLACE_PHRASE_WORDS", "ORDINALS", "CONTRAST", "ROADS", "PERCEPTION",
            "TIMES_OF_DAY", "NOT_PLACES", "PEOPLES_AND_FAITHS", "FEASTS", "ADMIN2_NOUNS", "DESTINATION_VERBS",
            "DESTINATION_NOUNS", "LOSS_WORDS", "ORIGIN_VERBS", "TOWN_PARTS", "QUARTER_NOUNS", "SUBUNIT_TITLES", "SURVIVED", "JOINED_NAMES", "FIRE_KINDS", "UNDER_ATTACK_WORDS", "UNDER_ATTACK_NOUNS", "NUMBER_ADJECTIVES", "MEMBER_NOUNS", "ONE_WITH_A", "INJURY_DEGREES", "KIN_GROUPS", "SKIPPABLE_BEFORE_TOWN", "COUNTRYSIDE",
            "ADMIN_ABBREVIATIONS", "SETTING_NOUNS", "THEM", "ITEM_PREPOSITIONS", "LONG_UNITS", "NP_STOP", "CIVIC",
            "DETERMINERS", "POSSESSIVES", "PRONOUNS", "SINGULAR_DETERMINERS", "STATE_WORDS", "MINISTRY_NOUNS", "MOSTLY", "NOT_ADVERBS", "FIGHTING_NOUNS", "MILITIA_HEADS",
            "COMMUNAL", "TOTAL_WORDS", "MONITORS_OBSERVATORY", "TOLL_VERBS", "TOLL_BRING", "SITES", "IN_COUNTRY",
            "COMPASS", "BEARINGS", "PUT_FORMS", "BLAST_NOUNS", "CLAUSE_OPENERS", "CLAUSE_JOINERS", "BURN_FORMS", "IRREGULAR_PARTICIPLES", "ANNOUNCING_VERBS", "STORM_NOUNS", "SMALL_PLACE_NOUNS", "LONE_ATTACKERS", "KILLING_NOUNS", "SIDE_NOUNS", "FIRED_FROM", "WITHDRAW_FORMS", "AFTER_CLAUSE_SUBJECTS", "CHURCH_PEOPLES", "OTHER_ARMED_KINDS", "MODALS_AFTER_TALKS", "CARE_UNIT_MODIFIERS", "TIME_CLAUSE_OPENERS", "PERIOD_START_VERBS", "GENERIC_VICTIMS", "TELLING_NOUNS", "EVERY_SIDE", "RISE_TIME_WORDS", "SOURCE_NOUNS", "ARMED_CAMP_WORDS", "TALLY_VERBS", "AGREEMENT_NOUNS", "TALLY_ADJECTIVES", "CLAIM_VERBS", "FEW_WORDS", "APPOSITION_OPENERS", "TOLL_REVISED", "TOLL_CORRECTED", "ROLE_HEADS_MIL", "ROLE_HEADS_GOV", "ROLE_HEADS_REB",
            "ROLE_HEADS_CVL", "ROLE_HEADS_REF", "ROLE_MODIFIERS_MIL", "ROLE_MODIFIERS_GOV", "ROLE_MODIFIERS_REB",
            "ROLE_MODIFIERS_CVL", "ROLE_MODIFIERS_REF", "CLAUSE_BREAKS", "DATE_UNITS", "WEAPONS", "NEUTRAL_HEADS", "COLLECTIVE", "UN_BODIES",
            "LOCATIVE", "SEIZE", "PLACE_KIND_NOUNS", "ORGANISATION_ENDS", "UNIT_NOUNS", "PLACE_SKIPPABLE", "CONTROL_SUFFIXES",
            "PERCEPTION_LINKS", "PLURAL_PLACE_NOUNS", "DIVISION_NOUNS", "ATTRIBUTIVE", "COMPASS_PARTS", "PARTICLES",
            "ROAD_BEFORE", "ROAD_NOUNS", "OF_PLACE_NOUNS", "FACILITIES", "LANDED", "TIME_FILLERS", "CHAIN_FOLLOWERS",
            "NAME_TITLES", "OF_NAMES", "VAGUE", "SHORT_UNITS", "ZONE_NOUNS", "ROUTE_NOUNS",
            "ATTACK_CLAIM_WORDS", "ATTACK_COUNT_MODIFIERS", "BLAST_FORMS", "EXPLOSIVE_MODIFIERS", "MISSILE_MODIFIERS",
            "ATTACK_COUNTED_MUNITIONS", "ATTACK_COUNTED_TARGETS", "ATTACK_PAIR_WORDS", "ATTACK_COUNT_BREAKS",
            "ATTACK_UNKNOWN_ORIGIN", "ATTACK_ORIGIN_HEDGES", "ATTACK_HOLDER_SUFFIXES", "ATTACK_CIVILIAN_ATTACKERS",
            "ATTACK_BLAME_WORDS", "ATTACK_ATTEMPT_VERBS", "ATTACK_ATTEMPT_ADVERBS",
            "AIM_PREPOSITIONS", "FIRE_PREPOSITIONS", "HAVE", "FULL_CONTROL",
            "CAPTURED_PLACE_WORDS", "PORT_WORDS", "SHOOT_FORMS", "GUN_DOWN_FORMS", "TOLL_FIGURE_LINKS", "ARTICLES",
            "SET_FORMS", "CLAUSE_TURNS", "NO_WORDS", "REPORT_NOUNS", "PASSIVE_BREAKS", "PURPOSE_WORDS",
            "OBJECT_PRONOUNS", "KILL_PRESENT", "RAID_VERBS", "REPORT_VERBS", "OWN_STATE_WORDS",
            "POSSESSIVE_DETERMINERS", "FOLLOWING_WORDS", "PREVIOUS_WORDS", "DAY_PARTS", "SPAN_OPENERS", "DESCRIBED_TOWN_NOUNS", "GROUP_FORMATION_NOUNS", "REFERENCE_AREA_NOUNS", "FEATURE_NOUNS", "RIVER_NAMES", "WATER_WORDS", "COMPASS_POINTS", "WEEKDAY_BEFORE", "MONTH_BEFORE", "PERIOD_OPENERS",
            "ONE_WORDS", "PART_OF_MONTH", "ROLL_VERBS", "INTO_WORDS", "DISPLACED_FIGURE_LINKS", "DISPLACED_ACTIVE",
            "ESTIMATED", "AT_LEAST_WORDS", "PAST_AUX", "BODY_NOUNS", "LEFT_VERBS", "PERFECT_WORDS", "GUN_MODIFIERS",
            "PLANE_NOUNS", "GUN_NOUNS", "ARTILLERY_MODIFIERS", "ONE_ARTICLES", "LOST_PERSONNEL", "VEHICLE_OWNERS",
            "PERFECT_ADVERBS", "DEADLINE_WORDS", "DEADLINE_FILLERS", "RELATIVES", "RELATIVE_PRONOUNS", "ACCUSED_PARTICIPLES", "PLAIN_PERSONS", "PERSON_FOLLOWERS", "ERUPTED", "VOLCANO_NAMES", "MEETING_WORDS",
            "REMOTE_WORDS", "TOWARD_WORDS", "ROAD_WORDS", "CLAUSE_RELATIVES", "AGE_WORDS", "AGE_UNITS", "YEAR_BEFORE",
            "FEW_NOUNS", "LARGE_SCALES", "WHAT_IT", "CALLED", "BEGAN", "BROAD_OPERATION_NOUNS", "BROAD_MODIFIERS",
            "OFFENSIVE_ADJECTIVE_NOUNS", "NUMBER_SCALES", "VAGUE_HEADS", "BACKED", "VERB_LIKE", "PERSON_NOUNS",
            "PLACE_PREPOSITIONS", "PART_WORDS", "REGION_WORDS", "SPEAKER_FILLERS", "FLED_FORMS", "NOT_TO_PLACE", "SHELTER_VERBS", "FLED_NOT_HOMES", "ABOARD", "OTHER_TOLL_WORDS", "EARLIER_TOLL_WORDS", "EARLIER_REPORT_VERBS", "PLAIN_PEOPLE", "EACH_SIDE_LINKS", "CONTINENTS", "HIT_BY", "DEFINITE_BEFORE_WOUNDED", "CAUSE_CLAUSE_TURNS", "PAST_INCIDENT_NOUNS", "TOLL_NOUNS", "ANOTHER_INCIDENT_WORDS", "MINE_MODIFIERS", "COUNTED_GROUPS", "SEPARATE_INCIDENT_WORDS", "FULLY", "TAKE_MODIFIERS", "ROAD_LINKS", "SUPERLATIVE_OPENERS", "MIL_MEMBER_MODIFIERS", "DEFINITE_FIGURE", "CAMP_NOUNS", "UPROOTED_WORDS", "CAMPS_AS_TOWNS", "TRAINEES", "JOINED", "SUPPORT_SUFFIXES", "BODY_NAME_ENDS", "NAMED_BODIES",
            "MET_FORMS", "IMPACT_VERBS", "BOMB_LADEN", "UNNAMED_ATTACKERS", "UNNAMED_MODIFIERS", "THROAT_VERBS", "TOWN_NOUNS",
            "CLASH_PREPOSITIONS", "ENCOUNTER_NOUNS", "ARSON_VERBS", "ARSON_OBJECTS", "LADEN_ADJECTIVES", "PURSUED_PARTICIPLES", "THREAT_FORCE_NOUNS", "RELOCATE_VERBS", "SAFE_PLACES", "HOMELESS_NOUNS", "COUNTERATTACK_NOUNS",
            "RANKING_SUPERLATIVES", "CHAIN_AREA_NOUNS",
            "DEATH_NOUNS", "COMMEMORATING", "PAIR_NOUNS", "CAME", "PLACES_PLURAL", "MINING_WORDS", "DWELLERS",
            "EPITHET_KILL_WORDS", "EPITHET_BEFORE", "UN_FORCE_HEADS", "DOER_LINKS",
            "NAMING_VERBS", "SERIES_ORDINALS",
            "BOMB_PLACING", "ATTACKER_PLURALS", "DEMONYM_NOUN_ENDS", "OTHER_MISSIONS", "ACCUSING", "UNIT_WORDS",
            "PLAIN_SUBJECT_PRONOUNS", "REFLEXIVES", "TIME_CONJUNCTIONS", "FLIGHT_PREPOSITIONS",
            "EQUIPMENT_PLAIN_CARS", "EQUIPMENT_CARRYING", "EQUIPMENT_MUNITIONS", "EQUIPMENT_COORDINATED_VERBS",
            "CAPTURE_QUANTIFIERS", "CAPTURE_NOUNS", "CAPTURE_NOUN_DETERMINERS", "CAPTURE_CONJUNCT_MODIFIERS", "CAPTURE_RAID_WORDS", "CAPTURE_DEPLOYING_HEADS", "DISPLACED_HOUSING", "EVACUATED_INJURED", "OFFENSIVE_ATTACK_NOUNS", "OFFENSIVE_ATTACK_MODIFIERS", "CAPTURE_PRISON_WORDS", "CAPTURE_LONG_SPANS", "EQUIPMENT_HIT_VERBS",
            "COUNTRY_NAMED_DIVISION_NOUNS", "SHELTER_SITE_NOUNS", "SHELTERED_VERBS",
            "PROXY_SPONSORS", "UPROOTED_HOMES", "CREW_NOUNS", "HELD_TARGETS", "CAMP_PARTS",
            "NEIGHBOURING", "ORIGIN_PARTICIPLES",
            "WOUNDED_AS_NOUN", "FELLOWS",
            "VAGUE_MORE", "CONJUNCTIONS_AFTER_OBJECT", "WOUND_SITES",
            // parties24
            "DENOMINATIONS", "RELATIVE_SUBJECTS", "STRUCK_PREPOSITIONS",
            // other24 (other types, fresh17's round)
            "STRIKE_KINDS", "DEPLOY_UNIT_VERBS", "TALKS_PAIR_SIDES",
            // rules24 (casualty wording): see the rules24 block at the end of words.tsv
            "TEAR_GAS_NOUNS", "FIRE_OF_HEADS", "STRAY_FIRE_MODIFIERS",
            // rules25 (casualty wording): see the rules25 block at the end of words.tsv
            "HARM_ACTIVE_VERBS",
            // parties25
            "EQUIPMENT_OWNER_MODIFIERS");

    private static final WordClasses WORDS = WordClasses.load(LANGUAGE + "/lexicon/words.tsv", CLASSES);

    static final Set<String> AUX = WORDS.get("AUX");
    static final Set<String> NOT_ADVERBS = WORDS.get("NOT_ADVERBS");
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
    static final Set<String> IMPACT_VERBS = WORDS.get("IMPACT_VERBS");
    static final Set<String> BOMB_LADEN = WORDS.get("BOMB_LADEN");
    static final Set<String> ADMIN_ABBREVIATIONS = WORDS.get("ADMIN_ABBREVIATIONS");
    static final Set<String> UNNAMED_ATTACKERS = WORDS.get("UNNAMED_ATTACKERS");
    static final Set<String> UNNAMED_MODIFIERS = WORDS.get("UNNAMED_MODIFIERS");
    static final Set<String> THROAT_VERBS = WORDS.get("THROAT_VERBS");
    static final Set<String> SCOPE_NOUNS = WORDS.get("SCOPE_NOUNS");
    static final Set<String> WOUND_AS_NOUN = WORDS.get("WOUND_AS_NOUN");
    static final Set<String> ACHIEVED = WORDS.get("ACHIEVED");
    static final Set<String> TALK_NOUNS = WORDS.get("TALK_NOUNS");
    static final Set<String> SPEECH = WORDS.get("SPEECH");
    static final Set<String> PUT_FORMS = WORDS.get("PUT_FORMS");

    /** The word lists of the passes' conditions (the last section of {@code words.tsv}). */
    static final Set<String> ATTACK_CLAIM_WORDS = WORDS.get("ATTACK_CLAIM_WORDS");
    static final Set<String> ATTACK_COUNT_MODIFIERS = WORDS.get("ATTACK_COUNT_MODIFIERS");
    static final Set<String> BLAST_FORMS = WORDS.get("BLAST_FORMS");
    static final Set<String> EXPLOSIVE_MODIFIERS = WORDS.get("EXPLOSIVE_MODIFIERS");
    static final Set<String> MISSILE_MODIFIERS = WORDS.get("MISSILE_MODIFIERS");
    static final Set<String> AIM_PREPOSITIONS = WORDS.get("AIM_PREPOSITIONS");
    static final Set<String> FIRE_PREPOSITIONS = WORDS.get("FIRE_PREPOSITIONS");
    static final Set<String> HAVE = WORDS.get("HAVE");
    static final Set<String> FULL_CONTROL = WORDS.get("FULL_CONTROL");
    static final Set<String> CAPTURED_PLACE_WORDS = WORDS.get("CAPTURED_PLACE_WORDS");
    static final Set<String> PORT_WORDS = WORDS.get("PORT_WORDS");
    static final Set<String> SHOOT_FORMS = WORDS.get("SHOOT_FORMS");
    static final Set<String> GUN_DOWN_FORMS = WORDS.get("GUN_DOWN_FORMS");
    static final Set<String> TOLL_FIGURE_LINKS = WORDS.get("TOLL_FIGURE_LINKS");
    static final Set<String> ARTICLES = WORDS.get("ARTICLES");
    static final Set<String> SET_FORMS = WORDS.get("SET_FORMS");
    static final Set<String> CLAUSE_TURNS = WORDS.get("CLAUSE_TURNS");
    static final Set<String> NO_WORDS = WORDS.get("NO_WORDS");
    static final Set<String> REPORT_NOUNS = WORDS.get("REPORT_NOUNS");
    static final Set<String> PASSIVE_BREAKS = WORDS.get("PASSIVE_BREAKS");
    static final Set<String> PURPOSE_WORDS = WORDS.get("PURPOSE_WORDS");
    static final Set<String> OBJECT_PRONOUNS = WORDS.get("OBJECT_PRONOUNS");
    static final Set<String> KILL_PRESENT = WORDS.get("KILL_PRESENT");
    static final Set<String> RAID_VERBS = WORDS.get("RAID_VERBS");
    static final Set<String> REPORT_VERBS = WORDS.get("REPORT_VERBS");
    static final Set<String> OWN_STATE_WORDS = WORDS.get("OWN_STATE_WORDS");
    static final Set<String> POSSESSIVE_DETERMINERS = WORDS.get("POSSESSIVE_DETERMINERS");
    /** "its", "his", "their", and "her" where a noun follows it ("three of her children"). */
    static final Set<String> POSSESSIVES_BEFORE_NOUN = WORDS.get("POSSESSIVES_BEFORE_NOUN");
    static final Set<String> FOLLOWING_WORDS = WORDS.get("FOLLOWING_WORDS");
    static final Set<String> WEEKDAY_BEFORE = WORDS.get("WEEKDAY_BEFORE");
    static final Set<String> MONTH_BEFORE = WORDS.get("MONTH_BEFORE");
    static final Set<String> PERIOD_OPENERS = WORDS.get("PERIOD_OPENERS");
    static final Set<String> ONE_WORDS = WORDS.get("ONE_WORDS");
    static final Set<String> PART_OF_MONTH = WORDS.get("PART_OF_MONTH");
    static final Set<String> ROLL_VERBS = WORDS.get("ROLL_VERBS");
    static final Set<String> INTO_WORDS = WORDS.get("INTO_WORDS");
    static final Set<String> DISPLACED_FIGURE_LINKS = WORDS.get("DISPLACED_FIGURE_LINKS");
    static final Set<String> DISPLACED_ACTIVE = WORDS.get("DISPLACED_ACTIVE");
    static final Set<String> ESTIMATED = WORDS.get("ESTIMATED");
    static final Set<String> AT_LEAST_WORDS = WORDS.get("AT_LEAST_WORDS");
    static final Set<String> PAST_AUX = WORDS.get("PAST_AUX");
    static final Set<String> BODY_NOUNS = WORDS.get("BODY_NOUNS");
    static final Set<String> LEFT_VERBS = WORDS.get("LEFT_VERBS");
    static final Set<String> PERFECT_WORDS = WORDS.get("PERFECT_WORDS");
    static final Set<String> GUN_MODIFIERS = WORDS.get("GUN_MODIFIERS");
    static final Set<String> PLANE_NOUNS = WORDS.get("PLANE_NOUNS");
    static final Set<String> GUN_NOUNS = WORDS.get("GUN_NOUNS");
    static final Set<String> ARTILLERY_MODIFIERS = WORDS.get("ARTILLERY_MODIFIERS");
    static final Set<String> ONE_ARTICLES = WORDS.get("ONE_ARTICLES");
    static final Set<String> LOST_PERSONNEL = WORDS.get("LOST_PERSONNEL");
    static final Set<String> VEHICLE_OWNERS = WORDS.get("VEHICLE_OWNERS");
    static final Set<String> PERFECT_ADVERBS = WORDS.get("PERFECT_ADVERBS");
    static final Set<String> DEADLINE_WORDS = WORDS.get("DEADLINE_WORDS");
    static final Set<String> DEADLINE_FILLERS = WORDS.get("DEADLINE_FILLERS");
    static final Set<String> RELATIVES = WORDS.get("RELATIVES");
    static final Set<String> RELATIVE_PRONOUNS = WORDS.get("RELATIVE_PRONOUNS");
    static final Set<String> ACCUSED_PARTICIPLES = WORDS.get("ACCUSED_PARTICIPLES");
    static final Set<String> PLAIN_PERSONS = WORDS.get("PLAIN_PERSONS");
    static final Set<String> MEETING_WORDS = WORDS.get("MEETING_WORDS");
    static final Set<String> REMOTE_WORDS = WORDS.get("REMOTE_WORDS");
    static final Set<String> TOWARD_WORDS = WORDS.get("TOWARD_WORDS");
    static final Set<String> ROAD_WORDS = WORDS.get("ROAD_WORDS");
    static final Set<String> CLAUSE_RELATIVES = WORDS.get("CLAUSE_RELATIVES");
    static final Set<String> AGE_WORDS = WORDS.get("AGE_WORDS");
    static final Set<String> AGE_UNITS = WORDS.get("AGE_UNITS");
    static final Set<String> YEAR_BEFORE = WORDS.get("YEAR_BEFORE");
    static final Set<String> FEW_NOUNS = WORDS.get("FEW_NOUNS");
    static final Set<String> LARGE_SCALES = WORDS.get("LARGE_SCALES");
    static final Set<String> WHAT_IT = WORDS.get("WHAT_IT");
    static final Set<String> CALLED = WORDS.get("CALLED");
    static final Set<String> BEGAN = WORDS.get("BEGAN");
    static final Set<String> BROAD_OPERATION_NOUNS = WORDS.get("BROAD_OPERATION_NOUNS");
    static final Set<String> BROAD_MODIFIERS = WORDS.get("BROAD_MODIFIERS");
    static final Set<String> OFFENSIVE_ADJECTIVE_NOUNS = WORDS.get("OFFENSIVE_ADJECTIVE_NOUNS");
    static final Set<String> NUMBER_SCALES = WORDS.get("NUMBER_SCALES");
    static final Set<String> VAGUE_HEADS = WORDS.get("VAGUE_HEADS");
    static final Set<String> BACKED = WORDS.get("BACKED");
    static final Set<String> VERB_LIKE = WORDS.get("VERB_LIKE");
    static final Set<String> PERSON_NOUNS = WORDS.get("PERSON_NOUNS");
    static final Set<String> PLACE_PREPOSITIONS = WORDS.get("PLACE_PREPOSITIONS");
    static final Set<String> PART_WORDS = WORDS.get("PART_WORDS");
    static final Set<String> REGION_WORDS = WORDS.get("REGION_WORDS");
    static final Set<String> SPEAKER_FILLERS = WORDS.get("SPEAKER_FILLERS");
    static final Set<String> FLED_FORMS = WORDS.get("FLED_FORMS");
    static final Set<String> NOT_TO_PLACE = WORDS.get("NOT_TO_PLACE");
    static final Set<String> SHELTER_VERBS = WORDS.get("SHELTER_VERBS");
    static final Set<String> ABOARD = WORDS.get("ABOARD");
    static final Set<String> COUNTED_GROUPS = WORDS.get("COUNTED_GROUPS");
    static final Set<String> FLED_NOT_HOMES = WORDS.get("FLED_NOT_HOMES");
    static final Set<String> MET_FORMS = WORDS.get("MET_FORMS");
    // issue 18: non-casualty wording classes
    static final Set<String> CLASH_PREPOSITIONS = WORDS.get("CLASH_PREPOSITIONS");
    static final Set<String> ENCOUNTER_NOUNS = WORDS.get("ENCOUNTER_NOUNS");
    static final Set<String> ARSON_VERBS = WORDS.get("ARSON_VERBS");
    static final Set<String> ARSON_OBJECTS = WORDS.get("ARSON_OBJECTS");
    static final Set<String> LADEN_ADJECTIVES = WORDS.get("LADEN_ADJECTIVES");
    static final Set<String> PURSUED_PARTICIPLES = WORDS.get("PURSUED_PARTICIPLES");
    static final Set<String> THREAT_FORCE_NOUNS = WORDS.get("THREAT_FORCE_NOUNS");
    static final Set<String> RELOCATE_VERBS = WORDS.get("RELOCATE_VERBS");
    static final Set<String> SAFE_PLACES = WORDS.get("SAFE_PLACES");
    static final Set<String> HOMELESS_NOUNS = WORDS.get("HOMELESS_NOUNS");
    static final Set<String> COUNTERATTACK_NOUNS = WORDS.get("COUNTERATTACK_NOUNS");

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
