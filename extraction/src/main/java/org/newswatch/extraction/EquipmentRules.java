package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The passes of the EQUIPMENT_LOSS rules ({@code en/rules/equipment.rules}): what was destroyed, downed or
 * lost, of which kind and whose.
 */
final class EquipmentRules {

    private final Rules r;
    private final ArticleContext ctx;

    EquipmentRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    /**
     * "setting their patrol vehicle ablaze", "several patrol vehicles were set on fire": "on fire", "ablaze" or
     * "alight" within a few words after i, and a force modifier ("patrol", "army", "police") between, or before a
     * passive "set"; houses, cars and storage tanks set on fire are no equipment of a side.
     */
    static boolean onFireAfter(Sentence s, int i) {
        if (s.lc(i + 1).equals("fire") && s.lc(i + 2).equals("to")) {
            // "set fire to an armoured vehicle", "set fire to two military trucks": a force's vehicle named after "to"
            return militaryObject(s, i + 3);
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            String x = s.lc(k);
            if (x.equals("ablaze") || x.equals("alight") || x.equals("on") && s.lc(k + 1).equals("fire")) {
                boolean passive = Clauses.BE.contains(s.lc(i - 1));
                return s.anyIn(passive ? Math.max(0, i - 6) : i + 1, passive ? i : k, MILITARY_CUES)
                        || passive && s.anyIn(Math.max(0, i - 4), i, AttackRules.MILITARY_VEHICLES); // "a Humvee was set"
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> MILITARY_CUES = Lexicon.words("FORCE_MODIFIERS");

    /**
     * The object phrase from {@code from} names a force's machine: an equipment noun other than a plain car, or a
     * vehicle with a force modifier ("an armoured vehicle", "two military trucks", "a Humvee", "their patrol car").
     */
    private static boolean militaryObject(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 5); k++) {
            Equipment e = equipmentAt(s, k);
            if (e != null) {
                // (not "set fire to his small plane": an aircraft or a boat needs a force's modifier too)
                return e == Equipment.TANK || e == Equipment.APC || e == Equipment.ARTILLERY || militaryVehicle(s, k);
            }
            if (!s.get(k).isWord() || Parties.STOP.contains(s.lc(k)) && !s.lc(k).equals("and")) {
                return false;
            }
        }
        return false;
    }

    void equipment(Sentence s, int i) {
        if (Clauses.hedged(s, i)) {
            return;
        }
        String w = s.lc(i);
        int v = s.lc(i - 1).equals("shot") || s.lc(i - 1).equals("brought") ? i - 2 : i - 1;
        if (s.lc(v).equals("also") || s.lc(v).equals("reportedly")) {
            v--;
        }
        boolean passive = Clauses.BE.contains(s.lc(v));
        boolean found = false;
        String lastNoun = null;
        if (!passive) {
            // active: "shot down a Syrian military helicopter", "destroyed 101 of them"
            int from = i + 1;
            if (s.lc(i + 1).equals("fire") && s.lc(i + 2).equals("to")) {
                from = i + 3; // "set fire to an armoured vehicle"
            }
            if (s.lc(i + 1).equals("or") && s.get(i + 2).isWord() && COORDINATED_TAKING.contains(s.lc(i + 2))) {
                from = i + 3; // "destroyed or seized several armoured vehicles": the object of both verbs
            }
            for (int k = from; k < Math.min(s.size(), i + 12); k++) {
                String x = s.lc(k);
                Equipment e = equipmentAt(s, k);
                if (e != null && !(HIT_VERBS.contains(w) && (e == Equipment.OTHER))) {
                    boolean emitted = emitEquipment(s, i, k, e, false);
                    found |= emitted;
                    if (emitted) {
                        r.displacement.gappedEquipment(s, i, k, e, ctx.events.get(ctx.events.size() - 1));
                    }
                    continue;
                }
                if (x.equals("them") && s.lc(k - 1).equals("of")) {
                    lastNoun = previousEquipmentNoun(s, i);
                    if (lastNoun != null) {
                        Amount a = Parties.amountEndingAt(s, k);
                        Candidate c = r.coding.equipmentCandidate(s, i, Lexicon.EQUIPMENT.get(lastNoun), a, null);
                        found = true;
                        r.coding.finish(c);
                    }
                    break;
                }
                Amount am = Numbers.parse(s, k);
                if (am != null && am.end() > k + 1) {
                    k = am.end() - 1; // "destroyed up to 20 vehicles", "at least 50 tanks": over the figure
                    continue;
                }
                if (x.equals(".") || x.equals(";") || Parties.STOP.contains(x) && !x.equals("and") && !x.equals("of")
                        && !x.equals("other") && !x.equals("all")) {
                    break;
                }
            }
            if (found || HIT_VERBS.contains(w)) {
                return;
            }
            String o = s.lc(i + 1);
            if (Parties.DETERMINERS.contains(o) || Numbers.parse(s, i + 1) != null || o.equals("another")) {
                return; // "and damaged a sixth": an object that is no equipment noun, not a passive
            }
            if (s.get(i + 1).isWord() && !s.get(i + 1).capitalised() && !Parties.STOP.contains(o)
                    && !Clauses.ADVERBS.contains(o) && !Lexicon.EQUIPMENT.containsKey(o)) {
                return; // "had attacked border villages and burnt houses": an active verb's own object, no passive
            }
        }
        // passive: "two Syrian tanks and an ammunition depot were also destroyed"
        int k = i - 1;
        while (k >= 0 && (Lexicon.AUX.contains(s.lc(k)) || s.lc(k).equals("shot") || s.lc(k).equals("brought"))) {
            k--;
        }
        for (; k >= 0 && i - k <= 25; k--) {
            String x = s.lc(k);
            if (x.equals("that") || x.equals("while") || x.equals("which") || x.equals("said") || x.equals(";")
                    || x.equals(":") || x.equals("when") || x.equals("after") || x.equals("\"") || x.equals("\u201c")
                    || x.equals("number") || CasualtyRules.BRING_VERBS.contains(x)) {
                break; // "..., bringing to seven the number of warplanes it has downed": not the earlier ones
            }
            Equipment e = equipmentAt(s, k);
            if (e != null && !numberOfBefore(s, k)) {
                emitEquipment(s, i, k, e, true);
            }
        }
    }

    /** "the number of Russian warplanes ... downed": counted by the running-total rule, not as a loss of its own. */
    private static boolean numberOfBefore(Sentence s, int k) {
        for (int j = k - 1; j > 0 && k - j <= 4; j--) {
            if (s.lc(j).equals("of") && s.lc(j - 1).equals("number")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an SDF armoured vehicle", "a Houthi military truck": an armed group named right before the machine's own
     * (lower-case) modifiers owns it, as its side (the phrase itself stops at the participle); else null.
     */
    private String groupBefore(Sentence s, int start) {
        int end = start - 1;
        for (int n = 0; n < 2 && end >= 0 && s.get(end).isWord() && !s.get(end).capitalised()
                && EQUIPMENT_MODIFIERS.contains(s.lc(end)); n++) {
            end--;
        }
        if (end < 0 || end == start - 1 || !s.get(end).capitalised()) {
            return null;
        }
        int g = ArmedGroups.startEndingAt(s, end);
        if (g < 0) {
            return null;
        }
        ArmedGroups.Group group = ArmedGroups.at(s, g, new int[1]);
        if (group == null || group.international() || group.role() == null) {
            return null;
        }
        String country = group.country() != null ? group.country() : ctx.conflictCountry;
        return country == null ? null : country + group.role();
    }

    /** Lower-case words between an owner's name and its machine: "armoured", "military", "pickup". */
    private static final java.util.Set<String> EQUIPMENT_MODIFIERS = Lexicon.words("EQUIPMENT_OWNER_MODIFIERS");

    /** In a list ("four Russian tanks and two armoured vehicles"), an item without an owner takes the previous one's. */
    private String listOwner(Sentence s, int head) {
        for (int k = head - 1; k >= 0 && head - k <= 12; k--) {
            String x = s.lc(k);
            if (!(x.equals(",") || x.equals("and") || Parties.isModifier(s, k) || s.get(k).isNumber()
                    || Numbers.isNumberWord(x) || Parties.DETERMINERS.contains(x))) {
                return null;
            }
            if (Lexicon.EQUIPMENT.containsKey(x) && (x.equals(s.lc(k)) && k < head - 1)) {
                Party p = Parties.at(s, k);
                if (p.country() != null) {
                    return p.country() + Roles.MIL;
                }
            }
        }
        return null;
    }

    private String previousEquipmentNoun(Sentence s, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (Lexicon.EQUIPMENT.containsKey(s.lc(k))) {
                return s.lc(k);
            }
        }
        return null;
    }

    /** Kind of equipment a head noun names, with its compound ("personnel carriers", "mortar positions"). */
    static Equipment equipmentAt(Sentence s, int k) {
        String x = s.lc(k);
        Equipment e = Lexicon.EQUIPMENT.get(x);
        if (e == null) {
            return Lexicon.EQUIPMENT.containsKey(s.lc(k + 1)) ? null : model(x); // "two Su-25 jets": the jets
        }
        String prev = s.lc(k - 1);
        String next = s.lc(k + 1);
        if (Lexicon.EQUIPMENT.containsKey(next) && !next.equals("positions") && !next.equals("targets")
                && !next.equals("equipment")) {
            return null; // a modifier of the next noun ("tank crews" is not here; "mortar positions")
        }
        if (x.equals("positions")) {
            return Lexicon.GUN_MODIFIERS.contains(prev) ? Equipment.ARTILLERY : null;
        }
        if (x.equals("carrier") || x.equals("carriers")) {
            return prev.equals("personnel") ? Equipment.APC : null;
        }
        if ((x.equals("vehicle") || x.equals("vehicles")) && (prev.equals("armored") || prev.equals("armoured"))) {
            return Equipment.APC;
        }
        if (Lexicon.PLANE_NOUNS.contains(x) && prev.equals("fighter")) {
            return Equipment.AIRCRAFT;
        }
        if (Lexicon.GUN_NOUNS.contains(x)) {
            // "34 field artillery guns", "40 artillery pieces"; bare "guns" are small arms
            return Lexicon.ARTILLERY_MODIFIERS.contains(prev) ? Equipment.ARTILLERY : null;
        }
        if (x.equals("weapons")) {
            return null;
        }
        if ((x.equals("bomber") || x.equals("bombers")) && prev.equals("suicide")) {
            return null; // "suicide bombers hit three churches": people, no aircraft
        }
        if ((x.equals("system") || x.equals("systems")) && !prev.equals("defence") && !prev.equals("defense")
                && !prev.equals("missile") && !prev.equals("rocket")) {
            return null; // only weapon systems: "a Pantsir air defence system"
        }
        if ((x.equals("vehicle") || x.equals("vehicles")) && (s.lc(k - 2).equals("armored") || s.lc(k - 2).equals("armoured"))
                && prev.equals("fighting")) {
            return Equipment.APC; // "armoured fighting vehicles"
        }
        if ((x.equals("missile") || x.equals("missiles")) && Lexicon.EQUIPMENT.containsKey(next)) {
            return null;
        }
        return e;
    }

    private boolean emitEquipment(Sentence s, int trigger, int head, Equipment e, boolean passive) {
        if (s.lc(trigger).equals("exploded") && e != Equipment.DEPOT) {
            return false; // "a car bomb exploded": the weapon, not a loss; "an ammunition depot exploded" is one
        }
        if (HIT_VERBS.contains(s.lc(trigger)) && !s.lc(trigger).equals("hit") && (e != Equipment.VEHICLE
                && e != Equipment.APC && e != Equipment.TANK || !militaryVehicle(s, head)
                && !CARRYING.contains(s.lc(head + 1)) && !s.lc(head + 1).equals("of"))) {
            // "a drone struck a vehicle of the Asayish", "a bomb struck an army vehicle"; not "struck a vehicle on the
            // road" (whose, the text does not say) nor "struck a warehouse"
            return false;
        }
        if (PLAIN_CARS.contains(s.lc(head)) && !militaryVehicle(s, head) && !CARRYING.contains(s.lc(head + 1))) {
            return false; // "a drone hit a car", "an open-air car market": a civilian's car, no force's equipment
        }
        if (INTERCEPTED_MUNITIONS.contains(s.lc(head)) && !Clauses.BE.contains(s.lc(head - 1))
                && (s.lc(trigger).equals("down") || s.lc(trigger).equals("downed"))) {
            return false; // "shot down 21 of the 23 missiles": munitions intercepted, no loss of a side's machine
        }
        Party p = Parties.at(s, head);
        String force = p.country() == null && (e == Equipment.VEHICLE || e == Equipment.APC || e == Equipment.TANK)
                && !HIT_VERBS.contains(s.lc(trigger)) && !ownerWordBefore(s, head) && (passive || noSubjectOfItsOwn(s, trigger))
                ? forceHitBefore(s, trigger) : null;
        if (e == Equipment.VEHICLE && ARSON.contains(s.lc(trigger)) && p.country() == null && !militaryVehicle(s, head)
                && !forceOwnsVehicle(s, trigger, head) && force == null) {
            return false; // "several vehicles were burnt" in a raid on villagers: property, not military equipment
        }
        Amount a = p.amount();
        if (a != null && a.hasCount() && a.count() == 1 && (s.lc(a.start()).equals("a") || s.lc(a.start()).equals("an"))) {
            a = null; // "shot down a drone": equipment is counted where a figure is written ("one drone", "two tanks")
        }
        String owner = null;
        if (p.country() != null) {
            owner = p.country() + Roles.MIL;
        } else {
            owner = groupBefore(s, p.start());
        }
        if (owner == null) {
            owner = p.country() != null ? owner : listOwner(s, head);
        }
        if (owner == null && !passive) {
            owner = killedBeforeAnd(s, trigger);
        }
        if (owner == null && force != null && !CARRYING.contains(s.lc(head + 1)) && !s.lc(head + 1).equals("of")
                && !s.lc(head + 1).equals("belonging")) {
            owner = force; // "ambushed a regime convoy, killing 8 soldiers and burning two trucks": the force's trucks
        }
        if (owner == null && (CARRYING.contains(s.lc(head + 1)) || s.lc(head + 1).equals("of"))) {
            // "struck a vehicle carrying members of the Sinjar Resistance Units", "a vehicle of the Asayish": the
            // passengers' or the named owner's; a vehicle carrying civilians is no side's equipment
            Party rider = PartySearch.partyAfter(s, head + 1);
            if (rider != null && (Roles.CVL.equals(rider.role()) || Roles.REF.equals(rider.role()))) {
                return false;
            }
            if (rider != null && rider.role() != null) {
                owner = r.coding.code(s, rider, Roles.MIL, false);
            }
        }
        // "a military helicopter belonging to government forces"
        if (s.lc(head + 1).equals("belonging") && s.lc(head + 2).equals("to")) {
            int h = Parties.nextHead(s, head + 3, 5);
            if (h > 0) {
                owner = r.coding.code(s, Parties.at(s, h), Roles.MIL, true);
            }
        }
        Candidate c = r.coding.equipmentCandidate(s, trigger, e, a, owner);
        if (e == Equipment.OTHER && s.lc(head).equals("equipment") && a == null) {
            c.vague = s.lc(head - 1).equals("other") ? "other" : null;
        }
        if ((s.lc(head + 1).equals("launched") || s.lc(head + 1).equals("fired")) && s.lc(head + 2).equals("by")) {
            Party by = r.parties.stateAfter(s, head + 3); // "five missiles launched by Ukraine"
            if (by != null && by.country() != null) {
                c.victim = by.country() + Roles.MIL;
                c.inferred = false;
            }
        }
        Party ag = null;
        if (!passive) {
            ag = r.parties.agentParty(s, trigger, p, false);
            c.actor = ag == null ? null : r.coding.code(s, ag, Roles.MIL, true);
            String side = ag != null && ag.country() != null ? c.actor : null;
            if (side == null) {
                // "Ukraine's air force said it had shot down ...": the side speaking destroyed it
                for (Party m : ctx.mentions.get(s.index())) {
                    if (m.end() <= trigger && m.country() != null && PartySearch.canAct(m)) {
                        side = m.country() + (m.role() == null ? Roles.MIL : m.role());
                        break;
                    }
                }
            }
            if (side != null && c.inferred && c.victim != null && side.length() == 6 && c.victim.length() == 6
                    && side.regionMatches(0, c.victim, 0, 3) && (side.endsWith(Roles.MIL) || side.endsWith(Roles.GOV))) {
                // "Russia's defence ministry said it had destroyed 7 tanks": what a side destroys is its enemy's
                // or nobody the text names ("the Syrian army destroyed three tanks"), never its own
                String enemy = opponent(side.substring(0, 3));
                c.victim = enemy == null ? null : enemy + rebelsOnly(enemy);
            } else if (side != null && c.inferred && c.victim != null && side.length() == 6 && c.victim.length() == 6
                    && !side.regionMatches(0, c.victim, 0, 3) && c.victim.endsWith(Roles.MIL)) {
                // "U.S. forces shot down three drones in Houthi-controlled areas of Yemen": a foreign force's
                // enemy in the country is its state's army only when the text names that army
                String country = c.victim.substring(0, 3);
                c.victim = country + rebelsOnly(country);
            }
            if (c.inferred && c.actor != null && (c.actor.endsWith(Roles.MIL) || c.actor.endsWith(Roles.GOV))
                    && (e == Equipment.DEPOT || e == Equipment.OTHER)) {
                // "troops bombed a camp of the ELN, destroying 4 bunkers": the fixed works of the armed group
                // the state struck
                for (Party m : ctx.mentions.get(s.index())) {
                    if (m != ag && Roles.REB.equals(m.role()) && m.end() <= trigger) {
                        c.victim = r.coding.code(s, m, Roles.REB, false);
                        break;
                    }
                }
            }
            if (c.actor != null && c.actor.equals(c.victim)) {
                c.actor = null;
            }
        }
        boolean kept = r.coding.finish(c);
        if (kept && !passive && c.actor != null && ag != null && ag.end() <= trigger && PartySearch.subjectPosition(s, ag)
                && !PartySearch.clauseBreak(s, ag.end(), trigger) && !HIT_VERBS.contains(s.lc(trigger))
                && !s.lc(trigger).equals("exploded") && !AttackRules.PROJECTILES.contains(s.lc(head)) && c.victim != null
                && !s.anyIn(trigger + 1, head, java.util.Set.of("own", "their", "its"))
                && !attackBy(s, c.actor)) {
            // (not "fleeing soldiers destroyed their own tanks": no attack on anyone)
            // "NFL fighters destroyed a regime T-72 tank", "Turkish drones destroyed eight tanks": the destroyer attacked
            // (not "air defences shot down 40 drones": munitions intercepted)
            Candidate attack = new Candidate(EventType.ATTACK, s, trigger, "attack.verb");
            attack.actor = c.actor;
            attack.victim = c.victim;
            attack.ruleId = r.firing;
            r.coding.finish(attack);
        }
        return kept;
    }

    /**
     * "ambushed a police patrol, killing two officers and burning their vehicle": a possessive before the vehicle and
     * a force (army, police, soldiers) named earlier in the sentence; the force's vehicle, not a villager's car.
     */
    private boolean forceOwnsVehicle(Sentence s, int trigger, int head) {
        if (!OWNER_POSSESSIVES.contains(s.lc(head - 1)) && !OWNER_POSSESSIVES.contains(s.lc(head - 2))) {
            return false;
        }
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= trigger && Roles.MIL.equals(m.role())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "an IS cell ambushed a regime convoy ..., killing an officer and 8 soldiers and burning two trucks", "7 soldiers
     * were killed; two vehicles were burnt": the armed side (army or armed group) that an attack or a killing told
     * earlier in the sentence struck, whose vehicles then burned or destroyed, without an owner of their own, are its
     * own; null when the sentence's earlier events struck no armed side (villagers' vehicles are property).
     */
    private String forceHitBefore(Sentence s, int trigger) {
        String force = null;
        for (int j = ctx.events.size() - 1; j >= 0 && ctx.events.get(j).sentence == s; j--) {
            Candidate o = ctx.events.get(j);
            if ((o.type == EventType.ATTACK || o.type == EventType.KILLED) && o.trigger < trigger && o.victim != null) {
                if (!o.victim.endsWith(Roles.MIL) && !o.victim.endsWith(Roles.REB)) {
                    continue;
                }
                if (force != null && !force.equals(o.victim)) {
                    return null; // "9 regime soldiers and 5 HTS fighters were killed, and HTS destroyed a BMP": both sides
                }
                force = o.victim;
            }
        }
        if (force != null && ctx.conflictCountry != null && !force.startsWith(ctx.conflictCountry)) {
            return null; // (a foreign force among the dead: whose machines were lost is left to the article's sides)
        }
        return force;
    }

    /**
     * The destroying verb at i continues the clause of the attack or killing before it: a participle ("killing 8
     * soldiers and burning two trucks") or a verb after "and" or a comma ("ambushed a convoy ... and destroyed two
     * vehicles"); not a verb with a subject of its own ("its fighters had destroyed a tank", "they had destroyed").
     */
    private static boolean noSubjectOfItsOwn(Sentence s, int i) {
        if (s.lc(i).endsWith("ing")) {
            return true;
        }
        int k = i - 1;
        while (k > 0 && (Lexicon.AUX.contains(s.lc(k)) && !Lexicon.RELATIVE_PRONOUNS.contains(s.lc(k))
                || Clauses.ADVERBS.contains(s.lc(k)))) {
            k--;
        }
        return s.lc(k).equals("and") || s.lc(k).equals(",");
    }

    private static final java.util.Set<String> DESTROYING = Lexicon.words("DESTROY_VERBS");

    /** "two of its vehicles", "the attackers' vehicles", "their trucks": the phrase names its owner itself. */
    private static boolean ownerWordBefore(Sentence s, int head) {
        for (int k = head - 1; k >= 0 && head - k <= 4; k--) {
            String x = s.lc(k);
            if (Lexicon.POSSESSIVE_DETERMINERS.contains(x) || x.equals("'s") || x.equals("'") || x.equals("\u2019")
                    || x.endsWith("s'")) {
                return true;
            }
            if (!s.get(k).isWord() && !s.get(k).isNumber() || Lexicon.KILL_VERBS.contains(x)
                    || DESTROYING.contains(x)) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> OWNER_POSSESSIVES = java.util.Set.of("their", "its");

    /** Verbs of a hit, whose object is a machine only when named ("struck a vehicle", not "hit targets"). */
    private static final java.util.Set<String> HIT_VERBS = Lexicon.words("EQUIPMENT_HIT_VERBS");

    /**
     * "its fighters had killed 47 Malian soldiers and 84 Wagner fighters, and had destroyed or seized armoured
     * vehicles": one doer killed and destroyed, and the machines were the state's army's (the conflict country's)
     * when it is among the killed and an "and" (with "had", "also") opens the destroying clause; else null.
     */
    private String killedBeforeAnd(Sentence s, int trigger) {
        int k = trigger - 1;
        while (k > 0 && CLAUSE_LINKS.contains(s.lc(k)) && !s.lc(k).equals("and")) {
            k--;
        }
        if (!s.lc(k).equals("and")) {
            return null;
        }
        String victim = null;
        for (int j = ctx.events.size() - 1; j >= 0 && ctx.events.get(j).sentence == s; j--) {
            Candidate o = ctx.events.get(j);
            if (o.type == EventType.KILLED && o.trigger < k && k - o.trigger <= 20 && o.victim != null
                    && o.victim.endsWith(Roles.MIL) && ctx.conflictCountry != null && o.victim.startsWith(ctx.conflictCountry)) {
                victim = o.victim; // the state's army among the killed
            }
        }
        if (victim == null || ctx.conflictCountry == null || !victim.startsWith(ctx.conflictCountry)) {
            return null; // (a foreign force's dead: whose machines were lost is left to the article's sides)
        }
        for (int j = k - 1; j >= 0 && k - j <= 20; j--) {
            if (s.lc(j).equals(";") || Lexicon.SPEECH.contains(s.lc(j))) {
                return null; // (the killing told in another clause)
            }
            if (Lexicon.KILL_VERBS.contains(s.lc(j))) {
                return victim;
            }
        }
        return null;
    }

    private static final java.util.Set<String> CLAUSE_LINKS = java.util.Set.of("and", "had", "has", "have", "also", ",");

    /** An ATTACK of this sentence by {@code actor} already found. */
    private boolean attackBy(Sentence s, String actor) {
        for (int k = ctx.events.size() - 1; k >= 0 && ctx.events.get(k).sentence == s; k--) {
            Candidate o = ctx.events.get(k);
            if (o.type == EventType.ATTACK && actor.equals(o.actor)) {
                return true;
            }
        }
        return false;
    }

    /** REB when the article names a country's side only as rebels ("Houthi"), else MIL. */
    private String rebelsOnly(String country) {
        boolean reb = false;
        for (List<Party> ms : ctx.mentions) {
            for (Party m : ms) {
                if (country.equals(m.country()) && m.role() != null) {
                    if (m.role().equals(Roles.MIL)) {
                        return Roles.MIL;
                    }
                    reb |= m.role().equals(Roles.REB);
                }
            }
        }
        return reb ? Roles.REB : Roles.MIL;
    }

    /** "it had lost", "they lost": the verb's subject is a pronoun. */
    private static boolean pronounSubject(Sentence s, int i) {
        int k = Lexicon.HAVE.contains(s.lc(i - 1)) ? i - 2 : i - 1;
        return s.lc(k).equals("it") || s.lc(k).equals("they");
    }

    /**
     * "the Ukrainian armed forces lost up to 1,480 servicemen ..., as well as 4 tanks, 12 armored fighting
     * vehicles and 34 field artillery guns": the men a side lost are its dead, and the equipment its losses;
     * "killed 17 rebels and lost four of their own" too.
     */
    void equipmentLost(Sentence s, int i) {
        if (Clauses.hedged(s, i)) {
            return;
        }
        Party direct = PartySearch.partyBefore(s, i);
        // "..., and the army lost a soldier": the phrase right before the verb, a role word with no country too
        Party subj = direct != null && PartySearch.endsRightBefore(s, direct, i)
                && (direct.role() != null || direct.country() != null)
                ? direct : r.parties.subjectBefore(s, i);
        if ((subj == null || subj.country() == null && subj.role() == null) && pronounSubject(s, i)) {
            subj = r.parties.speakerOrPrevious(s, i); // "JNIM claimed the attack. It said it had lost 7 of its fighters"
        }
        if (subj == null || subj.country() == null && subj.role() == null) {
            return;
        }
        // "Russia had lost 1,200 troops over the past day", "the armed forces lost up to 1,480 servicemen", "the
        // army lost a soldier in the clashes", "the jihadists lost four of their fighters"
        Amount personnel = Lexicon.ONE_ARTICLES.contains(s.lc(i + 1))
                ? new Amount(1L, null, org.newswatch.contracts.Qualifier.EXACT, null, i + 1, i + 2)
                : Numbers.parse(s, i + 1);
        if (personnel != null && personnel.hasCount()) {
            int h = Parties.nextHead(s, personnel.end(), 3);
            if (h > 0 && Lexicon.EQUIPMENT.containsKey(s.lc(h))) {
                h = -1; // "lost 3 T-72 tanks": machines, not men
            }
            // "killed 17 rebels and lost four of their own": the side's own men
            int e = s.lc(personnel.end() - 1).equals("of") ? personnel.end() - 1 : personnel.end(); // "four of"
            boolean ofTheirOwn = s.lc(e).equals("of") && Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(e + 1))
                    && s.lc(e + 2).equals("own") && !(s.get(e + 3).isWord() && !Parties.STOP.contains(s.lc(e + 3)));
            // (not "lost three of its own helicopters": the noun after "own" says what was lost)
            if (ofTheirOwn) {
                h = e + 2;
            }
            if (ofTheirOwn || h > 0 && (Lexicon.TROOPS.contains(s.lc(h)) || Roles.MIL.equals(Roles.headRole(s.lc(h)))
                    && !Roles.COLLECTIVE.contains(s.lc(h)) && !Roles.WEAPONS.contains(s.lc(h)))
                    || h > 0 && Lexicon.LOST_PERSONNEL.contains(s.lc(h))) {
                Party dead = ofTheirOwn ? subj : Parties.at(s, h);
                String side = subj.role() != null && (subj.role().equals(Roles.MIL) || subj.role().equals(Roles.REB))
                        ? subj.role() : null;
                String role = side != null ? side : dead.role() != null && (dead.role().equals(Roles.MIL)
                        || dead.role().equals(Roles.REB)) ? dead.role() : Roles.MIL;
                String country = subj.country() != null ? subj.country()
                        : r.coding.contextCountry(s, role, subj.start(), true);
                Party victims = new Party(country, role, subj.country() != null, null, personnel, personnel.start(), h,
                        h + 1, null);
                r.casualties.emitOne(s, i, EventType.KILLED, victims, "killed.lost");
            }
        }
        if (subj.country() == null) {
            return;
        }
        String owner = subj.country() + Roles.MIL;
        for (int k = i + 1; k < Math.min(s.size(), i + 40); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";") || Lexicon.SPEECH.contains(x)) {
                break;
            }
            Equipment e = equipmentAt(s, k);
            if (e != null && e != Equipment.OTHER) {
                Amount a = Parties.at(s, k).amount();
                r.coding.finish(r.coding.equipmentCandidate(s, i, e, a, owner));
            }
        }
    }

    /** The country the text points to most after {@code side}: the other side of a two-state story. */
    private String opponent(String side) {
        return mostAfter(ctx, side);
    }

    /** The country the text points to most after {@code side}, or null. */
    static String mostAfter(ArticleContext ctx, String side) {
        String best = null;
        int bestScore = 0;
        for (java.util.Map.Entry<String, Integer> e : ctx.countryScore.entrySet()) {
            if (!e.getKey().equals(side) && e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static final String[][] MODELS = {{"mig-", "AIRCRAFT"}, {"su-", "AIRCRAFT"}, {"f-16", "AIRCRAFT"},
        {"f-15", "AIRCRAFT"}, {"f-35", "AIRCRAFT"}, {"f-18", "AIRCRAFT"}, {"tu-", "AIRCRAFT"}, {"jf-17", "AIRCRAFT"},
        {"mi-", "HELICOPTER"}, {"ka-", "HELICOPTER"}, {"t-", "TANK"}};

    /** Model names: "one MiG-21", "an Su-25", "two Mi-8s", "a T-72" (a letter prefix, a dash and a number). */
    static Equipment model(String x) {
        for (String[] m : MODELS) {
            if (x.startsWith(m[0]) && x.length() > m[0].length() && x.length() <= m[0].length() + 4
                    && (Character.isDigit(x.charAt(m[0].length())) || m[0].endsWith("6") || m[0].endsWith("5")
                    || m[0].endsWith("8") || m[0].endsWith("7"))) {
                return Equipment.valueOf(m[1]);
            }
        }
        return null;
    }

    private static final java.util.Set<String> ARSON = Lexicon.words("ARSON");

    /** Cars, which are a force's equipment only with a force's modifier or its passengers named. */
    private static final java.util.Set<String> PLAIN_CARS = Lexicon.words("EQUIPMENT_PLAIN_CARS");

    /** "a car carrying members of Hezbollah": the passengers say whose car it was. */
    private static final java.util.Set<String> CARRYING = Lexicon.words("EQUIPMENT_CARRYING");

    /** Munitions that air defences down: "shot down 21 of the 23 missiles". */
    private static final java.util.Set<String> INTERCEPTED_MUNITIONS = Lexicon.words("EQUIPMENT_MUNITIONS");

    /** Verbs coordinated with a destroying verb over one object: "destroyed or seized several armoured vehicles". */
    private static final java.util.Set<String> COORDINATED_TAKING = Lexicon.words("EQUIPMENT_COORDINATED_VERBS");

    /** "the convoy's pick-up truck", "two army vehicles", "armoured vehicles", "a military truck". */
    private static boolean militaryVehicle(Sentence s, int head) {
        if (AttackRules.MILITARY_VEHICLES.contains(s.lc(head))) {
            return true; // "a Humvee was set on fire"
        }
        for (int k = head - 1; k >= 0 && head - k <= 4; k--) {
            String x = s.lc(k);
            if (AttackRules.MILITARY_VEHICLES.contains(x) || Lexicon.VEHICLE_OWNERS.contains(x)
                    || Roles.MODIFIERS.containsKey(x)
                    && !Roles.CVL.equals(Roles.modifierRole(x))) {
                return true;
            }
            if (x.equals("'s") && AttackRules.MILITARY_VEHICLES.contains(s.lc(k - 1))) {
                return true;
            }
            if (x.equals(",") || x.equals(".") || Lexicon.EQUIPMENT.containsKey(x) && k != head) {
                break;
            }
        }
        return false;
    }
}
