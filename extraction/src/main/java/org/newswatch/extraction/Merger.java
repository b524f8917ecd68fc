package org.newswatch.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Qualifier;

/**
 * One event per real-world event inside an article. First, a figure whose party was inferred takes the
 * party of an explicit report of the same figure ("at least two soldiers" = "Two Turkish soldiers").
 * Then restatements (same type, principal party, figure and equipment) merge, unless both state different
 * days; the merged event keeps the first evidence and the best-attested date and place.
 */
final class Merger {

    private Merger() {
    }

    static List<Candidate> merge(List<Candidate> events) {
        // explicit reports by type, figure, equipment and victim role, each in article order
        Map<String, java.util.TreeMap<Integer, Candidate>> explicit = new HashMap<>();
        for (int k = 0; k < events.size(); k++) {
            Candidate o = events.get(k);
            if (!o.inferred) {
                explicit.computeIfAbsent(figureKey(o), x -> new java.util.TreeMap<>()).put(k, o);
            }
        }
        for (int k = 0; k < events.size(); k++) {
            Candidate c = events.get(k);
            if (!c.inferred || c.count == null || !c.type.victimIsPrincipal()) {
                continue;
            }
            java.util.TreeMap<Integer, Candidate> same = explicit.get(figureKey(c));
            if (same != null && !same.isEmpty()) {
                c.victim = same.firstEntry().getValue().victim;
                c.inferred = false;
                same.put(k, c); // explicit now: a host for the reports after it
            }
        }
        tollOfTheNamedDead(events);
        tallyOfTheSameFighting(events);
        events = headlinePeople(events);
        events = headlineSums(events);
        events = leadSums(events);
        events = headlineRounded(events);
        events = headlineEchoes(events);
        events = whoTheDeadWere(events);
        events = raisedTolls(events);
        events = partsOfTolls(events);
        events = sumListItems(events);
        events = firstOfCompetingFigures(events);
        events = claimedBareFigures(events);
        events = partsAndEarlierTolls(events);
        // "Gunmen killed nine policemen in Muzayrib. A local network said the nine were killed in the town square":
        // "the nine" are the dead told before, not nine more
        events = absorbedInto(events, c -> (c.type == EventType.KILLED || c.type == EventType.WOUNDED) && c.count != null
                && !c.cumulative && definiteFigure(c), (c, o) -> o.type == c.type && c.count.equals(o.count)
                && !o.cumulative && o.sentence.index() < c.sentence.index() && !anotherIncident(c.sentence)
                && (!c.locationStated || !o.locationStated || Objects.equals(o.location, c.location)) && sameDay(o, c));
        // "A worker wounded by shelling two days earlier died in hospital": the wounded who died are dead, not wounded
        events = absorbedInto(events, c -> c.type == EventType.WOUNDED && c.party != null && c.party.head() >= 0,
                (c, o) -> o.type == EventType.KILLED && o.sentence == c.sentence && o.party != null
                        && o.party.head() == c.party.head() && o.trigger > c.trigger
                        && (!c.sentence.anyIn(c.trigger + 1, o.trigger, LIST_BREAKS) || diedAfterAnd(c, o)));
        // "The Taliban claimed to have killed 12 policemen" beside "killing 5 members of the police": the
        // perpetrator's claim is another figure for the same dead, not more dead
        events = absorbed(events, Merger::killersOwnFigure, (c, o) -> o.type == EventType.KILLED && o.count != null
                && Objects.equals(o.victim, c.victim) && !Objects.equals(o.claimedBy, c.claimedBy) && !o.cumulative
                && !c.cumulative && (o.date == null || c.date == null || o.date.equals(c.date)));
        // "An Israeli strike on a school killed more than 90 people ... The military said it had struck a command centre
        // inside the school and had killed 19 militants": the strikers' own account of some of the dead of their strike
        // (other victims by their words), not more dead
        List<Candidate> told = events;
        events = events.stream().filter(c -> !(killersOwnFigure(c) && told.stream().anyMatch(o -> o != c
                && o.type == EventType.KILLED && o.count != null && !o.cumulative && o.count >= c.count
                && !Objects.equals(o.victim, c.victim) && sameDoer(o, c) && o.sentence.index() < c.sentence.index()
                && sameIncidentAs(o, c) && !anotherIncident(c.sentence)))).toList();
        events = sameFigureOtherwiseNamed(events);
        // "The body of a soldier was found on Saturday, two days after he went missing; a source accused gunmen of
        // killing him": the one person a pronoun stands for, told dead before in the sentence or the one before, is
        // that person, whatever day his killing took
        List<Candidate> before = events;
        events = absorbed(events, c -> c.type == EventType.KILLED && c.count != null && c.count == 1 && c.party != null
                && "him".equals(c.party.anaphor()), (c, o) -> o.type == EventType.KILLED && o.count != null
                && o.count == 1 && !o.cumulative && (o.sentence == c.sentence && o.trigger < c.trigger
                || o.sentence.index() == c.sentence.index() - 1 && before.stream().noneMatch(d -> d != c
                && d.type == EventType.KILLED && d.sentence == c.sentence && d.trigger < c.trigger))
                && !anotherIncident(c.sentence)
                && (!c.locationStated || !o.locationStated || Objects.equals(o.location, c.location)));
        // an uncounted restatement next to the figured report ("had killed its Turkish soldiers in Idlib's
        // Taftanaz area" after "Five Turkish soldiers were killed") is the same event
        // ("fighters killed since 27 August" inside "5 killed, bringing the number of fighters killed since 27
        // August to 96" says nothing of the 5: a running total it names does not make the figure one)
        events = absorbed(events, c -> c.count == null && c.vague == null && c.type.victimIsPrincipal()
                && c.type != EventType.EQUIPMENT_LOSS, (c, o) -> o.count != null && o.type == c.type
                && Objects.equals(o.principal(), c.principal()) && Math.abs(o.sentence.index() - c.sentence.index()) <= 1
                && (o.cumulative || !c.cumulative));
        List<Candidate> out = new ArrayList<>();
        Map<String, List<Candidate>> byKey = new HashMap<>();
        for (Candidate c : events) {
            if (c.principal() == null && !(c.type == EventType.ATTACK && noOtherAttack(c, events))) {
                continue; // an event nobody is named in is kept only as the one attack of its sentence ("a bomb
                // tore through a mosque", "gunmen opened fire on a checkpoint": the coders' attack by nobody named)
            }
            List<Candidate> same = byKey.computeIfAbsent(c.key(), k -> new ArrayList<>());
            Candidate into = null;
            for (Candidate o : same) {
                if (compatible(o, c)) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                same.add(c);
                out.add(c);
            } else {
                absorb(into, c);
            }
        }
        return out;
    }

    /**
     * "killing 4 SNA fighters and 2 SDF members", "a woman and her son were shot dead": the items of one list of
     * victims that get one code are one figure, their sum (gold "Counting": one line per group).
     */
    private static List<Candidate> sumListItems(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : events) {
            Candidate into = null;
            if (c.listItem > 1 && c.count != null && c.countHigh == null) {
                for (Candidate o : kept) {
                    if (o.listItem > 0 && o.sentence == c.sentence && o.trigger == c.trigger && o.type == c.type
                            && Objects.equals(o.victim, c.victim) && o.count != null && o.countHigh == null
                            && o.qualifier == c.qualifier && !placeBetween(o, c)) {
                        into = o;
                        break;
                    }
                }
            }
            if (into == null) {
                kept.add(c);
            } else {
                into.count += c.count;
                absorb(into, c);
            }
        }
        return kept;
    }

    /**
     * "killing a man and his wife in Mhambel and three children in Al-Qarqur": a place told between two items of the
     * list puts them in two places, two lines.
     */
    private static boolean placeBetween(Candidate o, Candidate c) {
        if (o.party == null || c.party == null) {
            return false;
        }
        for (int k = o.party.end(); k + 1 < c.party.start(); k++) {
            if (Lexicon.PLACE_PREPOSITIONS.contains(o.sentence.lc(k)) && Places.capitalisedName(o.sentence.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Pagers explode across Lebanon, killing 12 ... Hezbollah said at least 8 of its fighters were among the dead":
     * dead among a toll told before are part of it; "Toll rises to 68 ... An earlier toll on Sunday had put the
     * number of dead at 58": a figure the story calls earlier is one the other replaced; "lost 1,000 men killed" is
     * one loss. None adds dead.
     */
    private static List<Candidate> partsAndEarlierTolls(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events.size());
        for (Candidate c : events) {
            boolean part = false;
            if (c.type == EventType.KILLED && c.count != null && !c.cumulative) {
                boolean among = c.rule != null && c.rule.startsWith("killed.among") || ofTheWounded(c)
                        // "A South African contractor was among those killed in the convoy"
                        || c.trigger >= 2 && c.sentence.lc(c.trigger - 2).equals("among")
                        && (c.sentence.lc(c.trigger - 1).equals("those") || c.sentence.lc(c.trigger - 1).equals("the"))
                        // "Three ICRC employees were among the dead, ..., and a journalist was also killed"
                        || c.sentence.lc(c.trigger - 1).equals("also") && amongTheDeadIn(c.sentence, events);
                boolean lostKilled = !"killed.lost".equals(c.rule);
                boolean earlier = !among && earlierToll(c);
                boolean had = !among && !earlier && hadReported(c);
                for (Candidate o : events) {
                    if (o != c && o.type == EventType.KILLED && (o.count != null || among && o.vague != null)
                            // ... and "Fighting in the region has killed 80 since Thursday. Among the dead were a
                            // couple and their baby, killed near Tibu": the tally's dead, wherever and whenever
                            && (!o.cumulative || among)
                            && (among && o.cumulative || !c.locationStated || !o.locationStated
                                    || Objects.equals(o.location, c.location))
                            && (among && o.sentence.index() <= c.sentence.index()
                                    && (o.count == null || o.count >= c.count) // "killing dozens of people"
                                    && (o.sentence != c.sentence || o.trigger < c.trigger)
                                    && (sameDay(o, c) || c.dateStrength < Candidate.DATE_STATED || o.cumulative
                                            // "the toll from Sunday's bombing rose to 54 on Monday, with 23 children
                                            // among the dead": the sentence's own toll, whatever day each took
                                            || o.sentence == c.sentence)
                            || earlier && !earlierToll(o) && sameDead(o, c)
                            || had && o.count != null && o.count > c.count && !hadReported(o) && sameDead(o, c)
                            // "had lost more than 1,000 men killed": the loss and its participle are one figure
                            || lostKilled && "killed.lost".equals(o.rule) && o.sentence == c.sentence
                                    && c.count.equals(o.count) && o.trigger < c.trigger && c.trigger - o.trigger <= 8)) {
                        part = true;
                        break;
                    }
                }
            }
            if (!part) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * "Turkish troops killed in air strike in Syria's Idlib as toll climbs to 33": a toll with no victims of its own
     * counts the dead its sentence names without a figure (then the one figure of them).
     */
    private static void tollOfTheNamedDead(List<Candidate> events) {
        for (Candidate c : events) {
            if (c.type != EventType.KILLED || c.count == null || c.rule == null || !c.rule.startsWith("killed.toll")
                    || c.party != null && c.party.head() >= 0) {
                continue;
            }
            for (Candidate o : events) {
                if (o != c && o.type == EventType.KILLED && o.sentence == c.sentence && o.trigger < c.trigger
                        && o.count == null && o.vague == null && o.victim != null && o.party != null && o.party.head() >= 0) {
                    c.victim = o.victim;
                    c.inferred = o.inferred;
                    break;
                }
            }
        }
    }

    /**
     * "59 of its citizens had been killed in clashes along the border since Wednesday ... Tajikistan said 35 of its
     * people had been killed in the fighting": a toll of "the fighting" with no day of its own, after a toll told as a
     * tally, is a tally of that fighting too (not after one day's toll: "killed 46 on Friday ... 35 had been killed in
     * the same fighting" stays the day's).
     */
    private static void tallyOfTheSameFighting(List<Candidate> events) {
        for (int k = 0; k < events.size(); k++) {
            Candidate c = events.get(k);
            if (c.type != EventType.KILLED || c.count == null || c.cumulative
                    || c.dateStrength == Candidate.DATE_STATED || !ofTheFighting(c)) {
                continue;
            }
            for (int j = k - 1; j >= 0; j--) {
                Candidate o = events.get(j);
                if (o.type == EventType.KILLED && o.count != null && o.sentence.index() < c.sentence.index()) {
                    c.cumulative = o.cumulative;
                    break;
                }
            }
        }
    }

    /** "killed in the fighting", "in the same clashes": the fighting told before, a few words after the trigger. */
    private static boolean ofTheFighting(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        for (int k = c.trigger + 1; k < s.size() && k - c.trigger <= 3; k++) {
            if (s.lc(k).equals("the") && (FIGHTING_NOUNS.contains(s.lc(k + 1))
                    || s.lc(k + 1).equals("same") && FIGHTING_NOUNS.contains(s.lc(k + 2)))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> FIGHTING_NOUNS = Lexicon.words("FIGHTING_NOUNS");

    /** "the nine were killed", "all 12 passengers died": a figure the determiner points back to. */
    private static boolean definiteFigure(Candidate c) {
        Amount a = c.party == null ? null : c.party.amount();
        return a != null && a.start() > 0 && DEFINITE_FIGURE.contains(c.sentence.lc(a.start() - 1));
    }

    private static final java.util.Set<String> DEFINITE_FIGURE = Lexicon.words("DEFINITE_FIGURE");

    /** "risen to six, after one of the injured died in hospital": a death among the wounded of a toll told. */
    private static boolean ofTheWounded(Candidate c) {
        Amount a = c.party == null ? null : c.party.amount();
        if (a == null) {
            return false;
        }
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int e = s.lc(a.end() - 1).equals("of") ? a.end() - 1 : a.end();
        return s.lc(e).equals("of") && s.lc(e + 1).equals("the") && (s.lc(e + 2).equals("injured")
                || s.lc(e + 2).equals("wounded"));
    }

    private static boolean amongTheDeadIn(org.newswatch.extraction.text.Sentence s, List<Candidate> events) {
        for (Candidate o : events) {
            if (o.sentence == s && o.rule != null && o.rule.startsWith("killed.among")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "An earlier toll had put the number of dead at 58", "the initial figure of 40", "Police said earlier that at least
     * 12 civilians had died", "Police had first reported 53 dead": a figure since replaced.
     */
    private static boolean earlierToll(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int to = c.party != null && c.party.amount() != null ? c.party.amount().start() : c.trigger;
        for (int k = Math.max(1, to - 5); k < to; k++) {
            if (Lexicon.SPEECH.contains(s.lc(k)) && (EARLIER_TOLL_WORDS.contains(s.lc(k + 1))
                    || EARLIER_TOLL_WORDS.contains(s.lc(k - 1)))) {
                return true; // the source's earlier word for the dead
            }
        }
        for (int k = Math.max(1, to - 10); k < to; k++) {
            if (TOLL_NOUNS.contains(s.lc(k))) {
                for (int a = k + 1; a < to && a - k <= 3; a++) {
                    if (s.lc(a).equals("then") || s.lc(a).equals("had") && s.lc(a + 1).equals("stood")) {
                        return true; // "the toll then stood at 30", "The toll had stood at 83 on Sunday"
                    }
                }
                for (int b = k - 1; b >= 0 && k - b <= 3 && !s.lc(b).equals(","); b--) {
                    if (EARLIER_TOLL_WORDS.contains(s.lc(b))) {
                        return true; // "an earlier toll", "an initial death toll", "had earlier given a toll"
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Officials had said on Saturday that 24 people were dead", "The UN had put the toll at 70": a figure a source
     * had given before, told as the sentence's own report (no speech before it, no "more", "other" or "separate"
     * dead, no count "as of" a day in its clause). Kept apart only from a higher toll of the same dead.
     */
    private static boolean hadReported(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int to = c.party != null && c.party.amount() != null ? c.party.amount().start() : c.trigger;
        int from = 0;
        for (int k = to - 1; k >= 0; k--) {
            if (s.lc(k).equals(";") || s.lc(k).equals(",")) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < to; k++) {
            String x = s.lc(k);
            if (Lexicon.SPEECH.contains(x) && !(k > 0 && s.lc(k - 1).equals("had")) || x.equals("as") && s.lc(k + 1).equals("of")) {
                return false; // "Officials said they had confirmed that ...": the speech of now
            }
            if (!x.equals("had")) {
                continue;
            }
            int v = k + 1;
            while (v < to && (EARLIER_TOLL_WORDS.contains(s.lc(v)) || s.lc(v).equals("already"))) {
                v++; // "had earlier said", "had initially given"
            }
            if (EARLIER_REPORT_VERBS.contains(s.lc(v))) {
                // not "had confirmed that three more villagers were killed", "in a separate raid"
                return !s.anyIn(v + 1, Math.min(s.size(), c.trigger + 2), ANOTHER_INCIDENT_WORDS);
            }
        }
        return false;
    }

    private static final java.util.Set<String> TOLL_NOUNS = Lexicon.words("TOLL_NOUNS");
    private static final java.util.Set<String> EARLIER_TOLL_WORDS = Lexicon.words("EARLIER_TOLL_WORDS");
    private static final java.util.Set<String> EARLIER_REPORT_VERBS = Lexicon.words("EARLIER_REPORT_VERBS");

    /** True when no other ATTACK comes from c's sentence ("an IED exploded": the attack by nobody named). */
    private static boolean noOtherAttack(Candidate c, List<Candidate> events) {
        for (Candidate o : events) {
            if (o != c && o.type == EventType.ATTACK && o.sentence == c.sentence && o.principal() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The prosecutor said about 60 people were killed, while survivors counted 147 dead", "killing 11 soldiers;
     * the group claimed ... it had killed 15": two figures of one sentence for the same dead, set against each other,
     * are one toll told twice; so is a later sentence's estimate ("gave a lower toll of 16 dead") or a source's bare
     * report of dead ("hospital officials said 14 had died") for the same place and day. The first stated is kept
     * (the coders' rule), the other would double the sum.
     */
    private static List<Candidate> firstOfCompetingFigures(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events.size());
        for (Candidate c : events) {
            boolean competing = false;
            if (c.type == EventType.KILLED && c.count != null && !c.cumulative) {
                boolean estimate = tollPutAt(c);
                // "A car bomb killed 10 people in Mogadishu ... Hospital officials said 14 people had died"
                // (a person named at no place is no figure for the toll: "One of the rescuers, a 31-year-old
                // volunteer, was killed, the organisation said" after a second strike; "one of its staff members, a
                // nurse, was killed in Pieri" is one of Pieri's dead)
                boolean restated = !estimate && (c.count > 1 || c.locationStated || !oneOfAGroup(c))
                        && restatedBySource(c); // ("Hospital officials said one man was killed" is the toll again)
                for (Candidate o : kept) {
                    if (o.type == EventType.KILLED && o.count != null && !o.cumulative && !o.count.equals(c.count)
                            && (Objects.equals(o.victim, c.victim) && o.sentence == c.sentence && o.trigger < c.trigger
                            && contrastBetween(c.sentence, o.trigger, c.trigger) && !twoNamedSides(o, c)
                            || (estimate && !anotherIncident(c.sentence) && (sameDay(o, c) || carriedDayOfNoOtherToll(c, kept)
                            || o.dateStrength == Candidate.DATE_REPORT && c.dateStrength < Candidate.DATE_STATED)
                            // (the toll's day unknown, the estimate's may be it; not an estimate of a day of its own)
                            || restated && (sameIncidentAs(o, c)
                            || !c.locationStated && (carriedDayOfNoOtherToll(c, kept) || dayOfTheSaying(c))))
                            && o.sentence.index() < c.sentence.index() && sameDead(o, c)
                            // "State media said 25 passengers were killed ...; SOHR put the soldiers' toll at 37"
                            || estimate && o.sentence == c.sentence && o.trigger < c.trigger
                            // "... killing more than 100 soldiers. JNIM claimed the attack on Wednesday, saying it had
                            // killed 107 soldiers": the killers' later claim for the dead already told
                            || killersClaim(c) && !killersClaim(o) && o.sentence.index() < c.sentence.index()
                            && claimOf(o, c) && sameDead(o, c))) {
                        // ... and "Residents put the toll at between 140 and 200" after a toll told before: another
                        // source's figure for the same dead
                        competing = true;
                        if (restated && c.count > o.count && laterCount(c) && !unconfirmed(c.sentence)) {
                            kept.set(kept.indexOf(o), c); // "killed about 100 people on Tuesday ... A rescue worker
                            // said 165 bodies had been counted by Wednesday afternoon": the count has grown since
                        } else if (selfClaim(o) && !selfClaim(c)) {
                            kept.set(kept.indexOf(o), c); // "The group said it had killed 17 soldiers; an army officer
                            // said four soldiers were killed": the killers' own figure gives way
                        }
                        break;
                    }
                }
            }
            if (!competing) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * The doer of c's killing did o's: the same actor, or, when o has none, o's sentence names the actor's country
     * before the deed ("An Israeli air strike hit a school ..., killing 90").
     */
    private static boolean sameDoer(Candidate o, Candidate c) {
        if (c.actor.equals(o.actor)) {
            return true;
        }
        if (o.actor != null || c.actor.length() < 3 || o.victim != null && o.victim.startsWith(c.actor.substring(0, 3))) {
            return false; // not "15 Israeli soldiers were killed ... The Israeli army said it had killed 10 fighters"
        }
        for (int k = 0; k < o.trigger; k++) {
            if (o.party != null && k >= o.party.start() && k < o.party.end()) {
                continue; // the victims' own demonym is not their killers'
            }
            Countries.Entry e = Countries.lookup(o.sentence.lc(k));
            if (e != null && e.kind() == Countries.Kind.DEMONYM && c.actor.startsWith(e.iso3())) {
                return true;
            }
        }
        return false;
    }

    /** A death toll the killers give of their own deed ("the army said it had killed five militants"). */
    private static boolean killersOwnFigure(Candidate c) {
        return c.type == EventType.KILLED && c.count != null && c.claimedBy != null && c.claimedBy.equals(c.actor)
                && !c.cumulative;
    }

    /**
     * "the health ministry said five people were killed. The Israeli army said it had killed five militants": the
     * killers' claim of the very figure another source told before, at the same place and day, is the same dead, whom
     * each side names its own way (not the claimant's own dead: "two soldiers were killed ... the army said it had
     * killed two of the attackers"; not a separate operation elsewhere).
     */
    private static List<Candidate> sameFigureOtherwiseNamed(List<Candidate> events) {
        return events.stream().filter(c -> !(killersOwnFigure(c) && c.count > 1 && events.stream().anyMatch(o -> o != c
                && o.type == EventType.KILLED && c.count.equals(o.count) && !o.cumulative
                && !Objects.equals(o.victim, c.victim) && !Objects.equals(o.claimedBy, c.claimedBy)
                && !Objects.equals(o.victim, c.claimedBy) && o.location != null && o.location.equals(c.location)
                && !anotherIncident(c.sentence) && o.sentence.index() < c.sentence.index()
                && Objects.equals(o.date, c.date)))).toList();
    }

    /**
     * "3 soldiers were killed. The Taliban claimed 8 killed.": a bare figure a side claims after a toll of the same day
     * and place was told is the claimant's figure for those dead, not more dead (a monitor's note codes the first).
     */
    private static List<Candidate> claimedBareFigures(List<Candidate> events) {
        return events.stream().filter(c -> !(c.type == EventType.KILLED && c.count != null && !c.cumulative
                && c.party != null && c.party.head() < 0 && c.party.amount() != null
                && CLAIM_VERBS.contains(c.sentence.lc(c.party.amount().start() - 1))
                && !anotherIncident(c.sentence) && clauseEndsAt(c.sentence, c.trigger + 1)
                && events.stream().anyMatch(o -> o != c && o.type == EventType.KILLED && o.count != null
                        && !o.cumulative && o.sentence.index() < c.sentence.index() && Objects.equals(o.date, c.date)
                        && (o.location == null || c.location == null || o.location.equals(c.location))))).toList();
    }

    private static final java.util.Set<String> CLAIM_VERBS = Lexicon.words("CLAIM_VERBS");

    /** Nothing more of the claim after its figure's word: "claimed 8 killed." (not "... in an ambush on a convoy"). */
    private static boolean clauseEndsAt(org.newswatch.extraction.text.Sentence s, int k) {
        return k >= s.size() || s.lc(k).equals(".") || s.lc(k).equals(";") || s.lc(k).equals(",")
                && Lexicon.SPEECH.contains(s.lc(k + 2));
    }

    /** "One of the rescuers was killed": one person of a group the figure names. */
    private static boolean oneOfAGroup(Candidate c) {
        Amount a = c.party == null ? null : c.party.amount();
        return a != null && c.sentence.lc(a.start()).equals("one") && c.sentence.lc(a.start() + 1).equals("of");
    }

    /** "165 bodies had been counted by Wednesday afternoon": a count as of a time named after "by". */
    private static boolean laterCount(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        for (int k = c.trigger + 1; k + 1 < s.size() && k - c.trigger <= 6; k++) {
            if (s.lc(k).equals("by") && Dates.isCalendarWord(s.lc(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "... but officials have not confirmed that figure", "Reuters was unable to independently verify it", "a figure
     * officials have yet to confirm": a figure its own sentence says nobody has confirmed (a negation or a doubt word
     * in the clause before the confirming word).
     */
    private static boolean unconfirmed(org.newswatch.extraction.text.Sentence s) {
        for (int k = 1; k < s.size(); k++) {
            if (!UNCONFIRMED.contains(s.lc(k))) {
                continue;
            }
            for (int j = k - 1; j >= 0 && k - j <= 8; j--) {
                String x = s.lc(j);
                if (x.equals(",") || x.equals(";")) {
                    break;
                }
                if (Lexicon.NEGATION.contains(x) || DOUBTS.contains(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> DOUBTS = Lexicon.words("CONFIRMING_DOUBTS");
    private static final java.util.Set<String> UNCONFIRMED = Lexicon.words("CONFIRMING");

    /** "have killed 14 people since Friday": a span opened by "since" in the figure's own clause after its verb. */
    private static boolean sinceAfter(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        for (int k = c.trigger + 1; k < s.size() && k - c.trigger <= 6; k++) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";") || x.equals(".")) {
                return false;
            }
            if (x.equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** A later figure's own place and day are the earlier one's (none stated is no other). */
    private static boolean sameIncidentAs(Candidate o, Candidate c) {
        return (!c.locationStated || Objects.equals(c.location, o.location) || Places.siteName(c.location))
                && sameDay(o, c); // ... a site named as the place ("the al-Tabi'in school") is inside the town told before
    }

    /** A later figure's day is the earlier one's, or it states none (the report's day). */
    private static boolean sameDay(Candidate o, Candidate c) {
        return Objects.equals(o.date, c.date) || c.dateStrength == Candidate.DATE_REPORT;
    }

    /**
     * "JNIM claimed on 12 June to have killed 107 soldiers the previous day ... Local sources put the number of
     * soldiers killed at more than 100": an estimate whose day is only carried over from the sentence before (the
     * claim's) is of the toll's day, unless another toll was told on that day; so is a source's bare figure ("killed
     * at least 59 people late on Friday, officials said on Sunday. Amnesty said more than 100 people had died": the
     * day carried is the saying's).
     */
    private static boolean carriedDayOfNoOtherToll(Candidate c, List<Candidate> kept) {
        if (c.dateStrength != Candidate.DATE_CARRIED) {
            return false;
        }
        for (Candidate k : kept) {
            if (k.type == EventType.KILLED && k.count != null && Objects.equals(k.date, c.date)) {
                return false; // (not "killing residents": dead told by no figure are no toll)
            }
        }
        return true;
    }

    /** "In a separate attack in Baidoa, officials gave a toll of 6 dead": a word of a separate incident. */
    private static boolean anotherIncident(org.newswatch.extraction.text.Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (SEPARATE_INCIDENT_WORDS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hospital officials said 14 people had died", "a militia leader said 110 bodies had been recovered": a source's
     * figure for dead, told with no deed of its own (no attacker, no attack or incident word, no word of another
     * incident: "more than 100 people had died" is a qualifier, not more dead) in a sentence after the one that told
     * the incident.
     */
    private static boolean restatedBySource(Candidate c) {
        if (c.actor != null || c.party == null || c.party.amount() == null) {
            return false;
        }
        org.newswatch.extraction.text.Sentence s = c.sentence;
        String verb = s.lc(c.trigger);
        if (!Lexicon.KILL_INTRANSITIVE.contains(verb) && !Lexicon.AUX.contains(s.lc(c.trigger - 1))
                && !Lexicon.KILL_NOUNS.contains(verb)) {
            return false; // "police said gunmen shot dead 3 people": a deed told with its doers
        }
        boolean speech = false;
        for (int k = 0; k < s.size(); k++) {
            String x = s.lc(k);
            if ((Lexicon.ATTACK_NOUNS.contains(x) || Lexicon.INCIDENT_NOUNS.contains(x)) && !whatItCalled(s, k)
                    || ANOTHER_INCIDENT_WORDS.contains(x) && !otherWordOfNoOtherDead(c, k)
                    || Lexicon.ATTACK_VERBS.contains(x)
                    || Lexicon.KILL_VERBS.contains(x) && k != c.trigger && !Lexicon.AUX.contains(s.lc(k - 1))) {
                return false;
            }
            speech |= Lexicon.SPEECH.contains(x) || TALLY_VERBS.contains(x); // "a security document listed 77 dead"
        }
        return speech;
    }

    private static final java.util.Set<String> TALLY_VERBS = Lexicon.words("TALLY_VERBS");

    /**
     * "had been killed in what it called a massacre", "in what the army described as an ambush": a speaker's name for
     * the deed told, not another incident.
     */
    private static boolean whatItCalled(org.newswatch.extraction.text.Sentence s, int k) {
        for (int j = k - 1; j >= 1 && k - j <= 4; j--) {
            if (NAMING_VERBS.contains(s.lc(j))) {
                for (int w = j - 1; w >= 0 && j - w <= 4; w--) {
                    if (s.lc(w).equals("what")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> NAMING_VERBS = Lexicon.words("NAMING_VERBS");

    /**
     * A word of another incident at k that tells no other dead: "more than 100" (a qualifier), "dozens more were
     * wounded" (more of another figure, away from the dead's phrase), "later said" (the saying's time).
     */
    private static boolean otherWordOfNoOtherDead(Candidate c, int k) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        String x = s.lc(k);
        if (x.equals("more")) {
            return s.lc(k + 1).equals("than") || k < c.party.start() - 1 || k > Math.max(c.trigger, c.party.end());
        }
        // "Another said more than 60 had died", "Another resident said": another source, not another incident
        return (x.equals("later") || x.equals("earlier") || x.equals("another")) && (Lexicon.SPEECH.contains(s.lc(k + 1))
                || x.equals("another") && SOURCE_NOUNS.contains(s.lc(k + 1)) && Lexicon.SPEECH.contains(s.lc(k + 2)));
    }

    private static final java.util.Set<String> SOURCE_NOUNS = Lexicon.words("SOURCE_NOUNS");

    /**
     * "The commission said on Monday that more than 200 people had been killed": the only day of the sentence is the
     * saying's, told right after its verb, not the dead's.
     */
    private static boolean dayOfTheSaying(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int said = -1;
        int days = 0;
        for (int k = 1; k + 1 < s.size(); k++) {
            if (s.lc(k).equals("on") && (Dates.weekday(s.lc(k + 1)) != null || Dates.isCalendarWord(s.lc(k + 1)))) {
                days++;
                if (Lexicon.SPEECH.contains(s.lc(k - 1)) && k < c.trigger) {
                    said = k;
                }
            }
        }
        return said > 0 && days == 1;
    }

    private static final java.util.Set<String> ANOTHER_INCIDENT_WORDS = Lexicon.words("ANOTHER_INCIDENT_WORDS");
    private static final java.util.Set<String> SEPARATE_INCIDENT_WORDS = Lexicon.words("SEPARATE_INCIDENT_WORDS");

    /**
     * The same dead by their code, or a bare figure ("a lower toll of 16 dead": civilians by default) of the same
     * country as the dead told before.
     */
    private static boolean sameDead(Candidate o, Candidate c) {
        if (Objects.equals(o.victim, c.victim)) {
            return true;
        }
        if (o.victim != null && c.victim != null && o.victim.length() == 6 && c.victim.length() == 6
                && o.victim.startsWith(c.victim.substring(0, 3)) && CIVILIAN_ROLES.contains(role(o.victim))
                && CIVILIAN_ROLES.contains(role(c.victim))) {
            return true; // "killing more than 90 people" at a shelter of the displaced (REF), "93 bodies" (CVL)
        }
        return c.party != null && c.party.head() < 0 && o.victim != null && c.victim != null && o.victim.length() >= 3
                && c.victim.startsWith(o.victim.substring(0, 3))
                // not "killed seven of them" when "them" are the attackers, and the toll before the soldiers
                && !((c.party.anaphor() != null || ofThem(c)) && c.victim.length() > 3 && o.victim.length() > 3
                && !c.victim.substring(3).equals(o.victim.substring(3)));
    }

    private static final java.util.Set<String> CIVILIAN_ROLES = java.util.Set.of(Roles.CVL, Roles.REF);

    /** "killed seven of them": a figure of a group told before, whose code the anaphor gave. */
    private static boolean ofThem(Candidate c) {
        Amount a = c.party.amount();
        if (a == null) {
            return false;
        }
        int e = c.sentence.lc(a.end() - 1).equals("of") ? a.end() - 1 : a.end();
        return c.sentence.lc(e).equals("of") && THEM.contains(c.sentence.lc(e + 1));
    }

    private static final java.util.Set<String> THEM = Lexicon.words("THEM");

    /**
     * "killing 6 of the attackers, while 2 SDF fighters lost their lives": a side named by its group against another
     * phrase for the dead is two sides' dead, not one toll told twice.
     */
    private static boolean twoNamedSides(Candidate a, Candidate b) {
        if (a.party == null || b.party == null || a.party.head() < 0 || b.party.head() < 0) {
            return false;
        }
        return (a.party.explicit() || b.party.explicit() || ownSide(b))
                && !a.sentence.lc(a.party.head()).equals(b.sentence.lc(b.party.head()));
    }

    /** "2 of its own fighters died", "their own men": the dead of the side that speaks, not the other's. */
    private static boolean ownSide(Candidate c) {
        for (int k = c.party.start(); k < c.party.head(); k++) {
            String x = c.sentence.lc(k);
            if (x.equals("own") || Lexicon.POSSESSIVE_DETERMINERS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Residents put the toll at ...", "the government put the death toll at 49", "the army gave a lower toll of 16
     * dead", "after an initial toll of six dead": a source's estimate of a toll, another figure for dead told before.
     */
    private static boolean tollPutAt(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int toll = s.lc(c.trigger).equals("toll") ? c.trigger : -1;
        if (toll < 0 && c.party != null && c.party.amount() != null) {
            int a = c.party.amount().start(); // "a lower toll of 16 dead", "toll at nine dead": the figure's toll word
            toll = s.lc(a - 2).equals("toll") && (s.lc(a - 1).equals("of") || s.lc(a - 1).equals("at")) ? a - 2 : -1;
        }
        if (toll < 0) {
            toll = CasualtyRules.numberOfBefore(s, c.trigger); // "put the number of dead at 93"
        }
        if (toll < 0) {
            return false;
        }
        for (int k = toll - 1; k >= 0 && toll - k <= 4; k--) {
            if (Lexicon.PUT_FORMS.contains(s.lc(k)) || OTHER_TOLL_WORDS.contains(s.lc(k))) {
                return true;
            }
        }
        // "Sudan's sovereign council said the death toll stood at more than 100": a source's statement of the toll
        return s.lc(toll + 1).equals("stood") && s.lc(toll + 2).equals("at")
                && (Lexicon.SPEECH.contains(s.lc(toll - 2)) || Lexicon.SPEECH.contains(s.lc(toll - 3)));
    }

    private static final java.util.Set<String> OTHER_TOLL_WORDS = Lexicon.words("OTHER_TOLL_WORDS");

    /** A figure its killers give: told in their words, or claimed by the party the engine made its actor. */
    private static boolean killersClaim(Candidate c) {
        return selfClaim(c) || claimedInItsWords(c) || c.claimedBy != null && c.claimedBy.equals(c.actor);
    }

    /** A claim's place is the toll's (or none), its day the toll's or a few days after (the day it was claimed). */
    private static boolean claimOf(Candidate o, Candidate c) {
        if (c.locationStated && !Objects.equals(c.location, o.location)) {
            return false;
        }
        return o.date == null || c.date == null || !c.date.isBefore(o.date) && !c.date.isAfter(o.date.plusDays(3));
    }

    /** "The group said it had killed 17 soldiers", "Al Shabaab said its fighters had killed 57": a killer's own figure. */
    private static boolean selfClaim(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int k = c.trigger - 1;
        while (k > 0 && (s.lc(k).equals("had") || s.lc(k).equals("has") || s.lc(k).equals("have"))) {
            k--;
        }
        if (k > 1 && Parties.isHead(s.get(k)) && (s.lc(k - 1).equals("its") || s.lc(k - 1).equals("their"))) {
            k--; // "Al Shabaab said its fighters had killed 57 soldiers"
        }
        return isPronoun(s.lc(k)) && (Lexicon.SPEECH.contains(s.lc(k - 1))
                || s.lc(k - 1).equals("that") && Lexicon.SPEECH.contains(s.lc(k - 2)));
    }

    /** "The group claimed the attack, saying it had taken the base and killed 107 soldiers": a claim's clause. */
    private static boolean claimedInItsWords(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        for (int b = c.trigger - 1; b > 1 && c.trigger - b <= 12; b--) {
            String x = s.lc(b);
            if (x.equals(";") || Lexicon.SPEECH.contains(x) || CLAIMING.contains(x)) {
                return false;
            }
            if (isPronoun(x)) {
                String before = s.lc(b - 1).equals("that") ? s.lc(b - 2) : s.lc(b - 1);
                return Lexicon.SPEECH.contains(before) || CLAIMING.contains(before);
            }
        }
        return false;
    }

    private static final java.util.Set<String> CLAIMING = Lexicon.words("CLAIMING");

    private static boolean isPronoun(String x) {
        return x.equals("it") || x.equals("they") || x.equals("its") || x.equals("their");
    }

    private static boolean contrastBetween(org.newswatch.extraction.text.Sentence s, int from, int to) {
        boolean semicolon = false;
        for (int k = from + 1; k < to; k++) {
            if (CONTRAST.contains(s.lc(k)) || semicolon && Lexicon.SPEECH.contains(s.lc(k))) {
                return true; // ... and "The group said it had killed 17 soldiers; an army officer said four were killed"
            }
            semicolon |= s.lc(k).equals(";");
        }
        return false;
    }

    /**
     * "At least 68 inmates killed in Guayaquil prison riot - Fighting ... on Friday night and into Saturday left at
     * least 68 inmates dead": a headline and its lead joined by a dash tell one toll, whatever day each names.
     */
    private static boolean headlineAndLead(Candidate a, Candidate b) {
        if (a.sentence != b.sentence) {
            return false;
        }
        for (int k = Math.min(a.trigger, b.trigger) + 1; k < Math.max(a.trigger, b.trigger); k++) {
            if ((a.sentence.lc(k).equals("-") || a.sentence.lc(k).equals("\u2013") || a.sentence.lc(k).equals("\u2014"))
                    && Parties.spacedDash(a.sentence, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * c is told in h's lead: after a dash in h's sentence, or in the next sentence when h is the article's first and
     * short (a headline: "Missile hits petrol station in Yemen's Marib, 17 dead" over "A ballistic missile struck ...,
     * killing 17 people").
     */
    private static boolean leadOf(Candidate h, Candidate c) {
        return c.sentence == h.sentence ? c.trigger > h.trigger && headlineAndLead(h, c)
                : h.sentence.index() == 0 && c.sentence.index() == 1 && h.sentence.size() <= 14;
    }

    /** c is in h's lead and h is a headline (a line with no final stop), not a short first sentence. */
    private static boolean headlineOver(Candidate h, Candidate c) {
        return leadOf(h, c) && (h.sentence == c.sentence || h.sentence.heading());
    }

    private static final java.util.Set<String> CONTRAST = Lexicon.words("CONTRAST");

    private static final java.util.Set<String> GENERIC_VICTIMS = Lexicon.words("GENERIC_VICTIMS");

    private static final java.util.Set<String> TOLL_BRING = Lexicon.words("TOLL_BRING");

    private static final java.util.Set<String> MAJORITY_NOUNS = Lexicon.words("MAJORITY_NOUNS");

    /**
     * "the government first said 50 bodies were found, later raising the toll to 86": a toll raised in the sentence
     * that first gave it replaces the first figure; the dead are 86, not 136.
     */
    private static List<Candidate> raisedTolls(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (Candidate c : events) {
            if (c.type != EventType.KILLED || c.count == null || c.cumulative || !raisedTo(c)) {
                continue;
            }
            List<Candidate> parts = events.stream().filter(o -> o != c && o.type == EventType.KILLED
                    && o.sentence == c.sentence && o.trigger <= c.trigger && o.count != null && !o.cumulative
                    && o.party != c.party).toList();
            if (parts.size() >= 2 && parts.stream().mapToLong(o -> o.count).sum() == c.count) {
                // "the strikes killed 16 foreign fighters and seven members of the Syrian forces, bringing the toll
                // to 23": the toll is the sum of the groups told, one line each
                kept.remove(c);
                continue;
            }
            kept.removeIf(o -> o != c && o.type == EventType.KILLED && o.sentence == c.sentence && o.trigger < c.trigger
                    && o.count != null && o.count < c.count && !o.cumulative);
        }
        for (Candidate c : events) {
            if (c.type == EventType.KILLED && c.count != null && !c.cumulative && (raisedTo(c) || risenTo(c))
                    && events.stream().anyMatch(o -> o != c && o.type == EventType.KILLED && c.count.equals(o.count)
                    && !o.cumulative && o.sentence.index() < c.sentence.index() && kept.contains(o) && sameDead(o, c)
                    && (!c.locationStated || !o.locationStated || Objects.equals(o.location, c.location)))) {
                // "killed at least 51 people ... Seven of the injured died on Wednesday, bringing the toll to 51": the
                // toll told again after its latest deaths, not 51 more
                kept.remove(c);
            }
        }
        for (Candidate c : events) {
            if (c.type == EventType.KILLED && c.count != null && !c.cumulative && (risenTo(c) || raisedTo(c)
                    || revisedTo(c)) && kept.contains(c)) {
                // "At least 12 people were killed when bombs struck two camps ... Later on Saturday, the governor's
                // office said the toll had risen to 16": the later figure of the same dead replaces the first
                // ... and a toll revised down ("killed 40 people ...; the toll was later revised to 38") as well
                boolean revised = revisedTo(c);
                List<Candidate> before = new ArrayList<>(kept);
                kept.removeIf(o -> o != c && o.type == EventType.KILLED && o.count != null
                        && (o.count < c.count || revised && o.count > c.count)
                        && !o.cumulative && (o.sentence.index() < c.sentence.index()
                                // "killing 41 people ...; the toll was later raised to 42": in one sentence too, of
                                // the same dead and day (not "killed 3 soldiers on Saturday, while the toll from last
                                // week's bombing was revised to 45", nor the attackers' toll after the police's)
                                || o.sentence == c.sentence && o.trigger < c.trigger && Objects.equals(o.victim, c.victim)
                                && o.date != null && c.date != null && !c.date.isBefore(o.date)
                                && !c.date.isAfter(o.date.plusDays(7)))
                        && (!c.locationStated || !o.locationStated || Objects.equals(o.location, c.location))
                        && (o.date == null || c.date == null || !c.date.isBefore(o.date)
                                && !c.date.isAfter(o.date.plusDays(7)))
                        && (sameDead(o, c) || c.party == null || c.party.head() < 0));
                // "killing at least 40 people on 28 April; the toll was raised the next day to 46": the new figure is
                // of the deed's day, not of the day it was raised
                // (the figure it replaced in its own sentence first, else the latest it replaced: not "40 killed in
                // Zurmi on 4 March ... On Monday, gunmen killed 46 in Zurmi; the toll was later raised to 50")
                before.stream().filter(o -> !kept.contains(o) && o.date != null && c.date != null
                        && !o.date.isAfter(c.date)).max(java.util.Comparator.comparing((Candidate o) -> o.sentence == c.sentence)
                        .thenComparing(o -> o.date)).ifPresent(o -> {
                            c.date = o.date;
                            c.dateStrength = o.dateStrength;
                        });
                // "... rose to 93 on Tuesday. On Monday evening officials had put the toll at 59", "... has risen to
                // 148 [Wednesday]. Amnesty International said on Tuesday that at least 140 people had been killed": a
                // toll a source told after the rise, of the same days, is a figure the rise replaced
                kept.removeIf(o -> o != c && o.type == EventType.KILLED && (tollNounBefore(o) || restatedBySource(o))
                        && o.count != null && o.count < c.count && !o.cumulative
                        && o.sentence.index() > c.sentence.index() && o.dateStrength == Candidate.DATE_STATED
                        && c.date != null && o.date != null && !c.date.isAfter(o.date.plusDays(7))
                        && !o.date.isAfter(c.date.plusDays(7))
                        && (!o.locationStated || !c.locationStated || Objects.equals(o.location, c.location))
                        && (Objects.equals(o.victim, c.victim) || o.party == null || o.party.head() < 0));
            }
        }
        return kept;
    }

    /** "officials gave a toll of 160 dead", "had put the toll at 59": a toll noun shortly before the figure. */
    private static boolean tollNounBefore(Candidate o) {
        int to = o.party != null && o.party.amount() != null ? o.party.amount().start() : o.trigger;
        return o.sentence.anyIn(Math.max(0, to - 5), to, TOLL_NOUNS);
    }

    /** A toll whose figure follows a rise: "the toll had risen to 16", "the toll rose to 43 the next day". */
    private static boolean risenTo(Candidate c) {
        if (!"killed.toll".equals(c.rule) || c.party == null || c.party.amount() == null) {
            return false;
        }
        int a = c.party.amount().start();
        return c.sentence.lc(a - 1).equals("to") && RISE.contains(c.sentence.lc(verbBeforeTime(c.sentence, a - 2)));
    }

    /**
     * "the toll was raised the next day to 46", "rose on Tuesday to 17": the word before the time phrase that stands
     * between a verb and its "to" (at most five words of time), or {@code k} itself.
     */
    private static int verbBeforeTime(org.newswatch.extraction.text.Sentence s, int k) {
        int j = k;
        while (j > 0 && k - j < 5 && (RISE_TIME_WORDS.contains(s.lc(j)) || Dates.isCalendarWord(s.lc(j)))) {
            j--;
        }
        return j;
    }

    private static final java.util.Set<String> RISE_TIME_WORDS = Lexicon.words("RISE_TIME_WORDS");

    /** "the toll was revised to 38", "corrected to 38", "lowered to 38": a new figure, up or down. */
    private static boolean revisedTo(Candidate c) {
        if (!"killed.toll".equals(c.rule) || c.party == null || c.party.amount() == null) {
            return false;
        }
        int a = c.party.amount().start();
        int k = verbBeforeTime(c.sentence, a - 2);
        String v = c.sentence.lc(k).equals("down") ? c.sentence.lc(k - 1) : c.sentence.lc(k);
        return c.sentence.lc(a - 1).equals("to") && TOLL_CORRECTED.contains(v);
    }

    private static final java.util.Set<String> TOLL_CORRECTED = Lexicon.words("TOLL_CORRECTED");

    /** "the toll rose to 43", "the toll was later raised to 42", "was revised up to 61". */
    private static final java.util.Set<String> RISE = Lexicon.words("RISE", "TOLL_REVISED");


    /**
     * "gangs killed 62 people on Saturday ...; 14 of the victims were killed in La Libertad": a part of a toll the
     * article gave before ("N of the victims", "N of the dead") is no more dead.
     */
    private static List<Candidate> partsOfTolls(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (Candidate c : events) {
            if (c.type != EventType.KILLED || c.count == null || c.party == null || c.party.amount() == null) {
                continue;
            }
            org.newswatch.extraction.text.Sentence s = c.sentence;
            int e = c.party.amount().end(); // after the figure, or after its "of" ("14 of")
            if (s.lc(e).equals("of")) {
                e++;
            }
            if (!(s.lc(e - 1).equals("of") && s.lc(e).equals("the") && MAJORITY_NOUNS.contains(s.lc(e + 1)))) {
                continue;
            }
            boolean whole = events.stream().anyMatch(o -> o != c && o.type == EventType.KILLED && o.count != null
                    && o.count > c.count && (o.sentence.index() < s.index()
                    || o.sentence == s && o.trigger < c.trigger));
            if (whole) {
                kept.remove(c);
                // "Four of the victims died on the spot while three others succumbed to their injuries": the others
                // are the rest of the same toll
                long part = c.count;
                for (Candidate d : events) {
                    if (d != c && d.sentence == s && d.trigger > c.trigger && d.type == EventType.KILLED
                            && d.count != null && d.party != null && "others".equals(d.party.anaphor())) {
                        long sum = part + d.count;
                        if (events.stream().anyMatch(o -> o.type == EventType.KILLED && o.count != null
                                && o.count >= sum && o.sentence.index() < s.index())) {
                            kept.remove(d);
                        }
                    }
                }
            }
        }
        return kept;
    }

    /** The figure follows "raising the toll to", "raised the death toll to": an update of a toll told before. */
    private static boolean raisedTo(Candidate c) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        for (int k = c.trigger; k >= 0 && c.trigger - k <= 6; k--) {
            if (TOLL_BRING.contains(s.lc(k)) && s.lc(k + 1).equals("the")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ISIS ambush on bus kills 25 soldiers in eastern Syria - ... ambushed a bus carrying soldiers ..., killing 25
     * people": the lead's "people" (or any victims it names by no group) are the headline's soldiers, one toll with the
     * headline's victims.
     */
    private static List<Candidate> headlinePeople(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (Candidate c : events) {
            if (c.type.victimIsPrincipal() && c.count != null && c.count >= 2 && c.party != null) {
                for (Candidate h : kept) {
                    if (h != c && h.type == c.type && Objects.equals(h.count, c.count)
                            && !Objects.equals(h.victim, c.victim) && (h.party == null || h.party.head() < 0)
                            && c.victim != null && headlineOver(h, c)) {
                        // "Militia attack on Congo displacement camp kills at least 40 - ... killing at least 40
                        // displaced people": the headline's toll names nobody, the lead says who they were
                        h.victim = c.victim;
                        absorb(h, c);
                        kept.remove(c);
                        break;
                    }
                }
                if (!kept.contains(c)) {
                    continue;
                }
            }
            if (!c.type.victimIsPrincipal() || c.count == null || c.count < 2 || c.party == null || c.party.head() < 0
                    || !GENERIC_VICTIMS.contains(c.sentence.lc(c.party.head())) && c.party.explicit()) {
                continue; // ... and the lead's "five fighters" are the headline's "Five PMF fighters"
            }
            for (Candidate h : kept) {
                if (h != c && h.type == c.type && Objects.equals(h.count, c.count)
                        && !Objects.equals(h.victim, c.victim) && headlineOver(h, c)) {
                    absorb(h, c);
                    kept.remove(c);
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * "Six dead as Turkish and SDF forces trade fire around Ain Issa - At least four SDF fighters and two
     * Turkish-backed gunmen were killed", "Police raid in Jacarezinho favela: 28 dead. ... one officer and 27 residents
     * were killed": a headline's toll that the lead then gives by side is their sum, not more dead. The headline is
     * the part before a dash, or a short first sentence; its lead the part after, or the next sentence.
     */
    private static List<Candidate> headlineSums(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (Candidate h : events) {
            if (h.type != EventType.KILLED || h.count == null || h.cumulative || h.sentence.index() != 0) {
                continue;
            }
            long sum = 0;
            int parts = 0;
            for (Candidate c : events) {
                if (c != h && leadOf(h, c) && c.type == EventType.KILLED && c.count != null && !c.cumulative) {
                    sum += c.count;
                    parts++;
                }
            }
            if (parts >= 2 && sum == h.count || h.sentence.heading() && h.count >= 3
                    && (bodySentenceSums(events, h) || bodyRunningSum(events, h))) {
                kept.remove(h);
            }
        }
        return kept;
    }

    /**
     * "Truck carrying migrants overturns in Chiapas, killing 55; gunmen kill six in Zacatecas" over a body that tells
     * "killing at least 55 people" and, paragraphs later, "killing six people": a headline's toll the body gives again
     * (same type, figure and country) is the body's, whatever victims the headline's few words suggest.
     */
    private static List<Candidate> headlineEchoes(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (Candidate h : events) {
            if (!(h.type == EventType.KILLED || h.type == EventType.WOUNDED) || h.count == null || h.cumulative
                    || h.sentence.index() != 0 || h.victim == null || h.victim.length() < 3) {
                continue;
            }
            // a headline line over the body, or a headline joined to its lead by a dash ("Rocket attack on base kills
            // two Americans, one Briton - About 15 rockets struck ..., killing two U.S. service members and a British
            // soldier": the headline's "Americans" are the lead's service members)
            boolean line = h.sentence.heading();
            for (Candidate c : events) {
                if (c != h && (line ? c.sentence != h.sentence : c.trigger > h.trigger && headlineAndLead(h, c)
                        // (the same victims a dash away are joined later, each keeping its better attributes)
                        && !h.victim.equals(c.victim))
                        && c.type == h.type && h.count.equals(c.count) && !c.cumulative
                        && c.victim != null && (c.victim.startsWith(h.victim.substring(0, 3))
                        // "Three UN peacekeepers killed in Central African Republic" over "Three Burundian
                        // peacekeepers were killed": the lead names the nationality the headline gave by its mission
                        || h.victim.startsWith("IGO") && c.victim.endsWith(Roles.MIL))) {
                    // (a second story's toll is often told "Separately, in ...": no separate-incident or place test)
                    kept.remove(h);
                    break;
                }
            }
        }
        return kept;
    }

    /**
     * "Air strikes on two towns killed at least 15 civilians on Tuesday ... In Ariha, a strike killed nine people ...
     * Six more people died in Kafr Sajna": a toll the next sentences' tolls of the same dead and day add up to (two
     * parts or more) is their sum, told first; the parts, with their places, are kept.
     */
    private static List<Candidate> leadSums(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (int k = events.size() - 1; k >= 0; k--) { // the lead first, then a headline over it
            Candidate l = events.get(k);
            if (l.type != EventType.KILLED || l.count == null || l.count < 3 || l.cumulative || l.victim == null) {
                continue;
            }
            long sum = 0;
            int parts = 0;
            boolean allSides = l.party != null && l.party.amount() != null && bothSides(l.sentence, l.party.amount().end());
            boolean anySide = allSides || nobodyNamed(l);
            boolean twoDays = twoDaysOf(l);
            // a headline over a lead already found to be its parts' sum: the lead said where they were
            boolean leadGone = l.sentence.heading() && events.stream().anyMatch(x -> x != l && leadOf(l, x)
                    && Objects.equals(x.count, l.count) && !kept.contains(x));
            for (Candidate c : kept) {
                if (c.sentence.index() <= l.sentence.index() || c.type != EventType.KILLED || c.count == null
                        || c.cumulative || !(l.victim.equals(c.victim) || anySide || leadGone) || raisedTo(c) || partWord(c)
                        || c.rule != null && c.rule.startsWith("killed.among") // "was among the dead": a part told
                        || !leadGone && !partOfLead(l, c)
                        || !(sameDay(l, c) || l.dateStrength == Candidate.DATE_REPORT
                                // "90 fighters from both sides were killed in 24 hours of fighting, sources said on
                                // Monday" over Sunday's sides: a day's fighting told the next day
                                || allSides && dayBefore(c, l)
                                // "37 people were killed on Sunday and Monday" over 22 of Sunday and 15 of Monday
                                || twoDays && (dayBefore(l, c) || dayBefore(c, l)))) {
                    continue;
                }
                sum += c.count;
                parts++;
                if (sum >= l.count) {
                    break;
                }
            }
            if (parts >= 2 && sum == l.count) {
                kept.remove(l);
            }
        }
        return kept;
    }

    /**
     * "A police raid ... left 28 people dead, including a police officer. Police said 27 suspected gang members were
     * killed ... A police officer was shot in the head and died": a toll of "people" (or of a bare figure) names no
     * side, so the parts that add up to it may be of any sides.
     */
    private static boolean nobodyNamed(Candidate l) {
        return l.party != null && l.party.amount() != null && (l.party.head() < 0
                || GENERIC_VICTIMS.contains(l.sentence.lc(l.party.head())))
                // ... that says it holds several sides ("28 people dead, including a police officer"): not "Gunmen
                // killed 15 people" over the gunmen troops killed next and the soldiers who died
                && l.sentence.anyIn(l.party.amount().end(), Math.min(l.sentence.size(), l.party.amount().end() + 8),
                        Lexicon.PART_WORDS);
    }

    /**
     * "37 people were killed on Sunday and Monday": two days joined by "and" in the toll's own clause (no comma or
     * semicolon between them and the trigger; not "killed 9 on Monday, days after clashes on Saturday and Sunday").
     */
    private static boolean twoDaysOf(Candidate l) {
        org.newswatch.extraction.text.Sentence s = l.sentence;
        for (int i = 1; i + 1 < s.size(); i++) {
            if (s.lc(i).equals("and") && Dates.isWeekday(s.get(i - 1)) && Dates.isWeekday(s.get(i + 1))
                    && !s.anyIn(Math.min(i, l.trigger), Math.max(i, l.trigger), LIST_BREAKS_NO_AND)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> LIST_BREAKS_NO_AND = java.util.Set.of(",", ";");

    /** c's day is l's or the day before. */
    private static boolean dayBefore(Candidate c, Candidate l) {
        return c.date != null && l.date != null && (c.date.equals(l.date) || c.date.plusDays(1).equals(l.date));
    }

    /** "At least 90 fighters from both sides were killed", "dead on either side": a toll that says it holds all sides. */
    private static boolean bothSides(org.newswatch.extraction.text.Sentence s, int from) {
        // the phrase hangs on the figure ("fighters from both sides", "dead on either side"), not a later clause's
        // subject ("Eight soldiers were killed when both sides clashed")
        for (int i = from; i < Math.min(s.size() - 1, from + 4); i++) {
            String next = s.lc(i + 1);
            if (EVERY_SIDE.contains(s.lc(i)) && EACH_SIDE_LINKS.contains(s.lc(i - 1))
                    && (next.equals("side") || next.equals("sides"))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> EVERY_SIDE = Lexicon.words("EVERY_SIDE");
    private static final java.util.Set<String> EACH_SIDE_LINKS = Lexicon.words("EACH_SIDE_LINKS");


    /**
     * "Eight people were killed in Culiacan on Thursday ... The dead were a member of the National Guard, a civilian and
     * six attackers": the items of "the dead were" are a toll told before them (in their sentence or any before) that
     * they add up to (the toll gives way to its items); when they add up to none, the tolls stay and the items add
     * nothing. With no toll before them they are the toll.
     */
    private static List<Candidate> whoTheDeadWere(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        Map<org.newswatch.extraction.text.Sentence, List<Candidate>> items = new java.util.LinkedHashMap<>();
        for (Candidate c : events) {
            if ("killed.dead-were".equals(c.ruleId) && c.count != null) {
                items.computeIfAbsent(c.sentence, k -> new ArrayList<>()).add(c);
            }
        }
        for (Map.Entry<org.newswatch.extraction.text.Sentence, List<Candidate>> e : items.entrySet()) {
            int at = e.getKey().index();
            long sum = e.getValue().stream().mapToLong(c -> c.count).sum();
            Candidate toll = null;
            Candidate same = null;
            for (Candidate o : events) {
                if (o.type == EventType.KILLED && o.count != null && !o.cumulative && !"killed.dead-were".equals(o.ruleId)
                        && o.sentence.index() <= at && !o.sentence.heading()
                        && (o.sentence.index() < at || o.trigger < e.getValue().get(0).trigger)) {
                    toll = o; // a toll before the items, however far (a roster often comes paragraphs after its lead)
                    same = o.count == sum ? o : same;
                }
            }
            if (same != null) {
                kept.remove(same); // the toll they add up to gives way to them
            } else if (toll != null) {
                kept.removeAll(e.getValue());
            }
        }
        return kept;
    }

    /**
     * A part's toll belongs to the lead's: its place is the lead's or named in the lead's sentence, it says it is more
     * ("Six more people died in Kafr Sajna"), or the lead spans several places ("in two towns"); not "In Katsina,
     * bandits killed four villagers" after "Gunmen killed 10 villagers in Zamfara".
     */
    private static boolean partOfLead(Candidate l, Candidate c) {
        if (Objects.equals(l.location, c.location) || c.location != null && names(l.sentence, c.location)) {
            return true;
        }
        if (c.party != null && c.party.amount() != null && c.sentence.lc(c.party.amount().end()).equals("more")) {
            return true;
        }
        return l.sentence.anyIn(0, l.sentence.size(), PLACES_PLURAL);
    }

    private static final java.util.Set<String> PLACES_PLURAL = Lexicon.words("PLACES_PLURAL");

    /** "Four of the victims", "three others": a figure that says it is a part of dead told before. */
    private static boolean partWord(Candidate c) {
        if (c.party == null || c.party.amount() == null) {
            return false;
        }
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int e = c.party.amount().end();
        if (s.lc(e).equals("more")) {
            return false; // "15 more were killed": more dead, a part to add
        }
        return "others".equals(c.party.anaphor()) || s.lc(e).equals("of") && !ownMen(s, e + 1)
                || s.lc(e - 1).equals("of") && !ownMen(s, e);
    }

    /** "32 of their soldiers", "five of its own men": a side's own dead, not a part of dead told before. */
    private static boolean ownMen(org.newswatch.extraction.text.Sentence s, int k) {
        return OWNERS.contains(s.lc(k)) && !s.lc(k + 1).equals("victims") && !s.lc(k + 1).equals("dead");
    }

    private static final java.util.Set<String> OWNERS = Lexicon.words("OWNERS");

    /**
     * "Israeli raids around Damascus kill 23 fighters" over a body sentence "the strikes killed 16 non-Syrian fighters
     * ... and seven members of the Syrian forces, bringing the toll to 23": the headline's toll is the sum of the
     * groups one sentence of the body gives (not counting a toll the sentence itself raises to).
     */
    private static boolean bodySentenceSums(List<Candidate> events, Candidate h) {
        Map<Integer, long[]> sums = new HashMap<>();
        for (Candidate c : events) {
            if (c != h && c.sentence != h.sentence && c.type == EventType.KILLED && c.count != null && !c.cumulative
                    && !raisedTo(c) && !anotherIncident(c.sentence)) {
                long[] a = sums.computeIfAbsent(c.sentence.index(), k -> new long[2]);
                a[0] += c.count;
                a[1]++;
            }
        }
        return sums.values().stream().anyMatch(a -> a[1] >= 2 && a[0] == h.count);
    }

    /**
     * "Kyrgyz-Tajik border fighting killed 81" over a body telling 46 dead on one side and, two sentences on, 35 on the
     * other; "23 dead in gunfights" over "Four police officers and two civilians were killed ... Security forces killed
     * 17 of the gunmen": a headline's toll the body's tolls reach, added up in the order told (two or more), is their
     * sum. The body's tolls are taken in order, not picked: no subset that happens to add up.
     */
    private static boolean bodyRunningSum(List<Candidate> events, Candidate h) {
        long sum = 0;
        int parts = 0;
        for (Candidate c : events) {
            if (c.sentence.index() > h.sentence.index() && c.type == EventType.KILLED && c.count != null && !c.cumulative
                    && !raisedTo(c) && !risenTo(c) && !anotherIncident(c.sentence)) {
                if (h.actor != null && h.actor.equals(c.victim)) {
                    return false; // "Bandits kill 20" over bandits killed by vigilantes: no part of the bandits' toll
                }
                sum += c.count;
                parts++;
                if (sum >= h.count) {
                    break;
                }
            }
        }
        return parts >= 2 && sum == h.count;
    }

    /**
     * "RSF attack on Sudanese village kills more than 100 - Fighters ... stormed Wad al-Nourah village ..., killing
     * at least 104 people": a headline's round "more than"/"about" figure that its lead then gives in full is the
     * lead's toll, not more dead. The headline is the part before a dash, or a short first sentence.
     */
    private static List<Candidate> headlineRounded(List<Candidate> events) {
        List<Candidate> kept = new ArrayList<>(events);
        for (Candidate h : events) {
            if (h.type != EventType.KILLED && h.type != EventType.WOUNDED || h.count == null || h.cumulative
                    || h.sentence.index() != 0 || h.qualifier == null || h.qualifier == Qualifier.EXACT) {
                continue;
            }
            for (Candidate c : events) {
                if (c != h && leadOf(h, c) && c.type == h.type && Objects.equals(c.victim, h.victim) && c.count != null
                        && c.count > h.count && c.count <= h.count + h.count / 2) {
                    // ... a running total too: "Iraq protest death toll climbs past 80" over "At least 87 people have
                    // been killed ... since anti-government protests erupted"
                    kept.remove(h);
                    break;
                }
            }
        }
        return kept;
    }

    private static final java.util.Set<String> LIST_BREAKS = java.util.Set.of(",", "and", ";");

    /** Drops each event {@code may} admits for which another event is {@code sameAs}, whatever its type. */
    private static List<Candidate> absorbedInto(List<Candidate> events, java.util.function.Predicate<Candidate> may,
            java.util.function.BiPredicate<Candidate, Candidate> sameAs) {
        List<Candidate> kept = new ArrayList<>(events.size());
        for (Candidate c : events) {
            boolean gone = false;
            if (may.test(c)) {
                for (Candidate o : events) {
                    if (o != c && sameAs.test(c, o)) {
                        gone = true;
                        break;
                    }
                }
            }
            if (!gone) {
                kept.add(c);
            }
        }
        return kept;
    }

    /**
     * The events less those that {@code sameAs} another (c, host) of the same type and principal party: each of those
     * is absorbed into its host (the first such event in article order). Only the events that {@code may} be
     * absorbed look for a host, among the events of their type and principal: an article of thousands of reports
     * costs the size of those groups, not its square.
     */
    private static List<Candidate> absorbed(List<Candidate> events, java.util.function.Predicate<Candidate> may,
            java.util.function.BiPredicate<Candidate, Candidate> sameAs) {
        Map<String, List<Candidate>> groups = new HashMap<>();
        for (Candidate c : events) {
            groups.computeIfAbsent(c.type + "|" + c.principal(), k -> new ArrayList<>()).add(c);
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : events) {
            Candidate host = null;
            for (Candidate o : may.test(c) ? groups.get(c.type + "|" + c.principal()) : List.<Candidate>of()) {
                if (o != c && sameAs.test(c, o)) {
                    host = o;
                    break;
                }
            }
            if (host == null) {
                kept.add(c);
            } else {
                absorb(host, c);
            }
        }
        return kept;
    }

    /** The figure a report states: type, count, equipment and the role of its victim ("MIL" of "TURMIL"). */
    private static String figureKey(Candidate c) {
        return c.type + "|" + c.count + "|" + c.equipment + "|" + role(c.victim);
    }

    private static String role(String code) {
        if (code == null) {
            return "";
        }
        return code.length() > 3 && !code.startsWith("IGO") ? code.substring(3) : code;
    }

    /**
     * "Clashes ... left at least 54 people dead, officials said on Friday ... A police officer said at least 54 bodies
     * were in hospital mortuaries on Thursday night": one article's same large toll of the same dead, told with days
     * a day apart (the deed's and the telling's), is one toll; not when a sentence says it is another incident.
     */
    private static boolean sameLargeFigure(Candidate a, Candidate b) {
        return a.type == EventType.KILLED && a.count != null && a.count >= 10 && a.count.equals(b.count)
                && !a.cumulative && !b.cumulative && a.date != null && b.date != null
                && Math.abs(a.date.toEpochDay() - b.date.toEpochDay()) <= 1 && a.location != null
                && a.location.equals(b.location) && Objects.equals(a.actor, b.actor)
                && !anotherIncident(a.sentence) && !anotherIncident(b.sentence);
    }

    private static boolean compatible(Candidate a, Candidate b) {
        if (a.type == EventType.ATTACK && a.cumulative != b.cumulative) {
            return false; // "ambushed an army patrol ..., the latest in a string of attacks this month": two things
        }
        if (a.sentence == b.sentence && a.trigger == b.trigger && a.listItem != b.listItem) {
            return false; // "a woman and her son were shot dead": two victims, two lines
        }
        if (twoPeople(a, b)) {
            return false; // "A soldier was killed on the spot and a corporal died of his wounds": two persons
        }
        if (a.type == EventType.THREAT && a.sentence != b.sentence && !threatWords(a).equals(threatWords(b))) {
            return false; // two statements in other words ("would pay a very high price", "warned ... to push") are two threats
        }
        if (a.type == EventType.DEPLOYMENT && a.sentence != b.sentence
                && !a.sentence.lc(a.trigger).equals(b.sentence.lc(b.trigger))) {
            return false; // "has sent thousands of soldiers" and "a new column crossed the border" are two movements
        }
        if (a.sentence != b.sentence && a.locationStated && b.locationStated && !Objects.equals(a.location, b.location)
                && (anotherIncident(a.sentence) || anotherIncident(b.sentence))) {
            return false; // "In Daraa, nine soldiers were killed in a separate ambush" after nine killed in Muzayrib
        }
        if (a.dateStrength == Candidate.DATE_STATED && b.dateStrength == Candidate.DATE_STATED
                && !Objects.equals(a.date, b.date) && !headlineAndLead(a, b) && !sameLargeFigure(a, b)) {
            return false;
        }
        if ((a.count == null || a.count == 1) && a.locationStated && b.locationStated
                && !Objects.equals(a.location, b.location) && !(a.sentence.heading() && names(b.sentence, a.location))) {
            // one man killed in A and one in B are two incidents; not a headline's "teacher killed in Bamenda" and
            // the body's "In Bamenda, ... a teacher was shot dead ... in the Nkwen neighbourhood"
            return false;
        }
        return true;
    }

    /**
     * One person each, told by "a"/"an" and two different nouns in one sentence ("A soldier was killed on the spot
     * and a corporal died of his wounds"): an indefinite noun brings in someone not told of before. Not across
     * sentences ("An Israeli soldier was killed in Gaza. A 20-year-old sergeant ... was killed by a sniper": the same
     * man told more closely), nor a headline's victim, whom its lead tells again.
     */
    private static boolean twoPeople(Candidate a, Candidate b) {
        if (!Objects.equals(a.count, 1L) || !Objects.equals(b.count, 1L) || a.sentence != b.sentence
                || a.trigger == b.trigger || a.sentence.heading()) {
            return false;
        }
        String x = indefiniteHead(a);
        String y = indefiniteHead(b);
        return x != null && y != null && !x.equals(y);
    }

    /** The noun of a party told by "a" or "an" ("a corporal"), or null. */
    private static String indefiniteHead(Candidate c) {
        if (c.party == null || c.party.head() < 0 || c.party.amount() == null) {
            return null;
        }
        String det = c.sentence.lc(c.party.amount().start());
        return det.equals("a") || det.equals("an") ? c.sentence.lc(c.party.head()) : null;
    }

    /**
     * "a nurse was hit by a stray bullet and succumbed on Sunday", "... and later died": the death is the second verb
     * of the wounded person's own clause (no comma or semicolon between, "and" right before the death).
     */
    private static boolean diedAfterAnd(Candidate c, Candidate o) {
        org.newswatch.extraction.text.Sentence s = c.sentence;
        int and = o.trigger - 1;
        while (and > c.trigger && Clauses.ADVERBS.contains(s.lc(and))) {
            and--;
        }
        return s.lc(and).equals("and") && Lexicon.KILL_INTRANSITIVE.contains(s.lc(o.trigger))
                && !s.anyIn(c.trigger + 1, and, LIST_BREAKS);
    }

    /** The sentence names the place: its words, in a row. */
    private static boolean names(org.newswatch.extraction.text.Sentence s, String place) {
        if (place == null) {
            return false;
        }
        String[] words = place.toLowerCase(java.util.Locale.ROOT).split(" ");
        for (int k = 0; k + words.length <= s.size(); k++) {
            boolean all = true;
            for (int j = 0; j < words.length && all; j++) {
                all = s.lc(k + j).equals(words[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String threatWords(Candidate c) {
        return c.sentence.lc(c.trigger) + " " + c.sentence.lc(c.trigger + 1);
    }

    private static void absorb(Candidate into, Candidate c) {
        if (c.dateStrength > into.dateStrength) {
            into.date = c.date;
            into.dateStrength = c.dateStrength;
        }
        if (c.locationStated && (!into.locationStated || c.specificity < into.specificity)) {
            into.location = c.location;
            into.locationStated = true;
            into.specificity = c.specificity;
        }
        if (into.claimedBy == null) {
            into.claimedBy = c.claimedBy;
        }
        if (into.actor == null) {
            into.actor = c.actor;
        }
        if (into.victim == null) {
            into.victim = c.victim;
        }
        // "killed at least 95 people in an attack late on Sunday" then "We have counted 95 bodies so far": a figure
        // told first as one day's incident stays the incident's
        // (not "Police have killed 14 people since Friday" under "Police kill 14 in operation": a span of its own)
        into.cumulative |= c.cumulative && (!(into.dateStrength == Candidate.DATE_STATED && into.type == EventType.KILLED
                && into.sentence != c.sentence) || sinceAfter(c));
        if (into.cumulative && !c.cumulative && into.rule != null && into.rule.startsWith("killed.toll")
                && Objects.equals(into.count, c.count) && (into.sentence.heading() || headlineAndLead(into, c))
                && !into.sentence.anyIn(0, into.trigger, Lexicon.SPANS)) { // not "Journalist death toll in Gaza war"
            // "Haiti gang massacre toll rises to 115" over "The number of people killed by gang members in Pont-Sonde
            // rose to 115": the lead says whose toll the headline's is, one incident's
            into.cumulative = false;
        }
        // the most informative qualifier of the same figure: "At least 22" in the body over a bare headline "22"
        if (c.qualifier != null && c.qualifier != Qualifier.EXACT && Objects.equals(c.count, into.count)
                && (into.qualifier == null || into.qualifier == Qualifier.EXACT)) {
            into.qualifier = c.qualifier;
        }
    }
}
