package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * Finding the parties around a trigger: the phrase before and after it, appositions, subjects, agents,
 * speakers and possessors.
 */
final class PartySearch {

    private final Rules r;
    private final ArticleContext ctx;

    PartySearch(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    /**
     * "two civilians from the village who had rushed to help were also killed": a relative clause ("who ...") between
     * the subject and its verb, or a phrase after "for" or "from" ("three volunteers for the defence of the homeland
     * lost their lives"); the counted subject's head before it, or {@code e} when there is none.
     */
    static int skipRelativeClause(Sentence s, int e) {
        if (Parties.isHead(s.get(e))) {
            // "Two suspected IS members who opened fire on the force were killed": the force is the clause's object;
            // the counted head before "who" is the subject
            for (int k = e - 1; k > 1 && e - k <= 12; k--) {
                String x = s.lc(k);
                if (x.equals("who") && Parties.isHead(s.get(k - 1))) {
                    Party p = Parties.at(s, k - 1);
                    return p.amount() != null && p.amount().hasCount() ? k - 1 : e;
                }
                if (!s.get(k).isWord() || Lexicon.SPEECH.contains(x)) {
                    break;
                }
            }
            return e;
        }
        for (int k = e - 1; k > 0 && e - k <= 7; k--) {
            String x = s.lc(k);
            if (x.equals("who")) {
                for (int j = k - 1; j >= 0 && k - j <= 4; j--) {
                    if (Parties.isHead(s.get(j))) {
                        return j;
                    }
                    if (!s.get(j).isWord() || Lexicon.SPEECH.contains(s.lc(j))) {
                        return e;
                    }
                }
                return e;
            }
            if ((x.equals("for") || x.equals("from")) && k > 0 && Parties.isHead(s.get(k - 1))
                    && Parties.at(s, k - 1).amount() != null) {
                return k - 1; // "Three volunteers for the defence of the homeland lost their lives": the counted head
            }
            if (Clauses.isQuote(x)) {
                continue; // "a former commander who had joined the 'reconciliation' was shot dead": a word in quotes
            }
            if (!s.get(k).isWord() || Parties.isHead(s.get(k)) || Lexicon.SPEECH.contains(x)) {
                return e;
            }
        }
        return e;
    }

    /**
     * "were hit by stray bullets and wounded", "was dragged from her car and executed": for the "and" at {@code and},
     * the end of the subject before the first participle's auxiliaries when a short phrase of that participle stands
     * before the "and"; else -1.
     */
    static int beforeFirstParticiple(Sentence s, int and) {
        for (int k = and - 1; k > 1 && and - 1 - k <= 4; k--) {
            if (PREPOSITIONS.contains(s.lc(k)) && !s.lc(k).equals("to") && pastParticiple(s.get(k - 1))
                    && Lexicon.AUX.contains(s.lc(k - 2))) { // ... not "had rushed to collect fuel and"
                return activeAfter(s, and) ? -1 : auxiliariesStart(s, k - 2);
            }
            if (!s.get(k).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb after "and" at {@code and} takes an object: "and killed 12 worshippers" is active, not a participle. */
    private static boolean activeAfter(Sentence s, int and) {
        int v = and + 1;
        while (v < s.size() && Clauses.ADVERBS.contains(s.lc(v))) {
            v++;
        }
        return v + 1 < s.size() && (Numbers.parse(s, v + 1) != null || Parties.DETERMINERS.contains(s.lc(v + 1))
                || Places.capitalisedName(s.get(v + 1)) || partyAfter(s, v) != null);
    }

    /** The token before the auxiliaries that end at {@code e}: "two men were" gives "men". */
    private static int auxiliariesStart(Sentence s, int e) {
        while (e >= 0 && Lexicon.AUX.contains(s.lc(e))) {
            e--;
        }
        return e;
    }

    /** The phrase that ends right before the trigger, over auxiliaries and an apposition. */
    static Party partyBefore(Sentence s, int trigger) {
        int e = trigger - 1;
        while (e >= 0 && (Lexicon.AUX.contains(s.lc(e)) || s.lc(e).equals("reportedly") || MANNER.contains(s.lc(e))
                || Clauses.mannerAdverb(s, e, trigger)
                || Clauses.isQuote(s.lc(e))
                && e >= trigger - 2 || s.lc(e).equals("and")
                && e == trigger - 1)) {
            e--;
        }
        int v = s.lc(e).equals("and") ? e - 1 : e;
        if (s.lc(v + 1).equals("and")) {
            int subject = beforeFirstParticiple(s, v + 1);
            if (subject >= 0) {
                e = subject; // "were hit by stray bullets and wounded", "was dragged from her car and executed"
                v = e;
            }
        }
        while (v >= 1 && pastParticiple(s.get(v)) && s.lc(v + 1).equals("and") && Lexicon.AUX.contains(s.lc(v - 1))) {
            // "was abducted and killed", "were arrested and later executed": the subject of both participles
            e = auxiliariesStart(s, v - 1);
            v = e;
        }
        e = skipApposition(s, e);
        if (e < 0) {
            return null;
        }
        e = skipRelativeClause(s, e);
        for (int k = e - 1; k > 0 && e - k <= 12; k--) {
            String x = s.lc(k);
            if (Lexicon.ACCUSED_PARTICIPLES.contains(x) && Parties.isHead(s.get(k - 1))) {
                Party q = Parties.at(s, k - 1);
                if (q.amount() != null && (q.amount().hasCount() || q.amount().vague() != null)) {
                    // "at least 13 civilians accused of having cooperated with the RSF were killed": the civilians,
                    // not the RSF of what they were accused of
                    return q;
                }
                break;
            }
            if (!s.get(k).isWord() && !s.lc(k).equals("-") || Lexicon.SPEECH.contains(x) || Clauses.BE.contains(x)
                    || x.equals("and") || Lexicon.ATTACK_VERBS.contains(x) || Lexicon.KILL_VERBS.contains(x)
                    || x.endsWith("ed") && !Lexicon.ACCUSED_PARTICIPLES.contains(x) && k > 0
                    && !Lexicon.ACCUSED_PARTICIPLES.contains(s.lc(k - 1)) && !s.lc(k - 1).equals("of")
                    && !s.lc(k - 1).equals("having") && !s.lc(k - 1).equals("been")) {
                break; // ... not "Five gunmen suspected of belonging to ISWAP ambushed a convoy and three soldiers"
            }
        }
        int named = ArmedGroups.startEndingAt(s, e);
        if (named >= 0 && named < e && Parties.isHead(s.get(named))) {
            e = named; // "Three Volunteers for the Defence of the Homeland (VDP) were killed": the group's head noun
        }
        if (e > 0 && SIDE_NOUNS.contains(s.lc(e)) && Parties.isHead(s.get(e - 1))) {
            e--; // "the regime side lost 7 fighters": the side is the party named before it
        }
        Token t = s.get(e);
        if (t.isNumber() || Numbers.isNumberWord(t.lc())) {
            if (e >= 2 && s.lc(e - 1).equals("of") && Lexicon.COUNTED_GROUPS.contains(s.lc(e - 2))) {
                e -= 2; // "a family of five - a retired teacher, his wife and their three sons - was killed"
                t = s.get(e);
            } else if (e >= 3 && s.lc(e - 1).equals("of") && Parties.singularPerson(s.lc(e - 2))
                    && Parties.SINGULAR_DETERMINERS.contains(s.lc(e - 3))) {
                e -= 2; // "a girl of eight drowned": her age, one girl
                t = s.get(e);
            }
        }
        if (ORDINALS.contains(t.lc()) && e > 0 && s.lc(e - 1).equals("a")
                || ORDINALS.contains(s.lc(e - 1)) && e > 1 && s.lc(e - 2).equals("a")
                        && Lexicon.PERSON_NOUNS.contains(t.lc())) {
            // "two officers were killed and a third was taken to hospital", "a fourth man was wounded": one more
            int from = ORDINALS.contains(t.lc()) ? e - 1 : e - 2;
            return new Party(null, null, false, null, new Amount(1L, null, Qualifier.EXACT, null, from, from + 1), from,
                    e, e + 1, "others");
        }
        if (Parties.isHead(t) && !ORDINALS.contains(s.lc(e - 1))) {
            for (int k = e - 2; k >= 1 && e - k <= 4; k--) {
                if (ORDINALS.contains(s.lc(k)) && s.lc(k - 1).equals("a")) {
                    // "a third would-be bomber was shot and killed": one more, of the side its noun names
                    Party one = Parties.at(s, e);
                    return one.withAmount(new Amount(1L, null, Qualifier.EXACT, null, k - 1, k + 1));
                }
                if (!s.get(k).isWord() && !s.lc(k).equals("-") || Parties.STOP.contains(s.lc(k))) {
                    break;
                }
            }
        }
        if (t.lc().equals("another") || t.lc().equals("more") && e > 0 && Numbers.parse(s, e - 1) != null) {
            // "a soldier was killed; another was wounded", "11 were killed and two more died in hospital": more of
            // the same side, counted
            Amount more = t.lc().equals("another") ? new Amount(1L, null, Qualifier.EXACT, null, e, e + 1)
                    : Numbers.parse(s, e - 1);
            if (more != null && (more.hasCount() || more.vague() != null)) { // ... and "Dozens more were wounded"
                return new Party(null, null, false, null, more, more.start(), e, e + 1, "others");
            }
        }
        if (t.lc().equals("them") && s.lc(e - 1).equals("of")) {
            Amount part = Parties.amountEndingAt(s, e); // the figure's "of" included
            if (part == null) {
                part = Parties.amountEndingAt(s, e - 1);
            }
            if (part != null && part.hasCount()) {
                return new Party(null, null, false, null, part, part.start(), e, e + 1, "them"); // "Two of them died"
            }
        }
        if (e >= 3 && Lexicon.POSSESSIVES_BEFORE_NOUN.contains(s.lc(e - 1)) && s.lc(e - 2).equals("of")
                && Parties.isHead(t)) {
            Amount part = Parties.amountEndingAt(s, e - 1); // the figure's "of" included
            if (part == null) {
                part = Parties.amountEndingAt(s, e - 2);
            }
            if (part != null && part.hasCount()) {
                // "two of its advisers were killed", "a commander and four of his men": the counted members
                Party members = Parties.at(s, e);
                boolean men = Roles.CVL.equals(members.role()) && s.lc(e).startsWith("men");
                return new Party(members.country(), men ? null : members.role(), members.explicit(), members.sponsor(),
                        part, part.start(), e, e + 1, null);
            }
        }
        Party described = !Parties.isHead(t) && Places.capitalisedName(t) && s.lc(e + 1).equals(",")
                ? CasualtyRules.onePersonAfter(s, e + 2) : null;
        if (described == null && !Parties.isHead(t) && Places.capitalisedName(t) && s.lc(e + 1).equals(",")
                && personOrTitle(s, e + 2)) {
            described = Parties.at(s, e + 2); // "Khamis Abakar, governor of West Darfur,": the governor, one
            described = described.withAmount(new Amount(1L, null, Qualifier.EXACT, null, e + 2, e + 2));
        }
        if (described != null) {
            // "Sheikh Mutashar al-Hifl, a notable of the Akidat tribe, was assassinated": the person the apposition
            // describes, one
            return described;
        }
        if (!Parties.isHead(t) && Parties.amountEndingAt(s, e + 1) == null) {
            // "a constable escorting a polio vaccination team was martyred", "a soldier guarding the station was
            // killed": the head before a participle phrase
            for (int k = e - 1; k > 0 && e - k <= 9; k--) {
                String x = s.lc(k);
                if (x.endsWith("ing") && x.length() > 5 && Parties.isHead(s.get(k - 1)) && !Parties.isHead(s.get(k))) {
                    Party q = Parties.at(s, k - 1);
                    if (q.amount() != null && q.amount().hasCount()) {
                        return q;
                    }
                    break;
                }
                if (!s.get(k).isWord() || Lexicon.SPEECH.contains(x)
                        || Parties.STOP.contains(x) && !Lexicon.PLACE_PREPOSITIONS.contains(x)) {
                    break; // ... "a soldier guarding a checkpoint near the market": over the place of the guarding
                }
            }
        }
        if (!Parties.isHead(t) && Parties.amountEndingAt(s, e + 1) == null) {
            // "A utility worker wounded by shelling in the town of Beryslav two days earlier died in hospital", "a
            // soldier who was injured in the attack died": the wounded head before the phrase of its wounding
            for (int k = e - 1; k > 1 && e - k <= 16; k--) {
                String x = s.lc(k);
                if (x.equals(";") || x.equals(".") || x.equals(",") || Lexicon.SPEECH.contains(x)) {
                    break;
                }
                if (Lexicon.WOUND_VERBS.contains(x) && x.endsWith("ed")) {
                    int h = k - 1;
                    if (Clauses.BE.contains(s.lc(h)) && (s.lc(h - 1).equals("who") || s.lc(h - 1).equals("that"))) {
                        h -= 2;
                    }
                    if (h >= 0 && Parties.isHead(s.get(h))) {
                        Party q = Parties.at(s, h);
                        if (q.amount() != null && q.amount().hasCount()) {
                            return q;
                        }
                    }
                    break;
                }
            }
        }
        if (!Parties.isHead(t) && Parties.amountEndingAt(s, e + 1) == null) {
            // "12 militiamen of Afghan, Iraqi and Lebanese nationalities were killed", "3 fighters of the militias,
            // of non-Syrian nationalities, were killed": a counted head described by an "of" phrase
            for (int k = e - 1; k > 0 && e - k <= 10; k--) {
                String x = s.lc(k);
                if (x.equals("of") && Parties.isHead(s.get(k - 1))) {
                    Party q = Parties.at(s, k - 1);
                    if (q.amount() != null && q.amount().hasCount()) {
                        return q;
                    }
                }
                Party counted = x.equals("of") ? countedPlural(s, k - 1) : null;
                if (counted != null) {
                    return counted; // "Two deminers of the Libyan Mine Action Centre were killed"
                }
                if (x.equals(";") || x.equals(".") || Lexicon.SPEECH.contains(x)
                        || (x.equals("a") || x.equals("an")) && !s.lc(k - 1).equals("of") // "volunteers of a watch group"
                        || Parties.STOP.contains(x) && !x.equals("of") && !x.equals("and")) {
                    break; // ... not across "and a civilian driver": another victim of its own
                }
            }
        }
        if (!Parties.isHead(t) && Parties.amountEndingAt(s, e + 1) == null) {
            // "51 Syrian soldiers in northwestern Syria were killed", "two passengers on a metro train were wounded", "a
            // young man from the town of Jasim in the northern countryside of Daraa died": step over a place phrase
            for (int k = e - 1; k > 0 && e - k <= 12; k--) {
                String x = s.lc(k);
                if ((Lexicon.PLACE_PREPOSITIONS.contains(x) || Lexicon.ABOARD.contains(x)) && Parties.isHead(s.get(k - 1))
                        && (e - k <= 4 || placePhrase(s, k + 1, e))) {
                    e = k - 1;
                    t = s.get(e);
                    break;
                }
                if (x.equals(",") || x.equals(";") || Parties.STOP.contains(x) && !x.equals("of") && !x.equals("both")
                        && !Lexicon.PLACE_PREPOSITIONS.contains(x) && !Lexicon.ABOARD.contains(x)) {
                    break;
                }
            }
        }
        if (Parties.isHead(t)) {
            Party p = Parties.at(s, e);
            if (p.amount() == null && trigger == e + 1 && (p.start() == 0 || !s.get(p.start() - 1).isWord()
                    && !s.lc(p.start() - 1).equals("'")) && bareSingular(s, p.start(), e)) {
                // "...; teacher killed in Bamenda": a headline's bare singular subject, with no auxiliary, is one person
                return p.withAmount(new Amount(1L, null, Qualifier.EXACT, null, p.start(), p.start()));
            }
            if (p.start() >= 2 && s.lc(p.start() - 1).equals("including") && Parties.isHead(s.get(p.start() - 2))) {
                // "Twenty-three people including three children died": the whole, not the part after "including"
                Party whole = Parties.at(s, p.start() - 2);
                if (whole.amount() != null && whole.amount().hasCount()) {
                    return whole;
                }
            }
            if (p.amount() == null && p.start() >= 2 && s.lc(p.start() - 1).equals("of") && Parties.isHead(s.get(p.start() - 2))
                    && Parties.SINGULAR_DETERMINERS.contains(s.lc(p.start()))) {
                // "two volunteers of a camp night-watch group were killed": the counted members, not the group
                Party outer = Parties.at(s, p.start() - 2);
                if (outer.amount() != null && outer.amount().hasCount()) {
                    return outer;
                }
            }
            if (s.lc(p.start() - 1).equals("and") && p.start() >= 4) {
                Party first = describedPerson(s, p.start() - 2);
                if (first != null) {
                    return first; // "A colonel of the regime's Military Security branch and his driver were killed":
                    // the list starts at the person its "of" phrase describes (its next item is found from there)
                }
            }
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
                    if (x.equals("and") && p.explicit() && s.lc(k + 1).equals("the")) {
                        continue; // "nine members of the regime forces and the NDF": one group with a named ally
                    }
                    if (x.equals("and") && k >= 1 && Roles.NEUTRAL_HEADS.contains(s.lc(k + 1)) && s.lc(k + 2).equals("of")
                            && Parties.isHead(s.get(k - 1))) {
                        // "19 Syrian soldiers and members of allied militias were killed": the nouns share the figure
                        Party q = Parties.at(s, k - 1);
                        if (q.amount() != null && q.amount().hasCount() && q.role() != null) {
                            return q;
                        }
                    }
                    if (x.equals(",") || x.equals(".") || x.equals(";") || x.equals("and") || Lexicon.SPEECH.contains(x)) {
                        break;
                    }
                    if (Parties.isHead(s.get(k)) && (!Roles.NEUTRAL_HEADS.contains(x) || s.lc(k + 1).equals("of"))) {
                        // ... "3 members of the SDF were killed": the figure counts the members
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
        if ((w.equals("he") || w.equals("she")) && (e == 0 || !s.get(e - 1).isWord() || s.lc(e - 1).equals("that")
                || s.lc(e - 1).equals("and") && s.lc(e - 2).equals(","))) { // "..., and he died on the spot"
            return new Party(null, null, false, null, one, e, e, e + 1, w); // "he later died of his wounds"
        }
        Party counted = countedPlural(s, e);
        if (counted != null) {
            return counted; // "Two deminers were killed"
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
                Party someone = CasualtyRules.onePersonAfter(s, k);
                return someone != null && someone.end() == e + 1 ? someone : null;
            }
            if (!s.get(k).isWord() && !s.lc(k).equals("-") && !s.get(k).isNumber() || Parties.STOP.contains(s.lc(k))) {
                break; // ... over an age: "a 12-year-old was killed"
            }
        }
        return null;
    }

    /**
     * The one person ("a colonel", "the minister") whose "of" or "for" phrase ends at {@code end}: "a colonel of the
     * regime's Military Security branch", counted 1; else null.
     */
    private static Party describedPerson(Sentence s, int end) {
        for (int k = end; k >= 2 && end - k <= 8; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";") || x.equals("and") || Clauses.BE.contains(x)) {
                return null;
            }
            if ((x.equals("of") || x.equals("for")) && Parties.singularPerson(s.lc(k - 1))
                    && Parties.SINGULAR_DETERMINERS.contains(s.lc(k - 2))) {
                Party q = Parties.at(s, k - 1);
                return q.amount() != null && q.amount().hasCount() ? q : null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> MANNER = Lexicon.words("MANNER");

    private static final java.util.Set<String> DATE_UNITS = Lexicon.words("DATE_UNITS");

    /**
     * "Two deminers": a plural our role words do not know, counted right before it: people of no named side (not
     * trucks, villages, days or positions); null otherwise.
     */
    private static Party countedPlural(Sentence s, int e) {
        Token t = s.get(e);
        String w = t.lc();
        if (!t.isWord() || t.capitalised() || w.length() <= 3 || !w.endsWith("s") || Lexicon.EQUIPMENT.containsKey(w)
                || Lexicon.TERRITORY.contains(w) || Lexicon.NOT_PERSON.contains(w) || DATE_UNITS.contains(w)
                || Parties.isHead(t)) {
            return null;
        }
        Amount a = Parties.amountEndingAt(s, e);
        return a != null && a.hasCount() && a.count() > 1
                ? new Party(null, null, false, null, a, a.start(), -1, e + 1, null) : null;
    }

    private static final java.util.Set<String> SIDE_NOUNS = Lexicon.words("SIDE_NOUNS");

    /** The party right before {@code i} ends at {@code end}, or before a side noun there ("the regime side lost"). */
    static boolean endsRightBefore(Sentence s, Party p, int i) {
        return p.end() == i || p.end() == i - 1 && SIDE_NOUNS.contains(s.lc(i - 1));
    }

    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = Lexicon.words("IRREGULAR_PARTICIPLES");

    /** A lower-case past participle: "abducted", "tortured", or one of the irregular ones ("shot", "beaten"). */
    static boolean pastParticiple(Token t) {
        String x = t.lc();
        return t.isWord() && !t.capitalised() && (x.endsWith("ed") && x.length() > 4 || IRREGULAR_PARTICIPLES.contains(x));
    }

    /** Tokens from..to (inclusive) read as a place phrase: names, place nouns and their small words. */
    private static boolean placePhrase(Sentence s, int from, int to) {
        for (int k = from; k <= to; k++) {
            String x = s.lc(k);
            if (!(Places.capitalisedName(s.get(k)) || Places.placeNoun(x) || Places.particleInName(s, k)
                    || PLACE_PHRASE_WORDS.contains(x))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> PLACE_PHRASE_WORDS = Lexicon.words("PLACE_PHRASE_WORDS");

    private static final java.util.Set<String> ORDINALS = Lexicon.words("ORDINALS");

    /** ", including three children," / "– mostly women and children –" / "(...)" before position e. */
    static int skipApposition(Sentence s, int e) {
        if (e < 0) {
            return e;
        }
        String w = s.lc(e);
        if (s.get(e).isNumber() && s.lc(e - 1).equals("aged")) {
            return e - 2; // "two men aged 30 were shot dead": an age after the phrase
        }
        if (w.equals(",") && e >= 3 && s.get(e - 1).isNumber() && s.lc(e - 2).equals(",") && s.get(e - 3).isWord()) {
            return e - 3; // "Ahmed Ali, 45, was shot dead": an age between commas
        }
        if (w.equals(",") && s.lc(e - 1).equals("them") && s.lc(e - 2).equals("among")) {
            for (int k = e - 3; k > 0 && e - k <= 12; k--) {
                if (s.lc(k).equals(",")) {
                    if (Parties.isHead(s.get(k - 1))) {
                        return k - 1; // "At least 61 migrants, women and children among them, drowned"
                    }
                    break;
                }
            }
        }
        if (w.equals(",")) {
            // "26 people, among them a journalist, a candidate and two Kenyans, were killed": a part named by a list
            for (int k = e - 1; k > 0 && e - k <= 16; k--) {
                String x = s.lc(k);
                if (x.equals(";") || x.equals(".") || x.equals(":")) {
                    break;
                }
                if (x.equals(",") && Lexicon.PART_WORDS.contains(s.lc(k + 1)) && s.get(k - 1).isWord()) {
                    return k - 1;
                }
            }
        }
        if (w.equals(",") || w.equals("\u2013") || w.equals("\u2014") || w.equals("-") || w.equals(")")) {
            for (int k = e - 1; k >= 0 && e - k <= 20; k--) {
                String x = s.lc(k);
                if (x.equals("-") && k > 0 && k + 1 < s.size() && !Parties.spacedDash(s, k)) {
                    continue; // "a 15-year-old boy": a hyphen inside a word, not a dash
                }
                if (x.equals(",") && (w.equals("-") || w.equals("\u2013") || w.equals("\u2014"))) {
                    continue; // "a family of five - a retired teacher, his wife and their three sons - was killed"
                }
                if (x.equals(",") || x.equals("\u2013") || x.equals("\u2014") || x.equals("-") || x.equals("(")) {
                    String first = s.lc(k + 1);
                    Amount part = x.equals(",") ? Numbers.parse(s, k + 1) : null;
                    if (part != null && (s.lc(part.end()).equals("them") && s.lc(part.end() - 1).equals("of")
                            || s.lc(part.end()).equals("of") && s.lc(part.end() + 1).equals("them"))) {
                        return k - 1; // "six people, four of them investigators, were killed"
                    }
                    if (part != null && part.hasCount() && w.equals(",") && k > 0 && Parties.isHead(s.get(k - 1))
                            && Parties.amountEndingAt(s, Parties.at(s, k - 1).start() + 1) != null) {
                        return k - 1; // "Two peacekeepers, one from Morocco and one from Gabon, were killed": who they were
                    }
                    if (x.equals("(") || Lexicon.PART_WORDS.contains(first)) {
                        return k - 1;
                    }
                    if (x.equals(",") && w.equals(",") && first.equals("having")) {
                        return skipApposition(s, k); // "two soldiers, Naik Zahid and Sepoy Imran, having fought
                        // gallantly, embraced shahadat": past the participle clause, then the names
                    }
                    if (!x.equals(",") && !w.equals(",") && !x.equals("(") && k > 0 && Parties.isHead(s.get(k - 1))
                            || !x.equals(",") && !w.equals(",") && k > 0 && (s.get(k - 1).isNumber()
                            || Numbers.isNumberWord(s.lc(k - 1)))) {
                        return k - 1; // "a family of five - a retired teacher, his wife and their three sons - was killed"
                    }
                    if (x.equals(",") && w.equals(",") && (first.equals("a") || first.equals("an"))
                            && k > 0 && s.get(k - 1).isWord()) {
                        return k - 1; // "The driver, a local businessman, died at the scene": an apposition
                    }
                    if (x.equals(",") && w.equals(",") && APPOSITION_OPENERS.contains(first) && k > 0
                            && Parties.isHead(s.get(k - 1)) && !ofBefore(s, k - 1)) {
                        // "The driver, identified as an explosives expert linked to the ELN, was also killed", "A
                        // local commander, who had survived two attempts on his life, was shot dead": a clause about him
                        return k - 1;
                    }
                    if (x.equals(",") && w.equals(",") && k > 0 && Places.capitalisedName(s.get(k - 1))
                            && !Parties.isHead(s.get(k - 1)) && personOrTitle(s, k + 1)) {
                        return k - 1; // "Khamis Abakar, governor of West Darfur, was abducted and killed": the name
                    }
                    if (x.equals(",") && w.equals(",") && k > 0 && Parties.isHead(s.get(k - 1)) && nameBetween(s, k + 1, e)) {
                        return k - 1; // "A Reuters video journalist, Issam Abdallah, was killed": the name of the head
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

    private static final java.util.Set<String> PLACE_KIND_NOUNS = Lexicon.words("PLACE_KIND_NOUNS");
    private static final java.util.Set<String> APPOSITION_OPENERS = Lexicon.words("APPOSITION_OPENERS");

    /** "The wife of an army officer, who ...": the head at {@code h} ends an "of" phrase, whose clause it may be. */
    private static boolean ofBefore(Sentence s, int h) {
        for (int k = h - 1; k >= 0 && h - k <= 4; k--) {
            if (s.lc(k).equals("of")) {
                // ... not "more than 100 of the attackers, who came on motorcycles,": a figure's part, its clause
                return k == 0 || !(s.get(k - 1).isNumber() || Numbers.isNumberWord(s.lc(k - 1)));
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "governor", "secretary-general of": one person's noun or title at {@code k}. */
    private static boolean personOrTitle(Sentence s, int k) {
        return Parties.singularPerson(s.lc(k)) || titleOf(s, k);
    }

    /** "secretary-general of the Future Syria Party", "head of the council": a lower-case title before "of". */
    private static boolean titleOf(Sentence s, int k) {
        Token t = s.get(k);
        return t.isWord() && !t.capitalised() && !Parties.STOP.contains(t.lc()) && !Parties.DETERMINERS.contains(t.lc())
                && !Numbers.isNumberWord(t.lc()) && !CaptureRules.PLACE_NOUNS.contains(t.lc())
                && !PLACE_KIND_NOUNS.contains(t.lc()) && s.lc(k + 1).equals("of"); // not "capital of Nineveh"
    }

    /** Tokens {@code from} (inclusive) to {@code to} (exclusive) are a personal name: one to four capitalised words. */
    private static boolean nameBetween(Sentence s, int from, int to) {
        if (to - from < 1 || to - from > 9) {
            return false;
        }
        int run = 0;
        for (int k = from; k < to; k++) {
            if (s.lc(k).equals("and") && run > 0 && k + 1 < to) {
                run = 0; // "two soldiers, Naik Zahid and Sepoy Imran,": the names of each
                continue;
            }
            boolean rank = run == 0 && k + 1 < to && Places.capitalisedName(s.get(k + 1)) && !Parties.isHead(s.get(k + 1));
            if (!Places.capitalisedName(s.get(k)) || Parties.isHead(s.get(k)) && !rank || ++run > 4) {
                return false; // ... a rank before a name is part of it ("Sepoy Imran")
            }
        }
        return true;
    }

    /** The phrase right after the trigger: "killed 13 Turkish soldiers", "killing nine civilians", "killed its soldiers". */
    static Party partyAfter(Sentence s, int trigger) {
        int p = trigger + 1;
        while (Clauses.isQuote(s.lc(p))) {
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
        if (s.lc(p).equals("by") && s.lc(p + 1).equals("firing") && s.lc(p + 2).equals("squad")) {
            p += 3; // "executed by firing squad nine police officers"
        }
        if (s.lc(p).equals("a") && ORDINALS.contains(s.lc(p + 1)) && !Parties.isHead(s.get(p + 2))
                && Numbers.parse(s, p + 2) == null && !Lexicon.EQUIPMENT.containsKey(s.lc(p + 2))) {
            // "killing two soldiers and wounding a third": one more of the same side
            return new Party(null, null, false, null, new Amount(1L, null, Qualifier.EXACT, null, p, p + 2), p, p + 1,
                    p + 2, "others");
        }
        if (s.lc(p).equals("another") && !Parties.isHead(s.get(Math.min(s.size() - 1, p + 1)))
                && Numbers.parse(s, p + 1) == null && !Lexicon.EQUIPMENT.containsKey(s.lc(p + 1))) {
            // "killing two and wounding another": one more of the same side
            return new Party(null, null, false, null, new Amount(1L, null, Qualifier.EXACT, null, p, p + 1), p, p, p + 1,
                    "others");
        }
        Amount a = Numbers.parse(s, p);
        if (a == null && Parties.DETERMINERS.contains(s.lc(p)) && !s.lc(p).equals("those")) {
            p++;
            a = Numbers.parse(s, p);
        }
        int from = a != null ? a.end() : p;
        if (a != null && Clauses.isQuote(s.lc(from)) && p > trigger + 1 && Clauses.isQuote(s.lc(p - 1))) {
            from++; // killed "dozens" of soldiers: the quoted figure's own noun
            from += s.lc(from).equals("of") ? 1 : 0;
        }
        int h = Parties.nextHead(s, from, 7);
        if (h >= 0 && (Lexicon.TERRITORY.contains(s.lc(h + 1)) || Lexicon.NOT_PERSON.contains(s.lc(h + 1)))) {
            return null; // "eliminating the last terrorist pockets", "destroyed rebel positions": places, not people
        }
        if (h >= 0) {
            Party x = Parties.at(s, h);
            if (x.start() <= trigger) {
                // "Russian warplanes kill man in Kafr Nabl": the object's words start after its verb (the subject's
                // "Russian" is not the victim's)
                x = Parties.resolve(s, from, h, null);
            }
            if (x.amount() == null && a != null) {
                x = x.withAmount(a);
            }
            if (x.amount() == null && a == null && from == trigger + 1 && h - from <= 1 && bareSingular(s, from, h)) {
                // "Regime shelling kills child", "Gunmen kill farmer", "..., kill police officer": a headline's bare
                // singular noun is one person
                x = x.withAmount(new Amount(1L, null, Qualifier.EXACT, null, h, h));
            }
            return x;
        }
        if (a != null && a.hasCount() && from < s.size() && !Lexicon.EQUIPMENT.containsKey(s.lc(from))
                && !Lexicon.TERRITORY.contains(s.lc(from))) {
            return new Party(null, null, false, null, a, a.start(), -1, a.end(), null);
        }
        return null;
    }

    /** Tokens from..head a bare singular person's noun, lower case, with no determiner: "child", "police officer". */
    private static boolean bareSingular(Sentence s, int from, int head) {
        for (int k = from; k <= head; k++) {
            if (!s.get(k).isWord() || s.get(k).capitalised() || Parties.DETERMINERS.contains(s.lc(k))) {
                return false;
            }
        }
        return Parties.singularPerson(s.lc(head));
    }

    static final java.util.Set<String> PREPOSITIONS = Lexicon.words("PREPOSITIONS");

    static final java.util.Set<String> LEAVE = Lexicon.words("LEAVE");

    private static final java.util.Set<String> SUBORDINATORS = Lexicon.words("SUBORDINATORS");

    static boolean friendlyFire(Sentence s) {
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
                if (Dates.isCalendarWord(s.lc(k + 1))) {
                    break; // "110 bodies had been recovered by Sunday, but officials ...": a time, no doer
                }
                for (Party m : ms) {
                    if (m.start() > k && m.start() <= k + 5 && !overlaps(m, victim) && canAct(m)
                            && !s.anyIn(k + 1, m.start(), COMMA)) {
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
            if (Parties.DETERMINERS.contains(s.lc(trigger - 1)) && s.anyIn(m.end(), trigger, CONFIRMING_VERBS)) {
                break; // "The Plateau State Police Command has confirmed the killing of three": who confirms, not who killed
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

    private static final java.util.Set<String> COMMA = java.util.Set.of(",");

    /** Verbs of confirming a report ("confirmed the killing of"): their subject is the source, not the doer. */
    private static final java.util.Set<String> CONFIRMING_VERBS = Lexicon.words("CONFIRMING");

    private static boolean overlaps(Party m, Party victim) {
        return victim != null && m.start() < victim.end() && victim.start() < m.end();
    }

    static boolean canAct(Party m) {
        return m.role() == null || !(m.role().equals(Roles.CVL) || m.role().equals(Roles.REF));
    }

    /** A clause boundary between a phrase and the trigger: ";", ":", or a subordinate "when"/"after". */
    static boolean clauseBreak(Sentence s, int from, int to) {
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
        if (x.equals("killed") && m.amount() != null && m.amount().hasCount() && !Clauses.beBefore(s, k)) {
            return false; // "Rebels killed 12 soldiers and captured Kitchanga": the counted object of the killing
        }
        return !(Parties.isVerbLike(x) && !Lexicon.SPEECH.contains(x) && !x.equals("killed") && !s.get(k).capitalised());
    }

    private static final java.util.Set<String> DIRECTIONS = Lexicon.words("DIRECTIONS");

    Party stateAfter(Sentence s, int from) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= from && m.start() < from + 4) {
                return m;
            }
        }
        return null;
    }

    /** The nearest party named before the trigger that can act (not civilians). */
    Party subjectBefore(Sentence s, int i) {
        Party antecedent = relativeAntecedent(s, i);
        if (antecedent != null) {
            return antecedent;
        }
        Party best = null;
        boolean bestSubject = false;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= i && (m.role() == null || !(m.role().equals(Roles.CVL) || m.role().equals(Roles.REF))
                    || civilianAttackers(s, m))) {
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

    /**
     * parties24: "a new war with Azerbaijan, which retook Nagorno-Karabakh", "the army, which had pushed into the town":
     * the subject of a relative clause on the trigger is the party its comma and pronoun follow, not the sentence's.
     */
    private static final java.util.Set<String> RELATIVE_PRONOUNS = Lexicon.words("RELATIVE_SUBJECTS");

    private Party relativeAntecedent(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && !RELATIVE_PRONOUNS.contains(s.lc(k)) && (Lexicon.AUX.contains(s.lc(k)) || s.lc(k).endsWith("ly"))) {
            k--;
        }
        if (k < 2 || !RELATIVE_PRONOUNS.contains(s.lc(k)) || !s.lc(k - 1).equals(",")) {
            return null;
        }
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() == k - 1 && canAct(m) && (m.country() != null || m.role() != null)) {
                return m;
            }
        }
        return null;
    }

    /** Civilians who attack as civilians, coded so by the monitors: "settlers set fire to houses in Huwara". */
    private static final java.util.Set<String> CIVILIAN_ATTACKERS = Lexicon.words("ATTACK_CIVILIAN_ATTACKERS");

    /** A civilian phrase that can be an attack's subject: "Israeli settlers rampaged through Huwara". */
    static boolean civilianAttackers(Sentence s, Party m) {
        return Roles.CVL.equals(m.role()) && m.head() >= 0 && CIVILIAN_ATTACKERS.contains(s.lc(m.head()));
    }

    /** For "it"/"they" or a subjectless clause: the first party that can act in this sentence, else the previous one. */
    Party speakerOrPrevious(Sentence s, int before) {
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
    Party possessor(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0 && noun - k <= 4; k--) {
            String x = s.lc(k);
            if (Lexicon.POSSESSIVE_DETERMINERS.contains(x)) {
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

    Party firstMentionFrom(Sentence s, int from, int within) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= from && m.start() < from + within) {
                return m;
            }
        }
        return null;
    }

    /** The party a sentence quotes: "X said/warned/told ...", "..., said X", "according to X". */
    private static final java.util.Set<String> TITLES = Lexicon.words("TITLES");

    /**
     * "state media said rebel rockets hit the district": the party after "said" is the subject of the reported clause
     * (a verb follows it), not the speaker of "..., said the army".
     */
    private static boolean reported(Sentence s, Party m, int said) {
        if (said == 0 || s.lc(said - 1).equals(",") || Clauses.isQuote(s.lc(said - 1))) {
            return false; // "..., said the army", "'We will not leave,' said a resident"
        }
        int k = m.end();
        while (k < s.size() && (Lexicon.AUX.contains(s.lc(k)) || s.lc(k).endsWith("ly"))) {
            k++;
        }
        return k < s.size() && s.get(k).isWord() && Parties.isVerbLike(s.lc(k)) && !Lexicon.SPEECH.contains(s.lc(k));
    }

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
                        || x.equals("'s") || s.get(k).capitalised() || Lexicon.REGION_WORDS.contains(x))) {
                    continue; // "the governor of Russia's Belgorod region said"
                }
                if (!(Lexicon.AUX.contains(x) || x.equals(",") || x.equals("on") || Dates.weekday(x) != null
                        || Lexicon.SPEAKER_FILLERS.contains(x))) {
                    break;
                }
            }
            if (m.start() > 0 && (s.lc(m.start() - 1).equals("said") && !reported(s, m, m.start() - 1) || s.lc(m.start() - 1).equals("to")
                    && s.lc(m.start() - 2).equals("according"))) {
                return m;
            }
            if (m.start() > 1 && s.lc(m.start() - 2).equals("said") && !reported(s, m, m.start() - 2)) {
                return m;
            }
        }
        return null;
    }
}
