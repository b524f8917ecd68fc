package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * The event rules: one pass over the tokens of a sentence, a hash lookup per token to find triggers, then
 * a local search for the parties, amounts and places around each trigger. General patterns only: passive
 * ("51 Syrian soldiers were killed"), active ("gunmen shot and killed 2 members of ..."), reduced relatives
 * ("five killed on Monday"), nominals ("299 civilian deaths", "the body of a boy"), appositions (", including
 * three children,"), and the hedges and negations that cancel an event.
 */
final class Rules {

    private static final java.util.Set<String> CLAIM_LIVES = Lexicon.words("CLAIM_LIVES");
    private static final java.util.Set<String> RISE = Lexicon.words("RISE");
    private static final java.util.Set<String> BE = Lexicon.words("BE");

    private final ArticleContext ctx;

    Rules(ArticleContext ctx) {
        this.ctx = ctx;
    }

    /** A rule's Java pass, run at the trigger's position. */
    @FunctionalInterface
    interface Action {
        void run(Rules r, Sentence s, int i);
    }

    /** A structural test of a rule, at the trigger's position. */
    @FunctionalInterface
    interface Guard {
        boolean test(Rules r, Sentence s, int i);
    }

    /** The rule files of a language, in the order their rules run on a token. */
    static final List<String> FILES = List.of("killed", "wounded", "equipment", "displacement", "capture", "offensive",
            "attack", "deployment", "threat", "talks");

    private static final java.util.Map<String, Action> ACTIONS = java.util.Map.ofEntries(
            java.util.Map.entry("killedSplitToDeath", (r, s, i) -> {
                Party obj = partyAfter(s, i); // "hacking 23 people to death", "beat two herders to death"
                if (obj != null && !hedged(s, i)) {
                    r.emitCasualty(s, i, EventType.KILLED, obj, "killed.active");
                }
            }),
            java.util.Map.entry("killedPhrase", (r, s, i) -> {
                if (!r.noCasualties) {
                    r.casualtyComplex(s, i, killComplexEnd(s, i));
                }
            }),
            java.util.Map.entry("killedVerb", (r, s, i) -> r.casualty(s, i, EventType.KILLED)),
            java.util.Map.entry("killedNoun", (r, s, i) -> r.casualtyNoun(s, i, EventType.KILLED)),
            java.util.Map.entry("claimedLivesOf", (r, s, i) -> {
                if (!hedged(s, i - 2)) { // "claimed the lives of 12 people"
                    Party p = partyAfter(s, i + 1);
                    if (p != null) {
                        r.emitCasualty(s, i - 2, EventType.KILLED, p, "killed.claimed-lives");
                    }
                }
            }),
            java.util.Map.entry("numberOf", (r, s, i) -> {
                if (!r.numberOfEquipment(s, i)) {
                    r.numberKilled(s, i);
                }
            }),
            java.util.Map.entry("supremePrice", (r, s, i) -> {
                if (!hedged(s, i - 3)) { // "one soldier paid the supreme price"
                    r.casualtyPassive(s, i - 3, EventType.KILLED, "killed.supreme-price");
                }
            }),
            java.util.Map.entry("livesClaimed", (r, s, i) -> {
                Amount a = Parties.amountEndingAt(s, i); // "the bombing claimed at least 43 lives", "cost 12 lives"
                if (a.hasCount() && !hedged(s, a.start() - 1)) {
                    Party p = new Party(null, Roles.CVL, false, null, a, a.start(), i, i + 1, null);
                    r.emitCasualty(s, a.start() - 1, EventType.KILLED, p, "killed.claimed-lives");
                }
            }),
            java.util.Map.entry("lostLives", (r, s, i) -> r.casualtyPassive(s, i - 2, EventType.KILLED,
                    "killed.lost-lives")),
            java.util.Map.entry("toll", (r, s, i) -> r.toll(s, i)),
            java.util.Map.entry("woundedVerb", (r, s, i) -> r.casualty(s, i, EventType.WOUNDED)),
            java.util.Map.entry("woundedNoun", (r, s, i) -> r.casualtyNoun(s, i, EventType.WOUNDED)),
            java.util.Map.entry("sustainedBefore", (r, s, i) -> r.sustained(s, i - 1)),
            java.util.Map.entry("sustainedTwoBefore", (r, s, i) -> r.sustained(s, i - 2)),
            java.util.Map.entry("equipment", (r, s, i) -> r.equipment(s, i)),
            java.util.Map.entry("equipmentLost", (r, s, i) -> r.equipmentLost(s, i)),
            java.util.Map.entry("displacement", (r, s, i) -> r.displacement(s, i)),
            java.util.Map.entry("displacementMove", (r, s, i) -> r.displacementMove(s, i)),
            java.util.Map.entry("capture", (r, s, i) -> r.capture(s, i)),
            java.util.Map.entry("pushedOut", (r, s, i) -> r.pushedOut(s, i)),
            java.util.Map.entry("offensive", (r, s, i) -> r.offensive(s, i)),
            java.util.Map.entry("attack", (r, s, i) -> r.attack(s, i)),
            java.util.Map.entry("clash", (r, s, i) -> r.clash(s, i)),
            java.util.Map.entry("explosive", (r, s, i) -> r.explosive(s, i)),
            java.util.Map.entry("deployment", (r, s, i) -> r.deployment(s, i)),
            java.util.Map.entry("threat", (r, s, i) -> r.threat(s, i)),
            java.util.Map.entry("talks", (r, s, i) -> r.talks(s, i)));

    private static final java.util.Map<String, Guard> GUARDS = java.util.Map.ofEntries(
            java.util.Map.entry("splitToDeath", (r, s, i) -> splitToDeath(s, i)),
            java.util.Map.entry("livesClaimed", (r, s, i) -> {
                Amount a = Parties.amountEndingAt(s, i);
                return a != null && CLAIM_LIVES.contains(s.lc(a.start() - 1));
            }),
            java.util.Map.entry("takeSense", (r, s, i) -> takeSense(s, i)),
            java.util.Map.entry("countAfter", (r, s, i) -> Numbers.parse(s, i + 1) != null),
            java.util.Map.entry("insurgentsEnter", (r, s, i) -> r.insurgentsEnter(s, i)),
            java.util.Map.entry("firedAtNext", (r, s, i) -> firedAt(s, i + 1)),
            java.util.Map.entry("weaponsAt", (r, s, i) -> weaponsAt(s, i)),
            java.util.Map.entry("bombAfter", (r, s, i) -> bombAfter(s, i)),
            java.util.Map.entry("forceContext", (r, s, i) -> forceContext(s)),
            java.util.Map.entry("notEarlyWarning", (r, s, i) -> !(s.lc(i).equals("warning")
                    && s.lc(i - 1).equals("early"))),
            java.util.Map.entry("willAct", (r, s, i) -> willAct(s, i)));

    /** The compiled rules of {@code en/rules/}. */
    static final RuleSet<Action, Guard> RULES = RuleSet.load(FILES.stream().map(f -> "en/rules/" + f + ".rules")
            .toList(), Lexicon::wordClass, ACTIONS::get, GUARDS::get);

    /** The sentence being read denies casualties ("no one was hurt"). */
    private boolean noCasualties;

    void sentence(Sentence s) {
        noCasualties = negatedCasualties(s);
        int n = s.size();
        for (int i = 0; i < n; i++) {
            Token t = s.get(i);
            if (!t.isWord()) {
                continue;
            }
            List<RuleSet.Rule<Action, Guard>> rules = RULES.at(t.lc());
            if (rules == null) {
                continue;
            }
            long fired = 0;
            for (RuleSet.Rule<Action, Guard> rule : rules) {
                if ((fired & rule.groupBit) != 0 || rule.casualty && noCasualties || !rule.contextMatches(s, i)
                        || !guardsHold(rule, s, i)) {
                    continue;
                }
                fired |= rule.groupBit;
                rule.action.run(this, s, i);
                if (rule.stop) {
                    i += rule.span; // "shot dead", "hacked to death": one trigger
                    break;
                }
            }
        }
        if (!countryFromContext.isEmpty() || !pendingAttacks.isEmpty()) {
            // "soldiers were killed in an attack on a base": not the soldiers' side
            java.util.Set<String> victims = casualtiesOf(s);
            dropAttacksByTheirVictims(victims);
            resolvePendingAttacks(s, victims);
        }
    }

    private boolean guardsHold(RuleSet.Rule<Action, Guard> rule, Sentence s, int i) {
        for (Guard g : rule.guards) {
            if (!g.test(this, s, i)) {
                return false;
            }
        }
        return true;
    }

    /** "8 others sustained injuries" with the verb at v: a passive in other words. */
    private void sustained(Sentence s, int v) {
        if (!hedged(s, v) && !s.lc(v + 1).equals("no")) {
            casualtyPassive(s, v, EventType.WOUNDED, "wounded.passive");
        }
    }

    // ---------------------------------------------------------------- casualties

    /** "no casualties were reported", "neither injuries nor fatalities", "no one was killed", "nobody was hurt". */
    static boolean negatedCasualties(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lc(i);
            if (w.equals("no") || w.equals("neither") || w.equals("nobody") || w.equals("none") || w.equals("without")) {
                for (int k = i + 1; k <= i + 3 && k < s.size(); k++) {
                    if (Lexicon.CASUALTY_NOUNS.contains(s.lc(k)) || k == i + 1 && (w.equals("nobody") || w.equals("none"))) {
                        return true;
                    }
                }
                if (w.equals("nobody") || w.equals("none") && s.lc(i + 1).equals("were")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a modal, a negation, a condition or a purpose infinitive governs the trigger. */
    private static final java.util.Set<String> DENIALS = Lexicon.words("DENIALS");

    static boolean hedged(Sentence s, int trigger) {
        // "the ministry denied reports that 40 civilians had been killed": what is denied is no fact
        for (int k = trigger - 1; k >= 0 && trigger - k <= 12; k--) {
            String w = s.lc(k);
            if (w.equals(".") || w.equals(";")) {
                break;
            }
            if (DENIALS.contains(w) && (s.lc(k + 1).equals("reports") || s.lc(k + 1).equals("claims")
                    || s.lc(k + 1).equals("that") || s.lc(k + 1).equals("allegations") || s.lc(k + 1).equals("accusations")
                    || s.lc(k + 1).equals("rumours") || s.lc(k + 1).equals("rumors"))) {
                return true;
            }
        }
        for (int k = trigger - 1; k >= 0 && trigger - k <= 6; k--) {
            String w = s.lc(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
                // a condition opened before the comma still governs ("if ..., X will be killed" is rare); stop here
                return false;
            }
            if (Lexicon.NEGATION.contains(w) || Lexicon.HEDGES.contains(w)) {
                return true;
            }
            if (Lexicon.KILL_VERBS.contains(w) || Lexicon.WOUND_VERBS.contains(w) || Lexicon.DISPLACE_VERBS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private void casualty(Sentence s, int i, EventType type) {
        if (hedged(s, i) || s.lc(i - 1).equals("to") && !s.lc(i).endsWith("ed")) {
            return; // "agreements to neutralize militants": a purpose, not a fact
        }
        if ((s.lc(i).equals("wounds") || s.lc(i).equals("wound")) && Lexicon.WOUND_AS_NOUN.contains(s.lc(i - 1))) {
            return; // "the body of a young man bearing gunshot wounds", "died of his wounds": a noun, not an event
        }
        String w = s.lc(i);
        boolean intransitive = Lexicon.KILL_INTRANSITIVE.contains(w);
        boolean passiveAux = beBefore(s, i) || s.lc(i - 1).equals("and") && beBefore(s, i - 1);
        if (!intransitive && !passiveAux) {
            Party obj = partyAfter(s, i);
            if (obj != null && obj.amount() == null && obj.start() == i + 1 && Parties.amountEndingAt(s, i) != null
                    && !Lexicon.AUX.contains(s.lc(i - 1))) {
                // "treated 45 wounded patients", "12 injured civilians": the participle qualifies a counted noun
                obj = obj.withAmount(Parties.amountEndingAt(s, i));
                casualtyPassiveParty(s, i, type, obj);
                return;
            }
            if (obj != null) {
                if (s.lc(obj.end()).equals("dead") || s.lc(obj.end()).equals("wounded") || s.lc(obj.end()).equals("injured")) {
                    // "left 5 dead" is handled on "dead"
                    return;
                }
                emitCasualty(s, i, type, obj, type == EventType.KILLED ? "killed.active" : "wounded.active");
                return;
            }
            Party someone = onePersonAfter(s, i + 1);
            if (someone != null) {
                emitCasualty(s, i, type, someone, type == EventType.KILLED ? "killed.active" : "wounded.active");
                return;
            }
            if (w.endsWith("ing") || w.equals("kills") || w.equals("kill")) {
                return;
            }
        }
        casualtyPassive(s, i, type, type == EventType.KILLED ? "killed.passive" : "wounded.passive");
    }


    /**
     * The object of a killing or wounding verb when it is one person our role words do not know: "shot dead a
     * council clerk", "killing a pharmacist", "wounded an aid worker". One person, uncoded (civilian by
     * default); a thing ("killed a bill"), a place or a vehicle is no victim.
     */
    static Party onePersonAfter(Sentence s, int p) {
        if (!Parties.SINGULAR_DETERMINERS.contains(s.lc(p))) {
            return null;
        }
        int from = p + 1;
        if (s.get(from).isNumber() && (s.lc(from + 1).equals("-") || s.lc(from + 1).startsWith("year"))) {
            from += s.lc(from + 1).equals("-") ? 3 : 3; // "a 14-year-old ...", "a 7 year old ..."
        }
        int head = -1;
        for (int k = from; k < s.size() && k <= from + 3; k++) {
            Token t = s.get(k);
            if (!t.isWord() || Parties.STOP.contains(t.lc()) || Dates.isCalendarWord(t.lc())) {
                break;
            }
            head = k;
        }
        if (head < 0) {
            return null;
        }
        String x = s.lc(head);
        if (Lexicon.NOT_PERSON.contains(x) || Lexicon.EQUIPMENT.containsKey(x) || PLACE_NOUNS.contains(x)
                || Lexicon.TERRITORY.contains(x) || VEHICLES.contains(x) || x.endsWith("s") && !x.endsWith("ss")
                || x.endsWith("ing") || s.get(head).capitalised() && head == from
                || !(s.lc(p).equals("a") || s.lc(p).equals("an")) && Lexicon.SCOPE_NOUNS.contains(x)) {
            return null;
        }
        Amount one = new Amount(1L, null, Qualifier.EXACT, null, p, p + 1);
        return new Party(null, null, false, null, one, p, head, head + 1, null);
    }

    private static final java.util.Set<String> SUSTAIN = Lexicon.words("SUSTAIN");

    private static final java.util.Set<String> TO_DEATH_VERBS = Lexicon.words("TO_DEATH_VERBS");

    /**
     * The last token of a multi-word verb of killing starting at i ("shot dead", "gunned down", "hacked to
     * death", "beaten to death"), or -1.
     */
    static int killComplexEnd(Sentence s, int i) {
        String w = s.lc(i);
        String next = s.lc(i + 1);
        if ((w.equals("shot") || w.equals("shoot") || w.equals("shooting") || w.equals("shoots")) && next.equals("dead")
                || (w.equals("gunned") || w.equals("gunning") || w.equals("gun") || w.equals("mowed")) && next.equals("down")) {
            return i + 1;
        }
        if (next.equals("to") && s.lc(i + 2).equals("death") && (TO_DEATH_VERBS.contains(w) || TO_DEATH_ACTIVE.contains(w))) {
            return i + 2;
        }
        return -1;
    }

    private static final java.util.Set<String> TO_DEATH_ACTIVE = Lexicon.words("TO_DEATH_ACTIVE");

    /** A verb of violence whose object comes before "to death": "hacking 23 people to death". */
    private static boolean splitToDeath(Sentence s, int i) {
        if (!TO_DEATH_ACTIVE.contains(s.lc(i)) || s.lc(i + 1).equals("to") || BE.contains(s.lc(i - 1))) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 10); k++) {
            String x = s.lc(k);
            if (x.equals("to") && s.lc(k + 1).equals("death")) {
                return true;
            }
            if (x.equals(",") || x.equals(".") || x.equals(";") || x.equals("and") || x.equals("to")) {
                return false;
            }
        }
        return false;
    }

    /** "gunmen shot dead four traders", "five farmers were hacked to death": active or passive, as one verb. */
    private void casualtyComplex(Sentence s, int i, int end) {
        if (hedged(s, i) || s.lc(i - 1).equals("to")) {
            return;
        }
        if (!(beBefore(s, i) || s.lc(i - 1).equals("and") && beBefore(s, i - 1))) {
            Party obj = partyAfter(s, end);
            if (obj == null) {
                obj = onePersonAfter(s, end + 1);
            }
            if (obj != null) {
                emitCasualty(s, i, EventType.KILLED, obj, "killed.active");
                return;
            }
            if (Parties.DETERMINERS.contains(s.lc(end + 1)) || Numbers.parse(s, end + 1) != null) {
                return; // an object we cannot code: the subject before is the killer, not the victim
            }
        }
        casualtyPassive(s, i, EventType.KILLED, "killed.passive");
    }

    private static final java.util.Set<String> ADVERBS = Lexicon.words("ADVERBS");

    /** A be-verb (or "got") before the participle, over adverbs: "were also killed", "have been wounded". */
    static boolean isQuote(String x) {
        return x.equals("\"") || x.equals("\u201c") || x.equals("\u201d") || x.equals("'") || x.equals("\u2018")
                || x.equals("\u2019");
    }

    static boolean beBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 5 && (ADVERBS.contains(s.lc(k)) || isQuote(s.lc(k))) && !BE.contains(s.lc(k))) {
            k--;
        }
        String x = s.lc(k);
        if (BE.contains(x)) {
            return true;
        }
        // "the 49 killed", "those wounded": a participle after its noun with no object is passive too
        return !(x.equals("has") || x.equals("have") || x.equals("had") || x.equals("who") || x.equals("that")
                || x.equals("which")) && Lexicon.AUX.contains(x) && k == i - 1 && !ADVERBS.contains(x);
    }

    private void casualtyPassiveParty(Sentence s, int i, EventType type, Party p) {
        emitCasualty(s, i, type, p, type == EventType.KILLED ? "killed.passive" : "wounded.passive");
    }

    private void casualtyPassive(Sentence s, int i, EventType type, String rule) {
        Party subj = partyBefore(s, i);
        if (subj == null) {
            return;
        }
        emitCasualty(s, i, type, subj, rule);
    }

    /** "the number of people killed in ... rose to 33": a running total, its victims named after "number of". */
    private void numberKilled(Sentence s, int i) {
        int verb = -1;
        for (int k = i + 2; k < Math.min(s.size(), i + 7); k++) {
            if (Lexicon.KILL_VERBS.contains(s.lc(k)) || s.lc(k).equals("dead") || Lexicon.KILL_NOUNS.contains(s.lc(k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0 || hedged(s, i)) {
            return;
        }
        Amount brought = broughtTo(s, i);
        if (brought != null) {
            // "bringing to more than 150 the number of people killed since ...": the figure comes first
            numberOfKilled(s, i, verb, brought, "killed.number-brought");
            return;
        }
        for (int k = verb + 1; k < Math.min(s.size(), verb + 25); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";")) {
                return;
            }
            // "bringing the number of fighters killed since 27 August to 96": the figure after the clause
            boolean bringTo = x.equals("to") && BRING_VERBS.contains(s.lc(i - 2)) && s.lc(i - 1).equals("the")
                    && Numbers.parse(s, k + 1) != null;
            if (RISE.contains(x) || x.equals("is") && s.lc(k + 1).equals("now") || bringTo) {
                int at = bringTo ? k + 1 : s.lc(k + 1).equals("to") || s.lc(k + 1).equals("at")
                        || s.lc(k + 1).equals("now") ? k + 2 : k + 1;
                Amount a = Numbers.parse(s, at);
                if (a == null || !a.hasCount()) {
                    return;
                }
                numberOfKilled(s, i, verb, a, "killed.number-rose");
                return;
            }
        }
    }

    /**
     * A running toll told as "the number of <people> killed" with its figure {@code amount}: the people after "the
     * number of" (word {@code i}) are the victims, civilians when unnamed.
     */
    private void numberOfKilled(Sentence s, int i, int verb, Amount amount, String rule) {
        int h = Parties.nextHead(s, i + 2, 4);
        Party who = h >= 0 ? Parties.at(s, h) : null;
        String role = who == null || who.role() == null ? Roles.CVL : who.role();
        Party p = new Party(who == null ? null : who.country(), role, who != null && who.explicit(), null, amount,
                amount.start(), -1, amount.end(), null);
        Candidate c = new Candidate(EventType.KILLED, s, verb, rule);
        c.party = p;
        c.amount(amount);
        c.victim = victimCode(s, p, EventType.KILLED, Roles.CVL, c, null);
        c.cumulative = !incidentToll(s, verb + 1);
        finish(c);
    }


    /**
     * "air strikes hit a detention centre, killing dozens; health authorities put the toll at 71": a toll at
     * {@code toll} that restates the incident its own sentence tells before it, with nothing that spans time.
     */
    static boolean restatedToll(Sentence s, int toll) {
        boolean incident = false;
        for (int k = 0; k < s.size(); k++) {
            String x = s.lc(k);
            if (Lexicon.SPANS.contains(x) || x.equals("total") || x.equals("overall")) {
                return false;
            }
            if (k < toll && (Lexicon.KILL_VERBS.contains(x) && !s.lc(k - 1).equals("been") || Lexicon.INCIDENT_NOUNS.contains(x)
                    || Lexicon.ATTACK_VERBS.contains(x) && !Lexicon.AUX.contains(s.lc(k - 1)))) {
                incident = true;
            }
        }
        return incident;
    }

    /**
     * True when the toll or "number of people killed" whose words start at {@code from} is tied to one incident
     * ("the death toll from Monday's bombing rose to 92", "the number of people killed in the missile attack on
     * the hospital rose to 33"): the tally of one event is no running total (gold "Counting").
     */
    static boolean incidentToll(Sentence s, int from) {
        boolean incident = false;
        for (int k = from; k < Math.min(s.size(), from + 16); k++) {
            String x = s.lc(k);
            if (Lexicon.SPANS.contains(x)) {
                return false;
            }
            if (x.equals(".") || x.equals(";") || RISE.contains(x) || Numbers.parse(s, k) != null
                    && !Dates.isCalendarWord(s.lc(k + 1)) && !s.lc(k + 1).equals("'s")) {
                break;
            }
            incident |= Lexicon.INCIDENT_NOUNS.contains(x);
        }
        return incident;
    }

    private static final java.util.Set<String> BRING_VERBS = Lexicon.words("BRING_VERBS");

    /**
     * "bringing to seven the number of Russian warplanes it has downed since ...": a running total of
     * equipment lost, its figure before "the number of".
     */
    private boolean numberOfEquipment(Sentence s, int i) {
        Amount a = broughtTo(s, i);
        if (a == null) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 6); k++) {
            Equipment e = equipmentAt(s, k);
            if (e != null) {
                Party p = Parties.at(s, k);
                Candidate c = equipmentCandidate(s, k, e, a, p.country() == null ? null : p.country() + Roles.MIL);
                c.cumulative = true;
                finish(c);
                return true;
            }
            if (Parties.STOP.contains(s.lc(k))) {
                break;
            }
        }
        return false;
    }

    /** "bringing to 52 the number of ...", "raised to more than 150 the number of ...": the amount, or null. */
    static Amount broughtTo(Sentence s, int number) {
        if (!s.lc(number - 1).equals("the")) {
            return null;
        }
        Amount a = Parties.amountEndingAt(s, number - 1);
        if (a == null || !a.hasCount() || !s.lc(a.start() - 1).equals("to") || !BRING_VERBS.contains(s.lc(a.start() - 2))) {
            return null;
        }
        return a;
    }

    /** "the death toll rose to 45", "the toll reached 120": a running total of the dead. */
    private void toll(Sentence s, int i) {
        Party among = null;
        // "the death toll from Monday's suicide bombing at a mosque inside a police compound in Peshawar rose to
        // 92": the incident named after "toll" may take a dozen words
        for (int k = i + 1; k < Math.min(s.size(), i + 20); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";")) {
                return;
            }
            if (among == null && (x.equals("among") || x.equals("for")) && k == i + 1) {
                int h = Parties.nextHead(s, k + 1, 5); // "the toll among government troops rose to 120"
                if (h > 0) {
                    among = Parties.at(s, h);
                    k = h;
                    continue;
                }
            }
            if (x.equals("to") || x.equals("reached") || x.equals("at") || x.equals("hit") || x.equals("of")
                    || x.equals("is") || x.equals("was") || x.equals("stood") || x.equals("climbed")
                    || x.equals("between") || RISE_PAST.contains(x) && RISE.contains(s.lc(k - 1))) {
                // "put the toll between 120 and 165" (the range itself), "rose above 900" (more than)
                Amount a = Numbers.parse(s, x.equals("between") ? k : k + 1);
                if (a != null && a.hasCount() && RISE_PAST.contains(x) && a.qualifier() == Qualifier.EXACT) {
                    a = new Amount(a.count(), a.high(), Qualifier.AT_LEAST, a.vague(), a.start(), a.end());
                }
                if (a != null && a.hasCount()) {
                    Party p = new Party(null, Roles.CVL, false, null, a, a.start(), -1, a.end(), null);
                    for (int m = i - 1; m >= 0 && i - m <= 3; m--) {
                        if (Parties.DETERMINERS.contains(s.lc(m)) || Lexicon.SPEECH.contains(s.lc(m))
                                || s.lc(m).equals("put") || s.lc(m).equals("puts")) {
                            break; // "officials put the toll at 19": the speakers are not the dead
                        }
                        String role = Roles.modifierRole(s.lc(m));
                        if (role == null && Parties.isHead(s.get(m))) {
                            role = Roles.headRole(s.lc(m));
                        }
                        int[] len = new int[1];
                        Countries.Entry e = Parties.countryAt(s, m, len);
                        if (role != null || e != null) {
                            p = Parties.resolve(s, m, -1, a);
                            p = new Party(e == null ? null : e.iso3(), role == null ? Roles.CVL : role, e != null, null, a,
                                    a.start(), -1, a.end(), null);
                            break;
                        }
                    }
                    Party most = majority(s, a.end());
                    if (most != null && among == null) {
                        p = new Party(most.country() != null ? most.country() : p.country(), most.role(),
                                most.explicit() || p.explicit(), null, a, a.start(), -1, a.end(), null);
                    }
                    if (among != null && among.role() != null) {
                        p = new Party(among.country(), among.role(), among.explicit(), among.sponsor(), a, a.start(), -1,
                                a.end(), null);
                    }
                    Candidate c = new Candidate(EventType.KILLED, s, i, "killed.toll");
                    c.party = p;
                    c.amount(a);
                    c.victim = victimCode(s, p.withRole(p.role()), EventType.KILLED, Roles.CVL, c, null);
                    c.cumulative = !incidentToll(s, i + 1) && !restatedToll(s, i);
                    finish(c);
                    return;
                }
            }
        }
    }

    private static final java.util.Set<String> RISE_PAST = Lexicon.words("RISE_PAST");
    private static final java.util.Set<String> MAJORITY_NOUNS = Lexicon.words("MAJORITY_NOUNS");

    /**
     * Who most of a toll's dead were: "rose to 100, most of them police officers", "... rose to 92. Most of the
     * dead were policemen." (this clause or the next sentence's opening); null when the text does not say.
     */
    private Party majority(Sentence s, int from) {
        for (int k = from; k + 3 < s.size() && k - from <= 6; k++) {
            if ((s.lc(k).equals("most") || s.lc(k).equals("mostly")) && (k == from || s.lc(k - 1).equals(","))) {
                int h = Parties.nextHead(s, k + 1, 4);
                if (h > 0 && (s.lc(k + 1).equals("of") && s.lc(k + 2).equals("them") || s.lc(k).equals("mostly"))) {
                    Party m = Parties.at(s, h);
                    return m.role() == null ? null : m;
                }
            }
        }
        int next = s.index() + 1;
        if (next < ctx.sentences.size()) {
            Sentence t = ctx.sentences.get(next);
            if (t.lc(0).equals("most") && t.lc(1).equals("of") && t.lc(2).equals("the")
                    && MAJORITY_NOUNS.contains(t.lc(3)) && BE.contains(t.lc(4))) {
                int h = Parties.nextHead(t, 5, 4);
                if (h > 0) {
                    Party m = Parties.at(t, h);
                    return m.role() == null ? null : m;
                }
            }
        }
        return null;
    }

    /** "299 civilian deaths", "the death of five Turkish soldiers", "the bodies of 12 people". */
    private void casualtyNoun(Sentence s, int i, EventType type) {
        String w = s.lc(i);
        if (hedged(s, i) || s.lc(i + 1).equals("toll") || s.lc(i - 1).equals("death")) {
            return;
        }
        if (s.lc(i + 1).equals("of")) {
            Party p = partyAfter(s, i + 1);
            if (p != null) {
                emitCasualty(s, i, type, p, "killed.noun-of");
            }
            return;
        }
        if (w.equals("body") || w.equals("death")) {
            return;
        }
        Party p = Parties.at(s, i);
        if (p.amount() == null || !p.amount().hasCount() && p.amount().vague() == null) {
            return;
        }
        if (p.role() == null) {
            p = p.withRole(Roles.CVL);
        }
        emitCasualty(s, i, type, p, type == EventType.KILLED ? "killed.noun" : "wounded.noun");
    }

    private void emitCasualty(Sentence s, int trigger, EventType type, Party p, String rule) {
        if (p.head() < 0 || p.amount() == null) {
            emitOne(s, trigger, type, p, rule);
            return;
        }
        // "three soldiers and two civilians were killed", "killing 47 soldiers and 84 mercenaries": each
        // counted conjunct of a subject or object list is its own figure; a qualifier in front scopes over all
        java.util.ArrayDeque<Party> list = new java.util.ArrayDeque<>();
        list.add(p);
        for (Party q = conjunctBefore(s, p); q != null && list.size() < 8; q = conjunctBefore(s, q)) {
            list.addFirst(q);
        }
        for (Party q = conjunctAfter(s, p); q != null && list.size() < 8; q = conjunctAfter(s, q)) {
            list.addLast(q);
        }
        Qualifier scope = list.getFirst().amount().qualifier();
        int item = 0;
        for (Party q : list) {
            item = list.size() > 1 ? item + 1 : 0;
            Amount a = q.amount();
            if (q != list.getFirst() && a.hasCount() && a.qualifier() == Qualifier.EXACT && scope != null
                    && scope != Qualifier.EXACT && !Parties.SINGULAR_DETERMINERS.contains(s.lc(a.start()))) {
                q = q.withAmount(new Amount(a.count(), a.high(), scope, a.vague(), a.start(), a.end()));
            }
            emitOne(s, trigger, type, q, rule, item);
        }
    }

    /** The counted party listed right after p: "... and two civilians", ", 12 soldiers". */
    static Party conjunctAfter(Sentence s, Party p) {
        int j = p.end();
        String x = s.lc(j);
        if (!(x.equals("and") || x.equals(",") && !s.lc(j + 1).equals("including"))) {
            return null;
        }
        Amount a = Numbers.parse(s, j + 1);
        int from = a != null && a.hasCount() ? a.end() : j + 2; // "and her son": one person, counted by Parties.at
        if (s.lc(from).equals("other") || s.lc(from).equals("more")) {
            from++; // "and 2 other people"
        }
        if ((a == null || !a.hasCount()) && !(x.equals("and") && Parties.SINGULAR_DETERMINERS.contains(s.lc(j + 1)))) {
            return null;
        }
        int h = Parties.nextHead(s, from, 5);
        if (h < 0 && (a == null || !a.hasCount())) {
            return onePersonAfter(s, j + 1); // "a Fatah security officer and his bodyguard"
        }
        if (h < 0 || Roles.NEUTRAL_HEADS.contains(s.lc(h)) && !s.lc(h + 1).equals("of")) {
            return null;
        }
        Party q = Parties.at(s, h);
        if (q.amount() == null || q.amount().start() != j + 1 || q.role() == null && q.country() == null) {
            return null;
        }
        return q;
    }

    /** The counted party listed right before p: "three soldiers and ..." when p is the later item. */
    static Party conjunctBefore(Sentence s, Party p) {
        int j = p.start() - 1;
        if (!s.lc(j).equals("and") || j < 1 || !Parties.isHead(s.get(j - 1))) {
            return null;
        }
        Party q = Parties.at(s, j - 1);
        if (q.amount() == null || !q.amount().hasCount() || q.role() == null && q.country() == null) {
            return null;
        }
        return q;
    }

    private void emitOne(Sentence s, int trigger, EventType type, Party p, String rule) {
        emitOne(s, trigger, type, p, rule, 0);
    }

    /** {@code item}: the party's place in a list of victims of one trigger (1, 2, ...), 0 when it stands alone. */
    private void emitOne(Sentence s, int trigger, EventType type, Party p, String rule, int item) {
        if (p.head() < 0 && p.amount() != null && !p.amount().hasCount() && s.lc(p.start() - 1).equals("and")) {
            Candidate prev = lastEvent(s, null, true);
            if (prev != null && prev.sentence == s && prev.type != type) {
                // "a soldier was killed and several were injured": more of the same side
                p = new Party(null, null, false, null, p.amount(), p.start(), p.start(), p.end(), "others");
            }
        }
        if (p.head() < 0 && (p.amount() == null || !p.amount().hasCount())) {
            return; // "Dozens reported dead": no party, no figure
        }
        if (p.head() < 0 && p.amount().qualifier() == Qualifier.EXACT && s.lc(p.start() - 1).equals("and")) {
            Candidate prev = lastEvent(s, null, true);
            if (prev != null && prev.sentence == s && prev.type != type && prev.qualifier != null
                    && prev.qualifier != Qualifier.EXACT) {
                // "at least 15 civilians were killed and 30 wounded": the qualifier scopes over both figures
                Amount a = p.amount();
                p = p.withAmount(new Amount(a.count(), a.high(), prev.qualifier, a.vague(), a.start(), a.end()));
            }
        }
        Candidate c = new Candidate(type, s, trigger, rule);
        c.party = p;
        c.listItem = item;
        c.amount(p.amount());
        boolean passive = rule.endsWith("passive") || rule.equals("killed.lost-lives")
                || Lexicon.KILL_INTRANSITIVE.contains(s.lc(trigger));
        int verb = trigger;
        if (passive && p.start() > 0 && LEAVE.contains(s.lc(p.start() - 1))) {
            passive = false; // "airstrikes ... left 12 dead": the subject of "left" did it
            verb = p.start() - 1;
        }
        Party agent = agentParty(s, verb, p, passive);
        c.victim = victimCode(s, p, type, Roles.CVL, c, agent);
        if (c.victim == null) {
            return;
        }
        c.actor = agent == null ? null : code(s, agent, Roles.MIL, true);
        if (agent != null && agent.country() == null && agent.head() >= 0 && c.actor != null && c.victim != null
                && (Roles.WEAPONS.contains(s.lc(agent.head())) || PROJECTILES.contains(s.lc(agent.head())))
                && c.actor.length() == 6 && c.victim.regionMatches(0, c.actor, 0, 3) && !roleModified(s, agent)) {
            c.actor = null; // "a civilian was killed by shelling": whose, the text does not say; not the victim's side
        }
        if (c.actor != null && (c.actor.equals(c.victim) || c.actor.endsWith(Roles.CVL) || c.actor.endsWith(Roles.REF))
                && !friendlyFire(s)) {
            c.actor = null; // a party does not kill its own, unless the text says so
        }
        finish(c);
    }

    /** "a military airstrike", "regime shelling": a weapon phrase whose modifier names the state's forces. */
    private static boolean roleModified(Sentence s, Party p) {
        for (int k = Math.max(0, p.start()); k < p.head(); k++) {
            if (Roles.modifierRole(s.lc(k)) != null) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- party search

    /** The phrase that ends right before the trigger, over auxiliaries and an apposition. */
    static Party partyBefore(Sentence s, int trigger) {
        int e = trigger - 1;
        while (e >= 0 && (Lexicon.AUX.contains(s.lc(e)) || s.lc(e).equals("reportedly") || MANNER.contains(s.lc(e))
                || isQuote(s.lc(e))
                && e >= trigger - 2 || s.lc(e).equals("and")
                && e == trigger - 1)) {
            e--;
        }
        e = skipApposition(s, e);
        if (e < 0) {
            return null;
        }
        Token t = s.get(e);
        if (t.lc().equals("them") && s.lc(e - 1).equals("of")) {
            Amount part = Parties.amountEndingAt(s, e); // the figure's "of" included
            if (part == null) {
                part = Parties.amountEndingAt(s, e - 1);
            }
            if (part != null && part.hasCount()) {
                return new Party(null, null, false, null, part, part.start(), e, e + 1, "them"); // "Two of them died"
            }
        }
        if (!Parties.isHead(t) && Parties.amountEndingAt(s, e + 1) == null) {
            // "51 Syrian soldiers in northwestern Syria were killed": step over a place phrase
            for (int k = e - 1; k > 0 && e - k <= 4; k--) {
                String x = s.lc(k);
                if ((x.equals("in") || x.equals("near") || x.equals("at") || x.equals("from")) && Parties.isHead(s.get(k - 1))) {
                    e = k - 1;
                    t = s.get(e);
                    break;
                }
                if (x.equals(",") || x.equals(";") || Parties.STOP.contains(x) && !x.equals("of")) {
                    break;
                }
            }
        }
        if (Parties.isHead(t)) {
            Party p = Parties.at(s, e);
            if (p.amount() == null && s.lc(p.start() - 1).equals("and") && p.start() >= 2
                    && Parties.isHead(s.get(p.start() - 2))) {
                // "14 soldiers and police officers were killed": the nouns share the figure
                Party q = Parties.at(s, p.start() - 2);
                if (q.amount() != null && q.amount().hasCount() && q.role() != null) {
                    return q;
                }
            }
            if (p.amount() == null) {
                // "13 Turkish soldiers stationed there to support rebels were killed": the figure names the victims
                for (int k = p.start() - 1; k >= 0 && e - k <= 9; k--) {
                    String x = s.lc(k);
                    if (x.equals(",") || x.equals(".") || x.equals(";") || x.equals("and") || Lexicon.SPEECH.contains(x)) {
                        break;
                    }
                    if (Parties.isHead(s.get(k)) && !Roles.NEUTRAL_HEADS.contains(x)) {
                        Party q = Parties.at(s, k);
                        if (q.amount() != null && q.amount().hasCount()) {
                            return q;
                        }
                    }
                }
            }
            return p;
        }
        Amount a = Parties.amountEndingAt(s, e + 1);
        if (a != null) {
            return new Party(null, null, false, null, a, a.start(), -1, e + 1, null);
        }
        String w = t.lc();
        if (w.equals("they") || w.equals("them")) {
            return new Party(null, null, false, null, null, e, e, e + 1, w);
        }
        Amount one = new Amount(1L, null, Qualifier.EXACT, null, e, e + 1);
        if ((w.equals("he") || w.equals("she")) && (e == 0 || !s.get(e - 1).isWord() || s.lc(e - 1).equals("that"))) {
            return new Party(null, null, false, null, one, e, e, e + 1, w); // "he later died of his wounds"
        }
        // "one of his escorts was killed": one of a group
        for (int k = e - 1; k >= 0 && e - k <= 5; k--) {
            if (s.lc(k).equals("of") && s.lc(k - 1).equals("one")) {
                Party group = Parties.isHead(t) ? Parties.at(s, e) : null;
                return new Party(group == null ? null : group.country(), group == null ? null : group.role(), false, null,
                        new Amount(1L, null, Qualifier.EXACT, null, k - 1, k), k - 1, e, e + 1, null);
            }
            if (!s.get(k).isWord() || Parties.STOP.contains(s.lc(k)) && !s.lc(k).equals("of")) {
                break;
            }
        }
        // "a tractor driver was killed", "a local radio host was shot dead": one person our role words do not know
        for (int k = e - 1; k >= 0 && e - k <= 4; k--) {
            if (Parties.SINGULAR_DETERMINERS.contains(s.lc(k))) {
                Party someone = onePersonAfter(s, k);
                return someone != null && someone.end() == e + 1 ? someone : null;
            }
            if (!s.get(k).isWord() || Parties.STOP.contains(s.lc(k))) {
                break;
            }
        }
        return null;
    }

    private static final java.util.Set<String> MANNER = Lexicon.words("MANNER");

    /** ", including three children," / "– mostly women and children –" / "(...)" before position e. */
    static int skipApposition(Sentence s, int e) {
        if (e < 0) {
            return e;
        }
        String w = s.lc(e);
        if (s.get(e).isNumber() && s.lc(e - 1).equals("aged")) {
            return e - 2; // "two men aged 30 were shot dead": an age after the phrase
        }
        if (w.equals(",") || w.equals("\u2013") || w.equals("\u2014") || w.equals("-") || w.equals(")")) {
            for (int k = e - 1; k >= 0 && e - k <= 16; k--) {
                String x = s.lc(k);
                if (x.equals(",") || x.equals("\u2013") || x.equals("\u2014") || x.equals("-") || x.equals("(")) {
                    String first = s.lc(k + 1);
                    if (x.equals("(") || first.equals("including") || first.equals("mostly") || first.equals("among")
                            || first.equals("most") || first.equals("mainly") || first.equals("many")
                            || first.equals("all") || first.equals("half") || first.equals("some")) {
                        return k - 1;
                    }
                    if (x.equals(",") && w.equals(",")) {
                        continue; // ", including tanks, rocket launchers and armored vehicles,": a list inside
                    }
                    return e;
                }
            }
        }
        return e;
    }

    /** The phrase right after the trigger: "killed 13 Turkish soldiers", "killing nine civilians", "killed its soldiers". */
    static Party partyAfter(Sentence s, int trigger) {
        int p = trigger + 1;
        while (isQuote(s.lc(p))) {
            p++; // had "neutralised" 59 terrorists
        }
        if (s.lc(p).equals("and") && Lexicon.KILL_VERBS.contains(s.lc(p + 1))) {
            p += 2; // shot and killed
        } else if (s.lc(p).equals("and") && (s.lc(p + 1).equals("set") || s.lc(p + 1).equals("opened"))
                && s.lc(p + 2).equals("fire") && (s.lc(p + 3).equals("to") || s.lc(p + 3).equals("on"))) {
            p += 4; // "lynched and set fire to 13 suspected gang members"
        }
        if (s.lc(p).equals("the") && s.lc(p + 1).equals("lives") && s.lc(p + 2).equals("of")) {
            p += 3;
        }
        if (s.lc(p).equals("another") && !Parties.isHead(s.get(Math.min(s.size() - 1, p + 1)))
                && Numbers.parse(s, p + 1) == null && !Lexicon.EQUIPMENT.containsKey(s.lc(p + 1))) {
            return new Party(null, null, false, null, null, p, p, p + 1, "others"); // "killing two and wounding another"
        }
        Amount a = Numbers.parse(s, p);
        if (a == null && Parties.DETERMINERS.contains(s.lc(p)) && !s.lc(p).equals("those")) {
            p++;
            a = Numbers.parse(s, p);
        }
        int from = a != null ? a.end() : p;
        int h = Parties.nextHead(s, from, 7);
        if (h >= 0) {
            Party x = Parties.at(s, h);
            if (x.amount() == null && a != null) {
                x = x.withAmount(a);
            }
            return x;
        }
        if (a != null && a.hasCount() && from < s.size() && !Lexicon.EQUIPMENT.containsKey(s.lc(from))
                && !Lexicon.TERRITORY.contains(s.lc(from))) {
            return new Party(null, null, false, null, a, a.start(), -1, a.end(), null);
        }
        return null;
    }

    private static final java.util.Set<String> PREPOSITIONS = Lexicon.words("PREPOSITIONS");
    private static final java.util.Set<String> LEAVE = Lexicon.words("LEAVE");
    private static final java.util.Set<String> SUBORDINATORS = Lexicon.words("SUBORDINATORS");

    private static boolean friendlyFire(Sentence s) {
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.lc(k).equals("friendly") && s.lc(k + 1).equals("fire")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who did it: "killed by X", "were killed when X overran ...", or for an active verb the subject of its
     * clause ("gunmen shot and killed", "X shelled the town, killing 9"), never a phrase governed by a
     * preposition or a verb ("backed by US airstrikes", "killing two soldiers") nor the victim itself.
     */
    Party agentParty(Sentence s, int trigger, Party victim, boolean passive) {
        List<Party> ms = ctx.mentions.get(s.index());
        for (int k = trigger + 1; k < Math.min(s.size(), trigger + 8); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";")) {
                break;
            }
            if (x.equals("by")) {
                for (Party m : ms) {
                    if (m.start() > k && m.start() <= k + 5 && !overlaps(m, victim) && canAct(m)) {
                        return m;
                    }
                }
                break;
            }
        }
        if (passive) {
            for (int k = trigger + 1; k < Math.min(s.size(), trigger + 14); k++) {
                String x = s.lc(k);
                if (x.equals(".") || x.equals(";")) {
                    break;
                }
                if (SUBORDINATORS.contains(x)) {
                    for (Party m : ms) {
                        if (m.start() > k && m.start() <= k + 4 && canAct(m) && !overlaps(m, victim)
                                && subjectPosition(s, m)) {
                            return m;
                        }
                    }
                    break;
                }
            }
            return null;
        }
        Party best = null;
        for (int j = ms.size() - 1; j >= 0; j--) {
            Party m = ms.get(j);
            if (m.end() > trigger || overlaps(m, victim)) {
                continue;
            }
            if (clauseBreak(s, m.end(), trigger)) {
                break;
            }
            if (canAct(m) && subjectPosition(s, m)) {
                best = m;
                // "Malian soldiers and Wagner fighters executed": the first of a coordinated subject
                while (j > 0 && s.lc(best.start() - 1).equals("and") && ms.get(j - 1).end() == best.start() - 1
                        && canAct(ms.get(j - 1))) {
                    best = ms.get(--j);
                }
                break;
            }
        }
        return best;
    }

    private static boolean overlaps(Party m, Party victim) {
        return victim != null && m.start() < victim.end() && victim.start() < m.end();
    }

    private static boolean canAct(Party m) {
        return m.role() == null || !(m.role().equals(Roles.CVL) || m.role().equals(Roles.REF));
    }

    /** A clause boundary between a phrase and the trigger: ";", ":", or a subordinate "when"/"after". */
    private static boolean clauseBreak(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(":") || SUBORDINATORS.contains(x) && k > from) {
                return true;
            }
        }
        return false;
    }

    /** Not the object of a preposition or a verb: "on a market", "killing two soldiers", "dozens of rockets". */
    static boolean subjectPosition(Sentence s, Party m) {
        int k = m.start() - 1;
        while (k >= 0 && (Parties.DETERMINERS.contains(s.lc(k)) || DIRECTIONS.contains(s.lc(k)))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        String x = s.lc(k);
        if (PREPOSITIONS.contains(x)) {
            return false;
        }
        return !(Parties.isVerbLike(x) && !Lexicon.SPEECH.contains(x) && !x.equals("killed") && !s.get(k).capitalised());
    }

    private static final java.util.Set<String> DIRECTIONS = Lexicon.words("DIRECTIONS");

    // ---------------------------------------------------------------- codes and context

    /** The code of a victim phrase, filling a missing country from the discourse. */
    private String victimCode(Sentence s, Party p, EventType type, String defaultRole, Candidate c, Party agent) {
        if (p.anaphor() != null && p.country() == null && (p.anaphor().equals("others") || p.anaphor().equals("they")
                || p.anaphor().equals("them") || p.anaphor().equals("those") && type != EventType.DISPLACEMENT)) {
            Candidate prev = lastEvent(s, type == EventType.DISPLACEMENT ? EventType.DISPLACEMENT : null, true);
            if (prev != null && prev.victim != null) {
                c.inferred = prev.inferred;
                return prev.victim;
            }
            if (prev == null && p.amount() != null && s.index() > 0 && p.anaphor().equals("them")) {
                // "kidnapped 6 chiefs. Two of them were found dead": the last people the text spoke of
                List<Party> ms = ctx.mentions.get(s.index() - 1);
                for (int k = ms.size() - 1; k >= 0; k--) {
                    Party m = ms.get(k);
                    if (m.role() != null && !m.role().equals(Roles.GOV) && m.head() >= 0 && !subjectPosition(
                            ctx.sentences.get(s.index() - 1), m)) {
                        p = new Party(m.country(), m.role(), m.explicit(), null, p.amount(), p.start(), p.head(),
                                p.end(), null);
                        break;
                    }
                }
            }
        }
        String role = p.role();
        String country = p.country();
        if (p.head() < 0 && role == null && p.start() >= 2 && s.lc(p.start() - 1).equals("and")
                && (s.lc(p.start() - 2).equals("dead") || s.lc(p.start() - 2).equals("killed"))) {
            // "left 1 Israeli soldier dead and 3 wounded": the bare figure counts the same party
            for (int k = ctx.events.size() - 1; k >= 0 && ctx.events.get(k).sentence == s; k--) {
                Candidate prev = ctx.events.get(k);
                if (prev.type == EventType.KILLED && prev.victim != null) {
                    c.inferred = prev.inferred;
                    return prev.victim;
                }
            }
        }
        if (p.head() < 0 && role == null) {
            // a bare figure ("five killed on Monday"): the nearest party named before it in the sentence
            Party near = null;
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.end() <= p.start() && m.role() != null && !m.role().equals(Roles.GOV) && m != agent
                        && !s.lc(m.start() - 1).equals("including") // a sub-count ("including a child") names no others
                        && !(agent != null && m.start() < agent.end() && m.end() > agent.start())) {
                    near = m;
                }
            }
            if (near != null) {
                role = near.role();
                if (Roles.CVL.equals(role) && near.head() > 0 && s.lc(near.head() - 1).equals("displaced")) {
                    role = Roles.REF; // "killing 6 displaced people ... and injuring around 20"
                }
                country = near.country();
                c.inferred = !near.explicit();
            } else {
                role = defaultRole;
            }
        }
        if (role == null) {
            role = defaultRole;
        }
        if (Roles.CVL.equals(role) && (type == EventType.KILLED || type == EventType.WOUNDED)
                && (p.head() > 0 && s.lc(p.head() - 1).equals("displaced")
                || p.head() < 0 && s.lc(p.end()).equals("displaced") && p.end() + 1 < s.size()
                && Parties.isHead(s.get(p.end() + 1)))) {
            role = Roles.REF; // "killing 8 displaced persons": people already uprooted, as the displaced they are
        }
        if (Roles.UNO.equals(role)) {
            return Roles.UNO;
        }
        if (country == null) {
            country = possessorCountry(s, p);
        }
        if (country == null && Roles.MIL.equals(role)) {
            country = reportingState(s, p);
        }
        if (country == null) {
            c.inferred = true;
            country = namesOwnSide(s, p) ? ctx.conflictCountry : contextCountry(s, role, p.start());
        }
        return country == null ? role : country + role;
    }

    /**
     * "The Armenian MoD reported 47 servicemen killed", "Israel's military said 3 soldiers were killed": a state
     * that reports troops lost, naming no other side, reports its own; null otherwise.
     */
    private String reportingState(Sentence s, Party p) {
        int k = p.start() - 1;
        if (k >= 0 && s.lc(k).equals("that")) {
            k--;
        }
        if (k < 1 || !(s.lc(k).equals("reported") || s.lc(k).equals("said") || s.lc(k).equals("confirmed")
                || s.lc(k).equals("announced"))) {
            return null;
        }
        Party speaker = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() == k) {
                speaker = m;
            }
        }
        if (speaker == null || speaker.country() == null || !(speaker.role() == null || Roles.GOV.equals(speaker.role())
                || Roles.MIL.equals(speaker.role()))) {
            return null;
        }
        int clauseEnd = p.end();
        while (clauseEnd < s.size() && !s.lc(clauseEnd).equals(";")) {
            clauseEnd++;
        }
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= p.end() && m.start() < clauseEnd && m.country() != null
                    && !m.country().equals(speaker.country())
                    && !s.lc(m.start() - 1).equals("in")) {
                return null; // "... said 20 soldiers were killed by Azerbaijani shelling": the text names another side
            }
        }
        return speaker.country();
    }

    /** "Armenia said 49 of its soldiers": the country of the nearest party before the possessive. */
    private String possessorCountry(Sentence s, Party p) {
        int pos = -1;
        for (int k = Math.max(0, p.start()); k < Math.min(s.size(), p.end()); k++) {
            if (Parties.POSSESSIVES.contains(s.lc(k))) {
                pos = k;
                break;
            }
        }
        if (pos < 0) {
            return null;
        }
        String country = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= pos && m.country() != null && canAct(m)) {
                country = m.country();
            }
        }
        return country;
    }

    /** "government forces", "regime elements", "the army": the conflict country's own state, whoever was named last. */
    static boolean namesOwnSide(Sentence s, Party p) {
        for (int k = Math.max(0, p.start()); k < Math.min(s.size(), p.end()); k++) {
            String x = s.lc(k);
            if (x.equals("regime") || x.equals("government") || x.equals("army") || x.equals("state")) {
                return true;
            }
        }
        return false;
    }

    /** Country for a role named without one: a recent mention of that role with a country, else the conflict's. */
    String contextCountry(Sentence s, String role, int before) {
        if ((s.lc(before).equals("its") || s.lc(before).equals("his") || s.lc(before).equals("their"))
                && (role.equals(Roles.MIL) || role.equals(Roles.GOV))) {
            // "Moscow said its forces had retaken two villages": the speaker's own forces
            Party sp = speaker(s);
            if (sp != null && sp.country() != null && sp.start() < before) {
                return sp.country();
            }
        }
        if (role.equals(Roles.MIL) || role.equals(Roles.GOV) || role.equals(Roles.COP)) {
            for (int si = s.index(); si >= 0 && s.index() - si <= 2; si--) {
                List<Party> ms = ctx.mentions.get(si);
                for (int k = ms.size() - 1; k >= 0; k--) {
                    Party m = ms.get(k);
                    if (si == s.index() && m.start() >= before) {
                        continue;
                    }
                    if (role.equals(m.role()) && m.explicit() && m.country() != null) {
                        return m.country();
                    }
                }
            }
        }
        return ctx.conflictCountry;
    }

    /** Code of an actor phrase; a bare state takes {@code stateRole}; force acts make GOV a MIL actor. */
    String code(Sentence s, Party p, String stateRole, boolean force) {
        String role = p.role() == null ? stateRole : p.role();
        if (force && Roles.GOV.equals(role)) {
            role = Roles.MIL;
        }
        if (Roles.UNO.equals(role)) {
            return Roles.UNO;
        }
        String country = p.country();
        if (country == null) {
            if (role == null) {
                return null;
            }
            country = contextCountry(s, role, p.start());
        }
        return country == null ? role : country + (role == null ? "" : role);
    }

    private Candidate lastEvent(Sentence s, EventType type, boolean casualty) {
        for (int k = ctx.events.size() - 1; k >= 0; k--) {
            Candidate c = ctx.events.get(k);
            if (s.index() - c.sentence.index() > 2) {
                return null;
            }
            if (type != null && c.type != type) {
                continue;
            }
            if (casualty && !(c.type == EventType.KILLED || c.type == EventType.WOUNDED || c.type == type)) {
                continue;
            }
            return c;
        }
        return null;
    }

    // ---------------------------------------------------------------- equipment

    private void equipment(Sentence s, int i) {
        if (hedged(s, i)) {
            return;
        }
        String w = s.lc(i);
        int v = s.lc(i - 1).equals("shot") || s.lc(i - 1).equals("brought") ? i - 2 : i - 1;
        if (s.lc(v).equals("also") || s.lc(v).equals("reportedly")) {
            v--;
        }
        boolean passive = BE.contains(s.lc(v));
        boolean found = false;
        String lastNoun = null;
        if (!passive) {
            // active: "shot down a Syrian military helicopter", "destroyed 101 of them"
            for (int k = i + 1; k < Math.min(s.size(), i + 12); k++) {
                String x = s.lc(k);
                Equipment e = equipmentAt(s, k);
                if (e != null && !(w.equals("hit") && (e == Equipment.OTHER))) {
                    boolean emitted = emitEquipment(s, i, k, e, false);
                    found |= emitted;
                    if (emitted) {
                        gappedEquipment(s, i, k, e, ctx.events.get(ctx.events.size() - 1));
                    }
                    continue;
                }
                if (x.equals("them") && s.lc(k - 1).equals("of")) {
                    lastNoun = previousEquipmentNoun(s, i);
                    if (lastNoun != null) {
                        Amount a = Parties.amountEndingAt(s, k);
                        Candidate c = equipmentCandidate(s, i, Lexicon.EQUIPMENT.get(lastNoun), a, null);
                        found = true;
                        finish(c);
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
            if (found || w.equals("hit")) {
                return;
            }
            String o = s.lc(i + 1);
            if (Parties.DETERMINERS.contains(o) || Numbers.parse(s, i + 1) != null || o.equals("another")) {
                return; // "and damaged a sixth": an object that is no equipment noun, not a passive
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
                    || x.equals("number") || BRING_VERBS.contains(x)) {
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
            return prev.equals("mortar") || prev.equals("artillery") || prev.equals("gun") ? Equipment.ARTILLERY : null;
        }
        if (x.equals("carrier") || x.equals("carriers")) {
            return prev.equals("personnel") ? Equipment.APC : null;
        }
        if ((x.equals("vehicle") || x.equals("vehicles")) && (prev.equals("armored") || prev.equals("armoured"))) {
            return Equipment.APC;
        }
        if ((x.equals("planes") || x.equals("plane") || x.equals("jet") || x.equals("jets")) && prev.equals("fighter")) {
            return Equipment.AIRCRAFT;
        }
        if (x.equals("guns") || x.equals("gun") || x.equals("pieces")) {
            // "34 field artillery guns", "40 artillery pieces"; bare "guns" are small arms
            return prev.equals("artillery") || prev.equals("field") || prev.equals("anti-aircraft") ? Equipment.ARTILLERY : null;
        }
        if (x.equals("weapons")) {
            return null;
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
        Party p = Parties.at(s, head);
        if (e == Equipment.VEHICLE && ARSON.contains(s.lc(trigger)) && p.country() == null && !militaryVehicle(s, head)) {
            return false; // "several vehicles were burnt" in a raid on villagers: property, not military equipment
        }
        Amount a = p.amount();
        String owner = null;
        if (p.country() != null) {
            owner = p.country() + Roles.MIL;
        } else {
            owner = listOwner(s, head);
        }
        // "a military helicopter belonging to government forces"
        if (s.lc(head + 1).equals("belonging") && s.lc(head + 2).equals("to")) {
            int h = Parties.nextHead(s, head + 3, 5);
            if (h > 0) {
                owner = code(s, Parties.at(s, h), Roles.MIL, true);
            }
        }
        Candidate c = equipmentCandidate(s, trigger, e, a, owner);
        if (e == Equipment.OTHER && s.lc(head).equals("equipment") && a == null) {
            c.vague = s.lc(head - 1).equals("other") ? "other" : null;
        }
        if ((s.lc(head + 1).equals("launched") || s.lc(head + 1).equals("fired")) && s.lc(head + 2).equals("by")) {
            Party by = stateAfter(s, head + 3); // "five missiles launched by Ukraine"
            if (by != null && by.country() != null) {
                c.victim = by.country() + Roles.MIL;
                c.inferred = false;
            }
        }
        if (!passive) {
            Party ag = agentParty(s, trigger, p, false);
            c.actor = ag == null ? null : code(s, ag, Roles.MIL, true);
            String side = ag != null && ag.country() != null ? c.actor : null;
            if (side == null) {
                // "Ukraine's air force said it had shot down ...": the side speaking destroyed it
                for (Party m : ctx.mentions.get(s.index())) {
                    if (m.end() <= trigger && m.country() != null && canAct(m)) {
                        side = m.country() + (m.role() == null ? Roles.MIL : m.role());
                        break;
                    }
                }
            }
            if (side != null && c.inferred && c.victim != null && side.length() == 6 && c.victim.length() == 6
                    && side.regionMatches(0, c.victim, 0, 3) && (side.endsWith(Roles.MIL) || side.endsWith(Roles.GOV))) {
                // "Russia's defence ministry said it had destroyed 7 tanks": what a side destroys is its enemy's
                String enemy = opponent(side.substring(0, 3));
                if (enemy != null) {
                    c.victim = enemy + rebelsOnly(enemy);
                }
            }
            if (c.inferred && c.actor != null && (c.actor.endsWith(Roles.MIL) || c.actor.endsWith(Roles.GOV))
                    && (e == Equipment.DEPOT || e == Equipment.OTHER)) {
                // "troops bombed a camp of the ELN, destroying 4 bunkers": the fixed works of the armed group
                // the state struck
                for (Party m : ctx.mentions.get(s.index())) {
                    if (m != ag && Roles.REB.equals(m.role()) && m.end() <= trigger) {
                        c.victim = code(s, m, Roles.REB, false);
                        break;
                    }
                }
            }
            if (c.actor != null && c.actor.equals(c.victim)) {
                c.actor = null;
            }
        }
        return finish(c);
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

    /**
     * "the Ukrainian armed forces lost up to 1,480 servicemen ..., as well as 4 tanks, 12 armored fighting
     * vehicles and 34 field artillery guns": equipment a side lost is that side's.
     */
    private void equipmentLost(Sentence s, int i) {
        if (hedged(s, i)) {
            return;
        }
        Party subj = subjectBefore(s, i);
        if (subj == null || subj.country() == null) {
            return;
        }
        String owner = subj.country() + Roles.MIL;
        // "Russia had lost 1,200 troops over the past day", "the armed forces lost up to 1,480 servicemen"
        Amount personnel = Numbers.parse(s, i + 1);
        if (personnel != null && personnel.hasCount()) {
            int h = Parties.nextHead(s, personnel.end(), 3);
            if (h > 0 && Lexicon.EQUIPMENT.containsKey(s.lc(h))) {
                h = -1; // "lost 3 T-72 tanks": machines, not men
            }
            if (h > 0 && Lexicon.TROOPS.contains(s.lc(h)) || h > 0 && (s.lc(h).equals("servicemen")
                    || s.lc(h).equals("fighters") || s.lc(h).equals("men"))) {
                Party dead = Parties.at(s, h);
                String role = dead.role() != null && (dead.role().equals(Roles.MIL) || dead.role().equals(Roles.REB))
                        ? dead.role() : Roles.MIL;
                Party victims = new Party(subj.country(), role, true, null, personnel, personnel.start(), h, h + 1, null);
                emitOne(s, i, EventType.KILLED, victims, "killed.lost");
            }
        }
        for (int k = i + 1; k < Math.min(s.size(), i + 40); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";") || Lexicon.SPEECH.contains(x)) {
                break;
            }
            Equipment e = equipmentAt(s, k);
            if (e != null && e != Equipment.OTHER) {
                Amount a = Parties.at(s, k).amount();
                finish(equipmentCandidate(s, i, e, a, owner));
            }
        }
    }

    /** The country the text points to most after {@code side}: the other side of a two-state story. */
    private String opponent(String side) {
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

    private Candidate equipmentCandidate(Sentence s, int trigger, Equipment e, Amount a, String owner) {
        Candidate c = new Candidate(EventType.EQUIPMENT_LOSS, s, trigger, "equipment");
        c.equipment = e;
        c.amount(a);
        if (owner == null) {
            String country = ctx.conflictCountry; // what is destroyed is the other side's, not the last party named
            owner = country == null ? Roles.MIL : country + Roles.MIL;
            c.inferred = true;
        }
        c.victim = owner;
        return c;
    }

    // ---------------------------------------------------------------- displacement

    private void displacement(Sentence s, int i) {
        String w = s.lc(i);
        Party prompted = promptedToFlee(s, i);
        if (hedged(s, i) || prompted == null && s.lc(i - 1).equals("to") && !Lexicon.DISPLACE_FORCE.contains(s.lc(i - 2))
                && !s.lc(i - 2).equals("forced")) {
            return;
        }
        Party p = null;
        if (prompted != null) {
            p = prompted; // "prompting hundreds to flee toward the border"
        } else if (Lexicon.DISPLACE_FORCE.contains(w)) {
            // "has driven almost 700,000 people from their homes", "forced more than 43,000 toward the border"
            if (!displacementSense(s, i) || w.equals("forces") && (i == 0 || Roles.modifierRole(s.lc(i - 1)) != null
                    || Countries.lookup(s.lc(i - 1)) != null || Parties.DETERMINERS.contains(s.lc(i - 1))
                    || s.get(i - 1).capitalised() || Parties.isHead(s.get(i - 1)))) {
                return; // "regime security forces executed a young man": the noun, not the verb
            }
            p = partyAfter(s, i);
            if (p == null) {
                p = partyBefore(s, i);
            }
        } else if (w.equals("displaced") && (s.lc(i - 1).equals("has") || s.lc(i - 1).equals("have")
                || s.lc(i - 1).equals("had")) && partyAfter(s, i) != null) {
            p = partyAfter(s, i); // "fighting has displaced more than 400,000 people"
        } else if (w.equals("displaced") && i + 1 < s.size() && Parties.isHead(s.get(i + 1))) {
            if (harmedObject(s, i)) {
                return; // "killing 6 displaced people": the displaced are the victims, their flight is not news
            }
            p = Parties.at(s, i + 1); // "displaced Syrians" are refugees; "displaced people" civilians
            if (Countries.lookup(s.lc(i + 1)) != null || Roles.REF.equals(p.role()) || s.lc(i - 1).equals("internally")
                    || s.lc(i + 1).equals("persons")) {
                p = p.withRole(Roles.REF); // "internally displaced persons": the noun for the displaced
            }
            if (p.amount() == null) {
                Amount before = Parties.amountEndingAt(s, DISPLACED_ADVERBS.contains(s.lc(i - 1)) ? i - 1 : i);
                if (before != null) {
                    p = p.withAmount(before);
                }
            }
            if (p.amount() == null && numberOf(s, i)) {
                // "bringing the total number of internally displaced persons to over 200,000", "the number of
                // displaced people rose to 1.2 million"
                for (int k = i + 2; k < Math.min(s.size(), i + 10); k++) {
                    String x = s.lc(k);
                    if (x.equals(",") || x.equals(";") || x.equals(".")) {
                        break;
                    }
                    if (x.equals("to") || x.equals("at") || x.equals("reached") || x.equals("stands")) {
                        Amount a = Numbers.parse(s, k + 1);
                        if (a != null && a.hasCount()) {
                            p = p.withAmount(a);
                        }
                        break;
                    }
                }
            }
        } else if ((w.equals("displaced") || w.equals("uprooted") || w.equals("expelled")) && !beBefore(s, i)
                && Numbers.parse(s, i + 1) != null && partyAfter(s, i) != null) {
            p = partyAfter(s, i); // "... killed 36 people and displaced more than 4,000", "uprooted 8.6 million"
        } else {
            int j = i;
            while (j > 0 && DISPLACED_ADVERBS.contains(s.lc(j - 1))) {
                j--; // "are internally displaced", "remain displaced", "estimated to be newly displaced"
            }
            if (s.lc(j - 1).equals("be") && s.lc(j - 2).equals("to") && (s.lc(j - 3).equals("estimated")
                    || s.lc(j - 3).equals("believed") || s.lc(j - 3).equals("thought"))) {
                j -= 3;
                while (j > 0 && BE.contains(s.lc(j - 1))) {
                    j--;
                }
            }
            p = partyBefore(s, j);
            if (p != null && p.head() < 0 && p.role() == null && p.end() == i && PREPOSITIONS.contains(s.lc(p.start() - 1))) {
                p = p.withRole(Roles.REF); // "shelters for 26,000 displaced": the displaced as a noun
            }
        }
        if (p == null || p.head() < 0 && p.amount() == null) {
            return;
        }
        if (Roles.MIL.equals(p.role()) || Roles.GOV.equals(p.role()) || Roles.REB.equals(p.role())) {
            return; // "soldiers and officials had fled the city": a retreat, not a displacement of people
        }
        if (returning(s, i)) {
            return; // "displaced families have been returning to Kidal": the end of a displacement
        }
        if (p.head() < 0 && p.role() == null && s.lc(i - 1).equals("internally")) {
            p = p.withRole(Roles.REF); // "6.5 million are internally displaced"
        }
        Candidate c = new Candidate(EventType.DISPLACEMENT, s, i, "displacement");
        c.party = p;
        c.amount(p.amount());
        String role = p.role();
        if (role == null || !role.equals(Roles.REF)) {
            p = p.withRole(Roles.CVL);
        }
        c.victim = victimCode(s, p, EventType.DISPLACEMENT, Roles.CVL, c, null);
        if (c.victim == null) {
            return;
        }
        finish(c);
    }

    /** "killing 6 displaced people", "wounding displaced persons": the displaced as the object of harm. */
    private static boolean harmedObject(Sentence s, int i) {
        int k = i - 1;
        if (s.lc(k).equals("internally")) {
            k--;
        }
        Amount a = Parties.amountEndingAt(s, k + 1);
        if (a != null) {
            k = a.start() - 1;
        }
        while (k >= 0 && (s.lc(k).equals("the") || s.lc(k).equals("at") || s.lc(k).equals("least"))) {
            k--;
        }
        String v = s.lc(k);
        return Lexicon.KILL_VERBS.contains(v) || Lexicon.WOUND_VERBS.contains(v);
    }

    private static final java.util.Set<String> RETURN_VERBS = Lexicon.words("RETURN_VERBS");

    /** "displaced families returned home", "the displaced have been returning": a return, not a flight. */
    private static boolean returning(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
            String x = s.lc(k);
            if (RETURN_VERBS.contains(x) && !(x.equals("went") && !s.lc(k + 1).equals("back"))) {
                return true;
            }
            if (x.equals(",") || x.equals(".") || x.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> OVER = Lexicon.words("OVER");

    /**
     * "shot down 57 drones over Krasnodar krai and 3 over Belgorod oblast": a second figure whose noun the text
     * leaves out, with a place of its own, is a second loss of the same kind by the same hands.
     */
    private void gappedEquipment(Sentence s, int trigger, int head, Equipment e, Candidate first) {
        if (first.type != EventType.EQUIPMENT_LOSS || first.count == null) {
            return;
        }
        for (int j = head + 1; j < s.size() && j - head <= 10; j++) {
            String x = s.lc(j);
            if (x.equals("and") || x.equals(",")) {
                Amount a = Numbers.parse(s, j + 1);
                if (a != null && a.hasCount() && OVER.contains(s.lc(a.end())) && a.end() + 1 < s.size()
                        && Places.capitalisedName(s.get(a.end() + 1))) {
                    Candidate c = equipmentCandidate(s, trigger, e, a, first.victim);
                    c.actor = first.actor;
                    c.inferred = first.inferred;
                    for (Places.Mention p : ctx.places.get(s.index())) {
                        if (p.index() == a.end() + 1) {
                            c.location = p.name(); // its own place
                            c.locationStated = true;
                        }
                    }
                    finish(c);
                    return;
                }
            }
            if (x.equals(".") || x.equals(";")) {
                return;
            }
        }
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

    /** "the convoy's pick-up truck", "two army vehicles", "armoured vehicles", "a military truck". */
    private static boolean militaryVehicle(Sentence s, int head) {
        for (int k = head - 1; k >= 0 && head - k <= 4; k--) {
            String x = s.lc(k);
            if (MILITARY_VEHICLES.contains(x) || x.equals("military") || x.equals("army") || x.equals("police")
                    || x.equals("gun") || x.equals("patrol") || x.equals("convoy's") || Roles.MODIFIERS.containsKey(x)
                    && !Roles.CVL.equals(Roles.modifierRole(x))) {
                return true;
            }
            if (x.equals("'s") && MILITARY_VEHICLES.contains(s.lc(k - 1))) {
                return true;
            }
            if (x.equals(",") || x.equals(".") || Lexicon.EQUIPMENT.containsKey(x) && k != head) {
                break;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PROMPT = Lexicon.words("PROMPT");

    /** "prompting hundreds to flee", "caused 5,000 people to flee": those the event set in flight. */
    private static Party promptedToFlee(Sentence s, int i) {
        if (!s.lc(i).equals("flee") || !s.lc(i - 1).equals("to")) {
            return null;
        }
        for (int k = i - 2; k >= 0 && i - k <= 7; k--) {
            if (PROMPT.contains(s.lc(k))) {
                Party q = partyAfter(s, k);
                Amount vague = Numbers.parse(s, k + 1);
                if (q == null && vague != null && vague.end() == i - 1) {
                    q = new Party(null, null, false, null, vague, vague.start(), -1, vague.end(), null); // "hundreds"
                }
                return q != null && q.end() <= i - 1 && !hedged(s, k) ? q : null;
            }
            if (s.lc(k).equals(",") || s.lc(k).equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** "the (total) number of (internally) displaced ...": a count named before the displaced. */
    private static boolean numberOf(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (s.lc(k).equals("number") && s.lc(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DISPLACED_ADVERBS = Lexicon.words("DISPLACED_ADVERBS");
    private static final java.util.Set<String> HOMES = Lexicon.words("HOMES");

    /**
     * Movement that is flight when civilians or refugees do it: "80,000 people have left Rafah", "50 families
     * have abandoned the village", "1,000 Colombians crossed the border", "1,300 arrived by boat in Pemba",
     * "4,500 new refugee arrivals".
     */
    private void displacementMove(Sentence s, int i) {
        String w = s.lc(i);
        if (hedged(s, i) || purpose(s, i)) {
            return;
        }
        for (int k = Math.max(0, i - 10); k < i; k++) {
            String x = s.lc(k);
            if (x.equals("bodies") || x.equals("body") || x.equals("remains") || x.equals("corpses")) {
                return; // "the bodies of 6 people arrived at the hospital": the dead, not the displaced
            }
        }
        if (w.equals("left") || w.equals("abandoned") || w.equals("deserted")) {
            int k = i + 1;
            if (s.lc(k).equals("their") || s.lc(k).equals("the")) {
                k++;
            }
            if (!(HOMES.contains(s.lc(k)) || Places.capitalisedName(s.get(k)) && !Parties.isHead(s.get(k))
                    || s.lc(k).equals("nearby") && HOMES.contains(s.lc(k + 1)))) {
                return;
            }
        } else if (w.equals("crossed") || w.equals("crossing")) {
            if (!(s.lc(i + 1).equals("the") && s.lc(i + 2).equals("border") || s.lc(i + 1).equals("into"))) {
                return;
            }
        }
        Party p;
        if (w.equals("arrivals")) {
            p = Parties.at(s, i);
            int k = i - 1;
            if (!s.lc(k).equals("refugee") && !s.lc(k - 1).equals("refugee")) {
                return;
            }
            Amount a = Parties.amountEndingAt(s, k);
            if (a == null) {
                a = Parties.amountEndingAt(s, k - 1);
            }
            if (a == null || !a.hasCount()) {
                return;
            }
            p = new Party(null, Roles.REF, false, null, a, a.start(), i, i + 1, null);
        } else {
            int j = i;
            while (j > 0 && (s.lc(j - 1).equals("have") || s.lc(j - 1).equals("has") || s.lc(j - 1).equals("had")
                    || s.lc(j - 1).equals("already") || s.lc(j - 1).equals("since"))) {
                j--;
            }
            if (s.lc(j - 1).equals("who") || s.lc(j - 1).equals("that")) {
                j--;
            }
            p = partyBefore(s, j);
            if (p == null && j >= 2) {
                // "20,000 Sudanese have crossed": a demonym that does not end in -s
                Countries.Entry e = Countries.lookup(s.lc(j - 1));
                Amount a = Parties.amountEndingAt(s, j - 1);
                if (e != null && e.kind() == Countries.Kind.DEMONYM && a != null) {
                    p = new Party(e.iso3(), Roles.CVL, true, null, a, a.start(), j - 1, j, null);
                }
            }
        }
        if (p == null || p.amount() == null || !p.amount().hasCount()) {
            return;
        }
        String role = p.role();
        if (role == null && p.head() >= 0 && Countries.lookup(s.lc(p.head())) != null) {
            role = Roles.CVL; // "1,000 Colombians"
        }
        if (role == null && p.head() < 0 && (w.equals("arrived") || w.equals("crossed"))) {
            role = Roles.CVL; // "at least 1,300 arrived by boat"
        }
        if (!(Roles.CVL.equals(role) || Roles.REF.equals(role))) {
            return;
        }
        p = p.withRole(role);
        Candidate c = new Candidate(EventType.DISPLACEMENT, s, i, "displacement.move");
        c.party = p;
        c.amount(p.amount());
        c.victim = victimCode(s, p, EventType.DISPLACEMENT, Roles.CVL, c, null);
        if (c.victim != null) {
            finish(c);
        }
    }

    /** "forced/driven ... from their homes", "... toward the border", "forced ... to flee". */
    private static boolean displacementSense(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 16); k++) {
            String x = s.lc(k);
            if (x.equals("homes") || x.equals("home") || x.equals("flee") || x.equals("toward") || x.equals("towards")
                    || x.equals("border") || x.equals("shelters") || x.equals("villages") && s.lc(k - 2).equals("from")) {
                return true;
            }
            if (x.equals(".") || x.equals(";")) {
                return false;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- capture

    private static final java.util.Set<String> NOT_TERRITORY = Lexicon.words("NOT_TERRITORY");
    private static final java.util.Set<String> PLACE_NOUNS = Lexicon.words("PLACE_NOUNS");


    /** The first content word after a capture verb is a thing, not a place: "seized weapons", "seized power". */
    private static boolean seizedThing(Sentence s, int i) {
        if (beBefore(s, i)) {
            // "two rifles and 150 rounds of ammunition were seized": the passive's subject is the thing taken
            int k = i - 1;
            while (k > 0 && (BE.contains(s.lc(k)) || ADVERBS.contains(s.lc(k)) || s.lc(k).equals("have")
                    || s.lc(k).equals("has") || s.lc(k).equals("had"))) {
                k--;
            }
            String x = s.lc(k);
            if (NOT_TERRITORY.contains(x) || Roles.WEAPONS.contains(x) || Lexicon.EQUIPMENT.containsKey(x)
                    && !x.equals("positions") || Lexicon.ITEMS.contains(x)) {
                return true;
            }
        }
        int k = i + 1;
        while (Parties.DETERMINERS.contains(s.lc(k)) || Numbers.isNumberWord(s.lc(k)) || s.get(k).isNumber()
                || s.lc(k).equals("of")) {
            k++;
        }
        String x = s.lc(k);
        String role = Roles.headRole(x);
        if (role != null && !role.equals(Roles.GOV) && !Lexicon.EQUIPMENT.containsKey(x) && !PLACE_NOUNS.contains(x)
                && !Roles.WEAPONS.contains(x) && !x.equals("regime") && !x.equals("garrison") && !x.equals("state")
                && !PLACE_NOUNS.contains(s.lc(k + 1)) && !Lexicon.EQUIPMENT.containsKey(s.lc(k + 1))
                && !s.get(k + 1).capitalised()) {
            return true; // "captured a pilot", "seized 12 soldiers": people taken prisoner, not territory
        }
        return NOT_TERRITORY.contains(x) && !(x.equals("control") && k == i + 1)
                || Lexicon.EQUIPMENT.containsKey(x) && !x.equals("positions") || Lexicon.EQUIPMENT.containsKey(s.lc(k + 1))
                && !s.lc(k + 1).equals("positions");
    }

    /** "took (full) control of", "took over", "had taken the town of Hadrut", "taken more than 60 posts". */
    static boolean takeSense(Sentence s, int i) {
        String n = s.lc(i + 1);
        if (n.equals("control") || n.equals("over")) {
            return true;
        }
        if ((n.equals("full") || n.equals("complete") || n.equals("total") || n.equals("effective"))
                && s.lc(i + 2).equals("control")) {
            return true;
        }
        int k = i + 1;
        if (n.equals("the")) {
            k++;
        }
        if (PLACE_NOUNS.contains(s.lc(k)) && !s.lc(k).equals("control") && !s.lc(k).equals("most")
                && !s.lc(k).equals("all") || Places.capitalisedName(s.get(k)) && !Parties.isHead(s.get(k))
                && !Dates.isCalendarWord(s.lc(k)) && Countries.lookup(s.lc(k)) == null && !n.equals("the")) {
            return true;
        }
        Amount a = Numbers.parse(s, i + 1);
        return a != null && a.hasCount() && (Lexicon.TERRITORY.contains(s.lc(a.end()))
                || Lexicon.TERRITORY.contains(s.lc(a.end() + 1)));
    }

    private void capture(Sentence s, int i) {
        String w = s.lc(i);
        if (hedged(s, i) || purpose(s, i) || seizedThing(s, i)) {
            return;
        }
        Candidate c = new Candidate(EventType.CAPTURE, s, i, "capture");
        Party actor = null;
        if (w.equals("fell")) {
            int h = Parties.nextHead(s, i + 2, 5);
            actor = h >= 0 ? Parties.at(s, h) : stateAfter(s, i + 2);
        } else if (s.lc(i + 1).equals("by")) {
            int h = Parties.nextHead(s, i + 2, 5);
            actor = h >= 0 ? Parties.at(s, h) : stateAfter(s, i + 2);
        }
        if (actor == null && i >= 2 && Lexicon.EQUIPMENT.containsKey(s.lc(i - 1)) && Countries.lookup(s.lc(i - 2)) != null) {
            // "Israeli tanks took control of the crossing"
            Countries.Entry e = Countries.lookup(s.lc(i - 2));
            actor = new Party(e.iso3(), Roles.MIL, true, null, null, i - 2, i - 1, i, null);
        }
        if (actor == null) {
            actor = subjectBefore(s, i);
        }
        if (actor == null || actor.anaphor() != null && actor.country() == null) {
            Party sp = speakerOrPrevious(s, i);
            actor = sp != null ? sp : actor;
        }
        if (actor == null) {
            return;
        }
        c.actor = code(s, actor, Roles.MIL, true);
        int obj = i + 1;
        if (s.lc(obj).equals("full") || s.lc(obj).equals("complete") || s.lc(obj).equals("total")
                || s.lc(obj).equals("effective") || s.lc(obj).equals("over")) {
            obj++;
        }
        if (s.lc(obj).equals("control") && s.lc(obj + 1).equals("of")) {
            obj += 2;
        }
        Amount a = Numbers.parse(s, obj);
        if (a != null && (Lexicon.TERRITORY.contains(s.lc(a.end())) || Lexicon.TERRITORY.contains(s.lc(a.end() + 1))
                || Lexicon.TERRITORY.contains(s.lc(a.end() + 2)) && !s.lc(a.end() + 1).equals("of"))) {
            c.amount(a);
        }
        // the object, when it is a name: "re-entered Saraqeb", "recaptured rebel-held Saraqeb"
        for (int k = obj; k < Math.min(s.size(), obj + 5); k++) {
            if (Places.capitalisedName(s.get(k)) && !Dates.isCalendarWord(s.lc(k))) {
                Countries.Entry e = Countries.lookup(s.lc(k));
                if (e == null || e.kind() == Countries.Kind.CAPITAL) {
                    int[] end = new int[1];
                    c.location = placeName(s, k, end);
                    c.locationStated = true;
                    // "seized Gondar and Lalibela", "the towns of Harardhere and Galcad": one capture per town
                    int m = end[0];
                    // "regained control of Kafr Nabl, Hazarin and Kafr Sajna": every town of a list
                    while (s.lc(m).equals(",") && m + 1 < s.size() && Places.capitalisedName(s.get(m + 1))
                            && !Dates.isCalendarWord(s.lc(m + 1)) && Countries.lookup(s.lc(m + 1)) == null
                            && !Parties.isHead(s.get(m + 1)) && ArmedGroups.at(s, m + 1, new int[1]) == null
                            && !s.lc(placeEnd(s, m + 1)).equals("(")) {
                        Candidate next = new Candidate(EventType.CAPTURE, s, i, "capture");
                        next.actor = c.actor;
                        next.location = placeName(s, m + 1, end);
                        next.locationStated = true;
                        finish(next);
                        m = end[0];
                    }
                    if (s.lc(m).equals("and") && m + 1 < s.size() && Places.capitalisedName(s.get(m + 1))
                            && !Dates.isCalendarWord(s.lc(m + 1)) && Countries.lookup(s.lc(m + 1)) == null
                            && !Parties.isHead(s.get(m + 1)) && ArmedGroups.at(s, m + 1, new int[1]) == null
                            && !Parties.isHead(s.get(Math.min(s.size() - 1, placeEnd(s, m + 1))))) {
                        Candidate second = new Candidate(EventType.CAPTURE, s, i, "capture");
                        second.actor = c.actor;
                        second.location = placeName(s, m + 1, end);
                        second.locationStated = true;
                        finish(second);
                    }
                }
                break;
            }
            if (!(s.lc(k).equals("the") || s.lc(k).endsWith("-held") || PLACE_NOUNS.contains(s.lc(k)) || s.lc(k).equals("of")
                    || s.lc(k).equals("border") || s.lc(k).equals("regional") || s.lc(k).equals("provincial")
                    || s.lc(k).equals("coastal") || s.lc(k).equals("nearby") || s.lc(k).equals("strategic")
                    || s.lc(k).equals("key") || s.lc(k).equals("cities"))) {
                break;
            }
        }
        finish(c);
    }

    /** A place name of up to four capitalised words from k ("Wad Madani"); its end in end[0]. */
    private static String placeName(Sentence s, int k, int[] end) {
        StringBuilder name = new StringBuilder(s.get(k).text());
        int m = k + 1;
        for (; m < Math.min(s.size(), k + 5) && (Places.capitalisedName(s.get(m)) && !Parties.isHead(s.get(m))
                && !Dates.isCalendarWord(s.lc(m)) || Places.particleInName(s, m)); m++) {
            name.append(' ').append(s.get(m).text());
        }
        end[0] = m;
        return name.toString();
    }

    private static int placeEnd(Sentence s, int k) {
        int[] end = new int[1];
        placeName(s, k, end);
        return end[0];
    }

    private static final java.util.Set<String> PUSH_OUT = Lexicon.words("PUSH_OUT");

    /**
     * "Ukraine's forces pushed Russian troops out of Kherson", "drove the militants from Marawi": the subject
     * took the place the others lost.
     */
    private void pushedOut(Sentence s, int i) {
        if (hedged(s, i) || purpose(s, i) || BE.contains(s.lc(i - 1))) {
            return;
        }
        Party loser = partyAfter(s, i);
        if (loser == null || loser.head() < 0 || Roles.CVL.equals(loser.role()) || Roles.REF.equals(loser.role())) {
            return; // "drove 5,000 people from their homes" is displacement
        }
        int k = loser.end();
        if (s.lc(k).equals("out") && s.lc(k + 1).equals("of")) {
            k += 2;
        } else if (s.lc(k).equals("from")) {
            k += 1;
        } else {
            return;
        }
        while (k < s.size() && (s.lc(k).equals("the") || PLACE_NOUNS.contains(s.lc(k)) || s.lc(k).equals("of")
                || s.lc(k).equals("port") || s.lc(k).equals("strategic"))) {
            k++;
        }
        if (k >= s.size() || !Places.capitalisedName(s.get(k)) || Countries.lookup(s.lc(k)) != null
                && Countries.lookup(s.lc(k)).kind() != Countries.Kind.CAPITAL) {
            return;
        }
        Party actor = subjectBefore(s, i);
        if (actor == null) {
            return;
        }
        Candidate c = new Candidate(EventType.CAPTURE, s, i, "capture.pushed-out");
        c.actor = code(s, actor, Roles.MIL, true);
        if (c.actor == null || c.actor.endsWith(Roles.CVL)) {
            return;
        }
        int[] end = new int[1];
        c.location = placeName(s, k, end);
        c.locationStated = true;
        finish(c);
    }

    /** "to retake", "tried to capture", "efforts to seize": a purpose, not a fact. */
    private static boolean purpose(Sentence s, int i) {
        String prev = s.lc(i - 1);
        if (prev.equals("to") && Lexicon.ACHIEVED.contains(s.lc(i - 2))) {
            return false; // "were able to recapture Nayrab", "managed to seize": done, not meant
        }
        return prev.equals("to") || prev.equals("attempting") || prev.equals("trying") || prev.equals("bid");
    }

    /**
     * "LNA units entered Gharyan", "insurgents said they had entered the city of Aleppo": armed groups entering a
     * town take it (a state's troops entering a country deploy, see {@link #deployment}).
     */
    private boolean insurgentsEnter(Sentence s, int i) {
        int k = i + 1;
        while (s.lc(k).equals("the") || PLACE_NOUNS.contains(s.lc(k)) || s.lc(k).equals("of")) {
            k++;
        }
        if (!Places.capitalisedName(s.get(k)) || Countries.lookup(s.lc(k)) != null && Countries.lookup(s.lc(k)).kind()
                != Countries.Kind.CAPITAL || Parties.isHead(s.get(k)) || hedged(s, i)) {
            return false;
        }
        Party subject = subjectBefore(s, i);
        if (subject != null && subject.anaphor() != null && subject.role() == null) {
            subject = speakerOrPrevious(s, i);
        }
        return subject != null && Roles.REB.equals(subject.role())
                || subject != null && ArmedGroups.at(s, subject.start(), new int[1]) != null;
    }

    private Party stateAfter(Sentence s, int from) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= from && m.start() < from + 4) {
                return m;
            }
        }
        return null;
    }

    /** The nearest party named before the trigger that can act (not civilians). */
    private Party subjectBefore(Sentence s, int i) {
        Party best = null;
        boolean bestSubject = false;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= i && (m.role() == null || !(m.role().equals(Roles.CVL) || m.role().equals(Roles.REF)))) {
                boolean subj = subjectPosition(s, m) && !(m.start() > 0 && s.lc(m.start() - 1).equals("of"));
                if (bestSubject && !subj) {
                    continue; // "Dissidents ... attacked a police station ... and seized the town": not "police"
                }
                bestSubject = subj;
                if (best != null && s.lc(m.start() - 1).equals("and") && best.end() == m.start() - 1) {
                    continue; // "The United States and Britain struck": the first of a coordinated subject
                }
                best = m;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- offensive

    private void offensive(Sentence s, int i) {
        String w = s.lc(i);
        boolean launch = Lexicon.LAUNCH.contains(w);
        int noun = i;
        if (launch) {
            if (w.equals("start") && s.lc(i + 1).equals("of")) {
                return;
            }
            noun = -1;
            for (int k = i + 1; k < Math.min(s.size(), i + 9); k++) {
                String x = s.lc(k);
                if (Lexicon.OPERATION_NOUNS.contains(x)) {
                    noun = k;
                    break;
                }
                if (isQuote(x) || (x.equals("what") || x.equals("it") || x.equals("they")) && k <= i + 2
                        || x.equals("called") || x.equals("dubbed") || x.equals("termed")) {
                    continue; // launched what it called a "limited" operation
                }
                if (Parties.STOP.contains(x) && !x.equals("of") || x.equals(".")) {
                    break;
                }
            }
            if (noun < 0 && (w.equals("began") || w.equals("begun") || w.equals("started")) && !s.lc(i + 1).equals("to")) {
                // "an operation that began on Aug. 6", "the operation to recapture it began"
                for (int k = i - 1; k >= 0 && i - k <= 7; k--) {
                    String x = s.lc(k);
                    if (x.equals(".") || x.equals(";") || x.equals(",") && k < i - 1) {
                        break;
                    }
                    if (Lexicon.OPERATION_NOUNS.contains(x) && !x.equals("attack") && !x.equals("advance")
                            && (Parties.DETERMINERS.contains(s.lc(k - 1)) || s.lc(k - 1).equals("military"))) {
                        noun = k;
                        break;
                    }
                }
            }
            if (noun < 0 || backgroundYear(s)) {
                return;
            }
            String nw = s.lc(noun);
            if (nw.equals("attack") || nw.equals("attacks") || nw.equals("campaign") || nw.equals("push")
                    || nw.equals("advance")) {
                // "started a full attack": only a broad operation, not one strike
                String mod = s.lc(noun - 1);
                if (!(mod.equals("full") || mod.equals("major") || mod.equals("all-out") || mod.equals("large-scale")
                        || mod.equals("ground") || mod.equals("general") || mod.equals("military")
                        || (mod.equals("its") || mod.equals("their")) && !nw.startsWith("attack"))) {
                    return;
                }
            }
            if (hedged(s, i) || s.lc(i - 1).equals("to") && !s.lc(i - 2).equals("began")) {
                return;
            }
        } else {
            // a noun "offensive": skip the adjective ("offensive weapons") and the ones only feared or announced
            if (w.equals("offensive") && (i + 1 < s.size() && (s.lc(i + 1).equals("weapons")
                    || s.lc(i + 1).equals("capabilities") || s.lc(i + 1).equals("remarks")))) {
                return;
            }
            for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
                String x = s.lc(k);
                if (Lexicon.HYPOTHETICAL.contains(x) || x.equals("\"imminent\"") || x.equals("warned")
                        || x.equals("threatened") || Lexicon.HEDGES.contains(x) && !x.equals("will")
                        || NOT_LAUNCHED.contains(x) || x.equals("ahead") && s.lc(k + 1).equals("of")) {
                    return; // "analysts expect a spring offensive", "halted their offensive", "ahead of an offensive"
                }
                if (Lexicon.LAUNCH.contains(x) || x.equals("launch")) {
                    return; // handled from the launch verb
                }
            }
            if (s.lc(i + 1).equals("of") && Lexicon.LAUNCH.contains(s.lc(i - 1))) {
                return;
            }
        }
        Candidate c = new Candidate(EventType.OFFENSIVE, s, i, launch ? "offensive.launch" : "offensive.noun");
        Party actor = launch ? (noun < i ? possessor(s, noun) : subjectBefore(s, i)) : possessor(s, noun);
        if (launch && noun < i && actor == null) {
            actor = speakerOrPrevious(s, noun);
        }
        if (!launch && actor == null) {
            actor = null;
        }
        String code = actor == null ? null : code(s, actor, Roles.MIL, true);
        if (code == null && (launch && s.lc(i - 1).equals("the") || !launch)) {
            for (int k = ctx.events.size() - 1; k >= 0; k--) {
                Candidate prev = ctx.events.get(k);
                if (s.index() - prev.sentence.index() > 2) {
                    break;
                }
                if ((prev.type == EventType.CAPTURE || prev.type == EventType.ATTACK) && prev.actor != null) {
                    code = prev.actor;
                    break;
                }
            }
        }
        if (code == null) {
            return;
        }
        c.actor = code;
        c.rule = launch ? "offensive.launch" : "offensive.noun";
        finish(c);
    }

    /** Verbs of an offensive that is expected, prepared, stopped or ended: none launched here. */
    private static final java.util.Set<String> NOT_LAUNCHED = Lexicon.words("NOT_LAUNCHED");

    /** "Congolese and Ugandan troops launched a joint operation ... in 2021": a background year before the report's. */
    private boolean backgroundYear(Sentence s) {
        if (ctx.articleDate == null) {
            return false;
        }
        for (int k = 1; k < s.size(); k++) {
            String x = s.lc(k);
            if (x.length() == 4 && s.get(k).isNumber() && (s.lc(k - 1).equals("in") || s.lc(k - 1).equals("since"))) {
                try {
                    int y = Integer.parseInt(x);
                    if (y > 1900 && y < ctx.articleDate.getYear()) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** For "it"/"they" or a subjectless clause: the first party that can act in this sentence, else the previous one. */
    private Party speakerOrPrevious(Sentence s, int before) {
        for (int si = s.index(); si >= 0 && s.index() - si <= 1; si--) {
            for (Party m : ctx.mentions.get(si)) {
                if ((si < s.index() || m.end() <= before) && canAct(m) && (m.country() != null || m.role() != null)
                        && subjectPosition(ctx.sentences.get(si), m)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** "Assad's offensive", "a Syrian offensive", "the government's offensive", "its offensive" (an antecedent). */
    private Party possessor(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0 && noun - k <= 4; k--) {
            String x = s.lc(k);
            if (x.equals("its") || x.equals("their") || x.equals("his")) {
                Party near = null;
                for (Party m : ctx.mentions.get(s.index())) {
                    if (m.role() != null && (m.role().equals(Roles.CVL) || m.role().equals(Roles.REF))) {
                        continue;
                    }
                    if (near == null || Math.abs(m.head() - k) < Math.abs(near.head() - k)) {
                        near = m;
                    }
                }
                return near;
            }
            if (Parties.STOP.contains(x) || x.equals(",") || x.equals(".")) {
                return null;
            }
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.start() <= k && k < m.end() + 1 && m.end() <= noun + 1) {
                    return m.country() == null ? withDemonymBefore(s, m) : m;
                }
            }
            int[] len = new int[1];
            Countries.Entry e = Parties.countryAt(s, k, len);
            if (e != null) {
                return new Party(e.iso3(), null, true, null, null, k, k, k + 1, null);
            }
            String mod = Roles.modifierRole(x);
            if (mod != null && !mod.equals(Roles.REF) && !mod.equals(Roles.CVL)) {
                return withDemonymBefore(s, new Party(null, mod, false, null, null, k, k, k + 1, null));
            }
        }
        return null;
    }

    /**
     * "a Syrian army attack": a force named without its country takes the country named just before it, so that the
     * country is not guessed from the rest of the text (where it is often the victims').
     */
    private static Party withDemonymBefore(Sentence s, Party m) {
        for (int k = m.start() - 1; k >= 0 && m.start() - k <= 3; k--) {
            int[] len = new int[1];
            Countries.Entry e = Parties.countryAt(s, k, len);
            if (e != null && k + len[0] == m.start()) {
                return new Party(e.iso3(), m.role(), true, m.sponsor(), m.amount(), k, m.head(), m.end(), m.anaphor());
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- attack

    private void attack(Sentence s, int i) {
        String w = s.lc(i);
        if (hedged(s, i) || s.lc(i - 1).equals("to")) {
            return;
        }
        boolean noun = Lexicon.ATTACK_NOUNS.contains(w) && !Lexicon.ATTACK_VERBS.contains(w)
                || (w.equals("attack") || w.equals("attacks")) && !Lexicon.AUX.contains(s.lc(i - 1));
        if (w.equals("strike") || w.equals("strikes")) {
            Countries.Entry demonym = Countries.lookup(s.lc(i - 1));
            boolean light = false;
            for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
                light |= LIGHT_ATTACK_VERBS.contains(s.lc(k)) || s.lc(k).equals("out") && s.lc(k - 1).equals("carried");
            }
            // "air strikes", "Israeli strikes on", "carried out strikes inside": not "a strike" by workers
            if (!s.lc(i - 1).equals("air") && !s.lc(i - 1).equals("drone") && !s.lc(i - 1).equals("missile")
                    && !light && !(demonym != null && demonym.kind() == Countries.Kind.DEMONYM)) {
                return;
            }
        }
        if (w.equals("fired") && !firedAt(s, i) && !weaponsAt(s, i)) {
            return;
        }
        if (w.equals("fought") && !s.lc(i + 1).equals("back")) {
            return;
        }
        if (w.equals("struck") && s.lc(i + 1).equals("a") && s.lc(i + 2).equals("deal")) {
            return;
        }
        if ((w.equals("hit") || w.equals("struck")) && explosiveObject(s, i)) {
            vehicleOnExplosive(s, i); // "their vehicle struck a roadside bomb": the vehicle attacked nothing
            return;
        }
        Party actor = null;
        if (noun && (w.equals("shelling") || w.equals("bombing")) && s.lc(i - 1).equals(",")
                && (s.get(i + 1).capitalised() || Parties.DETERMINERS.contains(s.lc(i + 1)))) {
            // "Azerbaijan launched an operation in Karabakh, shelling Stepanakert": the main clause's subject acts
            noun = false;
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.end() <= i && canAct(m) && m.country() != null) {
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
                actor = firstMentionFrom(s, k + 1, 4);
                break;
            }
            if (!(x.equals("were") || x.equals("was") || x.equals("carried") || x.equals("out") || x.equals("blamed")
                    || x.equals("conducted") || x.equals("launched") || x.equals("on") || x.equals("thursday")
                    || Dates.isCalendarWord(x))) {
                break;
            }
        }
        if (actor == null && noun) {
            actor = possessor(s, i);
        }
        if (actor == null && noun) {
            // "fighters launched an attack on", "carried out a suicide bombing", "conducted an airstrike",
            // "claimed the attack": the subject of the light verb did it
            for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
                String x = s.lc(k);
                if (LIGHT_ATTACK_VERBS.contains(x) || x.equals("out") && s.lc(k - 1).equals("carried")) {
                    int v = x.equals("out") ? k - 1 : k;
                    if (!hedged(s, v) && !s.lc(v - 1).equals("to")) {
                        Party sb = subjectBefore(s, v);
                        if (sb != null && sb.anaphor() != null && sb.country() == null) {
                            sb = speakerOrPrevious(s, v);
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
        if (actor == null && !noun && beBefore(s, i)) {
            pendingAttacks.add(i); // "their patrol was ambushed": the subject is the target; the author is in the context
            return;
        }
        if (actor == null && !noun) {
            if (PROJECTILES.contains(s.lc(i - 1)) && Countries.lookup(s.lc(i - 2)) == null && i >= 2
                    && ArmedGroups.single(s.get(i - 2)) == null && !s.get(i - 2).capitalised()) {
                return; // "when a shell hit a house": the subject is the projectile, whose the text does not say
            }
            actor = subjectBefore(s, i);
        }
        if (actor == null) {
            if (noun && incident(s, i)) {
                pendingAttacks.add(i); // "an attack on a checkpoint": its author is in the context
            }
            return;
        }
        if (!actor.explicit() && actor.head() >= 0 && PROJECTILES.contains(s.lc(actor.head()))) {
            return; // "a shell hit a house", "three rockets hit the Green Zone": whose, the text does not say
        }
        String code = code(s, actor, Roles.MIL, true);
        if (code == null || code.endsWith(Roles.CVL) || code.endsWith(Roles.REF)) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, noun ? "attack.noun" : "attack.verb");
        c.actor = code;
        if (actor.country() == null) {
            countryFromContext.add(c); // "soldiers were killed after an airstrike": checked against the victims below
        }
        if (noun && (w.endsWith("s") || w.equals("shelling"))) {
            // "repelled 14 Ukrainian attacks", "carried out 30 airstrikes": the number of acts
            int k = i - 1;
            while (k > 0 && Countries.lookup(s.lc(k)) != null && Countries.lookup(s.lc(k)).kind() == Countries.Kind.DEMONYM
                    || k > 0 && (s.lc(k).equals("air") || s.lc(k).equals("drone") || s.lc(k).equals("missile")
                    || s.lc(k).equals("separate") || s.lc(k).equals("coordinated"))) {
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
            Party target = partyAfter(s, w.equals("opened") ? i + 2 : i);
            if (target != null && target.head() >= 0 && !Roles.WEAPONS.contains(s.lc(target.head()))) {
                c.victim = code(s, target, Roles.MIL, true);
                if (c.victim != null && c.victim.equals(c.actor)) {
                    c.victim = null;
                }
            }
        }
        finish(c);
    }

    /**
     * Two sides fighting: "regime forces and rebels clashed near X", "X clashed with Y", "clashes erupted between X
     * and Y", "an exchange of fire between X and Y", "X and Y exchanged fire". One ATTACK by the side named first,
     * the other its target; a clash whose sides the sentence does not name is no event ("after three days of
     * fighting" is background).
     */
    private void clash(Sentence s, int i) {
        String w = s.lc(i);
        boolean exchange = w.startsWith("exchang");
        if (exchange && !(s.lc(i + 1).equals("fire") || s.lc(i + 1).equals("of") && s.lc(i + 2).equals("fire")
                || s.lc(i + 1).equals("gunfire") || s.lc(i + 2).equals("fire"))) {
            return; // "an exchange of prisoners"
        }
        if (w.equals("fought") && s.lc(i + 1).equals("back") || hedged(s, i) || s.lc(i - 1).equals("to")) {
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
                if (m.head() > between && m.start() - between <= 12 && canAct(m)) {
                    if (a == null) {
                        a = m;
                    } else if (b == null && s.lc(a.end()).equals("and")) {
                        b = m;
                    }
                }
            }
        } else {
            boolean noun = Lexicon.CLASH_NOUNS.contains(w) && !beBefore(s, i) && !Lexicon.AUX.contains(s.lc(i - 1));
            int with = s.lc(i + 1).equals("with") || s.lc(i + 1).equals("against") ? i + 1
                    : (s.lc(i + 2).equals("with") || s.lc(i + 2).equals("against")) && !s.lc(i + 1).equals(",") ? i + 2 : -1;
            if (with > 0) {
                for (Party m : ms) {
                    if (m.head() > with && m.start() - with <= 4 && canAct(m)) {
                        b = m;
                        break;
                    }
                }
            }
            if (!noun) {
                a = subjectBefore(s, i);
                if (a != null && clauseBreak(s, a.end(), i)) {
                    a = null;
                }
                if (a != null && b == null) {
                    // "regime forces and rebels clashed": the second of a coordinated subject is the other side
                    for (Party m : ms) {
                        if (m.start() == a.end() + 1 && s.lc(a.end()).equals("and") && m.end() <= i && canAct(m)) {
                            b = m;
                        }
                    }
                }
            } else if (b != null) {
                a = possessor(s, i); // "the army's clashes with IS"
            }
        }
        if (a == null) {
            return;
        }
        String actor = code(s, a, Roles.MIL, true);
        if (actor == null || actor.endsWith(Roles.CVL) || actor.endsWith(Roles.REF)) {
            return;
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.clash");
        c.actor = actor;
        if (b != null) {
            c.victim = code(s, b, Roles.MIL, true);
            if (actor.equals(c.victim)) {
                c.victim = null;
            }
        }
        finish(c);
    }

    /**
     * An explosive set off: "an IED exploded near a patrol", "a landmine went off", "a bomb was detonated",
     * "helicopters dropped barrel bombs on Kafr Nabl", "gunmen threw a grenade at a house". An ATTACK by whoever
     * dropped or threw it, or by nobody the text names (actor null) when the explosive is the subject.
     */
    private void explosive(Sentence s, int i) {
        String w = s.lc(i);
        if (hedged(s, i) || s.lc(i - 1).equals("to") || w.equals("went") && !s.lc(i + 1).equals("off")
                || (w.equals("blast") || w.equals("blasts") || w.equals("blasting")) && !BE.contains(s.lc(i - 1))
                && Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(i - 1))) {
            return;
        }
        Party actor = null;
        if (Lexicon.DROP_VERBS.contains(w)) {
            boolean bomb = false;
            for (int k = i + 1; k < Math.min(s.size(), i + 5); k++) {
                bomb |= Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(k)) && !s.lc(k).equals("mines");
            }
            if (!bomb) {
                return; // "dropped the charges", "threw stones"
            }
            actor = subjectBefore(s, i);
            if (actor == null && !(s.lc(i - 1).equals("were") || s.lc(i - 1).equals("was"))) {
                return;
            }
        } else {
            boolean bomb = false;
            for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
                if (Lexicon.EXPLOSIVE_NOUNS.contains(s.lc(k)) || s.lc(k).equals("mine") && !s.lc(k - 1).equals("gold")) {
                    bomb = true;
                    break;
                }
                if (!s.get(k).isWord() || s.lc(k).equals("and")) {
                    break;
                }
            }
            if (!bomb) {
                return; // "the tanker overturned and exploded": no weapon
            }
            for (Party m : ctx.mentions.get(s.index())) {
                if (m.end() <= i && m.country() != null && canAct(m) && subjectPosition(s, m)
                        && !clauseBreak(s, m.end(), i)) {
                    actor = m; // "militants detonated a bomb"
                }
            }
        }
        Candidate c = new Candidate(EventType.ATTACK, s, i, "attack.explosive");
        c.actor = actor == null ? null : code(s, actor, Roles.MIL, true);
        if (c.actor != null && (c.actor.endsWith(Roles.CVL) || c.actor.endsWith(Roles.REF))) {
            c.actor = null;
        }
        finish(c);
    }

    private static final java.util.Set<String> EXPLOSIVES = Lexicon.words("EXPLOSIVES");
    private static final java.util.Set<String> VEHICLES = Lexicon.words("VEHICLES");
    private static final java.util.Set<String> MILITARY_VEHICLES = Lexicon.words("MILITARY_VEHICLES");

    /** "struck an improvised explosive device", "hit a roadside bomb", "hit a landmine". */
    private static boolean explosiveObject(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 5); k++) {
            if (EXPLOSIVES.contains(s.lc(k))) {
                return true;
            }
            if (!(Parties.DETERMINERS.contains(s.lc(k)) || s.lc(k).equals("roadside") || s.lc(k).equals("improvised")
                    || s.lc(k).equals("explosive") || s.lc(k).equals("buried") || s.lc(k).equals("anti-tank"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "three soldiers were killed when their convoy struck an IED": a military vehicle lost to a mine is an
     * equipment loss of the side whose people it carried; a bus or a police car is none.
     */
    private void vehicleOnExplosive(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 4 && !VEHICLES.contains(s.lc(k))) {
            k--;
        }
        if (k < 0 || !VEHICLES.contains(s.lc(k))) {
            return;
        }
        String owner = null;
        for (int j = ctx.events.size() - 1; j >= 0 && ctx.events.get(j).sentence.index() == s.index(); j--) {
            Candidate c = ctx.events.get(j);
            if ((c.type == EventType.KILLED || c.type == EventType.WOUNDED) && c.victim != null) {
                owner = c.victim;
            }
        }
        boolean military = MILITARY_VEHICLES.contains(s.lc(k)) || s.lc(k - 1).equals("military")
                || s.lc(k - 1).equals("army");
        if (owner == null) {
            Party p = Parties.at(s, k);
            owner = p.country() == null ? null : p.country() + Roles.MIL;
        }
        if (!military || owner != null && !owner.endsWith(Roles.MIL)) {
            return; // a bare "vehicle" (a police car, a bus) is no military equipment
        }
        Equipment e = s.lc(k).startsWith("tank") ? Equipment.TANK : s.lc(k).equals("apc") ? Equipment.APC
                : Equipment.VEHICLE;
        Candidate c = equipmentCandidate(s, i, e, Parties.at(s, k).amount(), owner);
        finish(c);
    }

    private static final java.util.Set<String> PROJECTILES = Lexicon.words("PROJECTILES");

    /** Attack nouns of this sentence whose author it does not name. */
    private final List<Integer> pendingAttacks = new java.util.ArrayList<>();
    /** This sentence's attacks whose author was named without a country (the context gave one, or none). */
    private final List<Candidate> countryFromContext = new java.util.ArrayList<>();

    private static final java.util.Set<String> TARGET_PREPOSITIONS = Lexicon.words("TARGET_PREPOSITIONS");
    private static final java.util.Set<String> NOT_AN_INCIDENT = Lexicon.words("NOT_AN_INCIDENT");

    /**
     * "an attack on a checkpoint", "a suicide bombing inside a mosque", "coordinated attacks on Monday": an
     * attack reported as an act that happened (aimed at something), not one feared, foiled or condemned.
     */
    private static boolean incident(Sentence s, int i) {
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
    private static boolean bombAfter(Sentence s, int i) {
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
    private void dropAttacksByTheirVictims(java.util.Set<String> victims) {
        java.util.Set<String> named = new java.util.HashSet<>(victims);
        named.remove(null);
        for (Candidate c : countryFromContext) {
            if (c.actor.endsWith(Roles.MIL) && named.equals(java.util.Set.of(c.actor)) && ctx.events.remove(c)) {
                pendingAttacks.add(c.trigger);
            }
        }
        countryFromContext.clear();
    }

    /** The victims of this sentence's killed and wounded events. */
    private java.util.Set<String> casualtiesOf(Sentence s) {
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
    private void resolvePendingAttacks(Sentence s, java.util.Set<String> victims) {
        for (int i : pendingAttacks) {
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
                finish(c);
            }
        }
        pendingAttacks.clear();
    }

    private static final java.util.Set<String> AIR_ATTACKS = Lexicon.words("AIR_ATTACKS");

    private static boolean armedSide(String code) {
        return code != null && (code.endsWith(Roles.MIL) || code.endsWith(Roles.REB));
    }

    private static final java.util.Set<String> LIGHT_ATTACK_VERBS = Lexicon.words("LIGHT_ATTACK_VERBS");

    private static final java.util.Set<String> SELF = Lexicon.words("SELF");

    /** "launched more than 300 drones and missiles", "launched rockets": weapons as the object, not an offensive. */
    private static boolean weaponsAt(Sentence s, int i) {
        int k = i + 1;
        Amount a = Numbers.parse(s, k);
        if (a != null) {
            k = a.end();
        }
        while (k < s.size() && k - i <= 6 && (Parties.DETERMINERS.contains(s.lc(k)) || s.lc(k).equals("ballistic")
                || s.lc(k).equals("cruise") || s.lc(k).equals("guided") || Countries.lookup(s.lc(k)) != null)) {
            k++;
        }
        if (!PROJECTILES.contains(s.lc(k)) && !Roles.WEAPONS.contains(s.lc(k))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j - k <= 6; j++) {
            String x = s.lc(j);
            if (x.equals("at") || x.equals("on") || x.equals("into") || x.equals("against") || x.equals("toward")
                    || x.equals("towards")) {
                return true; // ... aimed at a target
            }
            if (x.equals(",") || x.equals(".") || x.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "fired on", "fired rockets at", "fired several shells into": fire aimed at a target. */
    private static boolean firedAt(Sentence s, int i) {
        for (int k = i + 1; k <= i + 4 && k < s.size(); k++) {
            String x = s.lc(k);
            if (x.equals("upon") || x.equals("on") || x.equals("at") || x.equals("into")) {
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

    private Party firstMentionFrom(Sentence s, int from, int within) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= from && m.start() < from + within) {
                return m;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- deployment

    private void deployment(Sentence s, int i) {
        String w = s.lc(i);
        if (hedged(s, i) || s.lc(i - 1).equals("remain") || s.lc(i - 1).equals("to")) {
            return;
        }
        if (w.startsWith("order") && !orderedTo(s, i)) {
            return; // "ordered 1,500 troops to the border" sends them; "ordered troops to hold" does not
        }
        Party troops = null;
        Party sender = null;
        boolean motion = w.equals("rolled") || w.equals("crossed") || w.equals("entered") || w.equals("moved")
                || w.equals("arrived");
        if (!motion) {
            int h = -1;
            for (int k = i + 1; k < Math.min(s.size(), i + 7); k++) {
                if (Lexicon.TROOPS.contains(s.lc(k))) {
                    h = k;
                    break;
                }
                if (s.lc(k).equals(".") || s.lc(k).equals(";")) {
                    break;
                }
            }
            if (h < 0) {
                Party before = partyBefore(s, i);
                if (before == null || before.head() < 0 || !Lexicon.TROOPS.contains(s.lc(before.head()))) {
                    return;
                }
                troops = before;
            } else {
                troops = Parties.at(s, h);
                sender = subjectBefore(s, i);
            }
        } else {
            int e = i - 1;
            while (e >= 0 && Lexicon.AUX.contains(s.lc(e))) {
                e--;
            }
            e = skipApposition(s, e);
            for (int k = e; k >= 0 && e - k <= 6; k--) {
                if (Lexicon.TROOPS.contains(s.lc(k))) {
                    troops = Parties.at(s, k);
                    break;
                }
            }
            if (troops == null) {
                return;
            }
        }
        if (troops.amount() == null) {
            Amount a = Parties.amountEndingAt(s, troops.start());
            if (a != null) {
                troops = troops.withAmount(a);
            }
        }
        String country = troops.country();
        if (country == null && troops.head() + 2 < s.size() && s.lc(troops.head() + 1).equals("of")) {
            int h = Parties.nextHead(s, troops.head() + 2, 4);
            if (h > 0) {
                country = Parties.at(s, h).country();
            }
        }
        if (country == null && sender != null) {
            country = sender.country();
        }
        if (country == null) {
            country = ctx.conflictCountry;
        }
        Candidate c = new Candidate(EventType.DEPLOYMENT, s, i, "deployment");
        c.actor = country == null ? Roles.MIL : country + Roles.MIL;
        c.amount(troops.amount());
        finish(c);
    }

    /** "ordered 5,000 troops to the region", "ordered more soldiers into Kidal": an order that moves forces. */
    private static boolean orderedTo(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            if (Lexicon.TROOPS.contains(s.lc(k))) {
                String n = s.lc(k + 1);
                return n.equals("to") && !s.get(Math.min(s.size() - 1, k + 2)).isWord()
                        || n.equals("to") && (Parties.DETERMINERS.contains(s.lc(k + 2)) || s.get(k + 2).capitalised())
                        || n.equals("into") || n.equals("toward") || n.equals("towards");
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- threat

    /**
     * "will/would/'ll" + an act of force: "would pay a heavy price", "will not remain unanswered", "will continue
     * to strike".
     */
    private static boolean willAct(Sentence s, int i) {
        String w = s.lc(i);
        if (w.equals("'ll") && s.lc(i - 1).equals("it")) {
            return false;
        }
        int k = i + 1;
        if (s.lc(k).equals("not")) {
            k++;
        }
        if (s.lc(k).equals("continue") && s.lc(k + 1).equals("to")) {
            k += 2;
        }
        if (isQuote(s.lc(k))) {
            k++; // 'would "counterattack"', 'would pay "a heavy price"'
        }
        boolean trig = Lexicon.THREAT_ACTS.contains(s.lc(k)) || s.lc(k).equals("pay") && (s.lc(k + 1).equals("a")
                || isQuote(s.lc(k + 1)) && s.lc(k + 2).equals("a"))
                || s.lc(k).equals("remain") && s.lc(k + 1).equals("unanswered")
                || s.lc(k).equals("go") && s.lc(k + 1).equals("unpunished") && s.lc(k - 1).equals("not")
                || s.lc(k).equals("not") && s.lc(k + 1).equals("remain");
        return !(trig && w.equals("would") && s.lc(k).equals("respond") && !forceContext(s)) && trig;
    }

    /** A threat found by a rule of threat.rules at i: who makes it. */
    private void threat(Sentence s, int i) {
        for (Candidate prev : ctx.events) {
            if (prev.type == EventType.THREAT && prev.sentence == s) {
                return; // one threat per sentence
            }
        }
        Party speaker = speaker(s);
        if (speaker == null) {
            speaker = subjectBefore(s, i);
        }
        if (speaker == null) {
            List<Party> ms = ctx.mentions.get(s.index());
            speaker = ms.isEmpty() ? null : ms.get(0);
        }
        if (speaker == null) {
            return;
        }
        String role = speaker.role();
        if (role == null || role.equals(Roles.CVL) || role.equals(Roles.REF)) {
            speaker = speaker.withRole(Roles.GOV);
        }
        Candidate c = new Candidate(EventType.THREAT, s, i, "threat");
        c.actor = code(s, speaker, Roles.GOV, false);
        finish(c);
    }

    /** Who speaks for a party at talks: "envoys of Sudan's army". */
    private static final java.util.Set<String> TALKERS = Lexicon.words("TALKERS");
    private static final java.util.Set<String> REVENGE = Lexicon.words("REVENGE");

    private static final java.util.Set<String> VOW = Lexicon.words("VOW");

    private static boolean forceContext(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (Lexicon.FORCE_WORDS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /** The party a sentence quotes: "X said/warned/told ...", "..., said X", "according to X". */
    private static final java.util.Set<String> TITLES = Lexicon.words("TITLES");

    Party speaker(Sentence s) {
        List<Party> ms = ctx.mentions.get(s.index());
        for (Party m : ms) {
            for (int k = m.end(); k < Math.min(s.size(), m.end() + 5); k++) {
                String x = s.lc(k);
                if (x.equals(",") && k == m.end()) {
                    break; // "..., said X": the phrase before the comma ends a quote
                }
                if (Lexicon.SPEECH.contains(x) && !x.equals("according") && !x.equals("accused")) {
                    return m;
                }
                if (k >= m.end() && k < m.end() + 3 && (x.equals("'s") || s.get(k).isWord() && !s.get(k).capitalised()
                        && !Parties.STOP.contains(x) && !Parties.isVerbLike(x) && !Lexicon.AUX.contains(x))) {
                    continue; // "the UN migration agency said", "the army's media wing said"
                }
                if (k < m.end() + 4 && s.get(k).isWord() && s.get(k).capitalised() && m.head() >= 0
                        && TITLES.contains(s.lc(m.head())) && Countries.lookup(x) == null) {
                    continue; // "Houthi military spokesman Yahya Saree said": the title's bearer
                }
                if (k < m.end() + 6 && m.head() >= 0 && TITLES.contains(s.lc(m.head())) && (x.equals("of")
                        || x.equals("'s") || s.get(k).capitalised() || x.equals("region") || x.equals("province")
                        || x.equals("state"))) {
                    continue; // "the governor of Russia's Belgorod region said"
                }
                if (!(Lexicon.AUX.contains(x) || x.equals(",") || x.equals("on") || Dates.weekday(x) != null
                        || x.equals("also") || x.equals("in") || x.equals("a") || x.equals("statement")
                        || x.equals("to") || x.equals("then"))) {
                    break;
                }
            }
            if (m.start() > 0 && (s.lc(m.start() - 1).equals("said") || s.lc(m.start() - 1).equals("to")
                    && s.lc(m.start() - 2).equals("according"))) {
                return m;
            }
            if (m.start() > 1 && s.lc(m.start() - 2).equals("said")) {
                return m;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- talks

    private void talks(Sentence s, int i) {
        String w = s.lc(i);
        if (w.equals("call") && !(s.lc(i - 1).equals("phone") || s.lc(i - 1).equals("telephone"))) {
            return;
        }
        if (w.equals("visit") && !s.lc(i - 1).equals("to")) {
            return;
        }
        List<Party> ms = ctx.mentions.get(s.index());
        java.util.Set<String> countries = new java.util.HashSet<>();
        boolean igo = false;
        for (Party m : ms) {
            if (Roles.UNO.equals(m.role())) {
                igo = true;
                countries.add(Roles.UNO);
            } else if (m.country() != null && m.explicit()) {
                countries.add(m.country());
            }
        }
        // "Envoys of Sudan's army and the RSF resumed talks": a state and an armed group of one country
        boolean rebels = false;
        boolean state = false;
        for (Party m : ms) {
            rebels |= Roles.REB.equals(m.role()) && m.explicit() && !s.lc(m.start() - 1).equals("against");
            state |= (Roles.MIL.equals(m.role()) || Roles.GOV.equals(m.role())) && m.country() != null && m.explicit();
        }
        boolean intra = countries.size() < 2 && rebels && state && (w.equals("talks") || w.equals("negotiations"));
        if (countries.size() < 2 && !intra && !(igo && (w.equals("met") || w.equals("meeting") || w.equals("meets")))) {
            return;
        }
        for (Candidate prev : ctx.events) {
            if (prev.type == EventType.TALKS && prev.sentence == s) {
                return;
            }
        }
        Party first = null;
        for (int k = i + 1; k < Math.min(s.size(), i + 3); k++) {
            if (s.lc(k).equals("between")) {
                first = firstMentionFrom(s, k + 1, 4);
            }
        }
        if (first == null) {
            for (Party m : ms) {
                if (m.start() > 0 && (s.lc(m.start() - 1).equals("in") || s.lc(m.start() - 1).equals("at")
                        || s.lc(m.start() - 1).equals("to") || s.lc(m.start() - 1).equals("of")
                        && !Roles.NEUTRAL_HEADS.contains(s.lc(m.start() - 2)) && !TALKERS.contains(s.lc(m.start() - 2)))) {
                    continue; // a place, not a party
                }
                if (m.start() > 1 && s.lc(m.start() - 2).equals("according")) {
                    continue;
                }
                if (m.role() != null && (m.role().equals(Roles.CVL) || m.role().equals(Roles.REB))) {
                    continue;
                }
                if (m.country() == null && !Roles.UNO.equals(m.role())) {
                    continue;
                }
                first = m;
                break;
            }
        }
        if (first == null) {
            return;
        }
        Candidate c = new Candidate(EventType.TALKS, s, i, "talks");
        c.actor = code(s, first.withRole(Roles.UNO.equals(first.role()) ? Roles.UNO : Roles.GOV), Roles.GOV, false);
        finish(c);
    }

    // ---------------------------------------------------------------- common

    /** Keeps the event, unless it is a conflict event in text about a non-violent cause; true when kept. */
    private boolean finish(Candidate c) {
        org.newswatch.contracts.Cause cause = Causes.of(c.sentence, c.trigger, ctx.cause());
        if (c.type == EventType.KILLED || c.type == EventType.WOUNDED) {
            c.cause = cause; // a flood's toll is still a toll, with its cause: subscriptions choose
        } else if (cause != org.newswatch.contracts.Cause.VIOLENCE) {
            return false; // "an earthquake struck the town", "floods drove 5,000 from their homes": no conflict event
        }
        ctx.events.add(c);
        return true;
    }
}
