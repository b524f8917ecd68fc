package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * The passes of the KILLED and WOUNDED rules ({@code en/rules/killed.rules}, {@code wounded.rules}): active,
 * passive, reduced relative and nominal shapes, running totals and tolls, lists of victims.
 */
final class CasualtyRules {

    private final Rules r;
    private final ArticleContext ctx;

    CasualtyRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    static final java.util.Set<String> CLAIM_LIVES = Lexicon.words("CLAIM_LIVES");

    private static final java.util.Set<String> RISE = Lexicon.words("RISE");

    /** "8 others sustained injuries" with the verb at v: a passive in other words. */
    void sustained(Sentence s, int v) {
        if (!Clauses.hedged(s, v) && !s.lc(v + 1).equals("no")) {
            casualtyPassive(s, v, EventType.WOUNDED, "wounded.passive");
        }
    }

    /**
     * "a fifth, a teenage boy, survived with shrapnel wounds", "a third man escaped with a bullet wound": the
     * survivor is wounded; the wound noun at {@code i}, the verb before "with" up to four words back. No wound when
     * the phrase denies it ("escaped with no serious injuries").
     */
    void survivedWith(Sentence s, int i) {
        for (int k = i - 2; k >= 0 && i - k <= 4; k--) {
            if (s.lc(k + 1).equals("with") && SURVIVED.contains(s.lc(k))) {
                for (int j = k + 2; j < i; j++) {
                    if (Lexicon.NEGATION.contains(s.lc(j))) {
                        return;
                    }
                }
                sustained(s, k);
                return;
            }
        }
    }

    private static final java.util.Set<String> SURVIVED = Lexicon.words("SURVIVED");

    private static final java.util.Set<String> DEFINITE_BEFORE_WOUNDED = Lexicon.words("DEFINITE_BEFORE_WOUNDED");

    void casualty(Sentence s, int i, EventType type) {
        int before = Clauses.isQuote(s.lc(i - 1)) ? i - 2 : i - 1;
        if (Clauses.hedged(s, i) || s.lc(before).equals("to") && !s.lc(i).endsWith("ed")) {
            return; // "agreements to neutralize militants", 'ordered the army to "neutralise" 22 gangs': a purpose
        }
        if ((s.lc(i).equals("wounds") || s.lc(i).equals("wound")) && Lexicon.WOUND_AS_NOUN.contains(s.lc(i - 1))) {
            return; // "the body of a young man bearing gunshot wounds", "died of his wounds": a noun, not an event
        }
        if (type == EventType.WOUNDED && DEFINITE_BEFORE_WOUNDED.contains(s.lc(i - 1)) && i + 1 < s.size()
                && Parties.isHead(s.get(i + 1)) && !s.lc(i - 2).equals("of")) {
            return; // "The wounded soldiers, a private and a corporal, were airlifted": those told of before
        }
        if (type == EventType.WOUNDED && s.lc(i - 1).equals("the") && s.lc(i - 2).equals("of")
                && Lexicon.KILL_INTRANSITIVE.contains(s.lc(i + 1))) {
            return; // "after one of the injured died in hospital": a death among the wounded told of, no wounding
        }
        if (quotedName(s, i)) {
            return; // 'a "dead city" day', 'the "killing fields"': the word opens a quoted name, no death (round 25)
        }
        String w = s.lc(i);
        boolean intransitive = Lexicon.KILL_INTRANSITIVE.contains(w);
        boolean passiveAux = Clauses.beBefore(s, i) || s.lc(i - 1).equals("and") && Clauses.beBefore(s, i - 1)
                || coordinatedPassive(s, i);
        if (!intransitive && !passiveAux) {
            Party obj = PartySearch.partyAfter(s, i);
            if (obj != null && obj.amount() == null && obj.start() == i + 1 && Parties.amountEndingAt(s, i) != null
                    && !Lexicon.AUX.contains(s.lc(i - 1))) {
                // "treated 45 wounded patients", "12 injured civilians": the participle qualifies a counted noun
                obj = obj.withAmount(Parties.amountEndingAt(s, i));
                casualtyPassiveParty(s, i, type, obj);
                return;
            }
            Amount part = obj == null ? null : partOfWhole(s, i, obj);
            if (part != null) {
                obj = obj.withAmount(part); // "killing 19 of the 43 people on board": the 19, not all on board
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
            if (someone == null) {
                someone = pronounAfter(s, i + 1);
            }
            if (someone == null) {
                someone = namedPersonAfter(s, s.lc(i + 1).equals("dead") ? i + 2 : i + 1);
            }
            if (someone != null) {
                emitCasualty(s, i, type, someone, type == EventType.KILLED ? "killed.active" : "wounded.active");
                return;
            }
            Party many = type == EventType.WOUNDED && !s.heading() ? vagueObjectAfter(s, i + 1) : null;
            if (many != null) {
                // (a vague toll of the dead is a headline's or a war's, told with a figure elsewhere; not read here)
                if (s.lc(i - 1).equals("and")) {
                    many = new Party(null, null, false, null, many.amount(), many.start(), many.head(), many.end(),
                            "others"); // "killed 50 fighters and wounded dozens": more of the same side
                }
                emitOne(s, i, type, many, "wounded.active");
                return;
            }
            if (w.endsWith("ing") || w.equals("kills") || w.equals("kill")) {
                return;
            }
        }
        casualtyPassive(s, i, type, type == EventType.KILLED ? "killed.passive" : "wounded.passive");
    }

    /**
     * A casualty word that opens a two-word quoted name after a determiner: 'called a "dead city" day', 'the "killing
     * fields"'. The quotes make it a name for something else (a strike, a place), not a death or a wounding.
     */
    static boolean quotedName(Sentence s, int i) {
        return i >= 2 && i + 2 < s.size() && Clauses.isQuote(s.lc(i - 1)) && Clauses.isQuote(s.lc(i + 2))
                && Parties.DETERMINERS.contains(s.lc(i - 2)) && s.get(i + 1).isWord()
                && Character.isLetter(s.lc(i + 1).charAt(0)) && !Lexicon.AUX.contains(s.lc(i + 1))
                && !Parties.isHead(s.get(i + 1));
    }

    /**
     * The part counted right after the verb when the object's own figure is the whole it is a part of: "killing 19 of
     * the 43 people on board", "wounding 4 of its 30 passengers"; else null.
     */
    private static Amount partOfWhole(Sentence s, int verb, Party obj) {
        Amount a = Numbers.parse(s, verb + 1);
        Amount whole = obj.amount();
        if (a == null || !a.hasCount() || whole == null || !whole.hasCount() || a.count() >= whole.count()) {
            return null;
        }
        int at = s.lc(a.end() - 1).equals("of") ? a.end() : s.lc(a.end()).equals("of") ? a.end() + 1 : -1; // (the
        // figure's parse may take its "of")
        if (at < 0) {
            return null;
        }
        if (Parties.DETERMINERS.contains(s.lc(at)) || Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(at))) {
            at++;
        }
        return whole.start() == at ? (s.lc(a.end() - 1).equals("of")
                ? new Amount(a.count(), a.high(), a.qualifier(), a.vague(), a.start(), a.end() - 1) : a) : null;
    }

    private static final java.util.Set<String> VAGUE_MORE = Lexicon.words("VAGUE_MORE");
    private static final java.util.Set<String> OBJECT_END_WORDS = Lexicon.words("PREPOSITIONS", "CONJUNCTIONS_AFTER_OBJECT");

    /**
     * "killing 5 people and wounding dozens", "injuring dozens more", "wounding several others": a vague amount of
     * people with no noun, the object of the verb (no figure; the victims' side from the context).
     */
    static Party vagueObjectAfter(Sentence s, int p) {
        Amount a = p < s.size() ? Numbers.parse(s, p) : null;
        if (a == null || a.hasCount() || a.vague() == null || s.lc(a.end() - 1).equals("of")) {
            return null;
        }
        int e = a.end();
        if (VAGUE_MORE.contains(s.lc(e))) {
            e++;
        }
        if (e < s.size() && s.get(e).isWord() && !OBJECT_END_WORDS.contains(s.lc(e))) {
            return null; // "wounding dozens of ...", "killing several soldiers": a noun the party search reads
        }
        if (e < s.size() && DASHES.contains(s.lc(e))) {
            return null; // "Pagers explode, killing nine and wounding thousands - Hundreds of ...": a headline run
            // into its lead, whose figures follow
        }
        return new Party(null, null, false, null, a, p, p, e, null);
    }

    /**
     * "was abducted and killed", "were arrested and later executed", "were hit by stray bullets and wounded": the
     * second of two passive participles.
     */
    static boolean coordinatedPassive(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && Clauses.ADVERBS.contains(s.lc(k))) {
            k--;
        }
        if (k < 2 || !s.lc(k).equals("and")) {
            return false;
        }
        if (PartySearch.pastParticiple(s.get(k - 1)) && Clauses.beBefore(s, k - 1)) {
            return true;
        }
        // "were hit by stray bullets and wounded", "was dragged from her car and executed": the first participle's
        // phrase between the two
        return PartySearch.beforeFirstParticiple(s, k) >= 0;
    }

    /**
     * The object of a killing or wounding verb when it is one person our role words do not know: "shot dead a
     * council clerk", "killing a pharmacist", "wounded an aid worker". One person, uncoded (civilian by
     * default); a thing ("killed a bill"), a place or a vehicle is no victim.
     */
    private static final java.util.Set<String> WAR_NOUNS = Lexicon.words("WAR_NOUNS");

    static Party onePersonAfter(Sentence s, int p) {
        if (!Parties.SINGULAR_DETERMINERS.contains(s.lc(p))) {
            return null;
        }
        int from = p + 1;
        boolean aged = false;
        if (s.get(from).isNumber() && (s.lc(from + 1).equals("-") || Parties.ageUnit(s.lc(from + 1)))) {
            from += s.lc(from + 1).equals("-") ? 3 : 3; // "a 14-year-old ...", "a 7 year old ..."
            aged = true;
        }
        int head = -1;
        for (int k = from; k < s.size() && k <= from + 3; k++) {
            Token t = s.get(k);
            if (!t.isWord() || Parties.STOP.contains(t.lc()) || Dates.isCalendarWord(t.lc())
                    || head >= 0 && t.lc().endsWith("ing") && !t.capitalised()) {
                break; // ... and "a village headman riding his motorcycle home": the participle's phrase follows
            }
            head = k;
        }
        if (head < 0 && aged) {
            head = from - 1; // "shot dead a 17-year-old": the age is the person
            return new Party(null, null, false, null, new Amount(1L, null, Qualifier.EXACT, null, p, p + 1), p, head,
                    head + 1, null);
        }
        if (head < 0) {
            return null;
        }
        String x = s.lc(head);
        if (Lexicon.NOT_PERSON.contains(x) || Lexicon.EQUIPMENT.containsKey(x) || CaptureRules.PLACE_NOUNS.contains(x)
                || Lexicon.INCIDENT_NOUNS.contains(x) || Lexicon.ATTACK_NOUNS.contains(x) || WAR_NOUNS.contains(x)
                || Lexicon.CLASH.contains(x) // "The violence has killed hundreds": a deed's noun is nobody killed
                || Lexicon.TERRITORY.contains(x) || AttackRules.VEHICLES.contains(x) || x.endsWith("s") && !x.endsWith("ss")
                || x.endsWith("ing") || s.get(head).capitalised() && head == from
                || !(s.lc(p).equals("a") || s.lc(p).equals("an")) && Lexicon.SCOPE_NOUNS.contains(x)) {
            return null;
        }
        Amount one = new Amount(1L, null, Qualifier.EXACT, null, p, p + 1);
        return new Party(null, null, false, null, one, p, head, head + 1, null);
    }

    /**
     * A person named as the subject of a passive ("Fernando Villavicencio was shot dead", "Journalist Ahmed Ali was
     * killed", "Presidential candidate X was shot dead"): one victim. The name ends before the verb's auxiliaries.
     */
    private Party namedPersonBefore(Sentence s, int i) {
        int e = i - 1;
        while (e >= 0 && (Lexicon.AUX.contains(s.lc(e)) || Clauses.ADVERBS.contains(s.lc(e))
                || s.lc(e).equals("and") || SHOT.contains(s.lc(e)) || s.lc(e).equals("reportedly")
                || s.lc(e + 1).equals("and") && PartySearch.pastParticiple(s.get(e)))) {
            e--; // "... was abducted and killed": past the first participle too
        }
        int subject = e >= 0 && s.lc(e + 1).equals("and") ? PartySearch.beforeFirstParticiple(s, e + 1) : -1;
        if (subject >= 0) {
            e = subject; // "Hevrin Khalaf was dragged from her car and executed"
        }
        e = PartySearch.skipApposition(s, e);
        if (e < 0 || !nameWord(s, e)) {
            return null;
        }
        int n = e;
        while (n > 0 && e - n < 3 && nameWord(s, n - 1)) {
            n--;
        }
        return person(s, n, e);
    }

    /** A person named as the object ("shot dead journalist Ahmed Ali", "killed local councillor X"): one victim. */
    private Party namedPersonAfter(Sentence s, int p) {
        int n = p;
        if (s.lc(n).equals("the")) {
            n++;
        }
        while (n < s.size() && n - p < 3 && titleWord(s, n)) {
            n++; // the title's words: "local councillor", "presidential candidate"
        }
        if (!nameWord(s, n)) {
            return null;
        }
        int e = n;
        while (e + 1 < s.size() && e - n < 3 && nameWord(s, e + 1)) {
            e++;
        }
        return person(s, n, e);
    }

    /**
     * The person whose name runs from {@code n} to {@code e}: a title before it gives the role ("journalist",
     * "Commander"); a name alone must have two words at least ("Ahmed Ali", not "Idlib"), and none of them may be
     * read as a place.
     */
    private Party person(Sentence s, int n, int e) {
        for (Places.Mention m : ctx.places.get(s.index())) {
            if (m.index() <= e && m.end() > n) {
                return null;
            }
        }
        int[] len = new int[1];
        for (int k = n; k <= e; k++) {
            if (ArmedGroups.at(s, k, len) != null) {
                return null;
            }
        }
        int t = n - 1;
        Party title = t >= 0 && Parties.isHead(s.get(t)) ? Parties.at(s, t) : null;
        boolean titled = title != null || t >= 0 && titleWord(s, t) && !Lexicon.KILL_VERBS.contains(s.lc(t))
                && !SHOT.contains(s.lc(t)) && !s.lc(t).equals("dead");
        if (e == n && !titled) {
            return null;
        }
        Amount one = new Amount(1L, null, Qualifier.EXACT, null, n, e + 1);
        if (title != null) {
            return new Party(title.country(), title.role(), title.explicit(), title.sponsor(), one, title.start(),
                    title.head(), e + 1, null);
        }
        return new Party(null, null, false, null, one, n, e, e + 1, null);
    }

    /** A lower-case word that may be part of a title before a name ("local", "councillor"): no function word. */
    private static boolean titleWord(Sentence s, int k) {
        String x = s.lc(k);
        return s.get(k).isWord() && !s.get(k).capitalised() && !Parties.STOP.contains(x)
                && !Parties.DETERMINERS.contains(x) && !Lexicon.AUX.contains(x);
    }

    /** A capitalised word that may be part of a person's name (no country, month, role noun or group). */
    private static boolean nameWord(Sentence s, int k) {
        Token t = s.get(k);
        String x = t.lc();
        return t.isWord() && t.capitalised() && x.length() > 1 && Countries.lookup(x) == null
                && !Dates.isCalendarWord(x) && !Parties.isHead(t) && !Parties.STOP.contains(x)
                && !Lexicon.NOT_PERSON.contains(x) && !Parties.DETERMINERS.contains(x) && !Lexicon.AUX.contains(x);
    }

    private static final java.util.Set<String> SHOT = Lexicon.words("SHOOT_FORMS", "GUN_DOWN_FORMS");

    /**
     * "two soldiers fell during an attack on the detachment", "three fighters fell defending the village": people
     * (not rockets, a town or prices) who fell, the word of a side's statements for its dead.
     */
    static boolean peopleFell(Sentence s, int i) {
        Party p = PartySearch.partyBefore(s, i);
        return p != null && p.amount() != null && p.head() >= 0 && p.role() != null
                && !Roles.WEAPONS.contains(s.lc(p.head())) && !Clauses.hedged(s, i);
    }

    private static final java.util.Set<String> FELLOWS = Lexicon.words("FELLOWS");

    /**
     * "A soldier was killed and two of his colleagues were wounded", "a fighter was shot dead and 2 of his comrades
     * wounded": the counted fellows of the one named before, of his side (the last party named before them that is
     * not the doer after "by"); null if the words are not there.
     */
    private Party fellowsBefore(Sentence s, int i) {
        int e = Clauses.beforeVerbGroup(s, i);
        if (e < 3 || !FELLOWS.contains(s.lc(e)) || !OWNERS.contains(s.lc(e - 1)) || !s.lc(e - 2).equals("of")) {
            return null;
        }
        Amount a = null;
        for (int p = Math.max(0, e - 6); p < e - 1 && a == null; p++) {
            Amount x = Numbers.parse(s, p);
            if (x != null && x.hasCount() && (x.end() == e - 2 || x.end() == e - 1)) {
                a = x;
            }
        }
        if (a == null || a.start() > 0 && s.lc(a.start() - 1).equals("of")) {
            return null;
        }
        Party side = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= a.start() && m.head() >= 0 && (m.role() != null || m.country() != null)
                    && !(m.start() > 0 && s.lc(m.start() - 1).equals("by"))) {
                side = m;
            }
        }
        Amount n = new Amount(a.count(), null, a.qualifier(), null, a.start(), a.end());
        return side == null ? new Party(null, null, false, null, n, a.start(), e, e + 1, null)
                : new Party(side.country(), side.role(), side.explicit(), side.sponsor(), n, a.start(), e, e + 1, null);
    }

    /**
     * "Most of the wounded were students; 11 of them were still in hospital", "three of the injured were in hospital":
     * a part of the wounded told of before, in care, not more wounded.
     */
    static boolean partOfThemBefore(Sentence s, int i) {
        int k = Clauses.beforeVerbGroup(s, i); // ("were still in hospital": "still" is an adverb of the group)
        String x = s.lc(k);
        return k >= 1 && x.equals("them") && s.lc(k - 1).equals("of")
                || k >= 2 && PART_OF_WOUNDED.contains(x) && s.lc(k - 1).equals("the") && s.lc(k - 2).equals("of");
    }

    private static final java.util.Set<String> PART_OF_WOUNDED = Lexicon.words("WOUNDED_AS_NOUN");

    /** "the bodies were taken to hospital", "the dead were brought to hospital": the dead, not the wounded. */
    static boolean deadBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";")) {
                return false;
            }
            if (Lexicon.KILL_NOUNS.contains(x) || x.equals("dead") || x.equals("remains")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killing him instantly", "executed her", "killing both": a pronoun object, one person (two for "both"),
     * coded by {@code Coding} from the party the sentence named before.
     */
    static Party pronounAfter(Sentence s, int p) {
        String x = s.lc(p);
        long n = x.equals("him") || x.equals("her") ? 1 : x.equals("both") && !Parties.isHead(s.get(p + 1))
                && !s.get(p + 1).isWord() ? 2 : 0;
        if (n == 0) {
            return null;
        }
        return new Party(null, null, false, null, new Amount(n, null, Qualifier.EXACT, null, p, p + 1), p, p, p + 1,
                x.equals("both") ? "both" : "him");
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
        if (Lexicon.SHOOT_FORMS.contains(w) && next.equals("dead")
                || Lexicon.GUN_DOWN_FORMS.contains(w) && next.equals("down") || BURN_FORMS.contains(w) && next.equals("alive")) {
            return i + 1;
        }
        if (FATALLY.contains(w) && (Lexicon.WOUND_VERBS.contains(next) || Lexicon.SHOOT_FORMS.contains(next)
                || TO_DEATH_ACTIVE.contains(next))) {
            return i + 1; // "was fatally wounded", "fatally shot a policeman": a death (gold "Counting")
        }
        if (next.equals("to") && s.lc(i + 2).equals("death") && (TO_DEATH_VERBS.contains(w) || TO_DEATH_ACTIVE.contains(w))) {
            return i + 2;
        }
        if (TO_DEATH_ACTIVE.contains(w) && next.equals("and") && BURN_FORMS.contains(s.lc(i + 2))) {
            return i + 2; // "hacked and burned at least 184 people"
        }
        if (TO_DEATH_ACTIVE.contains(w) && next.equals("and") && s.lc(i + 2).equals("set")
                && (s.lc(i + 3).equals("alight") || s.lc(i + 3).equals("ablaze"))) {
            return i + 3; // "stoned and set alight 13 suspected gang members"
        }
        if (Lexicon.THROAT_VERBS.contains(w) && (next.equals("the") || OWNERS.contains(next))
                && s.lc(i + 2).startsWith("throat") && s.lc(i + 3).equals("of")) {
            return i + 3; // "slit the throats of a herder and his son"
        }
        return -1;
    }

    private static final java.util.Set<String> TO_DEATH_ACTIVE = Lexicon.words("TO_DEATH_ACTIVE");
    private static final java.util.Set<String> FATALLY = Lexicon.words("FATALLY");
    private static final java.util.Set<String> BURN_FORMS = Lexicon.words("BURN_FORMS");

    /** A verb of violence whose object comes before "to death": "hacking 23 people to death". */
    static boolean splitToDeath(Sentence s, int i) {
        if (!TO_DEATH_ACTIVE.contains(s.lc(i)) || s.lc(i + 1).equals("to") || Clauses.BE.contains(s.lc(i - 1))) {
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
    void casualtyComplex(Sentence s, int i, int end) {
        if (Clauses.hedged(s, i) || s.lc(i - 1).equals("to")) {
            return;
        }
        if (!(Clauses.beBefore(s, i) || s.lc(i - 1).equals("and") && Clauses.beBefore(s, i - 1))) {
            Party obj = PartySearch.partyAfter(s, end);
            if (obj == null) {
                obj = onePersonAfter(s, end + 1);
            }
            if (obj == null) {
                obj = namedPersonAfter(s, end + 1); // "gunmen shot dead Ahmed Ali"
            }
            if (obj != null) {
                emitCasualty(s, i, EventType.KILLED, obj, "killed.active");
                return;
            }
            if (Parties.DETERMINERS.contains(s.lc(end + 1)) || Numbers.parse(s, end + 1) != null) {
                return; // an object we cannot code: the subject before is the killer, not the victim
            }
        }
        if (s.lc(i - 1).equals("and") && i >= 3 && Parties.isVerbLike(s.lc(i - 2)) && Clauses.beBefore(s, i - 2)) {
            // "two volunteers were hacked and shot to death": the subject of the first of the two verbs
            Party subj = PartySearch.partyBefore(s, i - 2);
            if (subj != null) {
                emitCasualty(s, i, EventType.KILLED, subj, "killed.passive");
                return;
            }
        }
        casualtyPassive(s, i, EventType.KILLED, "killed.passive");
    }

    private void casualtyPassiveParty(Sentence s, int i, EventType type, Party p) {
        emitCasualty(s, i, type, p, type == EventType.KILLED ? "killed.passive" : "wounded.passive");
    }

    /**
     * "Two gunmen opened fire at a bus stop, killing three people before they were shot dead", "Three militants stormed
     * a checkpoint and were killed by soldiers", "the attacker stabbed two people before he was shot dead": the
     * attackers named nearest before, told again by a pronoun of their number after "before", "after", "until", "as" or
     * "when", or by "and" right before the passive; null if none.
     */
    private Party clauseDoer(Sentence s, int i) {
        int e = i - 1;
        while (e > 0 && Lexicon.AUX.contains(s.lc(e))) {
            e--;
        }
        if (e > 0 && REFLEXIVES.contains(s.lc(e))) {
            e--; // "before he himself was shot dead"
        }
        String w = s.lc(e);
        boolean pronoun = e > 0 && PLAIN_SUBJECT_PRONOUNS.contains(w) && DOER_LINKS.contains(s.lc(e - 1));
        boolean and = w.equals("and") && e < i - 1;
        if (!pronoun && !and) {
            return null;
        }
        Party doer = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= e) {
                break;
            }
            if (m.head() >= 0 && PartySearch.subjectPosition(s, m) && (and ? doer == null && m.amount() != null
                    && m.amount().hasCount() : ATTACKER_HEADS.contains(s.lc(m.head())))) {
                // after "and", the counted subject the clause began with ("Fifteen people have been pulled out alive
                // and were being treated"); after a pronoun, the nearest attackers (not a speaker, not the victims)
                doer = m;
            }
        }
        if (doer == null && pronoun) {
            doer = harmingSubject(s, e); // "a Palestinian stabbed others, wounding 8 people before he was shot dead"
        }
        if (doer == null) {
            return null;
        }
        boolean one = w.equals("he") || w.equals("she");
        long n = doer.amount() != null && doer.amount().hasCount() ? doer.amount().count()
                : Parties.singularPerson(s.lc(doer.head())) ? 1 : 0;
        if (n == 0 || one != (n == 1) || and && doer.amount() == null) {
            return null; // the number must agree ("two gunmen ... before he was shot dead" is someone else)
        }
        return doer.amount() != null && doer.amount().hasCount() ? doer : doer.withAmount(
                new Amount(1L, null, Qualifier.EXACT, null, doer.start(), doer.start() + 1));
    }

    private static final java.util.Set<String> HARM_ACTIVE = Lexicon.words("KILL_VERBS", "WOUND_VERBS",
            "TO_DEATH_ACTIVE", "HARM_ACTIVE_VERBS");

    /**
     * The sentence's subject when it is a person no attacker word names ("a Palestinian", "a man") who, in the
     * clause before the pronoun at {@code e}, hurt or killed people by an active verb ("stabbed others, wounding 8
     * people before he was shot dead"): the doer the pronoun tells again; null if none (round 25).
     */
    private Party harmingSubject(Sentence s, int e) {
        Party first = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() < e && m.head() >= 0 && PartySearch.subjectPosition(s, m)) {
                first = m; // (the first subject, past a place before it: "In Tel Aviv, a man ...")
                break;
            }
        }
        if (first == null || first.amount() != null
                && (!first.amount().hasCount() || first.amount().count() != 1)) {
            return null;
        }
        for (int k = first.end(); k < e; k++) {
            if (HARM_ACTIVE.contains(s.lc(k)) && !Clauses.beBefore(s, k) && !s.lc(k - 1).equals("by")) {
                return first;
            }
        }
        return null;
    }

    private static final java.util.Set<String> PLAIN_SUBJECT_PRONOUNS = Lexicon.words("PLAIN_SUBJECT_PRONOUNS");
    private static final java.util.Set<String> REFLEXIVES = Lexicon.words("REFLEXIVES");
    private static final java.util.Set<String> DOER_LINKS = Lexicon.words("DOER_LINKS");
    private static final java.util.Set<String> ATTACKER_HEADS = Lexicon.words("LONE_ATTACKERS", "UNNAMED_ATTACKERS",
            "ATTACKER_PLURALS");

    /**
     * "Both attackers were shot, one of them fatally", "Three policemen were wounded, two of them fatally": the counted
     * part of the group named before it in the sentence that died.
     */
    void ofThemFatally(Sentence s, int i) {
        Amount a = Parties.amountEndingAt(s, i - 2);
        if (a == null || !a.hasCount() || !s.lc(a.end() - 1).equals("of")) {
            a = i >= 3 ? Numbers.parse(s, i - 3) : null;
        }
        if (a == null || !a.hasCount() || a.start() > i - 3) {
            return;
        }
        Party group = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= a.start() && m.head() >= 0 && m.role() != null && m.amount() != null) {
                group = m; // the last counted group before the part
            }
        }
        if (group != null && (!group.amount().hasCount() || group.amount().count() > a.count())) {
            emitOne(s, i, EventType.KILLED, new Party(group.country(), group.role(), group.explicit(), group.sponsor(),
                    new Amount(a.count(), null, Qualifier.EXACT, null, a.start(), a.start() + 1), a.start(),
                    group.head(), group.end(), null), "killed.of-them-fatally");
        }
    }

    /**
     * "The dead were a member of the National Guard, a civilian and six attackers": who the dead were, item by item
     * (the Merger sets the items against a toll told before them); "Among the dead were 13 civilians and nine VDP":
     * the same items, parts of a toll told before if there is one.
     */
    void deadWere(Sentence s, int i, String rule) {
        if (r.firing != null) {
            rule = r.firing; // killed.among-them reads its items the same way, after "among them"
        }
        int from = i + 2;
        Party first = nationalityAt(s, from);
        if (first == null) {
            Amount a = Numbers.parse(s, from);
            boolean one = (a == null || !a.hasCount()) && Parties.SINGULAR_DETERMINERS.contains(s.lc(from));
            int h = Parties.nextHead(s, a != null && a.hasCount() ? a.end() : one ? from + 1 : from, 5);
            first = h < 0 ? null : Parties.at(s, h);
        }
        if (first == null || first.amount() == null || !first.amount().hasCount() || first.amount().start() != from) {
            return;
        }
        Candidate total = null;
        if (s.lc(i).equals("among")) {
            for (Candidate c : ctx.events) {
                if (c.sentence == s && c.type == EventType.KILLED && c.trigger < i && !c.cumulative) {
                    total = c; // "8 people were killed, among them ...": the toll the list comes after
                }
            }
            if (total == null || total.count == null) {
                return; // "Several people were killed, among them a soldier": a part of a toll with no figure
            }
        }
        int before = ctx.events.size();
        emitCasualty(s, i, EventType.KILLED, first, rule);
        if (total != null) {
            long sum = 0;
            for (int k = before; k < ctx.events.size(); k++) {
                Candidate c = ctx.events.get(k);
                sum += c.count == null ? Long.MIN_VALUE / 4 : c.count;
            }
            if (ctx.events.size() - before >= 2 && sum == total.count) {
                ctx.events.remove(total); // "8 killed, among them a guardsman, a civilian and 6 attackers": the toll
                // by item (the gold "Counting": several groups, their sum the toll)
            } else {
                while (ctx.events.size() > before) {
                    ctx.events.remove(ctx.events.size() - 1); // "9 killed, among them 2 women": a part restated
                }
            }
        }
    }

    void casualtyPassive(Sentence s, int i, EventType type, String rule) {
        Party subj = PartySearch.partyBefore(s, i);
        if (subj != null && subj.amount() != null && subj.start() >= 2 && s.lc(subj.start() - 1).equals("from")) {
            Party whole = PartySearch.partyBefore(s, subj.start() - 1);
            if (whole != null && whole.amount() != null && whole.amount().hasCount() && whole.end() == subj.start() - 1
                    && whole.head() >= 0 && Parties.isHead(s.get(whole.head()))) {
                subj = whole; // "Three children from one family were killed": the children, not the one family (round 25)
            }
        }
        if (subj == null && type == EventType.KILLED && s.lc(i + 1).equals("of") && (s.lc(i + 2).equals("his")
                || s.lc(i + 2).equals("her")) && Lexicon.KILL_INTRANSITIVE.contains(s.lc(i))) {
            // "a man who was wounded when ... shelled Kherson on 3 November died of his injuries": one person, the
            // one the sentence is about, however long the clause between
            subj = new Party(null, null, false, null, new Amount(1L, null, Qualifier.EXACT, null, i + 2, i + 3), i + 2,
                    i + 2, i + 3, s.lc(i + 2).equals("his") ? "him" : "her");
        }
        if (subj == null || subj.amount() == null) {
            Party one = clauseSubjectOne(s, i);
            if (one != null) {
                subj = subj == null ? one : new Party(subj.country(), subj.role(), subj.explicit(), subj.sponsor(),
                        one.amount(), one.start(), subj.head(), subj.end(), subj.anaphor());
            }
        }
        if (subj == null || subj.amount() == null && subj.anaphor() != null) {
            Party doer = clauseDoer(s, i);
            subj = doer != null ? doer : subj;
        }
        if (subj == null) {
            subj = namedPersonBefore(s, i);
        }
        if (subj == null) {
            subj = fellowsBefore(s, i);
            if (subj != null) {
                emitOne(s, i, type, subj, rule); // (the one named before is no item of a list with them)
                return;
            }
        }
        if (subj == null) {
            return;
        }
        if (subj.amount() == null && subj.head() >= 0 && s.lc(subj.start()).equals("the")) {
            Amount brought = broughtTo(s, subj.start() + 1);
            if (brought != null) {
                subj = subj.withAmount(brought); // "..., bringing to 229 the civilians killed since April": the total
            }
        }
        Party more = alongWith(s, i + 1);
        if (more != null && subj.head() >= 0 && conjunctBefore(s, subj) == null && conjunctAfter(s, subj) == null
                && conjunctAfter(s, more) == null) {
            // "29 regime soldiers were killed, along with 18 opposition fighters", "X was executed along with her
            // driver": two items of one list (one line when they share a code)
            emitOne(s, i, type, subj, rule, 1);
            emitOne(s, i, type, more, rule, 2);
            if (type == EventType.KILLED && ("he".equals(subj.anaphor()) || "she".equals(subj.anaphor()))) {
                woundedOneDied(s);
            }
            return;
        }
        emitCasualty(s, i, type, subj, rule);
        if (type == EventType.KILLED && ("he".equals(subj.anaphor()) || "she".equals(subj.anaphor()))) {
            woundedOneDied(s); // "a policeman was shot and wounded ...; he later died of his wounds"
        }
        if (more != null) {
            emitCasualty(s, i, type, more, rule);
        }
    }

    /**
     * The one person wounded just before (this sentence or the one before) is the one who died ("he later died of his
     * wounds"): the coders count that person dead, not also wounded, so the WOUNDED of one goes.
     */
    private void woundedOneDied(Sentence s) {
        for (int k = ctx.events.size() - 1; k >= 0; k--) {
            Candidate c = ctx.events.get(k);
            if (s.index() - c.sentence.index() > 1) {
                return;
            }
            if (c.type == EventType.WOUNDED) {
                Candidate died = ctx.events.get(ctx.events.size() - 1);
                if (c.count != null && c.count == 1L && died.type == EventType.KILLED && died.sentence == s) {
                    ctx.events.remove(k);
                    died.victim = c.victim; // "he" is the policeman
                }
                return;
            }
        }
    }

    /**
     * A counted group after "along with" or "together with" in the clause after the verb at {@code from}, past its
     * place and time ("were killed in Kafr Nabudah, along with 18 opposition fighters"): more victims of the verb.
     */
    private static Party alongWith(Sentence s, int from) {
        int k = from;
        while (k < s.size() && k - from <= 12 && withMore(s, k) == 0) {
            String x = s.lc(k);
            if (Lexicon.SPEECH.contains(x) && s.lc(k + 1).equals(",") && withMore(s, k + 2) > 0) {
                k += 2; // "Its spokesman was killed in fighting on Sunday, the group said, along with a senior commander"
                break;
            }
            if (x.equals(";") || x.equals(".") || Lexicon.SPEECH.contains(x) || Lexicon.KILL_VERBS.contains(x)
                    || Lexicon.WOUND_VERBS.contains(x) || Lexicon.KILL_INTRANSITIVE.contains(x)) {
                return null;
            }
            k++;
        }
        int n = withMore(s, k);
        if (n == 0) {
            return null;
        }
        int after = k + n; // the first word of the group
        Party more = PartySearch.partyAfter(s, after - 1);
        if (more == null && Lexicon.POSSESSIVES_BEFORE_NOUN.contains(s.lc(after))
                && Parties.singularPerson(s.lc(after + 1))) {
            // "... executed on the M4 highway along with her driver": one more, the person of the possessive
            Party one = Parties.at(s, after + 1);
            return one.withAmount(new Amount(1L, null, Qualifier.EXACT, null, after, after + 1));
        }
        if (more == null) {
            more = onePersonAfter(s, after); // "..., along with a senior commander"
            if (more != null && !Parties.singularPerson(s.lc(more.head()))) {
                more = null; // not "along with a large quantity of weapons seized"
            }
        }
        return more != null && more.amount() != null && more.amount().hasCount() && more.amount().start() == after
                && (more.role() != null || more.country() != null || more.amount().count() == 1) ? more : null;
    }

    /**
     * "A man accused of working for IS was shot dead", "a candidate for mayor in Coyuca de Benitez was shot dead": one
     * person ("a" or "an" and a person's noun) opening the clause, however long the description before the verb at
     * {@code i}; null when another verb or clause stands between.
     */
    private static Party clauseSubjectOne(Sentence s, int i) {
        int e = i - 1;
        while (e >= 0 && (Lexicon.AUX.contains(s.lc(e)) || Clauses.ADVERBS.contains(s.lc(e)))) {
            e--;
        }
        for (int k = e; k >= 0 && e - k <= 16; k--) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(":") || x.equals(".") || x.equals("(") || x.equals(")")
                    || Lexicon.AUX.contains(x) || s.get(k).isNumber() || Lexicon.POSSESSIVE_DETERMINERS.contains(x)
                    || Lexicon.KILL_VERBS.contains(x) || Lexicon.KILL_INTRANSITIVE.contains(x)
                    || Lexicon.WOUND_VERBS.contains(x)) {
                return null; // "the driver died at the scene and his 2 companions were injured": another subject
            }
            if ((x.equals("a") || x.equals("an")) && (k == 0 || CLAUSE_OPENERS.contains(s.lc(k - 1)))) {
                Party one = onePersonAfter(s, k);
                return one != null && one.end() <= e ? one : null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> CLAUSE_OPENERS = Lexicon.words("CLAUSE_OPENERS");

    /**
     * The index of "number" in "the number of" ending within the four words before {@code i} ("the number of those
     * killed", "the number of people who died": the toll the phrase reads), or -1.
     */
    static int numberOfBefore(Sentence s, int i) {
        for (int k = i - 2; k >= 0 && i - k <= 4; k--) {
            if (s.lc(k).equals("number") && s.lc(k + 1).equals("of") && s.lc(k - 1).equals("the")) {
                return k;
            }
        }
        return -1;
    }

    /** "the number of people killed in ... rose to 33": a running total, its victims named after "number of". */
    void numberKilled(Sentence s, int i) {
        int verb = -1;
        for (int k = i + 2; k < Math.min(s.size(), i + 7); k++) {
            if (Lexicon.KILL_VERBS.contains(s.lc(k)) || Lexicon.KILL_INTRANSITIVE.contains(s.lc(k))
                    || Lexicon.KILL_NOUNS.contains(s.lc(k))) {
                verb = k; // "killed", "dead", "who died", "deaths"
                break;
            }
        }
        if (verb < 0 || Clauses.hedged(s, i)) {
            return;
        }
        String next = s.lc(verb + 1);
        if (Lexicon.PUT_FORMS.contains(s.lc(i - 2)) && s.lc(i - 1).equals("the") || next.equals("was") || next.equals("stood")) {
            toll(s, verb); // "put the number of dead at more than 150", "the number of dead was 150": a toll
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
        c.victim = r.coding.victimCode(s, p, EventType.KILLED, Roles.CVL, c, null);
        // "The number of the dead has risen to 76": the dead the story told, one incident's toll (not "the number of
        // the dead in the war", a span's)
        c.cumulative = !incidentToll(s, verb + 1) && !oneDeed(s, verb + 1)
                && !(s.lc(i + 2).equals("the") && STORY_DEAD.contains(s.lc(i + 3)) && !spanned(s, i));
        r.coding.finish(c);
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
            incident |= Lexicon.INCIDENT_NOUNS.contains(x)
                    // "the number of people killed when gunmen stormed a string of villages": a deed of one time
                    || Lexicon.ATTACK_VERBS.contains(x) && s.lc(k - 2).equals("when");
        }
        return incident;
    }

    /**
     * The dead of one deed named before the figure: "killed by a missile that struck the station" (one weapon, told
     * with "a"), "killed by gunmen in the village of Kuru" (one village), not "killed in Gaza" or "by Russian strikes"
     * (a people's or a war's running total). No span word ("since", "war") in the phrase.
     */
    private static boolean oneDeed(Sentence s, int from) {
        boolean one = false;
        for (int k = from; k < Math.min(s.size(), from + 16); k++) {
            String x = s.lc(k);
            if (Lexicon.SPANS.contains(x)) {
                return false;
            }
            if (x.equals(".") || x.equals(";") || RISE.contains(x) || Numbers.parse(s, k) != null
                    && !Dates.isCalendarWord(s.lc(k + 1))) {
                break;
            }
            one |= x.equals("by") && (s.lc(k + 1).equals("a") || s.lc(k + 1).equals("an"))
                    || (SMALL_PLACES.contains(x) || x.equals("town")) && s.lc(k + 1).equals("of")
                    && (s.lc(k - 1).equals("the") || s.lc(k - 2).equals("the")); // "the (Haitian) town of Pont-Sonde"
        }
        return one;
    }

    /** A word of a span of time or of a whole conflict around a toll at i ("the war's toll", "toll since May"). */
    private static boolean spanned(Sentence s, int i) {
        for (int k = Math.max(0, i - 8); k < Math.min(s.size(), i + 20); k++) {
            if (Lexicon.SPANS.contains(s.lc(k)) || TOTALS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TOTALS = Lexicon.words("TOTALS");

    static final java.util.Set<String> BRING_VERBS = Lexicon.words("BRING_VERBS");

    /**
     * "bringing to seven the number of Russian warplanes it has downed since ...": a running total of
     * equipment lost, its figure before "the number of".
     */
    boolean numberOfEquipment(Sentence s, int i) {
        Amount a = broughtTo(s, i);
        if (a == null) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 6); k++) {
            Equipment e = EquipmentRules.equipmentAt(s, k);
            if (e != null) {
                Party p = Parties.at(s, k);
                Candidate c = r.coding.equipmentCandidate(s, k, e, a, p.country() == null ? null : p.country() + Roles.MIL);
                c.cumulative = true;
                r.coding.finish(c);
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
    void toll(Sentence s, int i) {
        Party among = null;
        // "the death toll from Monday's suicide bombing at a mosque inside a police compound in Peshawar rose to
        // 92": the incident named after "toll" may take a dozen words
        for (int k = i + 1; k < Math.min(s.size(), i + 32); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";")) {
                return;
            }
            if (k >= i + 20 && !(x.equals("to") && RISE.contains(s.lc(k - 1)))) {
                continue; // "The death toll from an attack on Aden airport that struck as members of Yemen's new
                // government stepped off a plane on Wednesday has risen to 25": farther, only a rise's figure
            }
            if (among == null && (x.equals("among") || x.equals("for")) && k == i + 1) {
                int h = Parties.nextHead(s, k + 1, 5); // "the toll among government troops rose to 120"
                if (h > 0) {
                    among = Parties.at(s, h);
                    k = h;
                    continue;
                }
            }
            if (Lexicon.TOLL_FIGURE_LINKS.contains(x) || RISE_PAST.contains(x) && RISE.contains(s.lc(k - 1))) {
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
                    Party named = among == null ? Coding.partyAt(s, a.end(), 3) : null;
                    if (named != null && named.role() != null) {
                        // "officials put the toll at two soldiers": the figure's own noun says whose dead
                        p = new Party(named.country(), named.role(), named.explicit(), named.sponsor(), a, a.start(),
                                named.head(), named.head() + 1, null);
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
                    c.victim = r.coding.victimCode(s, p.withRole(p.role()), EventType.KILLED, Roles.CVL, c, null);
                    // a toll spans a war or a period only when the text says so ("the toll of the war", "since
                    // January", "so far"); a note's "death toll between 120 and 165" is its incident's
                    c.cumulative = spanned(s, i) && !incidentToll(s, i + 1) && !restatedToll(s, i);
                    r.coding.finish(c);
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
                    && MAJORITY_NOUNS.contains(t.lc(3)) && Clauses.BE.contains(t.lc(4))) {
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
    void casualtyNoun(Sentence s, int i, EventType type) {
        String w = s.lc(i);
        if (Clauses.hedged(s, i) || s.lc(i + 1).equals("toll") || s.lc(i - 1).equals("death")) {
            return;
        }
        if (s.lc(i + 1).equals("of")) {
            Party p = PartySearch.partyAfter(s, i + 1);
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

    void emitCasualty(Sentence s, int trigger, EventType type, Party p, String rule) {
        List<Party> sides = sideParts(s, p);
        if (sides == null) {
            sides = colonParts(s, trigger, p);
        }
        if (sides != null) {
            // "killed 51 combatants ..., 29 on the government side and 22 from HTS and allied groups": the toll by
            // side, whose parts are the lines (their sum is the toll)
            int item = 0;
            for (Party part : sides) {
                emitOne(s, trigger, type, part, rule, ++item);
            }
            return;
        }
        if (p.head() < 0 && (p.amount() == null || conjunctAfter(s, p) == null)
                || p.head() >= 0 && p.amount() == null && conjunctBefore(s, p) == null && conjunctAfter(s, p) == null) {
            // ... and "killing 12 of them and three NDF members" lists a group counted by no noun first
            // ... while "three soldiers and an unknown number of assailants were killed" lists a counted group first
            emitOne(s, trigger, type, p, rule);
            return;
        }
        // "three soldiers and two civilians were killed", "killing 47 soldiers and 84 mercenaries": each
        // counted conjunct of a subject or object list is its own figure; a qualifier in front scopes over all
        java.util.ArrayDeque<Party> list = new java.util.ArrayDeque<>();
        list.add(p);
        for (Party q = p.head() < 0 ? null : conjunctBefore(s, p); q != null && list.size() < 8; q = conjunctBefore(s, q)) {
            list.addFirst(q);
        }
        for (Party q = conjunctAfter(s, p); q != null && list.size() < 8; q = conjunctAfter(s, q)) {
            if (trigger < p.start() && Clauses.BE.contains(s.lc(q.end()))
                    && (Lexicon.KILL_VERBS.contains(s.lc(trigger)) || Lexicon.WOUND_VERBS.contains(s.lc(trigger)))) {
                break; // "a blast killed two people and 20 people were hurt": the subject of a clause of its own
            }
            list.addLast(q);
        }
        if (list.size() >= 3 && breakdownOfTheFirst(list)) {
            Party first = list.getFirst();
            if (first.head() >= 0 && GENERIC_VICTIM_HEADS.contains(s.lc(first.head()))) {
                list.removeFirst(); // "Nine people, three soldiers and six civilians, were killed": the parts say who
            } else if (list.stream().skip(1).allMatch(q -> q.head() >= 0 && Parties.demonymEnd(s, q.head()) > q.head())) {
                // "killed three oil workers, two Indians and a Pakistani": the parts say whose the workers were
                Party whole = list.removeFirst();
                if (whole.role() != null) {
                    List<Party> parts = new java.util.ArrayList<>(list);
                    list.clear();
                    parts.forEach(q -> list.add(q.withRole(whole.role())));
                }
            } else if (list.stream().skip(1).allMatch(q -> q.head() >= 0 && plainPerson(s.lc(q.head())))) {
                while (list.size() > 1) {
                    list.removeLast(); // "Three police officers, two men and a woman, were killed": the officers
                }
            }
        }
        Qualifier scope = list.getFirst().amount() == null ? null : list.getFirst().amount().qualifier(); // "a man and ..."
        int item = 0;
        for (Party q : list) {
            item = list.size() > 1 ? item + 1 : 0;
            Amount a = q.amount();
            if (q != list.getFirst() && a != null && a.hasCount() && a.qualifier() == Qualifier.EXACT && scope != null
                    && scope != Qualifier.EXACT && !Parties.SINGULAR_DETERMINERS.contains(s.lc(a.start()))) {
                q = q.withAmount(new Amount(a.count(), a.high(), scope, a.vague(), a.start(), a.end()));
            }
            emitOne(s, trigger, type, q, rule, item);
        }
    }

    /**
     * The length of "along with", "together with" or "as well as" (the words that add victims to a list) at k, or 0.
     */
    static int withMore(Sentence s, int k) {
        String x = s.lc(k);
        if ((x.equals("along") || x.equals("together")) && s.lc(k + 1).equals("with")) {
            return 2;
        }
        return x.equals("as") && s.lc(k + 1).equals("well") && s.lc(k + 2).equals("as") ? 3 : 0;
    }

    private static final java.util.Set<String> SMALL_PLACES = Lexicon.words("SMALL_PLACE_NOUNS");

    /** A person told by sex or age only, one or several ("a woman", "two men", "three children"). */
    private static boolean plainPerson(String w) {
        return Lexicon.PLAIN_PERSONS.contains(w) || PLAIN_PEOPLE.contains(w);
    }

    private static final java.util.Set<String> PLAIN_PEOPLE = Lexicon.words("PLAIN_PEOPLE");

    /** The first item's figure is the sum of all the others' (each counted). */
    private static boolean breakdownOfTheFirst(java.util.Deque<Party> list) {
        long sum = 0;
        Long first = null;
        for (Party q : list) {
            if (q.amount() == null || !q.amount().hasCount()) {
                return false;
            }
            if (first == null) {
                first = q.amount().count();
            } else {
                sum += q.amount().count();
            }
        }
        return first == sum;
    }

    /** The counted party listed right after p: "... and two civilians", ", 12 soldiers". */
    private static final java.util.Set<String> OWNERS = Lexicon.words("OWNERS");

    static Party conjunctAfter(Sentence s, Party p) {
        int j = p.end();
        while (j < s.size() && j - p.end() < 2 && p.head() >= 0 && (ArmedGroups.single(s.get(p.head())) != null
                || s.get(p.head()).capitalised() && p.head() > p.start() && !s.lc(p.head() - 1).equals("the"))
                && Parties.isHead(s.get(j)) && !s.get(j).capitalised()) {
            // (and "a National Guard member, a civilian and 6 attackers": a named force's member)
            j++; // "two Asayish members and the driver": the group names the members, the noun after it ends them
        }
        if (s.lc(j).equals(",")) {
            int past = pastAppositive(s, j);
            if (past > 0) {
                j = past; // "Qassem Soleimani, head of Iran's Quds Force, and four other Iranians", "five civilians, a
                // woman among them, and a displaced man": past the phrase that describes the first
            }
        }
        if (s.lc(j).equals("(")) {
            while (j < s.size() && !s.lc(j).equals(")") && j - p.end() < 8) {
                j++; // "a commander of the Sinjar Resistance Units (YBS) and his driver"
            }
            j++;
        } else if (p.amount() != null && p.amount().hasCount() && p.amount().count() == 1) {
            if (s.lc(j).equals(",") && Places.capitalisedName(s.get(j + 1))) {
                int k = j + 1;
                while (k < s.size() && Places.capitalisedName(s.get(k)) && k - j <= 4) {
                    k++;
                }
                if (s.lc(k).equals(",") && s.lc(k + 1).equals("and")) {
                    j = k + 1; // "a senior Hezbollah field commander, Mohammed Nasser, and another member": past his name
                }
            }
            while (j < s.size() && Places.capitalisedName(s.get(j)) && j - p.end() < 4) {
                j++; // "killed senior Hezbollah commander Fuad Shukr, two children and a woman": past the name
            }
            if (s.lc(j).equals("of") || s.lc(j).equals("'s")) {
                int k = j + 1;
                while (k < s.size() && k - j <= 8 && !PHRASE_ENDS.contains(s.lc(k))) {
                    k++;
                }
                if (s.lc(k).equals("and") && Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(k + 1))) {
                    j = k; // "a commander of the Russian-backed 8th Brigade and his bodyguard": his, the commander's
                }
            }
        }
        if (s.lc(j).equals("them") && s.lc(j - 1).equals("of")) {
            j++; // "killing 12 of them and three NDF members who were guarding them"
        }
        if (Lexicon.RELATIVE_PRONOUNS.contains(s.lc(j))) {
            for (int k = j + 1; k < s.size() && k - j <= 14 && !s.lc(k).equals(";") && !s.lc(k).equals("."); k++) {
                if (s.lc(k).equals(",") && withMore(s, k + 1) > 0) {
                    j = k; // "killed a woman who co-chaired a local council, together with her driver": past her clause
                    break;
                }
            }
        }
        if (Lexicon.PLACE_PREPOSITIONS.contains(s.lc(j)) && Places.capitalisedName(s.get(j + 1))) {
            int k = j + 1;
            while (k < s.size() && (Places.capitalisedName(s.get(k)) || s.lc(k).equals("-")) && k - j <= 4) {
                k++;
            }
            Amount next = s.lc(k).equals("and") ? Numbers.parse(s, k + 1) : null;
            if (next != null && next.hasCount()) {
                j = k; // "killing a man and his wife in Mhambel and three children in Al-Qarqur": past the first place
            }
        }
        boolean describedInside = false;
        for (int k = Math.max(p.head(), p.start()) + 1; k < j; k++) {
            describedInside |= s.lc(k).equals("of") || s.lc(k).equals("from");
        }
        boolean forPhrase = s.lc(j).equals("for") && p.amount() != null && p.amount().hasCount() && p.amount().count() == 1;
        if (s.lc(j).equals("of") || s.lc(j).equals("from") || forPhrase || describedInside) {
            // ... and "the minister for refugees and four other people": one person's post
            // "two members of the SDF-affiliated military council and the civilian driver", "eight fighters from both
            // sides and a woman": past the phrase that describes the group, to a counted group after it
            int k = describedInside ? j : j + 1;
            while (k < s.size() && k - j <= 12 && (!PHRASE_ENDS.contains(s.lc(k)) || s.lc(k).equals("and")
                    && s.lc(k + 1).equals("the") && !personAt(s, k + 2))
                    && !(Clauses.BE.contains(s.lc(k)) || Lexicon.HAVE.contains(s.lc(k))
                    || !s.get(k).capitalised() && s.lc(k).indexOf('-') < 0 && Parties.isVerbLike(s.lc(k)))) {
                k++; // ... over "of the regime forces and the Liwa al-Quds militia": one body's allies (not past a verb:
                // "Three hunters from the same family were killed and a fourth was wounded")
            }
            if (s.lc(k).equals("and") && (k > j + 1 || describedInside) && (Numbers.parse(s, k + 1) != null && Numbers.parse(s, k + 1).hasCount()
                    || Parties.SINGULAR_DETERMINERS.contains(s.lc(k + 1)) && !ORDINAL_WORDS.contains(s.lc(k + 2)))
                    && !ownClause(s, k + 1)) {
                j = k;
            }
        }
        if (s.lc(j).equals(",") && (s.lc(j + 1).equals("among") || s.lc(j + 1).equals("including")
                || s.lc(j + 2).equals("of") && THEM.contains(s.lc(j + 3)))) { // ", most of them Iranians, and"
            for (int k = j + 2; k < s.size() && k - j <= 8; k++) {
                if (s.lc(k).equals(",") && s.lc(k + 1).equals("and")) {
                    j = k + 1; // "11 civilians, among them four children, and two HTS fighters": past the breakdown
                    break;
                }
                if (s.lc(k).equals(",") && k > j + 2 && s.lc(j + 2).equals("of") && THEM.contains(s.lc(j + 3))
                        && Numbers.parse(s, k + 1) != null && Numbers.parse(s, k + 1).hasCount()) {
                    j = k; // "16 foreign fighters, most of them Iranians, five Syrian soldiers and two civilians"
                    break;
                }
                if (PHRASE_ENDS.contains(s.lc(k))) {
                    break;
                }
            }
        }
        if (s.lc(j).equals(",") && s.lc(j + 1).equals("and") && s.lc(p.start() - 1).equals(",")
                && (Parties.SINGULAR_DETERMINERS.contains(s.lc(j + 2))
                || Numbers.parse(s, j + 2) != null && Numbers.parse(s, j + 2).hasCount())) {
            j++; // "a soldier, a policeman, and a civilian": a list's last comma before "and" (the serial comma)
        }
        String x = s.lc(j);
        if (withMore(s, j) > 0) {
            j += withMore(s, j) - 1; // "executed her and her driver, along with at least seven other civilians"
            x = "and";
        } else if (x.equals(",") && withMore(s, j + 1) > 0) {
            j += withMore(s, j + 1); // "killing at least 170 Afghans as well as 13 US service members"
            x = "and";
        }
        if (x.equals("and") && Numbers.parse(s, j + 1) == null) {
            int shared = Parties.nextHead(s, j + 1, 3);
            while (shared >= 0 && shared + 1 < s.size() && Parties.isHead(s.get(shared + 1))) {
                shared++; // "NDF members"
            }
            Amount next = shared >= 0 && s.lc(shared + 1).equals("and") ? Numbers.parse(s, shared + 2) : null;
            if (next != null && next.hasCount() && Parties.at(s, shared).amount() == null) {
                j = shared + 1; // "7 regime soldiers and NDF members and 4 HTS fighters": past the noun sharing the 7
            }
        }
        if (!(x.equals("and") || x.equals(",") && !s.lc(j + 1).equals("including"))) {
            return null;
        }
        // "a village chief, his wife and a herder"; not "three members of one family, a father, a mother and their
        // daughter": after a counted group the list is its breakdown
        boolean singularItem = x.equals("and") || commaList(s, j) && (p.amount() == null || p.amount().hasCount()
                && (p.amount().count() == 1 || otherSide(s, p, j + 1)));
        int at = j + 1;
        Amount counted = OWNERS.contains(s.lc(at)) ? Numbers.parse(s, at + 1) : null;
        if (counted != null && counted.hasCount()) {
            at++; // "the village chief and his two sons"
        }
        Amount a = Numbers.parse(s, at);
        if (x.equals(",") && a != null && (THEM.contains(s.lc(a.end())) && s.lc(a.end() - 1).equals("of")
                || (s.lc(a.end()).equals("of") || s.lc(a.end()).equals("among")) && THEM.contains(s.lc(a.end() + 1)))) {
            return null; // "42 people, 37 of them students": part of the figure before, not another group
        }
        // "and several civilians", "and an unknown number of assailants": a group counted by no figure is an item too
        boolean vague = x.equals("and") && a != null && !a.hasCount() && a.vague() != null;
        int from = a != null && (a.hasCount() || vague) ? a.end() : j + 2; // "and her son": one person, counted by Parties.at
        if (s.lc(from).equals("other") || s.lc(from).equals("more")) {
            from++; // "and 2 other people"
        }
        String owner = s.lc(p.start());
        if (x.equals("and") && a == null && Lexicon.POSSESSIVES_BEFORE_NOUN.contains(owner)
                && p.head() == p.start() + 1 && Parties.singularPerson(s.lc(j + 1)) && !s.get(j + 1).capitalised()
                && !Parties.isHead(s.get(j + 2))) {
            // "injuring his mother and sister", "a man and his wife and son": one more of the same owner's
            return new Party(null, null, false, null, new Amount(1L, null, Qualifier.EXACT, null, j + 1, j + 1), j + 1,
                    j + 1, j + 2, null);
        }
        int personHead = Parties.singularPerson(s.lc(j + 3)) && !s.get(j + 3).capitalised() ? j + 3 : j + 2; // "the (civilian) driver"
        if (x.equals("and") && a == null && s.lc(j + 1).equals("the") && p.amount() != null && p.amount().hasCount()
                && Parties.singularPerson(s.lc(personHead)) && !s.get(personHead).capitalised() && !s.get(j + 2).capitalised()
                && PERSON_FOLLOWERS.contains(s.lc(personHead + 1)) && !ownClause(s, j + 1)) {
            // "killing two Asayish members and the driver": the one person the scene had, counted by no figure (not
            // "and the driver managed to escape", "and the attackers fled": a clause of its own)
            int h = personHead;
            Party named = Parties.at(s, h);
            return new Party(named.country(), named.role(), named.explicit(), null,
                    new Amount(1L, null, Qualifier.EXACT, null, j + 1, j + 2), j + 1, h, h + 1, null);
        }
        if (x.equals("and") && s.lc(j + 1).equals("the") && Parties.singularPerson(s.lc(personHead))
                && !PERSON_FOLLOWERS.contains(s.lc(personHead + 1))) {
            return null; // "killed four passengers and the driver managed to escape": his own clause
        }
        if ((a == null || !a.hasCount()) && !vague && !(singularItem && Parties.SINGULAR_DETERMINERS.contains(s.lc(j + 1)))) {
            return null;
        }
        int h = Parties.nextHead(s, from, 5);
        Party nationality = h < 0 ? nationalityAt(s, at) : null;
        if (nationality != null) {
            return nationality; // "two Filipinos and a Vietnamese", "three Malawians and a Uruguayan"
        }
        if (h < 0 && (a == null || !a.hasCount())) {
            return onePersonAfter(s, j + 1); // "a Fatah security officer and his bodyguard"
        }
        if (h < 0 || Roles.NEUTRAL_HEADS.contains(s.lc(h)) && !s.lc(h + 1).equals("of")
                && Parties.at(s, h).role() == null) { // not "72 civilians and 13 U.S. service members"
            return null;
        }
        Party q = Parties.at(s, h);
        if (q.amount() == null && a != null && a.hasCount() && h >= 2 && Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(h - 1))
                && s.lc(h - 2).equals("of")) {
            q = q.withAmount(a); // "a farmer and two of his sons": the figure before "of his" counts the sons
        }
        if (q.role() == null && q.country() == null && s.lc(at).equals("another") && p.role() != null) {
            // "a senior Hezbollah field commander ... and another member of the group": one more of the same side
            q = new Party(p.country(), p.role(), p.explicit(), null,
                    new Amount(1L, null, org.newswatch.contracts.Qualifier.EXACT, null, at, at + 1), at, h, q.end(), null);
        }
        if (q.amount() == null || q.amount().start() != at || q.role() == null && q.country() == null) {
            return null;
        }
        if (x.equals(",") && subCountAhead(s, q.end())) {
            return null; // "11 people, five teenagers among them", "23 people, 12 women and two children among them"
        }
        if (x.equals(",") && (Lexicon.SPEECH.contains(s.lc(q.end())) || Lexicon.SPEECH.contains(s.lc(q.end() + 1)))) {
            return null; // "killing at least 20 soldiers, two military sources told AFP": who said it, not more dead
        }
        if (armedSide(p.role()) && armedSide(q.role()) && q.head() >= 2
                && Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(q.head() - 1)) && s.lc(q.head() - 2).equals("of")) {
            // "an officer of the Syrian Democratic Forces and two of his guards": the armed men of his side
            q = q.withRole(p.role()).withCountry(p.country(), p.explicit());
        }
        return q;
    }

    private static boolean armedSide(String role) {
        return Roles.MIL.equals(role) || Roles.REB.equals(role);
    }

    private static final java.util.Set<String> THEM = Lexicon.words("THEM");

    /**
     * A toll told again by side later in its sentence, ", 29 on the government side and 22 from HTS and allied
     * groups": each part with the side it names, when the parts (at least two) add up to the toll; else null.
     */
    private List<Party> sideParts(Sentence s, Party p) {
        if (p.amount() == null || !p.amount().hasCount() || p.amount().count() < 2) {
            return null;
        }
        List<Party> parts = new java.util.ArrayList<>();
        long sum = 0;
        for (int k = p.end(); k < s.size() && sum < p.amount().count(); k++) {
            if (s.lc(k).equals(".") || s.lc(k).equals(";")) {
                break;
            }
            if (!(s.lc(k - 1).equals(",") || s.lc(k - 1).equals("and"))) {
                continue;
            }
            Amount a = Numbers.parse(s, k);
            if (a == null || !a.hasCount()) {
                continue;
            }
            int at = a.end();
            Party side = null;
            if (s.lc(at).equals("on") && s.lc(at + 1).equals("the")) {
                for (int j = at + 2; j < s.size() && j - at <= 6; j++) {
                    if (s.lc(j).equals("side")) {
                        side = mentionIn(s, at + 2, j);
                        for (int w = at + 2; side == null && w < j; w++) {
                            String role = Roles.modifierRole(s.lc(w)) != null ? Roles.modifierRole(s.lc(w))
                                    : Roles.headRole(s.lc(w));
                            if (role != null && !role.equals(Roles.CVL)) {
                                // "on the government side": the state's forces; "on the rebel side"
                                side = new Party(null, role.equals(Roles.GOV) ? Roles.MIL : role, false, null, null, w,
                                        w, w + 1, null);
                            }
                        }
                        break;
                    }
                }
            } else if (s.lc(at).equals("from") || s.lc(at).equals("among")) {
                side = mentionIn(s, at + 1, Math.min(s.size(), at + 4));
            }
            if (side == null) {
                return null;
            }
            if (side.role() == null && p.role() != null) {
                side = side.withRole(p.role()); // "two peacekeepers, one from Morocco and one from Gabon"
            }
            parts.add(side.withAmount(a));
            sum += a.count();
            k = a.end() - 1;
        }
        return parts.size() >= 2 && sum == p.amount().count() ? parts : null;
    }

    private static final java.util.Set<String> STORY_DEAD = Lexicon.words("STORY_DEAD");

    /**
     * "23 people were killed: 16 foreign fighters, most of them Iranians, five Syrian soldiers and two civilians": a
     * toll given by group after a colon, whose groups (at least two) add up to it; else null. Between dashes right
     * after the toll too: "killing three crew members - two Filipinos and a Vietnamese - and", "Thirteen foreign
     * soldiers - nine Tanzanians, three Malawians and a Uruguayan - have been killed"; a group told by its
     * nationality alone is of the toll's kind (soldiers, crew).
     */
    private static List<Party> colonParts(Sentence s, int trigger, Party p) {
        if (p.amount() == null || !p.amount().hasCount() || p.amount().count() < 2) {
            return null;
        }
        int colon = -1;
        int e = p.end();
        while (e < s.size() && e - p.end() < 2 && Parties.isHead(s.get(e))) {
            e++; // "three crew members"
        }
        boolean dash = DASHES.contains(s.lc(e));
        if (dash) {
            colon = e;
        }
        for (int k = Math.max(p.end(), trigger + 1); !dash && k < s.size() && k <= trigger + 3; k++) {
            if (s.lc(k).equals(":")) {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        Party first = nationalityAt(s, colon + 1);
        Amount a = Numbers.parse(s, colon + 1);
        if (first == null && a != null && a.hasCount()) {
            int h = Parties.nextHead(s, a.end(), 4);
            first = h < 0 ? null : Parties.at(s, h);
        }
        if (first == null || first.amount() == null || first.amount().start() != colon + 1) {
            return null;
        }
        List<Party> parts = new java.util.ArrayList<>();
        long sum = 0;
        for (Party q = first; q != null && parts.size() < 8; q = conjunctAfter(s, q)) {
            if (q.amount() == null || !q.amount().hasCount()) {
                return null;
            }
            boolean nationality = q.head() >= 0 && (Parties.demonymEnd(s, q.head()) > q.head()
                    || q.head() > 0 && Parties.demonymEnd(s, q.head() - 1) == q.head() + 1); // "South Africans"
            parts.add(nationality && p.role() != null ? q.withRole(p.role()) : q);
            sum += q.amount().count();
        }
        if (dash && !parts.isEmpty() && !closedByDash(s, parts.get(parts.size() - 1).end())) {
            return null; // "killed two people - the army blamed the rebels": no list between two dashes
        }
        return parts.size() >= 2 && sum == p.amount().count() ? parts : null;
    }

    /**
     * A nationality told as a noun and counted, at k: "two Filipinos", "a Sri Lankan", "an American" (not "a Vietnamese
     * sailor", whose noun is the person); null if none.
     */
    private static Party nationalityAt(Sentence s, int k) {
        Amount a = Numbers.parse(s, k);
        if ((a == null || !a.hasCount()) && Parties.SINGULAR_DETERMINERS.contains(s.lc(k))) {
            a = new Amount(1L, null, Qualifier.EXACT, null, k, k + 1);
        }
        if (a == null || !a.hasCount() || !Parties.demonymNoun(s, a.end())) {
            return null;
        }
        int h = Parties.demonymEnd(s, a.end()) - 1;
        Party q = Parties.at(s, h);
        String country = q.country() != null ? q.country() : Parties.demonymCountry(s, a.end());
        return country == null ? null : new Party(country, q.role(), true, null, a, k, h, h + 1, null);
    }

    /** The list ends at a dash or at the sentence's end, within a few words of its last item's noun. */
    private static boolean closedByDash(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from <= 8; k++) {
            if (DASHES.contains(s.lc(k)) || s.lc(k).equals(".") || k == s.size() - 1) {
                return true;
            }
            if (s.lc(k).equals(";") || s.lc(k).equals(",") || Clauses.BE.contains(s.lc(k))) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "\u2014");

    /** The first party mention that starts in [from, to) and names a side; null if none. */
    private Party mentionIn(Sentence s, int from, int to) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= from && m.start() < to && (m.role() != null || m.country() != null)) {
                return m;
            }
        }
        return null;
    }

    private static final java.util.Set<String> ORDINAL_WORDS = Lexicon.words("ORDINALS");


    /**
     * "3 bodies from the rubble and 5 residents were hospitalised": the group after "and" has a verb of its own that is
     * no death or wound, so it starts another clause, not another item of the list.
     */
    private static boolean ownClause(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from <= 6 && !PHRASE_ENDS.contains(s.lc(k)); k++) {
            if (Clauses.BE.contains(s.lc(k)) || Lexicon.HAVE.contains(s.lc(k))) {
                String v = s.lc(k + 1);
                return !(Lexicon.KILL_VERBS.contains(v) || Lexicon.KILL_INTRANSITIVE.contains(v) || Lexicon.WOUND_VERBS.contains(v));
            }
        }
        return false;
    }

    /** A singular person's noun at k, or after one modifier: "driver", "civilian driver". */
    private static boolean personAt(Sentence s, int k) {
        return person(s, k) || person(s, k + 1);
    }

    private static boolean person(Sentence s, int k) {
        return k < s.size() && (Parties.singularPerson(s.lc(k))
                || Parties.isHead(s.get(k)) && !s.get(k).capitalised() && ArmedGroups.single(s.get(k)) == null);
    }

    /**
     * The person listed at {@code k} after the counted group p ("15 police officers, an Orthodox priest and ...") is
     * of another side than the group: more dead, not the group's breakdown ("three members of one family, a father,
     * ...": people of any side, broken down).
     */
    private static boolean otherSide(Sentence s, Party p, int k) {
        Party one = onePersonAfter(s, k);
        if (one == null || p.role() == null || p.head() < 0 || Roles.NEUTRAL_HEADS.contains(s.lc(p.head()))) {
            return false;
        }
        String role = Roles.headRole(s.lc(one.head()));
        if (role == null || role.equals(p.role()) || Lexicon.PLAIN_PERSONS.contains(s.lc(one.head()))
                || !Roles.CVL.equals(role) && !Roles.CVL.equals(p.role()) || RANK_HEADS.contains(s.lc(one.head()))) {
            return false; // not "10 Taliban fighters, a district commander and nine of his men": armed men and
            // their leader are one side told two ways; a civilian among fighters (or the reverse) is another
        }
        for (int j = one.end(); j < s.size() && j - k <= 14 && (!PHRASE_ENDS.contains(s.lc(j)) || s.lc(j).equals("and")); j++) {
            if (Lexicon.SPEECH.contains(s.lc(j))) {
                return false; // "killing 60 people, a local official and the camp's managers said": who said it
            }
        }
        return true;
    }

    private static final java.util.Set<String> RANK_HEADS = Lexicon.words("RANK_HEADS");

    /**
     * The "and" after an appositive that opens at the comma {@code j} and describes the item before it: a post ("head
     * of Iran's Quds Force": a lower-case noun with no determiner, then "of") or a part ("a woman among them"), closed by
     * ", and" before a counted group or one person; else -1 (not "a soldier, a policeman, and a civilian": a list).
     */
    private static int pastAppositive(Sentence s, int j) {
        boolean post = s.get(j + 1).isWord() && !s.get(j + 1).capitalised() && s.lc(j + 2).equals("of")
                && !Parties.DETERMINERS.contains(s.lc(j + 1)) && Numbers.parse(s, j + 1) == null;
        boolean part = false;
        for (int k = j + 1; k < s.size() && k - j <= 10; k++) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(".") || Clauses.BE.contains(x) || Lexicon.KILL_VERBS.contains(x)) {
                return -1;
            }
            part |= x.equals("among") && THEM.contains(s.lc(k + 1));
            if (x.equals(",") && s.lc(k + 1).equals("and") && (post || part)) {
                Amount a = Numbers.parse(s, k + 2);
                return a != null && a.hasCount() || Parties.SINGULAR_DETERMINERS.contains(s.lc(k + 2)) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** What may follow "and the driver" when he is one more of the dead: the sentence's end, a place, a day, a list. */
    private static final java.util.Set<String> PERSON_FOLLOWERS = Lexicon.words("PERSON_FOLLOWERS");

    private static final java.util.Set<String> PHRASE_ENDS = java.util.Set.of("and", ",", ";", ".", "(", ":");

    /**
     * A comma at {@code j} that goes on with a list of persons closed by "and": "a village chief, his wife and a
     * herder" (not ", a resident of the town, said": no "and" item follows before the clause goes on).
     */
    private static boolean commaList(Sentence s, int j) {
        if (!Parties.SINGULAR_DETERMINERS.contains(s.lc(j + 1))) {
            return false;
        }
        for (int k = j + 2; k < s.size() && k - j <= 8; k++) {
            String x = s.lc(k);
            if (x.equals("and")) {
                return Parties.SINGULAR_DETERMINERS.contains(s.lc(k + 1)) || Numbers.parse(s, k + 1) != null
                        || OWNERS.contains(s.lc(k + 1));
            }
            if (!s.get(k).isWord() && !x.equals(",") || Lexicon.KILL_VERBS.contains(x) || Lexicon.SPEECH.contains(x)
                    || Parties.isVerbLike(x)) {
                return false;
            }
        }
        return false;
    }

    /** "among them" / "of them" at {@code k} or after a short list of counted groups that starts there. */
    private static boolean subCountAhead(Sentence s, int k) {
        for (int j = k; j < s.size() && j - k <= 8; j++) {
            String x = s.lc(j);
            if ((x.equals("among") || x.equals("of")) && THEM.contains(s.lc(j + 1))) {
                return true;
            }
            if (x.equals(",") || x.equals(";") || x.equals(".") || Lexicon.KILL_VERBS.contains(x)
                    || Lexicon.SPEECH.contains(x)) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ITEM_PREPOSITIONS = Lexicon.words("ITEM_PREPOSITIONS");

    /** The counted party listed right before p: "three soldiers and ..." when p is the later item. */
    static Party conjunctBefore(Sentence s, Party p) {
        int j = p.start() - 1;
        if (OWNERS.contains(s.lc(j)) && s.lc(j - 1).equals("and")) {
            j--; // "a woman and her two daughters"
        }
        if (s.lc(j).equals(",") && j >= 2 && s.lc(p.end()).equals("and") && Parties.isHead(s.get(j - 1))
                && Parties.SINGULAR_DETERMINERS.contains(s.lc(p.start()))) {
            // "Five children, a teacher and two women were killed": a counted item before a comma list of persons
            Party q = Parties.at(s, j - 1);
            return q.amount() != null && q.amount().hasCount() && q.amount().count() > 1 && q.start() == 0
                    && (q.role() != null || q.country() != null) ? q : null;
        }
        if (s.lc(j).equals(",") && j >= 2 && s.lc(p.end()).equals("and") && Parties.isHead(s.get(j - 1))
                && p.amount() != null && p.amount().hasCount()) {
            return firstOfCommaList(s, Parties.at(s, j - 1), p);
        }
        if (s.lc(j).equals(",") && j >= 2 && s.heading() && Parties.isHead(s.get(j - 1))) {
            // a headline's list without "and": "10 DRG jawans, driver killed as Maoists blow up vehicle"
            Party q = Parties.at(s, j - 1);
            if (q.amount() == null && q.start() == 0 && q.head() == j - 1 && Parties.singularPerson(s.lc(q.head()))) {
                // "Traditional chief, three guards killed in Cameroon": one chief
                return q.withAmount(new Amount(1L, null, Qualifier.EXACT, null, q.start(), q.start()));
            }
            return q.amount() != null && q.amount().hasCount() && q.start() == 0
                    && (q.role() != null || q.country() != null) ? q : null;
        }
        if (!s.lc(j).equals("and") || j < 1) {
            return null;
        }
        int h = j - 1;
        if (s.lc(h).equals(",")) {
            // "At least 14 members of Iranian-backed militias, most of them Afghan nationals, and 5 regime soldiers"
            int before = PartySearch.skipApposition(s, h);
            if (before < h && before > 0 && Parties.isHead(s.get(before))) {
                h = before;
            }
        }
        if (s.lc(h).equals(")")) {
            for (int k = h - 1; k >= 1 && h - k <= 8; k--) {
                if (s.lc(k).equals("(")) {
                    h = k - 1; // "Ten personnel of the District Reserve Guard (DRG) and a civilian driver": past the acronym
                    break;
                }
            }
        }
        if (!Parties.isHead(s.get(h))) {
            // "6 fighters from both sides and a civilian": the first item ends in a short phrase of its own
            h = -1;
            for (int k = j - 2; k >= 1 && j - k <= 4; k--) {
                if (ITEM_PREPOSITIONS.contains(s.lc(k)) && Parties.isHead(s.get(k - 1))) {
                    h = k - 1;
                    break;
                }
                if (!s.get(k).isWord()) {
                    break;
                }
            }
            if (h < 0) {
                return null;
            }
        }
        Party q = Parties.at(s, h);
        if (q.amount() == null) {
            // "nine personnel of the District Reserve Guard and a civilian driver": the figure is on the head
            // before "of"
            for (int k = q.start() - 1; k >= 1 && h - k <= 6; k--) {
                if (s.lc(k).equals("of") && Parties.isHead(s.get(k - 1))) {
                    Party outer = Parties.at(s, k - 1);
                    if (outer.amount() != null && outer.amount().hasCount()) {
                        q = outer;
                    }
                    break;
                }
                if (!s.get(k).isWord()) {
                    break;
                }
            }
        }
        if (q.amount() == null && q.start() >= 2 && s.lc(q.start() - 1).equals("and") && Parties.isHead(s.get(q.start() - 2))) {
            Party first = Parties.at(s, q.start() - 2);
            if (first.amount() != null && first.amount().hasCount() && first.role() != null) {
                q = first; // "7 regime soldiers and NDF members and 4 HTS fighters": the nouns before share the 7
            }
        }
        if (q.amount() == null && (s.lc(q.start()).equals("a") || s.lc(q.start()).equals("an"))) {
            // "a woman and her two daughters were killed": one person before the counted group
            q = q.withAmount(new Amount(1L, null, Qualifier.EXACT, null, q.start(), q.start() + 1));
        }
        if (q.amount() == null || !q.amount().hasCount() || q.role() == null && q.country() == null) {
            return null;
        }
        if (q.start() > 0 && (Lexicon.KILL_VERBS.contains(s.lc(q.start() - 1))
                || Lexicon.WOUND_VERBS.contains(s.lc(q.start() - 1)))) {
            return null; // "a blast killed two people and 20 people were hurt": the object of another verb
        }
        return q;
    }

    /**
     * "Nine of the local fighters, three soldiers and three civilians were killed": the counted group that opens a
     * sentence's comma list of counted groups is its first item (its figure may stand before "of the"), unless the
     * list after it is its breakdown ("Nine people, three soldiers and six civilians, were killed": people, or a
     * figure the rest add up to).
     */
    private static Party firstOfCommaList(Sentence s, Party q, Party p) {
        if (q.amount() == null && q.start() >= 2 && s.lc(q.start() - 1).equals("of")) {
            Amount a = Numbers.parse(s, 0); // "Nine of the local fighters"
            if (a != null && a.hasCount() && a.end() == q.start() - 1) {
                q = new Party(q.country(), q.role(), q.explicit(), q.sponsor(), a, 0, q.head(), q.end(), q.anaphor());
            }
        }
        if (q.amount() == null || !q.amount().hasCount() || q.start() != 0 || q.role() == null && q.country() == null
                || q.head() < 0 || GENERIC_VICTIM_HEADS.contains(s.lc(q.head()))) {
            return null;
        }
        Party next = conjunctAfter(s, p);
        if (next != null && next.amount() != null && next.amount().hasCount()
                && q.amount().count() == p.amount().count() + next.amount().count()) {
            return null;
        }
        return q;
    }

    private static final java.util.Set<String> GENERIC_VICTIM_HEADS = Lexicon.words("GENERIC_VICTIMS");

    void emitOne(Sentence s, int trigger, EventType type, Party p, String rule) {
        emitOne(s, trigger, type, p, rule, 0);
    }

    /** {@code item}: the party's place in a list of victims of one trigger (1, 2, ...), 0 when it stands alone. */
    void emitOne(Sentence s, int trigger, EventType type, Party p, String rule, int item) {
        if (p.head() < 0 && p.amount() != null && !p.amount().hasCount() && s.lc(p.start() - 1).equals("and")) {
            Candidate prev = r.coding.lastEvent(s, null, true);
            if (prev != null && prev.sentence == s && prev.type != type) {
                // "a soldier was killed and several were injured": more of the same side
                p = new Party(null, null, false, null, p.amount(), p.start(), p.start(), p.end(), "others");
            }
        }
        if (p.head() < 0 && (p.amount() == null || !p.amount().hasCount())) {
            return; // "Dozens reported dead": no party, no figure
        }
        if (p.amount() == null && p.head() >= 0 && p.start() < p.head() && s.lc(p.start()).equals("the")
                && Parties.singularPerson(s.lc(p.head())) && !s.lc(p.head() + 1).equals("of")) {
            // "The indigenous guard killed on Tuesday was buried in Toribio": one person (gold "Counting"); told again
            // after "a guard was killed", the merger makes the two one
            p = p.withAmount(new Amount(1L, null, Qualifier.EXACT, null, p.start(), p.start() + 1));
        }
        if (p.head() < 0 && p.amount().qualifier() == Qualifier.EXACT && s.lc(p.start() - 1).equals("and")) {
            Candidate prev = r.coding.lastEvent(s, null, true);
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
        if (passive && p.start() > 0 && PartySearch.LEAVE.contains(s.lc(p.start() - 1))) {
            passive = false; // "airstrikes ... left 12 dead": the subject of "left" did it
            verb = p.start() - 1;
        }
        Party agent = r.parties.agentParty(s, verb, p, passive);
        if (agent != null && rule.endsWith(".noun") && agent.end() <= verb && s.anyIn(agent.end(), verb, Lexicon.SPEECH)) {
            agent = null; // "A militia leader said 110 bodies had been recovered": who speaks of the dead, not who killed
        }
        Party who = apposition(s, p);
        if (who != null) {
            // "killing its driver, an SDF commander": the apposition says whose side the victim was on
            p = new Party(who.country(), who.role(), who.explicit(), who.sponsor(), p.amount(), p.start(), p.head(),
                    p.end(), p.anaphor());
            c.party = p;
        }
        c.victim = r.coding.victimCode(s, p, type, Roles.CVL, c, agent);
        if (c.victim == null) {
            return;
        }
        c.actor = agent == null ? null : r.coding.code(s, agent, Roles.MIL, true);
        if (agent != null && agent.country() == null && agent.head() >= 0 && c.actor != null && c.victim != null
                && (Roles.WEAPONS.contains(s.lc(agent.head())) || AttackRules.PROJECTILES.contains(s.lc(agent.head())))
                && c.actor.length() == 6 && c.victim.regionMatches(0, c.actor, 0, 3) && !roleModified(s, agent)) {
            c.actor = null; // "a civilian was killed by shelling": whose, the text does not say; not the victim's side
        }
        if (c.actor != null && (c.actor.equals(c.victim) || c.actor.endsWith(Roles.CVL) || c.actor.endsWith(Roles.REF))
                && !PartySearch.friendlyFire(s)) {
            c.actor = null; // a party does not kill its own, unless the text says so
        }
        String target = c.actor != null && c.victim.length() == 6 && !p.explicit() && c.victim.endsWith(Roles.CVL)
                && c.victim.regionMatches(0, c.actor, 0, 3) ? targetCountry(s, trigger) : null;
        if (target != null && !c.victim.startsWith(target)) {
            // "Russia fired 122 missiles at Ukrainian cities, killing at least 39 people": the people of the land
            // struck, not the striker's
            c.victim = target + Roles.CVL;
        }
        r.coding.finish(c);
    }

    /** The country a strike's target is named by before the trigger ("at Ukrainian cities", "on Lebanese villages"). */
    private static String targetCountry(Sentence s, int trigger) {
        for (int k = Math.max(0, trigger - 12); k + 1 < trigger; k++) {
            if (TARGET_PREPOSITIONS.contains(s.lc(k))) {
                Countries.Entry e = Countries.lookup(s.lc(k + 1));
                if (e != null && e.kind() == Countries.Kind.DEMONYM && k + 2 < trigger
                        && TARGET_PLACES.contains(s.lc(k + 2))) {
                    return e.iso3();
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> TARGET_PREPOSITIONS = Lexicon.words("TARGET_PREPOSITIONS");
    private static final java.util.Set<String> TARGET_PLACES = Lexicon.words("PLACE_NOUNS");

    /**
     * ", an SDF commander" right after a victim named as a person ("its driver", "a man", "the mayor's guard"): the
     * armed side the apposition names, or null.
     */
    private Party apposition(Sentence s, Party p) {
        if (p.role() != null && !Roles.CVL.equals(p.role()) || p.amount() != null && p.amount().hasCount()
                && p.amount().count() != 1 || !s.lc(p.end()).equals(",")) {
            return null;
        }
        int k = p.end() + 1;
        if (Lexicon.WOUND_VERBS.contains(s.lc(k)) || Lexicon.KILL_VERBS.contains(s.lc(k))) {
            return null; // "kills foreign contractor, wounds US soldier": the next clause's victim, no apposition
        }
        if (Lexicon.ARTICLES.contains(s.lc(k))) {
            k++;
        }
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() >= p.end() + 1 && m.start() <= k && m.head() >= 0 && m.role() != null
                    && (Roles.MIL.equals(m.role()) || Roles.REB.equals(m.role()))
                    && (m.amount() == null || m.amount().hasCount() && m.amount().count() == 1)
                    && !Lexicon.SPEECH.contains(s.lc(m.end()))) {
                return m; // not "..., the army said"
            }
        }
        return null;
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
}

