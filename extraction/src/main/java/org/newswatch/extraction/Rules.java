package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * The event rules of one article: one pass over the tokens of a sentence, a hash lookup per token for the rules of
 * {@code en/rules/*.rules} anchored on it ({@link RuleSet}), then, for each rule whose pattern and guards hold, its
 * Java pass, which searches the parties, amounts and places around the trigger. The passes are split per type
 * ({@link CasualtyRules}, {@link EquipmentRules}, {@link DisplacementRules}, {@link CaptureRules},
 * {@link OffensiveRules}, {@link AttackRules}, {@link DeploymentRules}, {@link ThreatRules}, {@link TalksRules}) over
 * shared party search ({@link PartySearch}), coding ({@link Coding}) and clause tests ({@link Clauses}); this class
 * binds the rule files' action and guard names to them and runs the loop.
 */
final class Rules {

    final CasualtyRules casualties;
    final PartySearch parties;
    final Coding coding;
    final EquipmentRules equipment;
    final DisplacementRules displacement;
    final CaptureRules capture;
    final OffensiveRules offensive;
    final AttackRules attacks;
    final DeploymentRules deployment;
    final ThreatRules threats;
    final TalksRules talks;

    Rules(ArticleContext ctx) {
        this.casualties = new CasualtyRules(this, ctx);
        this.parties = new PartySearch(this, ctx);
        this.coding = new Coding(this, ctx);
        this.equipment = new EquipmentRules(this, ctx);
        this.displacement = new DisplacementRules(this, ctx);
        this.capture = new CaptureRules(this);
        this.offensive = new OffensiveRules(this, ctx);
        this.attacks = new AttackRules(this, ctx);
        this.deployment = new DeploymentRules(this, ctx);
        this.threats = new ThreatRules(this, ctx);
        this.talks = new TalksRules(this, ctx);
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
                Party obj = PartySearch.partyAfter(s, i); // "hacking 23 people to death", "beat two herders to death"
                if ((obj == null || obj.amount() == null && s.lc(i - 2).equals("them")) && s.lc(i + 1).equals("them")
                        && (s.lc(i - 1).equals("and") || s.lc(i - 1).equals(","))) {
                    // "pulled out 13 suspected gang members and burned them to death": them, the object counted before
                    int k = i;
                    for (int n = 0; n < 3 && k >= 4 && (s.lc(k - 1).equals("and") || s.lc(k - 1).equals(","))
                            && s.lc(k - 2).equals("them") && s.get(k - 3).isWord() && !s.get(k - 3).capitalised(); n++) {
                        k -= 3; // "caught 4 suspected gang members ..., beat them and burned them to death": past each
                        // deed done to them, to the group itself
                    }
                    if (k < i && s.lc(k - 1).equals(",")) {
                        k--; // "four suspected gang members, beat them and ..."
                    }
                    Party before = PartySearch.partyBefore(s, k);
                    obj = before != null && before.amount() != null && before.start() > 0
                            && s.get(before.start() - 1).isWord() && !s.get(before.start() - 1).capitalised() ? before : null;
                }
                if (obj != null && !Clauses.hedged(s, i)) {
                    r.casualties.emitCasualty(s, i, EventType.KILLED, obj, "killed.active");
                }
            }),
            java.util.Map.entry("killedPhrase", (r, s, i) -> {
                if (!r.noCasualties) {
                    r.casualties.casualtyComplex(s, i, CasualtyRules.killComplexEnd(s, i));
                }
            }),
            java.util.Map.entry("killedVerb", (r, s, i) -> r.casualties.casualty(s, i, EventType.KILLED)),
            java.util.Map.entry("killedNoun", (r, s, i) -> r.casualties.casualtyNoun(s, i, EventType.KILLED)),
            java.util.Map.entry("killedNominal", (r, s, i) -> {
                // "IS claimed the assassination of a local SDF official": the victims named after "of"
                Party p = Clauses.hedged(s, i) ? null : PartySearch.partyAfter(s, i);
                if (p == null && !Clauses.hedged(s, i) && s.lc(i + 1).equals("of")) {
                    p = PartySearch.partyAfter(s, i + 1); // "the killing of two of its fighters": a part of a group
                }
                if (p != null && p.amount() != null && p.amount().hasCount() && (p.role() != null || p.country() != null)) {
                    r.casualties.emitCasualty(s, i, EventType.KILLED, p, "killed.nominal");
                }
            }),
            java.util.Map.entry("claimedLivesOf", (r, s, i) -> {
                if (!Clauses.hedged(s, i - 2)) { // "claimed the lives of 12 people"
                    Party p = PartySearch.partyAfter(s, i + 1);
                    if (p != null) {
                        r.casualties.emitCasualty(s, i - 2, EventType.KILLED, p, "killed.claimed-lives");
                    }
                }
            }),
            java.util.Map.entry("numberOf", (r, s, i) -> {
                if (!r.casualties.numberOfEquipment(s, i)) {
                    r.casualties.numberKilled(s, i);
                }
            }),
            java.util.Map.entry("supremePrice", (r, s, i) -> {
                if (!Clauses.hedged(s, i - 3)) { // "one soldier paid the supreme price"
                    r.casualties.casualtyPassive(s, i - 3, EventType.KILLED, "killed.supreme-price");
                }
            }),
            java.util.Map.entry("livesClaimed", (r, s, i) -> {
                Amount a = Parties.amountEndingAt(s, i); // "the bombing claimed at least 43 lives", "cost 12 lives"
                if (a.hasCount() && !Clauses.hedged(s, a.start() - 1)) {
                    Party p = new Party(null, Roles.CVL, false, null, a, a.start(), i, i + 1, null);
                    r.casualties.emitCasualty(s, a.start() - 1, EventType.KILLED, p, "killed.claimed-lives");
                }
            }),
            java.util.Map.entry("lostLives", (r, s, i) -> r.casualties.casualtyPassive(s, i - 2, EventType.KILLED,
                    "killed.lost-lives")),
            java.util.Map.entry("ofThemFatally", (r, s, i) -> r.casualties.ofThemFatally(s, i)),
            java.util.Map.entry("deadWere", (r, s, i) -> r.casualties.deadWere(s, i, "killed.dead-were")),
            java.util.Map.entry("amongDeadWere", (r, s, i) -> r.casualties.deadWere(s, i, "killed.among-dead-were")),
            java.util.Map.entry("amongDead", (r, s, i) -> r.casualties.casualtyPassive(s, i - 2, EventType.KILLED,
                    "killed.among-dead")),
            java.util.Map.entry("amongTheDead", (r, s, i) -> r.casualties.casualtyPassive(s, i - 2, EventType.KILLED,
                    "killed.among-the-dead")),
            java.util.Map.entry("lostLife", (r, s, i) -> r.casualties.casualtyPassive(s, i - 2, EventType.KILLED,
                    "killed.lost-life")),
            java.util.Map.entry("lostLimb", (r, s, i) -> {
                int lost = i - 2; // "lost his leg", "lost his left leg"
                while (lost > 0 && i - lost <= 3 && !s.lc(lost).equals("lost") && !s.lc(lost).equals("loses")) {
                    lost--;
                }
                r.casualties.casualtyPassive(s, lost, EventType.WOUNDED, "wounded.lost-limb");
            }),
            java.util.Map.entry("toll", (r, s, i) -> r.casualties.toll(s, i)),
            java.util.Map.entry("sentToHell", (r, s, i) -> r.casualties.casualtyPassive(s, i, EventType.KILLED,
                    "killed.sent-to-hell")),
            java.util.Map.entry("martyrdom", (r, s, i) -> r.casualties.casualtyPassive(s, i, EventType.KILLED,
                    "killed.martyrdom")),
            java.util.Map.entry("fell", (r, s, i) -> r.casualties.casualtyPassive(s, i, EventType.KILLED,
                    "killed.fell")),
            java.util.Map.entry("toHospital", (r, s, i) -> {
                if (!CasualtyRules.deadBefore(s, i) && !CasualtyRules.partOfThemBefore(s, i)) {
                    r.casualties.casualtyPassive(s, i, EventType.WOUNDED, "wounded.to-hospital");
                }
            }),
            java.util.Map.entry("hitBy", (r, s, i) -> r.casualties.casualtyPassive(s, i, EventType.WOUNDED,
                    "wounded.hit-by")),
            java.util.Map.entry("woundedVerb", (r, s, i) -> r.casualties.casualty(s, i, EventType.WOUNDED)),
            java.util.Map.entry("woundedNoun", (r, s, i) -> r.casualties.casualtyNoun(s, i, EventType.WOUNDED)),
            java.util.Map.entry("sustainedBefore", (r, s, i) -> r.casualties.sustained(s, i - 1)),
            java.util.Map.entry("sustainedTwoBefore", (r, s, i) -> r.casualties.sustained(s, i - 2)),
            java.util.Map.entry("survivedWith", (r, s, i) -> r.casualties.survivedWith(s, i)),
            java.util.Map.entry("equipment", (r, s, i) -> r.equipment.equipment(s, i)),
            java.util.Map.entry("equipmentLost", (r, s, i) -> r.equipment.equipmentLost(s, i)),
            java.util.Map.entry("displacement", (r, s, i) -> r.displacement.displacement(s, i)),
            java.util.Map.entry("displacementMove", (r, s, i) -> r.displacement.displacementMove(s, i)),
            java.util.Map.entry("homeless", (r, s, i) -> r.displacement.homeless(s, i)),
            java.util.Map.entry("capture", (r, s, i) -> r.capture.capture(s, i)),
            java.util.Map.entry("cameUnderControl", (r, s, i) -> r.capture.cameUnderControl(s, i)),
            java.util.Map.entry("pushedOut", (r, s, i) -> r.capture.pushedOut(s, i)),
            java.util.Map.entry("handedOver", (r, s, i) -> r.capture.handedOver(s, i)),
            java.util.Map.entry("offensive", (r, s, i) -> r.offensive.offensive(s, i)),
            java.util.Map.entry("attack", (r, s, i) -> r.attacks.attack(s, i)),
            java.util.Map.entry("clash", (r, s, i) -> r.attacks.clash(s, i)),
            java.util.Map.entry("explosive", (r, s, i) -> r.attacks.explosive(s, i)),
            java.util.Map.entry("impact", (r, s, i) -> r.attacks.impact(s, i)),
            java.util.Map.entry("cameUnder", (r, s, i) -> r.attacks.cameUnder(s, i)),
            java.util.Map.entry("vehicleOnMine", (r, s, i) -> r.attacks.vehicleOnMine(s, i)),
            java.util.Map.entry("deployment", (r, s, i) -> r.deployment.deployment(s, i)),
            java.util.Map.entry("threat", (r, s, i) -> r.threats.threat(s, i)),
            java.util.Map.entry("talks", (r, s, i) -> r.talks.talks(s, i)));

    private static final java.util.Set<String> SERIES_ORDINALS = Lexicon.words("SERIES_ORDINALS");
    private static final java.util.Set<String> DENIED_OR_ACCUSED = Lexicon.words("DENIALS", "ACCUSING");

    /** "Police denied firing live rounds", "accused police of firing tear gas": a deed denied or charged, not told. */
    private static boolean deniedOrAccused(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
            if (DENIED_OR_ACCUSED.contains(s.lc(k))) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "the third local official killed in the town this month": a death told before, placed in a series. */
    private static boolean nthOfASeries(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && i - k <= 4; k--) {
            if (SERIES_ORDINALS.contains(s.lc(k)) && !s.get(k).capitalised()) { // (not "the Fourth Division")
                // (not "the third blast killed five people": a deed with its own victims after it)
                return s.lc(k - 1).equals("the") && (i + 1 >= s.size() || Numbers.parse(s, i + 1) == null
                        && !Parties.DETERMINERS.contains(s.lc(i + 1)) && !Parties.isHead(s.get(i + 1)));
            }
            if (!s.get(k).isWord() || Lexicon.AUX.contains(s.lc(k))) {
                return false; // "... of the fourth brigade was killed": a verb of its own
            }
        }
        return false;
    }

    private static final java.util.Set<String> EPITHET_KILL_WORDS = Lexicon.words("EPITHET_KILL_WORDS");
    private static final java.util.Set<String> EPITHET_BEFORE = Lexicon.words("EPITHET_BEFORE");
    private static final java.util.Set<String> PREPOSITIONS = Lexicon.words("PREPOSITIONS");

    private static final java.util.Map<String, Guard> GUARDS = java.util.Map.ofEntries(
            java.util.Map.entry("splitToDeath", (r, s, i) -> CasualtyRules.splitToDeath(s, i)),
            java.util.Map.entry("livesClaimed", (r, s, i) -> {
                Amount a = Parties.amountEndingAt(s, i);
                return a != null && CasualtyRules.CLAIM_LIVES.contains(s.lc(a.start() - 1));
            }),
            java.util.Map.entry("takeSense", (r, s, i) -> CaptureRules.takeSense(s, i)),
            java.util.Map.entry("countAfter", (r, s, i) -> Numbers.parse(s, i + 1) != null),
            java.util.Map.entry("notNumberOf", (r, s, i) -> CasualtyRules.numberOfBefore(s, i) < 0),
            java.util.Map.entry("notDenied", (r, s, i) -> !deniedOrAccused(s, i)),
            java.util.Map.entry("notNthOfASeries", (r, s, i) -> !nthOfASeries(s, i)),
            java.util.Map.entry("notEpithet", (r, s, i) -> !(EPITHET_KILL_WORDS.contains(s.lc(i)) && i > 0
                    && EPITHET_BEFORE.contains(s.lc(i - 1)) && i + 1 < s.size() && s.get(i + 1).isWord()
                    && !PREPOSITIONS.contains(s.lc(i + 1)) && !Lexicon.AUX.contains(s.lc(i + 1))
                    && !s.lc(i + 1).startsWith("includ"))), // (not "The slain included three children")
            java.util.Map.entry("peopleAfterPhrase", (r, s, i) -> {
                int end = CasualtyRules.killComplexEnd(s, i); // people after "hacked and burned", not houses
                Amount a = end < 0 ? null : Numbers.parse(s, end + 1); // "at least 184 people"
                int h = end < 0 ? -1 : Parties.nextHead(s, a != null ? a.end() : end + 1, 6);
                return h >= 0 && Roles.headRole(s.lc(h)) != null && !Lexicon.EQUIPMENT.containsKey(s.lc(h))
                        && !Lexicon.EQUIPMENT.containsKey(s.lc(h + 1)) && !Lexicon.NOT_PERSON.contains(s.lc(h + 1));
            }),
            java.util.Map.entry("peopleBefore", (r, s, i) -> {
                Party p = PartySearch.partyBefore(s, i - 1); // before "was"/"were": people, not a house
                return p != null && p.head() >= 0 && Parties.isHead(s.get(p.head())) && p.role() != null;
            }),
            java.util.Map.entry("noFigureAfterTo", (r, s, i) -> Numbers.parse(s, i + 2) == null),
            java.util.Map.entry("insurgentsEnter", (r, s, i) -> r.capture.insurgentsEnter(s, i)),
            java.util.Map.entry("afterWithdrawal", (r, s, i) -> r.capture.afterWithdrawal(s, i)),
            java.util.Map.entry("forcesInto", (r, s, i) -> r.capture.forcesInto(s, i)),
            java.util.Map.entry("completedTakeover", (r, s, i) -> CaptureRules.completedTakeover(s, i)),
            java.util.Map.entry("peopleFell", (r, s, i) -> CasualtyRules.peopleFell(s, i)),
            java.util.Map.entry("announcedLiberation", (r, s, i) -> CaptureRules.announcedLiberation(s, i)),
            java.util.Map.entry("firedAtNext", (r, s, i) -> AttackRules.firedAt(s, i + 1)),
            java.util.Map.entry("weaponsAt", (r, s, i) -> AttackRules.weaponsAt(s, i)),
            java.util.Map.entry("bombAfter", (r, s, i) -> AttackRules.bombAfter(s, i)),
            java.util.Map.entry("onFireAfter", (r, s, i) -> EquipmentRules.onFireAfter(s, i)),
            java.util.Map.entry("forceContext", (r, s, i) -> ThreatRules.forceContext(s)),
            java.util.Map.entry("notEarlyWarning", (r, s, i) -> !(s.lc(i).equals("warning")
                    && s.lc(i - 1).equals("early"))),
            java.util.Map.entry("willAct", (r, s, i) -> ThreatRules.willAct(s, i)));

    /** The compiled rules of {@code en/rules/}. */
    static final RuleSet<Action, Guard> RULES = RuleSet.load(FILES.stream().map(f -> "en/rules/" + f + ".rules")
            .toList(), Lexicon::wordClass, ACTIONS::get, GUARDS::get);

    /** The id of the rule whose pass is running: the rule of the events it finishes. */
    String firing;

    /** Where the sentence being read denies casualties ("no one was hurt"), or -1. */
    private int denial;

    /** The sentence being read denies casualties ("no one was hurt") in the clause of the trigger being read. */
    boolean noCasualties;

    void sentence(Sentence s) {
        denial = Clauses.denialOfCasualties(s);
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
            noCasualties = Clauses.deniedAt(s, denial, i);
            for (RuleSet.Rule<Action, Guard> rule : rules) {
                if ((fired & rule.groupBit) != 0 || rule.casualty && noCasualties || !rule.contextMatches(s, i)
                        || !guardsHold(rule, s, i)) {
                    continue;
                }
                fired |= rule.groupBit;
                firing = rule.id;
                rule.action.run(this, s, i);
                if (rule.stop) {
                    i += rule.span; // "shot dead", "hacked to death": one trigger
                    break;
                }
            }
        }
        if (!attacks.countryFromContext.isEmpty() || !attacks.pendingAttacks.isEmpty()) {
            // "soldiers were killed in an attack on a base": not the soldiers' side
            java.util.Set<String> victims = attacks.casualtiesOf(s);
            attacks.dropAttacksByTheirVictims(victims);
            attacks.resolvePendingAttacks(s, victims);
        }
        firing = null;
    }

    private boolean guardsHold(RuleSet.Rule<Action, Guard> rule, Sentence s, int i) {
        for (Guard g : rule.guards) {
            if (!g.test(this, s, i)) {
                return false;
            }
        }
        return true;
    }
}
