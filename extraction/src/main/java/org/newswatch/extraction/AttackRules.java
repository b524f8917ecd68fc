package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The passes of the ATTACK rules ({@code en/rules/attack.rules}): attacks, clashes, explosions, and the
 * end-of-sentence pass that gives an attack the side its victims did not belong to.
 */
final class AttackRules {

    private final Rules r;
    private final ArticleContext ctx;

    AttackRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    void attack(Sentence s, int i) {
        String w = s.lc(i);
        if (FIRE_NOUN.equals(r.firing) || FIRE_RESPONSE.equals(r.firing)) {
            fireNoun(s, i);
            return;
        }
        // "regime forces tried to advance on the Kabana hills": an attempt made is an attack (not "plans to attack")
        boolean attempt = s.lc(i - 1).equals("to") && (ATTEMPT_VERBS.contains(s.lc(i - 2))
                || ATTEMPT_ADVERBS.contains(s.lc(i - 2)) && ATTEMPT_VERBS.contains(s.lc(i - 3))); // "tried again to"
        if (Clauses.hedged(s, i) || s.lc(i - 1).equals("to") && !attempt) {
            return;
        }
        boolean noun = Lexicon.ATTACK_NOUNS.contains(w) && !Lexicon.ATTACK_VERBS.contains(w)
                || (w.equals("attack") || w.equals("attacks")) && !Lexicon.AUX.contains(s.lc(i - 1));
        if (w.equals("strike") || w.equals("strikes")) {
            Countries.Entry demonym = Countries.lookup(s.lc(i - 1));
            boolean light = false;
            Amount counted = Parties.amountEndingAt(s, i);
            int from = counted != null && counted.start() < i ? counted.start() : i; // "carried out more than 60 strikes"
            for (int k = from - 1; k >= 0 && from - k <= 3; k--) {
                light |= LIGHT_ATTACK_VERBS.contains(s.lc(k)) || s.lc(k).equals("out") && s.lc(k - 1).equals("carried");
            }
            // "air strikes", "Israeli strikes on", "carried out strikes inside": not "a strike" by workers
            if (!s.lc(i - 1).equals("air") && !s.lc(i - 1).equals("drone") && !s.lc(i - 1).equals("missile")
                    && !STRIKE_KINDS.contains(s.lc(i - 1)) && !light && !(demonym != null && demonym.kind() == Countries.Kind.DEMONYM)) {
                return;
            }
        }
        if (w.equals("fired") && !firedAt(s, i) && !weaponsAt(s, i) && !FIRED_MUNITIONS.equals(r.firing)) {
            return;
        }
        if (w.equals("fought") && !s.lc(i + 1).equals("back")) {
            return;
        }
        if (w.equals("struck") && s.lc(i + 1).equals("a") && s.lc(i + 2).equals("deal")) {
            return;
        }
        if ((w.equals("hit") || w.equals("struck")) && explosiveObject(s, i)) {
            vehicleOnExplosive(s, i); // "their vehicle struck a roadside bomb": the vehicle attacked nothing ...
            if (vehicleBefore(s, i) >= 0) {
                plantedBomb(s, i); // ... the bomb's planter did (not "jets struck an explosives depot")
            }
            return;
        }
        Party actor = null;
        if (noun && (w.equals("shelling") || w.equals("bombing")) && s.lc(i - 1).equals(",")
                && (s.get(i + 1).capitalised() || Parties.DETERMINERS.contains(s.lc(i + 1)))) {
            // "Azerbaijan launched an operation in Karabakh, shelling Stepanakert": the main clause's subject acts
            noun = false;
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.end() <= i && PartySearch.canAct(m) && m.country() != null) {
                    actor = m;
                    break;
                }
            }
            if (actor == null) {
                return;
            }
        }
        // "bombardment by Syrian government forces", "were carried out by Russia", "blamed on Damascus"
        for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
            String x = s.lc(k);
            if (x.equals("by") || x.equals("on") && s.lc(k - 1).equals("blamed")) {
                actor = r.parties.firstMentionFrom(s, k + 1, 4);
                break;
            }
            if (!(Lexicon.ATTACK_CLAIM_WORDS.contains(x)
                    || Dates.isCalendarWord(x))) {
                break;
            }
        }
        if (actor == null && noun) {
            actor = r.parties.possessor(s, i);
        }
        if (actor == null && noun) {
            // "fighters launched an attack on", "carried out a suicide bombing", "conducted an airstrike",
            // "claimed the attack": the subject of the light verb did it
            for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
                String x = s.lc(k);
                if (LIGHT_ATTACK_VERBS.contains(x) || x.equals("out") && s.lc(k - 1).equals("carried")) {
                    int v = x.equals("out") ? k - 1 : k;
                    if (!Clauses.hedged(s, v) && !s.lc(v - 1).equals("to")) {
                        Party sb = r.parties.subjectBefore(s, v);
                        if (sb != null && sb.anaphor() != null && sb.country() == null) {
                            sb = r.parties.speakerOrPrevious(s, v);
                        }
                        actor = sb;
                    }
                    break;
                }
                if (x.equals(".") || x.equals(";") || x.equals(",") || Lexicon.SPEECH.contains(x)) {
                    break;
                }
            }
        }
        if (actor == null && s.lc(i + 1).equals(",") == false && containsClaim(s)) {
            List<Party> ms = ctx.mentions.get(s.index());
            actor = ms.isEmpty() ? null : ms.get(0);
        }
        if (actor == null && !noun && Clauses.beBefore(s, i)) {
            pendingAttacks.add(new Pending(i, r.firing)); // "their patrol was ambushed": the subject is the target; the author is in the context
            return;
        }
        if (actor == null && !noun) {
            if (PROJECTILES.contains(s.lc(i - 1)) && Countries.lookup(s.lc(i - 2)) == null && i >= 2
                    && ArmedGroups.single(s.get(i - 2)) == null && !s.get(i - 2).capitalised()) {
                return; // "when a shell hit a house": the subject is the projectile, whose the text does not say
            }
            actor = r.parties.subjectBefore(s, i);
        }
        if (actor == null) {
            if (noun && incident(s, i)) {
                pendingAttacks.add(new Pending(i, r.firing)); // "an attack on a checkpoint": its author is in the context
            } else if (!noun && Lexicon.ATTACK_NOUNS.contains(s.lc(i - 1))) {
                pendingAttacks.add(new Pending(i - 1, r.firing)); // "Air raids struck a school": the raids' author
            }
            return;
        }
        if (!actor.explicit() && actor.head() >= 0 && PROJECTILES.contains(s.lc(actor.head()))) {
            if (noun && actor.head() < i && incident(s, i)) {
                pendingAttacks.add(new Pending(i, r.firing)); // "a drone strike on a town square killed 30": an attack
            }
            return; // "a shell hit a house", "three rockets hit the Green Zone": whose, the text does not say
        }
        String code = r.coding.code(s, actor, Roles.MIL, true);
        boolean unnamed = code == null && Coding.unnamedAttackers(s, actor); // "gunmen opened fire": nobody's attack
        if (code != null && unsidedWeapon(s, actor)) {
            code = null; // "Unidentified warplanes struck", "Artillery shells hit a resort": whose, the text does not say
            unnamed = true;
        }
        boolean civilianAttackers = code != null && PartySearch.civilianAttackers(s, actor); // "settlers rampaged through"
        if (code == null && !unnamed || code != null && (code.endsWith(Roles.CVL) && !civilianAttackers
                || code.endsWith(Roles.REF))) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, noun ? "attack.noun" : "attack.verb");
        c.actor = code;
        if (actor.country() == null && !unnamed) {
            c.ruleId = r.firing;
            countryFromContext.add(c); // "soldiers were killed after an airstrike": checked against the victims below
        }
        if (noun && (w.endsWith("s") || w.equals("shelling"))) {
            // "repelled 14 Ukrainian attacks", "carried out 30 airstrikes": the number of acts
            int k = i - 1;
            while (k > 0 && Countries.lookup(s.lc(k)) != null && Countries.lookup(s.lc(k)).kind() == Countries.Kind.DEMONYM
                    || k > 0 && Lexicon.ATTACK_COUNT_MODIFIERS.contains(s.lc(k))) {
                k--;
            }
            Amount a = Parties.amountEndingAt(s, k + 1);
            if (a != null && a.hasCount()) {
                c.amount(a);
            }
        }
        if (!noun) {
            Amount a = Numbers.parse(s, i + 1);
            if (a != null && a.hasCount()) {
                int h = Parties.nextHead(s, a.end(), 5);
                int t = a.end();
                while (t < s.size() && t - a.end() < 4 && !s.lc(t).equals("targets") && !s.lc(t).equals("positions")) {
                    t++;
                }
                if (t < s.size() && (s.lc(t).equals("targets") || s.lc(t).equals("positions")) || h > 0) {
                    c.amount(a);
                }
            }
            Party target = PartySearch.partyAfter(s, w.equals("opened") ? i + 2 : i);
            if (target != null && target.head() >= 0 && !Roles.WEAPONS.contains(s.lc(target.head()))) {
                c.victim = r.coding.code(s, target, Roles.MIL, true);
                if (c.victim != null && c.victim.equals(c.actor)) {
                    c.victim = null;
                }
            }
            countMunitions(s, i, c);
        }
        r.coding.finish(c);
    }

    /**
     * Two sides fighting: "regime forces and rebels clashed near X", "X clashed with Y", "clashes erupted between X
     * and Y", "an exchange of fire between X and Y", "X and Y exchanged fire". One ATTACK by the side named first,
     * the other its target; a clash whose sides the sentence does not name is no event ("after three days of
     * fighting" is background).
     */
    void clash(Sentence s, int i) {
        String w = s.lc(i);
        boolean exchange = w.startsWith("exchang");
        if (exchange && !(s.lc(i + 1).equals("fire") || s.lc(i + 1).equals("of") && s.lc(i + 2).equals("fire")
                || s.lc(i + 1).equals("gunfire") || s.lc(i + 2).equals("fire")
                || s.lc(i + 3).equals("fire") && s.get(i + 1).isWord() && s.get(i + 2).isWord())) {
            return; // "an exchange of prisoners" (not "exchanged heavy machine-gun fire", "an exchange of heavy fire")
        }
        if (w.equals("fought") && s.lc(i + 1).equals("back") || Clauses.hedged(s, i) || s.lc(i - 1).equals("to")) {
            return;
        }
        List<Party> ms = ctx.mentions.get(s.index());
        Party a = null;
        Party b = null;
        int between = -1;
        for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
            if (s.lc(k).equals("between")) {
                between = k;
                break;
            }
            if (s.lc(k).equals(".") || s.lc(k).equals(";") || s.lc(k).equals(",")) {
                break;
            }
        }
        if (between > 0) {
            for (Party m : ms) {
                if (m.head() > between && m.start() - between <= 12 && PartySearch.canAct(m)) {
                    if (a == null) {
                        a = m;
                    } else if (b == null && s.lc(a.end()).equals("and")) {
                        b = m;
                    }
                }
            }
        } else {
            boolean noun = (Lexicon.CLASH_NOUNS.contains(w) || Lexicon.ENCOUNTER_NOUNS.contains(w)) && !Clauses.beBefore(s, i) && !Lexicon.AUX.contains(s.lc(i - 1));
            int with = s.lc(i + 1).equals("with") || s.lc(i + 1).equals("against") ? i + 1
                    : (s.lc(i + 2).equals("with") || s.lc(i + 2).equals("against")) && !s.lc(i + 1).equals(",") ? i + 2
                    : exchange && s.lc(i + 1).equals("of") && s.lc(i + 3).equals("with") ? i + 3 : -1;
            if (with > 0) {
                for (Party m : ms) {
                    if (m.head() > with && m.start() - with <= 4 && PartySearch.canAct(m)) {
                        b = m;
                        break;
                    }
                }
            }
            if (!noun) {
                a = r.parties.subjectBefore(s, i);
                if (a != null && PartySearch.clauseBreak(s, a.end(), i)) {
                    a = null;
                }
                if (a != null && b == null) {
                    // "regime forces and rebels clashed": the second of a coordinated subject is the other side
                    for (Party m : ms) {
                        if (m.start() == a.end() + 1 && s.lc(a.end()).equals("and") && m.end() <= i && PartySearch.canAct(m)) {
                            b = m;
                        }
                    }
                }
            } else if (b != null) {
                // "the army's clashes with IS" (not "his encounter with the press": an encounter is a clash only
                // in a clause about its fighters)
                a = Lexicon.ENCOUNTER_NOUNS.contains(w) ? null : r.parties.possessor(s, i);
                if (a == null) {
                    Party[] sides = sidesAroundClash(s, i, b);
                    if (sides != null) {
                        a = sides[0];
                        b = sides[1];
                    }
                }
            } else if (noun && !Lexicon.ENCOUNTER_NOUNS.contains(w)) {
                Party[] sides = killersInClash(s, i);
                if (sides != null) {
                    a = sides[0];
                    b = sides[1];
                }
            }
        }
        if (a == null || Roles.GOV.equals(a.role()) && (b == null || b.role() == null || Roles.GOV.equals(b.role()))) {
            return; // "the two ministers clashed over the budget": officials clash in words
        }
        String actor = r.coding.code(s, a, Roles.MIL, true);
        if (actor == null || actor.endsWith(Roles.CVL) || actor.endsWith(Roles.REF)) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.clash");
        c.actor = actor;
        if (b != null) {
            c.victim = r.coding.code(s, b, Roles.MIL, true);
            if (actor.equals(c.victim)) {
                c.victim = null;
            }
        }
        r.coding.finish(c);
    }

    /** The "in", "after", "during" ... up to {@code within} words (no punctuation) before the clash noun at i, or -1. */
    private static int clashPreposition(Sentence s, int i, int within) {
        for (int p = i - 1; p >= 1 && i - p <= within; p--) {
            if (Lexicon.CLASH_PREPOSITIONS.contains(s.lc(p))) {
                return p;
            }
            if (!s.get(p).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Gendarmes killed 18 cattle thieves in a gunfight", "police said they killed six gang members in a shootout": a
     * clash noun with no "with" after "in", "during", "after" fought by the clause's subject who killed (active voice)
     * against those killed; {actor, target} or null (not "six soldiers were killed in clashes": whose fire, the clause
     * does not say).
     */
    private Party[] killersInClash(Sentence s, int i) {
        int p = clashPreposition(s, i, 4);
        Party subject = p < 0 ? null : r.parties.subjectBefore(s, p);
        if (subject == null) {
            return null;
        }
        int kill = -1;
        for (int k = subject.end(); k < p; k++) {
            if (Lexicon.KILL_VERBS.contains(s.lc(k)) && !Clauses.beBefore(s, k)) {
                kill = k;
                break;
            }
            if (s.lc(k).equals(";") || s.lc(k).equals(".")) {
                return null;
            }
        }
        if (kill < 0 || !PartySearch.subjectPosition(s, subject) && subject.anaphor() == null) {
            return null;
        }
        if (subject.anaphor() != null && subject.country() == null) {
            subject = r.parties.speakerOrPrevious(s, subject.start()); // "police said they killed ..."
        }
        return subject == null ? null : new Party[] {subject, PartySearch.partyAfter(s, kill)};
    }

    /**
     * "M23 rebels seized Bunagana after heavy fighting with the army", "Six Maoists were killed in an encounter with
     * security forces": a clash noun after "after", "following", "in", "during" or "amid" is fought by the clause's
     * subject against the side after "with", unless the subject is the clash's dead or wounded, who fell to that side
     * (a side the text does not code, "an armed group", leaves the subject's side as the one fighting). {actor, target},
     * or null when no subject fights.
     */
    private Party[] sidesAroundClash(Sentence s, int i, Party with) {
        int p = clashPreposition(s, i, 6);
        Party subject = p < 0 ? null : r.parties.subjectBefore(s, p);
        if (subject == null || subject.start() >= with.start()) {
            return null;
        }
        boolean fell = false;
        for (int k = subject.end(); k < p; k++) {
            String x = s.lc(k);
            fell |= Lexicon.KILL_VERBS.contains(x) || Lexicon.KILL_INTRANSITIVE.contains(x) || Lexicon.WOUND_VERBS.contains(x)
                    || x.equals("martyrdom");
        }
        if (fell && r.coding.code(s, with, Roles.MIL, true) != null) {
            return new Party[] {with, subject};
        }
        return new Party[] {subject, with};
    }

    /**
     * An explosive set off: "an IED exploded near a patrol", "a landmine went off", "a bomb was detonated",
     * "helicopters dropped barrel bombs on Kafr Nabl", "gunmen threw a grenade at a house". An ATTACK by whoever
     * dropped or threw it, or by nobody the text names (actor null) when the explosive is the subject.
     */
    void explosive(Sentence s, int i) {
        String w = s.lc(i);
        if (Clauses.hedged(s, i) || s.lc(i - 1).equals("to") || w.equals("went") && !s.lc(i + 1).equals("off")
                || Lexicon.BLAST_FORMS.contains(w) && !Clauses.BE.contains(s.lc(i - 1))
                && Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(i - 1))) {
            return;
        }
        Party actor = null;
        if (Lexicon.DROP_VERBS.contains(w)) {
            boolean bomb = false;
            int end = i + 5;
            for (int k = i + 1; k < Math.min(s.size(), end); k++) {
                Amount figure = Numbers.parse(s, k);
                if (figure != null && figure.end() > k + 1 && k < i + 3) {
                    end += figure.end() - k - 1; // "dropped at least 14 barrel bombs", "no fewer than 14": past the figure
                    k = figure.end() - 1;
                    continue;
                }
                bomb |= Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(k)) && !s.lc(k).equals("mines");
            }
            boolean reduced = (s.lc(i + 1).equals("by") || s.lc(i + 1).equals("from"))
                    && Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(i - 1)) && !s.lc(i - 1).equals("mines")
                    && droppedOnOrHarming(s, i);
            if (reduced) {
                // "barrel bombs dropped by regime helicopters on Mhambel", "explosives dropped from drones killed two
                // officers": the explosive named before a participle, its droppers after "by" or "from"
                int from = i + 2;
                for (int k = i + 2; k < s.size() && k - i <= 6; k++) {
                    if (s.lc(k).equals("by")) {
                        from = k + 1; // "dropped from a drone by FARC dissidents": the droppers after "by"
                        break;
                    }
                }
                Party by = r.parties.firstMentionFrom(s, from, 4);
                Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.explosive");
                c.actor = by == null ? null : r.coding.code(s, by, Roles.MIL, true);
                if (c.actor != null && (c.actor.endsWith(Roles.CVL) || c.actor.endsWith(Roles.REF))) {
                    c.actor = null;
                }
                countMunitions(s, i, c);
                r.coding.finish(c);
                return;
            }
            if (Clauses.BE.contains(s.lc(i - 1))) {
                // "grenades were thrown at a bus station": the explosive is the passive's subject
                for (int k = i - 2; k >= 0 && i - k <= 4; k--) {
                    bomb |= Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(k)) && !s.lc(k).equals("mines");
                }
            }
            if (!bomb) {
                return; // "dropped the charges", "threw stones"
            }
            actor = r.parties.subjectBefore(s, i);
            if (actor == null && !Clauses.BE.contains(s.lc(i - 1))) {
                return;
            }
        } else {
            boolean bomb = false;
            for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
                if (Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(k)) || s.lc(k).equals("mine")
                        && !MINING_WORDS.contains(s.lc(k - 1))) {
                    // "a mine went off", "a roadside mine exploded", "a Houthi mine exploded" (not "a gold mine", "a
                    // coal mine exploded": what is mined)
                    bomb = true;
                    break;
                }
                if (!s.get(k).isWord() || s.lc(k).equals("and")) {
                    break;
                }
            }
            if (!bomb && s.lc(i - 1).equals("and")) {
                // "A car bomb was driven into a military base and exploded": the subject of the clause's first verb
                for (int k = 0; k < i && k <= 7 && !bomb; k++) {
                    bomb = Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(k)) && !s.lc(k).equals("mines")
                            || LADEN_WORDS.contains(s.lc(k)) || s.lc(k).equals("explosives") && s.lc(k - 1).equals("with");
                    if (Clauses.BE.contains(s.lc(k)) || !s.get(k).isWord() && k > 0) {
                        break; // the subject ends at its verb
                    }
                }
            }
            int munition = bomb ? -1 : munitionSubject(s, i);
            if (munition >= 0) {
                munitionStrike(s, i, munition); // "an explosive device planted in his car went off", "a drone ... hit a car"
                return;
            }
            if (!bomb) {
                return; // "the tanker overturned and exploded": no weapon
            }
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.end() <= i && m.country() != null && PartySearch.canAct(m) && PartySearch.subjectPosition(s, m)
                        && !PartySearch.clauseBreak(s, m.end(), i)) {
                    actor = m; // "militants detonated a bomb"
                }
                if (actor == null && m.end() <= i && m.start() >= 2 && s.lc(m.start() - 1).equals("by")
                        && BOMB_PLACING.contains(s.lc(m.start() - 2)) && PartySearch.canAct(m)
                        && !PartySearch.clauseBreak(s, m.end(), i)) {
                    actor = m; // "an IED planted by Maoists went off": who placed it
                }
            }
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.explosive");
        c.actor = actor == null ? null : r.coding.code(s, actor, Roles.MIL, true);
        if (c.actor != null && (c.actor.endsWith(Roles.CVL) || c.actor.endsWith(Roles.REF))) {
            c.actor = null;
        }
        if (actor == null && !Lexicon.DROP_VERBS.contains(w)) {
            c.actor = bombAuthor(s, i); // "a bomb exploded ...; IS later claimed the blast"
        }
        countMunitions(s, i, c);
        r.coding.finish(c);
    }

    /**
     * After "dropped by/from ...": "on" a target, or a verb of harm ("killed two officers", "hit a school"); not
     * "soldiers found bombs dropped by the rebels near Kidal" (bombs found, no attack told).
     */
    private static boolean droppedOnOrHarming(Sentence s, int i) {
        for (int k = i + 2; k < s.size() && k - i <= 9; k++) {
            String x = s.lc(k);
            boolean onTarget = (x.equals("on") || x.equals("onto")) && !WEEKDAYS.contains(s.lc(k + 1))
                    && !s.get(k + 1).isNumber() && !Numbers.isNumberWord(s.lc(k + 1)); // (not "on Tuesday", "on 3 May")
            if (onTarget || Lexicon.KILL_VERBS.contains(x) || Lexicon.WOUND_VERBS.contains(x)
                    || x.equals("hit") || x.equals("struck")) {
                return true;
            }
            if (x.equals(".") || x.equals(";") || x.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    private static final java.util.Set<String> EXPLOSIVES = Lexicon.words("EXPLOSIVES");
    private static final java.util.Set<String> BOMB_PLACING = Lexicon.words("BOMB_PLACING");
    private static final java.util.Set<String> LADEN_WORDS = Lexicon.words("LADEN_ADJECTIVES");

    private static final java.util.Set<String> MINING_WORDS = Lexicon.words("MINING_WORDS");


    /**
     * "an SDF patrol came under fire from gunmen", "Turkish posts came under regime shelling": an attack on the
     * subject, by the party after "from" or "by" or the one the attack noun's modifier names, else by the side the
     * context gives (as an attack whose author is left out).
     */
    void cameUnder(Sentence s, int i) {
        if (Clauses.hedged(s, i)) {
            return;
        }
        int k = i + 2;
        while (k < s.size() && k - i <= 5 && UNDER_ATTACK_WORDS.contains(s.lc(k))) {
            k++;
        }
        if (!UNDER_ATTACK_NOUNS.contains(s.lc(k - 1))) {
            return; // "came under regime control" (a capture), "came under heavy pressure": no attack
        }
        Party actor = null;
        if (s.lc(k).equals("from") || s.lc(k).equals("by")) {
            actor = r.parties.firstMentionFrom(s, k + 1, 4);
        }
        if (actor == null) {
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.start() > i + 1 && m.end() <= k && PartySearch.canAct(m)) {
                    actor = m; // "came under regime shelling"
                }
            }
        }
        Party target = r.parties.subjectBefore(s, i);
        if (actor == null) {
            pendingAttacks.add(new Pending(i, r.firing));
            return;
        }
        String code = r.coding.code(s, actor, Roles.MIL, true);
        boolean unnamed = code == null && Coding.unnamedAttackers(s, actor);
        if (code == null && !unnamed || code != null && (code.endsWith(Roles.CVL) || code.endsWith(Roles.REF))) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.came-under");
        c.actor = code;
        if (target != null && target.head() >= 0) {
            c.victim = r.coding.code(s, target, Roles.MIL, true);
            if (c.victim != null && c.victim.equals(c.actor)) {
                c.victim = null;
            }
        }
        r.coding.finish(c);
    }

    private static final java.util.Set<String> UNDER_ATTACK_WORDS = Lexicon.words("UNDER_ATTACK_WORDS");
    private static final java.util.Set<String> UNDER_ATTACK_NOUNS = Lexicon.words("UNDER_ATTACK_NOUNS");

    /** "a car bomb ripped through a market", "shells landed in the centre of Marea": a munition strikes. */
    void impact(Sentence s, int i) {
        if (Clauses.hedged(s, i) || s.lc(i).equals("blew") && !s.lc(i + 1).equals("up")) {
            return;
        }
        int head = munitionSubject(s, i);
        if (head < 0 || (s.lc(i).equals("landed") || s.lc(i).equals("crashed") || s.lc(i).equals("fell"))
                && s.lc(head).startsWith("drone")) {
            return; // a drone that crashed or landed is one lost, not one that struck
        }
        munitionStrike(s, i, head);
    }

    /**
     * An ATTACK whose subject is the munition: by the side the subject phrase gives it to ("a Russian Shahed drone",
     * "a drone believed to belong to the US-led coalition", "rockets fired by the militia"), else by nobody named
     * ("shells fired from areas held by the SDF": where from, not by whom).
     */
    private void munitionStrike(Sentence s, int i, int head) {
        Party actor = null;
        Party itself = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.country() == null && m.role() == null || m.end() > i || !PartySearch.canAct(m)) {
                continue;
            }
            int before = m.start() - 1;
            while (before >= 0 && (Parties.DETERMINERS.contains(s.lc(before)) || s.lc(before).equals("suspected"))) {
                before--;
            }
            String link = s.lc(before);
            // "a regime suicide drone", "an IED planted by suspected AQAP militants", "a landmine left behind by LNA
            // forces", "a drone believed to belong to the coalition", "a drone of the coalition"
            boolean owner = m.start() <= head && m.end() > head - 3 && m.start() >= head - 3
                    || link.equals("by") && (s.lc(before - 1).endsWith("ed") || s.lc(before - 1).equals("behind")
                    || s.lc(before - 1).equals("laid"))
                    || link.equals("to") && s.lc(before - 1).startsWith("belong")
                    || link.equals("of") && before == head + 1;
            if (owner && m.start() >= head - 3) {
                if (m.head() == head && m.country() == null && !sideWordBefore(s, m)) {
                    itself = m; // ... not the munition itself ("A ballistic missile struck"): whose, the text does not say
                } else {
                    actor = m;
                }
            }
        }
        Party from = actor != null ? actor : itself;
        for (int k = head + 1; from != null && from.country() == null && k < i; k++) {
            if (Extractor.firedFrom(s, k)) {
                // "rockets fired from Gaza struck Ashkelon": the weapon is of the land it came from (not of the setting)
                Countries.Entry e = Countries.lookup(s.lc(k + 1));
                if (e != null) {
                    actor = new Party(e.iso3(), from.role(), false, null, null, from.start(), from.head(),
                            from.end(), null);
                    from = actor;
                }
            }
        }
        if (actor == null) {
            actor = holderFiredFrom(s, head, i);
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, s.lc(i).equals("hit") || s.lc(i).equals("struck")
                || Lexicon.EXPLODE_VERBS.contains(s.lc(i)) ? "attack.explosive" : "attack.impact");
        c.actor = actor == null ? null : r.coding.code(s, actor, Roles.MIL, true);
        if (c.actor != null && (c.actor.endsWith(Roles.CVL) || c.actor.endsWith(Roles.REF))) {
            c.actor = null;
        }
        if (actor == null && (EXPLOSIVES.contains(s.lc(head)) || Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(head))
                || BLAST_NOUNS.contains(s.lc(head)) || VEHICLES.contains(s.lc(head)))) {
            c.actor = bombAuthor(s, i); // "a truck packed with explosives blew up ..., the army said, blaming the ELN"
        }
        countMunitions(s, i, c);
        r.coding.finish(c);
    }

    private static final java.util.Set<String> UNKNOWN_ORIGIN = Lexicon.words("ATTACK_UNKNOWN_ORIGIN");
    private static final java.util.Set<String> ORIGIN_HEDGES = Lexicon.words("ATTACK_ORIGIN_HEDGES");

    /**
     * An attacker named only by its weapon or aircraft and said to be of no known side: "unidentified warplanes",
     * "unknown aircraft", "air strikes of unknown origin", "warplanes believed to be Israeli" (not "regime warplanes",
     * "Russian jets", plain "warplanes", whose side the context gives). The coders leave it unnamed, not the setting's.
     */
    private static boolean unsidedWeapon(Sentence s, Party p) {
        if (p.country() != null || p.sponsor() != null || p.head() < 0 || !Roles.WEAPONS.contains(s.lc(p.head()))) {
            return false;
        }
        boolean unknown = false;
        for (int k = p.start(); k < p.head(); k++) {
            if (UNKNOWN_ORIGIN.contains(s.lc(k))) {
                unknown = true;
            } else if (s.get(k).isWord() && (Parties.isHead(s.get(k)) || Countries.lookup(s.lc(k)) != null
                    || ArmedGroups.single(s.get(k)) != null || s.get(k).capitalised() && k > 0)) {
                return false;
            }
        }
        int h = p.head() + 1;
        String next = s.lc(h).equals(",") ? s.lc(h + 1) : s.lc(h);
        int n = s.lc(h).equals(",") ? h + 1 : h;
        // "warplanes believed to be Israeli", "air strikes of unknown origin"
        unknown |= ORIGIN_HEDGES.contains(next) && s.lc(n + 1).equals("to") && s.lc(n + 2).equals("be")
                || next.equals("of") && UNKNOWN_ORIGIN.contains(s.lc(n + 1));
        return unknown;
    }

    /** The rule of fire named as a noun by its kind: "sniper fire", "rocket fire", "tank fire". */
    private static final String FIRE_NOUN = "attack.fire-noun";

    /** Words before a kind of fire that make it no act of its own: "opened rocket fire", "came under tank fire". */
    private static final java.util.Set<String> FIRE_NOUN_TAKEN = Lexicon.words("WEAPON_FIRE");

    /**
     * Fire told as a noun of its kind, the act of the side its modifier, its origin or its agent names: "Israeli tank
     * fire hit a house", "regime sniper fire", "sniper fire from army positions killed a farmer", "rocket fire from
     * rebel-held areas", "rocket fire by government forces", "the army responded with rocket fire on the villages". Fire
     * that another rule reads ("opened sniper fire on", "came under rocket fire", "an exchange of mortar fire") is left
     * to it, and fire no side is given (a bare "rocket fire hit the town") to the context, as an attack whose author the
     * sentence leaves out.
     */
    private void fireNoun(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && (FIRE_KINDS.contains(s.lc(k - 1)) || s.lc(k - 1).equals("rocket")
                || s.lc(k - 1).equals("artillery") || s.lc(k - 1).equals("mortar") || s.lc(k - 1).equals("tank"))) {
            k--; // "heavy sniper fire", "intense artillery fire"
        }
        String before = s.lc(k - 1);
        if (FIRE_NOUN_TAKEN.contains(before) && !FIRE_KINDS.contains(before) && !FIRE_RESPONSE.equals(r.firing)
                || s.lc(k - 2).equals("exchange") || Clauses.hedged(s, i) || s.lc(i + 1).equals("-")) {
            return;
        }
        Party actor = k > 0 ? sideWord(s, k - 1) : null; // "Israeli tank fire", "HTS sniper fire", "regime rocket fire"
        if (actor != null) {
            // the side before the fire
        } else if (s.lc(i + 1).equals("from") || s.lc(i + 1).equals("by")) {
            actor = r.parties.firstMentionFrom(s, i + 2, 3); // "rocket fire by regime forces"
            int j = Parties.DETERMINERS.contains(s.lc(i + 2)) ? i + 3 : i + 2;
            if (actor == null && s.lc(i + 1).equals("from")) {
                actor = sideWord(s, j); // "sniper fire from army positions", "from HTS positions"
            }
            if (actor == null && s.lc(i + 1).equals("from")) {
                actor = holderFiredFrom(s, i - 1, i + 3); // "rocket fire from opposition-held areas"
            }
        } else if (FIRE_RESPONSE.equals(r.firing)) {
            actor = r.parties.subjectBefore(s, k - 2); // "the regime responded with rocket fire on nearby villages"
        }
        if (actor == null) {
            if (casualtyOrImpactAfter(s, i)) {
                pendingAttacks.add(new Pending(i, r.firing)); // "rocket fire hit the town": an author the context gives
            }
            return;
        }
        boolean byFire = k >= 2 && s.lc(k - 1).equals("by") && (Lexicon.KILL_VERBS.contains(s.lc(k - 2))
                || Lexicon.WOUND_VERBS.contains(s.lc(k - 2)) || s.lc(k - 2).equals("hit")); // "wounded by sniper fire from"
        if (!FIRE_RESPONSE.equals(r.firing) && !byFire && !casualtyOrImpactAfter(s, i)) {
            return; // "Turkish artillery fire stopped", "vowed to respond to any Hamas rocket fire": no fire that hit
        }
        String code = r.coding.code(s, actor, Roles.MIL, true);
        if (code == null || code.endsWith(Roles.CVL) || code.endsWith(Roles.REF)) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, FIRE_NOUN);
        c.actor = code;
        r.coding.finish(c);
    }

    /** A word at k that names an armed side by itself: a demonym ("Israeli"), a group ("HTS"), a side ("regime"). */
    private static Party sideWord(Sentence s, int k) {
        String x = s.lc(k);
        Countries.Entry demonym = Countries.lookup(x);
        if (demonym != null && demonym.kind() == Countries.Kind.DEMONYM) {
            return new Party(demonym.iso3(), Roles.MIL, true, null, null, k, k, k + 1, null);
        }
        ArmedGroups.Group group = ArmedGroups.single(s.get(k));
        if (group != null) {
            return new Party(group.country(), group.role(), true, null, null, k, k, k + 1, null);
        }
        String role = Roles.modifierRole(x);
        return role == null || Roles.CVL.equals(role) || Roles.REF.equals(role) ? null
                : new Party(null, role, false, null, null, k, k, k + 1, null);
    }

    /** The rule of fire the subject answers with: "responded with rocket fire", "retaliated with artillery fire". */
    private static final String FIRE_RESPONSE = "attack.fire-noun-response";

    private static final java.util.Set<String> FIRE_KINDS = Lexicon.words("FIRE_KINDS");

    /** A verb of impact or harm soon after the fire at i, in its clause: "rocket fire hit", "sniper fire killed". */
    private static boolean casualtyOrImpactAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= 8; k++) {
            String x = s.lc(k);
            if (Lexicon.KILL_VERBS.contains(x) || Lexicon.WOUND_VERBS.contains(x) || Lexicon.IMPACT_VERBS.contains(x)
                    || x.equals("hit") || x.equals("struck")) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The rule of fire named by its munitions ("fired tear gas and rubber bullets"): an attack with or without a target. */
    private static final String FIRED_MUNITIONS = "attack.fired-munitions";

    private static final java.util.Set<String> HOLDER_SUFFIXES = Lexicon.words("ATTACK_HOLDER_SUFFIXES");

    /**
     * "Rockets fired from HTS-held areas", "mortar rounds fired from SDF-held areas", "missiles fired from
     * regime-held areas": the side holding the ground a munition came from fired it (one side named in one word; not
     * "areas held by the SDF and regime forces", where the text does not say which). Null when no such word.
     */
    private static Party holderFiredFrom(Sentence s, int head, int i) {
        for (int k = head + 1; k < i; k++) {
            if (!Extractor.firedFrom(s, k)) {
                continue;
            }
            int w = Parties.DETERMINERS.contains(s.lc(k + 1)) ? k + 2 : k + 1;
            String x = s.lc(w);
            for (String suffix : HOLDER_SUFFIXES) {
                if (x.endsWith(suffix) && x.length() > suffix.length()) {
                    String holder = x.substring(0, x.length() - suffix.length());
                    ArmedGroups.Group g = ArmedGroups.lookup(holder);
                    Countries.Entry e = Countries.lookup(holder);
                    String role = g != null ? g.role() : Roles.modifierRole(holder);
                    String country = g != null ? g.country() : e != null ? e.iso3() : null;
                    if (country != null && country.equals("IGO") || role == null && country == null) {
                        return null;
                    }
                    return new Party(country, role == null ? Roles.MIL : role, false, null, null, w, w, w + 1, null);
                }
            }
            return null;
        }
        return null;
    }

    /** "an army drone", "a regime suicide drone": a side's word before the munition's noun names its owner. */
    private static boolean sideWordBefore(Sentence s, Party m) {
        for (int k = m.start(); k < m.head(); k++) {
            if (Parties.isHead(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The munition that is the subject of the verb at {@code i}, or -1: the first noun of the clause is a bomb, a
     * shell, a rocket, a missile or a drone ("a Katyusha rocket landed", "an explosive device planted in his car
     * went off", "shells fired from areas held by the SDF landed") or a vehicle laden with explosives ("a truck
     * packed with explosives blew up"), and what stands between it and the verb is a participle or a preposition's
     * phrase, not another clause ("a bomb disposal team landed" has no munition for its subject).
     */
    /** "a blast ripped through", "twin suicide bombings tore through": the blast stands for its bomb. */
    private static final java.util.Set<String> BLAST_NOUNS = Lexicon.words("BLAST_NOUNS");

    static int munitionSubject(Sentence s, int i) {
        int start = i - 1;
        while (start >= 0 && i - start <= 16) {
            String x = s.lc(start);
            if (x.equals(";") || x.equals(":") || x.equals(",") || x.equals("-") || x.equals("\u2014")
                    || x.equals("when") || x.equals("as") || x.equals("after") || x.equals("while")
                    || x.equals("where") || x.equals("before")) {
                break;
            }
            start--;
        }
        if (start >= 0 && i - start > 16) {
            return -1;
        }
        int head = -1;
        for (int k = start + 1; k < i && k <= start + 5; k++) {
            String x = s.lc(k);
            if (Lexicon.EXPLOSIVE_NOUNS.contains(x) || PROJECTILES.contains(x) || BLAST_NOUNS.contains(x)
                    || x.equals("mine") && (s.lc(k + 1).equals("laid") || s.lc(k + 1).equals("planted")) // "a mine laid by"
                    || x.equals("round") || x.equals("rounds")
                    && k > 0 && (s.lc(k - 1).equals("mortar") || s.lc(k - 1).equals("artillery"))) {
                head = k;
                // "a car bomb", "mortar shells", "an explosive device": the last noun of the compound
                while (head + 1 < i && (Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(head + 1)) || PROJECTILES.contains(s.lc(head + 1))
                        || s.lc(head + 1).equals("round") || s.lc(head + 1).equals("rounds")
                        || AIR_ATTACKS.contains(s.lc(head + 1)))) { // "a drone strike hit the main square"
                    head++;
                }
                break;
            }
            if (VEHICLES.contains(x) && Lexicon.BOMB_LADEN.contains(s.lc(k + 1)) && s.lc(k + 2).equals("with")
                    && EXPLOSIVES.contains(s.lc(k + 3))) {
                head = k + 3;
                break;
            }
            if (VEHICLES.contains(x) && Lexicon.LADEN_ADJECTIVES.contains(s.lc(k - 1))) { // "a bomb-laden car"
                head = k;
                break;
            }
            if (!s.get(k).isWord() || Parties.isVerbLike(x) && !s.get(k).capitalised() && !x.endsWith("ed")) {
                return -1;
            }
        }
        if (head < 0) {
            return -1;
        }
        if (head == i - 1) {
            return head;
        }
        // between the munition and its verb: a participle phrase or a preposition's phrase, no verb of its own
        String next = s.lc(head + 1);
        boolean participle = next.endsWith("ed") || next.equals("believed") || next.equals("thought")
                || next.equals("said") || next.equals("hidden") || next.equals("laid") || next.equals("left")
                || next.equals("shot") || next.equals("thrown") || next.equals("made");
        if (!participle && !PartySearch.PREPOSITIONS.contains(next)) {
            return -1;
        }
        for (int k = head + 2; k < i; k++) {
            String x = s.lc(k);
            if (x.equals("who") || x.equals("which") || x.equals("that") || Clauses.BE.contains(x) || x.equals("has")
                    || x.equals("have") || x.equals("had") || !s.get(k).isWord() && !x.equals("-")) {
                return -1;
            }
        }
        return head;
    }

    static final java.util.Set<String> VEHICLES = Lexicon.words("VEHICLES");

    static final java.util.Set<String> MILITARY_VEHICLES = Lexicon.words("MILITARY_VEHICLES");

    /** "struck an improvised explosive device", "hit a roadside bomb", "hit a landmine". */
    private static boolean explosiveObject(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 5); k++) {
            if (EXPLOSIVES.contains(s.lc(k))) {
                return true;
            }
            if (!(Parties.DETERMINERS.contains(s.lc(k)) || Lexicon.EXPLOSIVE_MODIFIERS.contains(s.lc(k)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "three soldiers were killed when their convoy struck an IED": a military vehicle lost to a mine is an
     * equipment loss of the side whose people it carried; a bus or a police car is none.
     */
    /** The vehicle noun up to seven words before {@code i} in its clause, or -1. */
    private static int vehicleBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 7 && !VEHICLES.contains(s.lc(k)) && !s.lc(k).equals(",") && !s.lc(k).equals(";")) {
            k--;
        }
        return k >= 0 && VEHICLES.contains(s.lc(k)) ? k : -1;
    }

    private void vehicleOnExplosive(Sentence s, int i) {
        int k = vehicleBefore(s, i);
        if (k < 0) {
            return;
        }
        Party carried = s.lc(k + 1).equals("carrying") || s.lc(k + 1).equals("transporting")
                ? PartySearch.partyAfter(s, k + 1) : null; // "a vehicle carrying regime soldiers ran over a landmine"
        String owner = null;
        for (int j = ctx.events.size() - 1; j >= 0 && ctx.events.get(j).sentence.index() == s.index(); j--) {
            Candidate c = ctx.events.get(j);
            if ((c.type == EventType.KILLED || c.type == EventType.WOUNDED) && c.victim != null) {
                owner = c.victim;
            }
        }
        if (carried != null && carried.role() != null && !Roles.CVL.equals(carried.role())) {
            owner = r.coding.code(s, carried, Roles.MIL, false);
        }
        // a side's vehicle: military by its noun or modifier ("a gendarmerie vehicle", "a police patrol vehicle"),
        // or by whom it carried ("their vehicle" of the soldiers killed, "a vehicle carrying soldiers")
        boolean military = MILITARY_VEHICLES.contains(s.lc(k)) || FORCE_MODIFIERS.contains(s.lc(k - 1))
                || FORCE_MODIFIERS.contains(s.lc(k - 2)) && !s.get(k - 1).isPunct()
                || (Parties.POSSESSIVES.contains(s.lc(k - 1)) || carried != null) && owner != null
                && (owner.endsWith(Roles.MIL) || owner.endsWith(Roles.REB));
        if (owner == null) {
            Party p = Parties.at(s, k);
            owner = p.country() == null ? null : p.country() + Roles.MIL;
        }
        if (!military || owner != null && !owner.endsWith(Roles.MIL) && !owner.endsWith(Roles.REB)) {
            return; // a bare "vehicle" (a police car, a bus) is no military equipment
        }
        Equipment e = s.lc(k).startsWith("tank") ? Equipment.TANK : s.lc(k).equals("apc") ? Equipment.APC
                : Equipment.VEHICLE;
        Candidate c = r.coding.equipmentCandidate(s, i, e, Parties.at(s, k).amount(), owner);
        r.coding.finish(c);
    }

    private static final java.util.Set<String> FORCE_MODIFIERS = Lexicon.words("FORCE_MODIFIERS");

    /** "a vehicle carrying regime soldiers ran over a landmine", "drove onto a mine". */
    void vehicleOnMine(Sentence s, int i) {
        if (explosiveObject(s, i + 1)) {
            vehicleOnExplosive(s, i);
            plantedBomb(s, i);
        }
    }

    /**
     * "their Land Cruiser ran over an improvised explosive device", "a bus hit a landmine": an explosive attack by
     * whoever laid the device, whom the sentence does not name (as "a roadside bomb exploded").
     */
    private void plantedBomb(Sentence s, int i) {
        if (Clauses.hedged(s, i)) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.explosive");
        c.ruleId = r.firing;
        c.actor = bombAuthor(s, i);
        r.coding.finish(c);
    }

    static final java.util.Set<String> PROJECTILES = Lexicon.words("PROJECTILES");

    private static final java.util.Set<String> ATTEMPT_VERBS = Lexicon.words("ATTACK_ATTEMPT_VERBS");
    private static final java.util.Set<String> ATTEMPT_ADVERBS = Lexicon.words("ATTACK_ATTEMPT_ADVERBS");

    private static final java.util.Set<String> COUNTED_MUNITIONS = Lexicon.words("ATTACK_COUNTED_MUNITIONS");
    private static final java.util.Set<String> COUNTED_TARGETS = Lexicon.words("ATTACK_COUNTED_TARGETS");
    private static final java.util.Set<String> PAIR_WORDS = Lexicon.words("ATTACK_PAIR_WORDS");
    private static final java.util.Set<String> ADVERBS = Lexicon.words("ADVERBS");
    private static final java.util.Set<String> COUNT_BREAKS = Lexicon.words("ATTACK_COUNT_BREAKS");

    /**
     * The number of an attack's acts the sentence gives with its munitions or its targets, when the candidate has no
     * count yet: the munitions that are the subject ("Two Russian ballistic missiles struck", "at least 15 missiles
     * hit", "twin explosions", "two suicide bombers blew themselves up"), those the verb fires or drops ("dropped six
     * barrel bombs", "fired at least five mortar shells", "struck the centre with two Iskander missiles"), the places it
     * struck ("attacked at least 17 villages") and its times ("had attacked 14 times"). Not a number of something
     * else ("bombs planted on two minibuses": the minibuses).
     */
    static void countMunitions(Sentence s, int i, Candidate c) {
        if (c.count != null) {
            return;
        }
        Amount a = countedBefore(s, i);
        if (a == null) {
            a = countedAfter(s, i);
        }
        if (a != null) {
            c.amount(a);
        }
    }

    /** The count of the munitions that are the subject of the verb at {@code i}, or null. */
    private static Amount countedBefore(Sentence s, int i) {
        int h = munitionSubject(s, i);
        if (h < 0) {
            int k = i - 1;
            while (k >= 0 && i - k <= 4 && (Lexicon.AUX.contains(s.lc(k)) || ADVERBS.contains(s.lc(k)))) {
                k--; // "four rockets were launched", "two car bombs reportedly exploded"
            }
            h = k >= 0 && COUNTED_MUNITIONS.contains(s.lc(k)) ? k : -1;
        }
        if (h >= 3 && EXPLOSIVES.contains(s.lc(h)) && s.lc(h - 1).equals("with") && Lexicon.BOMB_LADEN.contains(s.lc(h - 2))
                && VEHICLES.contains(s.lc(h - 3))) {
            return countOfNoun(s, h - 3); // "two cars packed with explosives blew up": counted by the cars
        }
        if (h < 0 || !COUNTED_MUNITIONS.contains(s.lc(h))) {
            return null;
        }
        return countOfNoun(s, h);
    }

    /** The amount before the noun at {@code h} over at most three of its modifiers ("Two Russian ballistic"). */
    private static Amount countOfNoun(Sentence s, int h) {
        for (int p = h; p >= 0 && h - p <= 3; p--) {
            if (p < h && (!s.get(p).isWord() || COUNT_BREAKS.contains(s.lc(p)) || !Parties.isModifier(s, p))) {
                return null; // ... not over a clause: "Two people died when shells hit their house"
            }
            if (p < h && PAIR_WORDS.contains(s.lc(p))) {
                return new Amount(2L, null, org.newswatch.contracts.Qualifier.EXACT, null, p, p + 1);
            }
            Amount a = p == 0 ? null : Parties.amountEndingAt(s, p);
            if (a != null) {
                return a.hasCount() && !s.lc(a.end() - 1).equals("of") ? a : null;
            }
        }
        return null;
    }

    /** A counted munition (or, with {@code targets}, a counted target) after at most three modifiers from {@code from}. */
    private static boolean countedNounFrom(Sentence s, int from, boolean targets) {
        for (int k = from; k < s.size() && k - from <= 3; k++) {
            String x = s.lc(k);
            if (COUNTED_MUNITIONS.contains(x) || targets && COUNTED_TARGETS.contains(x)) {
                return true;
            }
            if (!s.get(k).isWord() || COUNT_BREAKS.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** The count of what the verb at {@code i} fires, drops or strikes, or of the times it struck, or null. */
    private static Amount countedAfter(Sentence s, int i) {
        int from = s.lc(i + 1).equals("up") || s.lc(i + 1).equals("out") ? i + 2 : i + 1;
        Amount a = Numbers.parse(s, from);
        if (a != null && a.hasCount()) {
            if (s.lc(a.end()).equals("times")) {
                return a; // "had attacked 14 times"
            }
            return countedNounFrom(s, a.end(), true) ? a : null;
        }
        // "struck the centre of Kramatorsk with two Iskander missiles"
        for (int k = i + 1; k < s.size() && k - i <= 10; k++) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";") || x.equals(".") || Lexicon.SPEECH.contains(x)) {
                return null;
            }
            if (x.equals("with")) {
                Amount w = Numbers.parse(s, k + 1);
                return w != null && w.hasCount() && countedNounFrom(s, w.end(), false) ? w : null;
            }
        }
        return null;
    }

    /** An attack of this sentence whose author is left to the end of the sentence, with the rule that found it. */
    record Pending(int trigger, String rule) {
    }

    /** Attacks of this sentence whose author it does not name. */
    final List<Pending> pendingAttacks = new java.util.ArrayList<>();

    /** This sentence's attacks whose author was named without a country (the context gave one, or none). */
    final List<Candidate> countryFromContext = new java.util.ArrayList<>();

    private static final java.util.Set<String> TARGET_PREPOSITIONS = Lexicon.words("TARGET_PREPOSITIONS");

    private static final java.util.Set<String> NOT_AN_INCIDENT = Lexicon.words("NOT_AN_INCIDENT");

    /**
     * "an attack on a checkpoint", "a suicide bombing inside a mosque", "coordinated attacks on Monday": an
     * attack reported as an act that happened (aimed at something), not one feared, foiled or condemned.
     */
    static boolean incident(Sentence s, int i) {
        if (!TARGET_PREPOSITIONS.contains(s.lc(i + 1)) && !inAn(s, i)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
            String x = s.lc(k);
            if (NOT_AN_INCIDENT.contains(x) || Lexicon.NEGATION.contains(x) || Lexicon.HEDGES.contains(x)) {
                return false;
            }
            if (x.equals(",") || x.equals(";") || x.equals(".")) {
                break;
            }
        }
        return true;
    }

    /** "detonated a motorcycle bomb", "detonated explosives": a bomb set off, not shells disposed of. */
    static boolean bombAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= 4; k++) {
            if (EXPLOSIVES.contains(s.lc(k)) || s.lc(k).equals("car-bomb") || s.lc(k).equals("vest")) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "killed 9 militants in a follow-up raid", "were wounded in an ambush": the act the casualties fell in. */
    private static boolean inAn(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && i - k <= 3; k--) {
            String x = s.lc(k);
            if ((x.equals("a") || x.equals("an")) && s.lc(k - 1).equals("in")) {
                return true;
            }
            if (!s.get(k).isWord() || s.get(k).capitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "20 Turkish soldiers were killed in Idlib after an airstrike": an attack by state forces the sentence names
     * without a country took the country of the context, which here is that of the only side the sentence has dead or
     * wounded; such an attack is left to the context's other armed sides, as one whose author the sentence leaves
     * out. An armed group named without a country keeps it ("an attack by bandits ..., killing four of the
     * attackers"), and so does a force when the sentence has casualties on another side too ("51 soldiers were killed
     * and 160 assailants neutralised in the attack and the subsequent air strikes").
     */
    void dropAttacksByTheirVictims(java.util.Set<String> victims) {
        java.util.Set<String> named = new java.util.HashSet<>(victims);
        named.remove(null);
        for (Candidate c : countryFromContext) {
            if (c.actor.endsWith(Roles.MIL) && named.equals(java.util.Set.of(c.actor)) && ctx.events.remove(c)) {
                pendingAttacks.add(new Pending(c.trigger, c.ruleId));
            }
        }
        countryFromContext.clear();
    }

    /** The victims of this sentence's killed and wounded events. */
    java.util.Set<String> casualtiesOf(Sentence s) {
        java.util.Set<String> victims = new java.util.HashSet<>();
        for (int k = ctx.events.size() - 1; k >= 0 && ctx.events.get(k).sentence.index() == s.index(); k--) {
            Candidate c = ctx.events.get(k);
            if (c.type == EventType.KILLED || c.type == EventType.WOUNDED) {
                victims.add(c.victim);
            }
        }
        return victims;
    }

    /**
     * An attack whose author the sentence leaves out belongs to the side this sentence's casualty events name
     * as doing harm ("an attack on a base killed two soldiers; police blamed al-Shabaab militants") or, failing
     * that, to the author of the latest attack or killing the article reported.
     */
    void resolvePendingAttacks(Sentence s, java.util.Set<String> victims) {
        for (Pending pending : pendingAttacks) {
            int i = pending.trigger();
            // an unattributed air or drone strike is a state's; an ambush, bombing or assault an armed group's
            String role = AIR_ATTACKS.contains(s.lc(i)) ? Roles.MIL : s.lc(i).startsWith("raid") ? null : Roles.REB;
            String author = null;
            for (int k = ctx.events.size() - 1; k >= 0 && author == null; k--) {
                Candidate c = ctx.events.get(k);
                if (armedSide(c.actor) && (role == null || c.actor.endsWith(role)) && !victims.contains(c.actor)
                        && (c.type == EventType.KILLED || c.type == EventType.WOUNDED || c.type == EventType.ATTACK)) {
                    author = c.actor;
                }
            }
            if (author != null) {
                Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.noun-context");
                c.actor = author;
                c.inferred = true;
                c.ruleId = pending.rule();
                r.coding.finish(c);
            } else if ((Clauses.beBefore(s, i) || casualtyIn(s) || suffered(s, i)) && !attackIn(s)) {
                // "a supply convoy escorted by the army was ambushed at Gaskinde", "an attack on a checkpoint killed two
                // soldiers": an attack whose author nobody names is still the sentence's attack (not "the attack on
                // the market was condemned": a noun with no casualty)
                Candidate c = new Candidate(EventType.ATTACK, s, i, pending.rule());
                c.actor = laterAuthor(s, i);
                r.coding.finish(c);
            }
        }
        pendingAttacks.clear();
    }

    private static final java.util.Set<String> AIR_ATTACKS = Lexicon.words("AIR_ATTACKS");

    private static final java.util.Set<String> BLAME_WORDS = Lexicon.words("ATTACK_BLAME_WORDS");

    private static final java.util.Set<String> DENIALS = Lexicon.words("DENIALS");

    /** "the bomber", "the attacker": the attack's own unnamed doer told again, no author. */
    private static final java.util.Set<String> LONE_ATTACKERS = Lexicon.words("LONE_ATTACKERS", "UNNAMED_ATTACKERS");

    /** "the army said, blaming M23. The rebels denied it": an author someone denies nearby is contested. */
    private boolean contested(Sentence s) {
        for (int si = s.index(); si < ctx.sentences.size() && si - s.index() <= 3; si++) {
            Sentence n = ctx.sentences.get(si);
            for (int k = 0; k < n.size(); k++) {
                if (DENIALS.contains(n.lc(k)) || n.lc(k).equals("distanced")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The armed group that claims a bomb whose own clause names no author, later in its sentence or in the next three
     * ("Al-Shabaab claimed responsibility", "IS later claimed the blast"). Its code, or null (no claim, or one someone
     * denies). An author only blamed ("police said, blaming al-Shabaab") is not the coders' actor: they leave it out.
     */
    private String bombAuthor(Sentence s, int i) {
        if (contested(s)) {
            return null;
        }
        for (int si = s.index(); si < ctx.sentences.size() && si - s.index() <= 3; si++) {
            Sentence n = ctx.sentences.get(si);
            for (Party m : ctx.mentions.get(si)) {
                if (si == s.index() && m.start() <= i || !Roles.REB.equals(m.role()) || m.head() < 0
                        || LONE_ATTACKERS.contains(n.lc(m.head()))) {
                    continue;
                }
                if (claims(n, m) && !(si != s.index() && n.lc(0).equals("in") && n.get(1).capitalised())) {
                    // (not a later sentence of another place: "In Mogadishu, al-Shabaab claimed ...")
                    return r.coding.code(n, m, Roles.REB, true);
                }
            }
        }
        return null;
    }

    /** "Al-Shabaab claimed responsibility", "IS later claimed the blast": the group owns an attack. */
    private static boolean claims(Sentence n, Party m) {
        int k = m.end();
        while (k < n.size() && k - m.end() <= 2 && (ADVERBS.contains(n.lc(k)) || Lexicon.AUX.contains(n.lc(k)))) {
            k++;
        }
        if (!n.lc(k).equals("claimed") && !n.lc(k).equals("claims")) {
            return false;
        }
        for (int j = k + 1; j < n.size() && j - k <= 3; j++) {
            String x = n.lc(j);
            if (x.equals("responsibility")) {
                // not "claimed responsibility for a mortar attack on the airport": another deed, told anew
                return !(n.lc(j + 1).equals("for") && (n.lc(j + 2).equals("a") || n.lc(j + 2).equals("an")));
            }
            if (Lexicon.ATTACK_NOUNS.contains(x) || BLAST_NOUNS.contains(x) || Lexicon.EXPLOSIVE_NOUNS.contains(x)) {
                return !n.lc(j - 1).equals("a") && !n.lc(j - 1).equals("an");
            }
        }
        return false;
    }

    /**
     * The armed group the text names after an attack whose author it left out: the passive's agent later in the
     * clause ("an army detachment was ambushed near Koutougou, Tillaberi region, by jihadists on motorcycles"), else,
     * in the next two sentences, rebels who act or are blamed ("A supply convoy was attacked at Gaskinde. ...
     * jihadists set dozens of lorries on fire", "The ministry blamed 'terrorists'"). Their code, or null (unnamed
     * gunmen, "the bomber", stay nobody's; a state force named later is not taken: it is most often the side attacked; an author
     * someone denies nearby, "The rebels denied it", "distanced it from the attack", is contested: nobody's).
     */
    private String laterAuthor(Sentence s, int i) {
        if (contested(s)) {
            return null;
        }
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() > i && Roles.REB.equals(m.role()) && s.lc(m.start() - 1).equals("by")
                    && !PartySearch.clauseBreak(s, i, m.start())) {
                return r.coding.code(s, m, Roles.REB, true);
            }
        }
        for (int si = s.index() + 1; si < ctx.sentences.size() && si - s.index() <= 2; si++) {
            Sentence n = ctx.sentences.get(si);
            for (Party m : ctx.mentions.get(si)) {
                int before = m.start() - 1;
                while (before >= 0 && (Parties.DETERMINERS.contains(n.lc(before)) || !n.get(before).isWord())) {
                    before--;
                }
                if (Roles.REB.equals(m.role()) && m.head() >= 0 && !LONE_ATTACKERS.contains(n.lc(m.head()))
                        && (PartySearch.subjectPosition(n, m) && actsAfter(n, m)
                        || before >= 0 && BLAME_WORDS.contains(n.lc(before)))) {
                    return r.coding.code(n, m, Roles.REB, true);
                }
            }
        }
        return null;
    }

    /**
     * The party is told of in the story's time: "The jihadists attacked ...", "Rebels claimed the ambush" (not
     * "Jihadists ... have killed thousands since 2015", "jihadists had been spotted": background, a passive).
     */
    private static boolean actsAfter(Sentence n, Party m) {
        for (int k = m.end(); k < n.size() && k - m.end() <= 10; k++) {
            String x = n.lc(k);
            if (x.equals("have") || x.equals("has") || x.equals("had") || x.equals("been") || x.equals("since")) {
                return false;
            }
            if (x.equals(",") || x.equals(";") || Lexicon.ATTACK_VERBS.contains(x) || Lexicon.KILL_VERBS.contains(x)
                    || Lexicon.SPEECH.contains(x)) {
                return true;
            }
        }
        return true;
    }

    private static final java.util.Set<String> TARGET_NOUNS = Lexicon.words("TARGET_NOUNS");

    /**
     * "A unit of the army was the target of an attack", "the convoy came under attack": an attack its target suffered,
     * reported as such whoever made it.
     */
    private static boolean suffered(Sentence s, int i) {
        return s.lc(i + 1).equals("under")
                || (s.lc(i - 1).equals("a") || s.lc(i - 1).equals("an")) && s.lc(i - 2).equals("of")
                && TARGET_NOUNS.contains(s.lc(i - 3));
    }

    private boolean casualtyIn(Sentence s) {
        for (Candidate c : ctx.events) {
            if (c.sentence == s && (c.type == EventType.KILLED || c.type == EventType.WOUNDED)) {
                return true;
            }
        }
        return false;
    }

    private boolean attackIn(Sentence s) {
        for (Candidate c : ctx.events) {
            if (c.sentence == s && c.type == EventType.ATTACK) {
                return true;
            }
        }
        return false;
    }

    private static boolean armedSide(String code) {
        return code != null && (code.endsWith(Roles.MIL) || code.endsWith(Roles.REB));
    }

    private static final java.util.Set<String> LIGHT_ATTACK_VERBS = Lexicon.words("LIGHT_ATTACK_VERBS");
    /** Weapons that make "strikes" military ("artillery strikes", "rocket strikes"), not a strike by workers (other24). */
    private static final java.util.Set<String> STRIKE_KINDS = Lexicon.words("STRIKE_KINDS");

    private static final java.util.Set<String> SELF = Lexicon.words("SELF");

    /** "launched more than 300 drones and missiles", "launched rockets": weapons as the object, not an offensive. */
    static boolean weaponsAt(Sentence s, int i) {
        int k = i + 1;
        Amount a = Numbers.parse(s, k);
        if (a != null) {
            k = a.end();
        }
        while (k < s.size() && k - i <= 6 && (Parties.DETERMINERS.contains(s.lc(k))
                || Lexicon.MISSILE_MODIFIERS.contains(s.lc(k)) || Countries.lookup(s.lc(k)) != null)) {
            k++;
        }
        if (!PROJECTILES.contains(s.lc(k)) && !Roles.WEAPONS.contains(s.lc(k))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j - k <= 6; j++) {
            String x = s.lc(j);
            if (Lexicon.AIM_PREPOSITIONS.contains(x)) {
                return true; // ... aimed at a target
            }
            if (x.equals(",") || x.equals(".") || x.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "fired on", "fired rockets at", "fired several shells into": fire aimed at a target. */
    static boolean firedAt(Sentence s, int i) {
        for (int k = i + 1; k <= i + 4 && k < s.size(); k++) {
            String x = s.lc(k);
            if (Lexicon.FIRE_PREPOSITIONS.contains(x)) {
                return true;
            }
            if (x.equals(",") || x.equals(".") || Parties.STOP.contains(x) && !x.equals("of")) {
                return false;
            }
        }
        return false;
    }

    private static boolean containsClaim(Sentence s) {
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.lc(k).equals("claimed") && s.lc(k + 1).equals("responsibility")) {
                return true;
            }
        }
        return false;
    }
}
