package org.newswatch.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.Equipment;

/** Trigger words of the event rules, as hash sets (one lookup per token instead of regex alternations). */
final class Lexicon {

    static final Set<String> AUX = Set.of("was", "were", "is", "are", "been", "be", "being", "has", "have", "had",
            "also", "reportedly", "allegedly", "all", "who", "that", "which", "later", "subsequently", "then",
            "reported", "believed", "both", "each", "already", "since", "get", "got", "now",
            "confirmed", "feared", "thought", "said", "found", "initially");
    static final Set<String> KILL_VERBS = Set.of("killed", "kills", "kill", "killing", "slew", "slain", "executed",
            "massacred", "assassinated", "murdered", "beheaded", "neutralized", "neutralised", "lynched", "martyred", "gunned", "neutralising",
            "neutralizing", "neutralise", "neutralize", "executing", "massacring", "murdering", "assassinating",
            "beheading", "lynching");
    static final Set<String> KILL_INTRANSITIVE = Set.of("died", "dies", "die", "dead", "perished", "drowned");
    static final Set<String> KILL_NOUNS = Set.of("deaths", "death", "fatalities", "bodies", "body");
    static final Set<String> WOUND_VERBS = Set.of("wounded", "injured", "wounding", "injuring", "wounds", "injures",
            "hurt", "maimed", "injure", "wound");
    static final Set<String> WOUND_NOUNS = Set.of("injuries");
    static final Set<String> NEGATION = Set.of("not", "no", "never", "n't", "without", "neither", "nor", "nobody",
            "none", "cannot");
    static final Set<String> HEDGES = Set.of("could", "would", "might", "may", "will", "can", "should", "must",
            "threatened", "threatening", "threaten", "threatens", "risk", "risks", "if", "unless", "whether",
            "feared", "fear", "fears", "warned", "vowed", "plan", "plans", "planned", "'ll", "shall", "possibly",
            "potentially");
    static final Set<String> CASUALTY_NOUNS = Set.of("casualties", "deaths", "injuries", "fatalities", "victims",
            "one", "dead", "injured", "wounded", "losses");

    static final Set<String> DISPLACE_VERBS = Set.of("displaced", "fled", "flee", "fleeing", "flees", "uprooted",
            "evacuated", "expelled");
    /** Movement that is flight when civilians or refugees do it ("have left Rafah", "crossed the border"). */
    static final Set<String> DISPLACE_MOVES = Set.of("left", "abandoned", "deserted", "crossed", "arrived", "arrivals");
    static final Set<String> DISPLACE_FORCE = Set.of("forced", "driven", "drove", "drive", "forcing", "forces",
            "chased", "pushed", "uprooting", "displacing", "displace");
    static final Set<String> CAPTURE_VERBS = Set.of("captured", "capture", "capturing", "recaptured", "recapture",
            "recapturing", "retook", "retaken", "seized", "seize", "seizing", "re-entered", "reentered", "overran",
            "overrun", "liberated", "retakes", "captures", "seizes", "re-took", "re-captured", "retake", "retaking");
    static final Set<String> CONTROL_VERBS = Set.of("took", "taken", "take", "taking", "gained", "regained", "seized",
            "wrested", "gaining", "regaining", "wrest", "assumed");
    static final Set<String> TERRITORY = Set.of("localities", "villages", "towns", "cities", "square", "km",
            "kilometers", "kilometres", "hills", "districts", "neighbourhoods", "neighborhoods", "settlements",
            "areas", "positions", "bases", "outposts", "communities", "hamlets", "locations", "sq", "posts", "kilometre",
            "kilometer", "km2");
    static final Set<String> OFFENSIVE_NOUNS = Set.of("offensive", "counteroffensive", "counter-offensive",
            "offensives", "counterattack", "counter-attack");
    static final Set<String> OPERATION_NOUNS = Set.of("operation", "assault", "attack", "campaign", "incursion",
            "onslaught", "push", "advance", "offensive", "counteroffensive", "counter-offensive", "operations",
            "counterattack", "counter-attack");
    static final Set<String> LAUNCH = Set.of("launched", "launch", "launching", "launches", "started", "start",
            "starting", "began", "begin", "begun", "begins", "initiated", "mounted", "unleashed", "kicked",
            "opened", "pressed", "pressing");
    static final Set<String> HYPOTHETICAL = Set.of("imminent", "planned", "possible", "potential", "looming",
            "expected", "threatened", "new-threatened", "anticipated", "feared", "likely", "prospective", "future");
    static final Set<String> ATTACK_NOUNS = Set.of("airstrike", "airstrikes", "air-strike", "air-strikes",
            "bombardment", "bombardments", "shelling", "bombing", "bombings", "attack", "attacks", "raid", "raids",
            "ambush", "strike", "strikes", "barrage", "assault", "assaults", "drone-strike");
    static final Set<String> ATTACK_VERBS = Set.of("attacked", "bombed", "shelled", "struck", "ambushed", "raided",
            "stormed", "targeted", "pounded", "hit", "attacks", "attack", "fought", "bombarded", "strafed",
            "fired");
    static final Set<String> DEPLOY_VERBS = Set.of("sent", "send", "sending", "deployed", "deploy", "deploying",
            "dispatched", "dispatch", "poured", "pour", "pouring", "rolled", "crossed", "entered", "moved",
            "arrived", "massed", "amassed", "stationed", "ordered", "ordering", "orders");
    static final Set<String> TROOPS = Set.of("troops", "soldiers", "forces", "reinforcements", "convoys", "convoy",
            "commandos", "units", "personnel", "column", "battalions", "brigades", "tanks", "marines",
            "paratroopers", "peacekeepers", "troop", "officers", "policemen", "police", "gendarmes", "reserves",
            "servicemen", "warships", "jets", "warplanes", "drones");
    static final Set<String> THREAT_VERBS = Set.of("warned", "warns", "warning", "threatened", "threatens",
            "ultimatum", "threatening");
    static final Set<String> THREAT_ACTS = Set.of("attack", "strike", "respond", "retaliate", "hit", "drive", "push",
            "punish", "target", "destroy", "use", "invade", "bomb", "crush", "expel", "eliminate", "wipe", "annihilate",
            "avenge", "obliterate", "flatten", "storm", "retake", "recapture", "liberate", "counterattack",
            "counter-attack");
    static final Set<String> FORCE_WORDS = Set.of("attack", "attacks", "offensive", "military", "force", "forces",
            "push", "strike", "strikes", "retaliate", "price", "operation", "withdraw", "pull", "war", "troops",
            "bomb", "invade", "invasion", "retaliation", "respond", "action", "response", "revenge", "reprisal",
            "reprisals", "consequences");
    static final Set<String> TALK_NOUNS = Set.of("talks", "meeting", "negotiations", "summit", "call", "phone",
            "met", "meet", "meets", "discuss", "discussed", "negotiated", "spoke", "consultations", "visit",
            "telephone");
    static final Set<String> SPEECH = Set.of("said", "says", "told", "announced", "reported", "stated", "claimed",
            "added", "cited", "confirmed", "tweeted", "acknowledged", "warned", "tell", "insisted", "noted",
            "according", "accused", "vowed", "alleged", "quoted");

    static final Map<String, Equipment> EQUIPMENT = new HashMap<>();

    static {
        put(Equipment.TANK, "tank", "tanks");
        put(Equipment.HELICOPTER, "helicopter", "helicopters", "chopper", "choppers", "gunship", "gunships");
        put(Equipment.AIRCRAFT, "jet", "jets", "warplane", "warplanes", "aircraft", "plane", "planes", "drone",
                "drones", "bomber", "bombers", "fighter-jet", "uav", "uavs", "fighter-bomber", "fighter-bombers", "fighter-jets",
                "airplane", "airplanes");
        put(Equipment.APC, "apc", "apcs", "bmp", "bmps", "carrier", "carriers");
        put(Equipment.VEHICLE, "vehicle", "vehicles", "pickup", "pickups", "truck", "trucks", "car", "cars",
                "technicals", "humvee", "humvees", "jeep", "jeeps", "bulldozer");
        put(Equipment.ARTILLERY, "artillery", "howitzer", "howitzers", "mortar", "mortars", "launcher", "launchers",
                "cannon", "cannons", "gun", "guns", "battery", "batteries");
        put(Equipment.DEPOT, "depot", "depots", "bunker", "bunkers", "warehouse", "warehouses", "stockpile",
                "stockpiles", "dump", "dumps", "arsenal", "armoury", "armory");
        put(Equipment.OTHER, "equipment", "targets", "radar", "radars", "ship", "ships", "vessel", "vessels",
                "boat", "boats", "hardware", "weapons", "positions", "missile", "missiles", "system", "systems", "warship",
                "warships", "pieces");
    }

    /**
     * Every word that can start a rule in {@link Rules#sentence}: one hash lookup per token decides whether a
     * token needs the rules at all (most do not).
     */
    static final Set<String> TRIGGERS;

    static {
        java.util.HashSet<String> t = new java.util.HashSet<>();
        for (Set<String> set : List.of(KILL_VERBS, KILL_INTRANSITIVE, KILL_NOUNS, WOUND_VERBS, WOUND_NOUNS,
                DISPLACE_VERBS, DISPLACE_FORCE, DISPLACE_MOVES, CAPTURE_VERBS, CONTROL_VERBS, OFFENSIVE_NOUNS, LAUNCH, ATTACK_NOUNS,
                ATTACK_VERBS, DEPLOY_VERBS, THREAT_VERBS, TALK_NOUNS)) {
            t.addAll(set);
        }
        t.addAll(List.of("lives", "number", "toll", "price", "lost", "controlled", "burned", "burnt", "torched", "sunk", "sank", "exploded", "destroyed", "destroying", "downed", "damaged", "hit", "down",
                "disabled", "fell", "will", "would", "'ll", "determined", "vowed", "vows", "vow", "pledged", "pledges",
                "pushed", "expelled", "ousted", "routed", "dislodged", "evicted", "chased", "kicked", "blew", "ready", "detonated",
                "detonating"));
        TRIGGERS = Set.copyOf(t);
    }

    private Lexicon() {
    }

    private static void put(Equipment e, String... words) {
        for (String w : words) {
            EQUIPMENT.put(w, e);
        }
    }
}
