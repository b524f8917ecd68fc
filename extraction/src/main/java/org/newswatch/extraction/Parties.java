package org.newswatch.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newswatch.contracts.Qualifier;
import org.newswatch.extraction.text.Sentence;
import org.newswatch.extraction.text.Token;

/**
 * Finds and resolves the noun phrases that name parties: "51 Syrian soldiers", "Russian-backed government
 * forces" (SYR MIL, sponsor RUS), "Turkish-backed rebels" (REB, country left to the conflict), "2 members of
 * the regime's 4th Armored Division", "its Turkish soldiers", "Five others". No tagger: a phrase is a run of
 * modifier-like tokens ending in a role noun, with an amount adjacent on its left.
 */
public final class Parties {

    /** Words that end a noun phrase: prepositions, conjunctions, auxiliaries, speech verbs. */
    static final Set<String> STOP = Lexicon.words("NP_STOP");
    private static final Set<String> CIVIC = Lexicon.words("CIVIC");
    static final Set<String> DETERMINERS = Lexicon.words("DETERMINERS");
    static final Set<String> POSSESSIVES = Lexicon.words("POSSESSIVES");
    static final Set<String> PRONOUNS = Lexicon.words("PRONOUNS");
    private static final String[] BACKED = {"-backed", "-supported", "-sponsored", "-allied", "-aligned",
        "-trained", "-funded", "-armed", "-affiliated", "-linked"};

    private Parties() {
    }

    /** True for a role noun or a role-neutral noun that can head a party phrase. */
    static boolean isHead(Token t) {
        return t.isWord() && (Roles.headRole(t.lc()) != null || Roles.NEUTRAL_HEADS.contains(t.lc())
                || ArmedGroups.single(t) != null || isPluralDemonym(t));
    }

    private static boolean isDemonym(Token t) {
        Countries.Entry e = t.capitalised() ? Countries.lookup(t.lc()) : null;
        return e != null && e.kind() == Countries.Kind.DEMONYM;
    }

    /**
     * A nationality used as a noun where it stands (a person or people of it): "a Vietnamese", "three Malawians",
     * "nine South Africans", not "a Vietnamese sailor".
     */
    static boolean demonymNoun(Sentence s, int i) {
        int k = demonymEnd(s, i);
        return k > i && (k >= s.size() || !s.get(k).isWord() || NOUN_ENDS.contains(s.lc(k)));
    }

    /** The end of a nationality of one or two words at i ("Malawian", "South African(s)"), or i if none. */
    static int demonymEnd(Sentence s, int i) {
        if (i >= s.size()) {
            return i;
        }
        if (i + 1 < s.size() && s.get(i).capitalised() && s.get(i + 1).capitalised()) {
            Countries.Entry two = Countries.lookup(s.lc(i) + " " + s.lc(i + 1));
            Countries.Entry sing = s.lc(i + 1).endsWith("s")
                    ? Countries.lookup(s.lc(i) + " " + s.lc(i + 1).substring(0, s.lc(i + 1).length() - 1)) : null;
            if (two != null && two.kind() == Countries.Kind.DEMONYM || sing != null && sing.kind() == Countries.Kind.DEMONYM) {
                return i + 2;
            }
        }
        return isDemonym(s.get(i)) ? i + 1 : i;
    }

    /** The country of the nationality of one or two words at i, or null. */
    static String demonymCountry(Sentence s, int i) {
        int end = demonymEnd(s, i);
        if (end == i) {
            return null;
        }
        String phrase = end == i + 2 ? s.lc(i) + " " + s.lc(i + 1) : s.lc(i);
        Countries.Entry e = Countries.lookup(phrase);
        if (e == null && phrase.endsWith("s")) {
            e = Countries.lookup(phrase.substring(0, phrase.length() - 1));
        }
        return e == null ? null : e.iso3();
    }

    private static final Set<String> NOUN_ENDS = Lexicon.words("DEMONYM_NOUN_ENDS", "PREPOSITIONS");

    private static boolean isPluralDemonym(Token t) {
        return t.lc().endsWith("s") && isDemonym(t);
    }

    /** A token that can sit inside a noun phrase before its head. */
    static boolean isModifier(Sentence s, int i) {
        Token t = s.get(i);
        if (t.isPunct()) {
            return t.lc().equals("-") && i > 0 && s.get(i - 1).end() == t.start();
        }
        if (t.isNumber()) {
            return false;
        }
        String lc = t.lc();
        if (lc.equals("'s")) {
            return true;
        }
        if (Lexicon.NUMBER_SCALES.contains(lc)) {
            return false;
        }
        if (isVerbLike(lc) && lc.indexOf('-') < 0 && Roles.modifierRole(lc) == null && !t.capitalised()
                && !HEDGED_PARTICIPLES.contains(lc)
                && i + 1 < s.size() && (s.get(i + 1).capitalised() || DETERMINERS.contains(s.lc(i + 1)))) {
            return false; // "a Russian bombing campaign helped Syrian forces": the phrase starts after the verb
        }
        if (Roles.modifierRole(lc) != null && i + 1 < s.size() && isHead(s.get(i + 1))) {
            return true; // "40 displaced people were killed": a role word the stop list keeps for its verb sense
        }
        return !STOP.contains(lc) && !Numbers.isNumberWord(lc) && !DETERMINERS.contains(lc)
                && !Dates.isCalendarWord(lc) && !isVague(lc);
    }

    private static final Set<String> HEDGED_PARTICIPLES = Lexicon.words("HEDGED_PARTICIPLES");

    private static boolean isVague(String lc) {
        return Lexicon.VAGUE_HEADS.contains(lc);
    }

    /**
     * The party phrase whose head is at {@code head}: expands left over modifiers and an adjacent amount.
     */
    public static Party at(Sentence s, int head) {
        int k = head - 1;
        while (k >= 0 && head - k <= 6 && (isModifier(s, k) || coordinatedCountries(s, k))
                && !(k > 0 && isHead(s.get(k - 1)) && verbBetween(s, k, k + 1))) {
            k--; // ... not over a past verb after another head: "Ugandan soldiers pursued rebels" (the rebels alone)
        }
        int modStart = ageBefore(s, k + 1);
        // a determiner directly before the modifiers
        Amount amount = amountEndingAt(s, modStart);
        if (amount == null && modStart > 1 && Clauses.isQuote(s.lc(modStart - 1))) {
            Amount quoted = amountEndingAt(s, modStart - 1); // 'said "about 10" insurgents were killed'
            if (quoted != null && quoted.start() > 0 && Clauses.isQuote(s.lc(quoted.start() - 1))) {
                amount = new Amount(quoted.count(), quoted.high(), quoted.qualifier(), quoted.vague(),
                        quoted.start() - 1, modStart);
            }
        }
        if (amount == null && modStart > 0 && (s.lc(modStart - 1).equals("other") || s.lc(modStart - 1).equals("more"))) {
            Amount before = amountEndingAt(s, modStart - 1); // "2 other people", "three more soldiers"
            if (before != null && before.hasCount()) {
                amount = before;
            }
        }
        int start = amount != null ? amount.start() : modStart;
        if (amount == null && modStart > 0 && s.lc(modStart - 1).equals("both") && !singularPerson(s.lc(head))
                && !s.lc(modStart).equals("of")) {
            // "Both men died", "both soldiers were killed": two
            amount = new Amount(2L, null, Qualifier.EXACT, null, modStart - 1, modStart);
            start = modStart - 1;
        }
        if (amount == null && modStart > 0 && DETERMINERS.contains(s.lc(modStart - 1))) {
            start = modStart - 1;
            // "49 of its soldiers", "two of their fighters": the figure before the possessive
            if (s.lc(modStart - 2).equals("of") && (POSSESSIVES.contains(s.lc(modStart - 1))
                    || s.lc(modStart - 1).equals("the") || s.lc(modStart - 1).equals("her"))) { // before a noun, hers
                Amount a = amountEndingAt(s, modStart - 1);
                if (a == null && modStart >= 4 && s.lc(modStart - 3).equals("more")) {
                    a = amountEndingAt(s, modStart - 3); // "40 more of its servicemen"
                }
                if (a != null && a.hasCount()) {
                    amount = a;
                    start = a.start();
                }
            }
        }
        if (amount != null && amount.hasCount() && amount.count() == 1 && amount.start() >= 3
                && s.lc(amount.start() - 1).equals("of") && (s.lc(head).equals("family")
                || s.lc(head).equals("household"))) {
            // "Four members of one family": the members, counted before "of", not the one family
            Amount members = amountEndingAt(s, amount.start() - 2);
            if (members != null && members.hasCount()) {
                return resolve(s, members.start(), head, members);
            }
        }
        if (amount == null && Lexicon.COUNTED_GROUPS.contains(s.lc(head)) && s.lc(head + 1).equals("of")) {
            Amount members = Numbers.parse(s, head + 2);
            if (members != null && members.hasCount() && members.end() <= s.size()
                    && !isHead(s.get(Math.min(s.size() - 1, members.end())))) {
                // "gunmen killed a family of five", "killing its crew of three": the members, counted
                return resolve(s, start == modStart - 1 || DETERMINERS.contains(s.lc(modStart - 1)) ? modStart - 1
                        : modStart, head, new Amount(members.count(), members.high(), members.qualifier(), null,
                        members.start(), members.end()));
            }
        }
        if (amount == null && start == modStart - 1 && (s.lc(start).equals("a") || s.lc(start).equals("an"))
                && PAIR_NOUNS.contains(s.lc(head)) && !s.lc(head + 1).equals("of")) {
            // "killing a married couple", "an elderly couple": two people (not "a couple of": a few)
            amount = new Amount(2L, null, Qualifier.EXACT, null, start, modStart);
        }
        if (amount == null && start == modStart - 1 && SINGULAR_DETERMINERS.contains(s.lc(start))
                && (singularPerson(s.lc(head)) || s.lc(head + 1).equals("member") && !isHead(s.get(head + 2))
                || (ONE_WITH_A.contains(s.lc(head)) || memberOfGroup(s, head))
                && (s.lc(start).equals("a") || s.lc(start).equals("an")) && !compoundGoesOn(s, head + 1))) {
            // ... and "a village guard", "a Peshmerga", "the body of a woman Maoist": a body's noun that an
            // indefinite article makes one of it
            // "a shepherd", "the body of a man", "her son": one person is a count of 1 (gold "Counting")
            amount = new Amount(1L, null, Qualifier.EXACT, null, start, modStart);
        }
        if (amount == null && singularPerson(s.lc(head)) && head + 1 < s.size() && s.get(head + 1).capitalised()
                && s.get(head + 1).isWord() && !STOP.contains(s.lc(head + 1)) && !isHead(s.get(head + 1))
                && Countries.lookup(s.lc(head + 1)) == null) {
            // "killed senior Hezbollah commander Fuad Shukr", "Sepoy Ali Raza": a title before a name is one person
            amount = new Amount(1L, null, Qualifier.EXACT, null, modStart, modStart);
        }
        if (amount != null && amount.hasCount() && amount.high() == null && EACH_SIDE_LINKS.contains(s.lc(head + 1))
                && (s.lc(head + 2).equals("each") || s.lc(head + 2).equals("either")) && s.lc(head + 3).equals("side")) {
            // "2 fighters from each side": two sides' dead, twice the figure
            amount = new Amount(amount.count() * 2, null, amount.qualifier(), amount.vague(), amount.start(),
                    amount.end());
        }
        return resolve(s, start, head, amount);
    }

    private static final Set<String> EACH_SIDE_LINKS = Lexicon.words("EACH_SIDE_LINKS");

    /**
     * The start of a noun phrase whose modifiers end at an age ("a 14-year-old boy", "a 7 year old girl"): the age's
     * number at {@code k - 1} joins the phrase; else {@code k} itself.
     */
    static int ageBefore(Sentence s, int k) {
        int n = k - 1;
        boolean age = n >= 0 && s.get(n).isNumber() && (s.lc(k).equals("-") && ageUnit(s.lc(k + 1)) || ageUnit(s.lc(k)));
        return age ? n : k;
    }

    /** "year-old", "years", "month-old": the unit of an age ("a 9-month-old baby"). */
    static boolean ageUnit(String x) {
        return Lexicon.AGE_WORDS.contains(x) || Lexicon.AGE_UNITS.contains(x);
    }

    /** Neutral nouns of people that a role's modifier makes a side's: "gang members", "militia elements". */
    private static final Set<String> MEMBER_NOUNS = Lexicon.words("MEMBER_NOUNS");
    private static final Set<String> TRAINEES = Lexicon.words("TRAINEES");

    /** Nouns of a body that also name one of its members after "a": "a village guard" (not "the Republican Guard"). */
    private static final Set<String> ONE_WITH_A = Lexicon.words("ONE_WITH_A");

    /** An armed group's name that also names one of its members: "a Maoist", "a Houthi" (not "the Houthis"). */
    private static boolean memberOfGroup(Sentence s, int head) {
        String text = s.get(head).text();
        return s.get(head).capitalised() && ArmedGroups.single(s.get(head)) != null && !s.lc(head).endsWith("s")
                && !text.equals(text.toUpperCase(java.util.Locale.ROOT)); // not "an IS" or "a JNIM": the body itself
    }

    /** A lower-case noun at {@code k} that makes the word before it a modifier: "an Indigenous guard coordinator". */
    private static boolean compoundGoesOn(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        Token t = s.get(k);
        String x = s.lc(k);
        return t.isWord() && !t.capitalised() && !STOP.contains(x) && !Clauses.BE.contains(x) && !x.endsWith("ed");
    }

    /** Nouns of two people that "a" makes a count of 2: "a couple". */
    private static final Set<String> PAIR_NOUNS = Lexicon.words("PAIR_NOUNS");

    /** Determiners before a singular noun that make it one person: "a", "an", "the", possessives. */
    static final Set<String> SINGULAR_DETERMINERS = Lexicon.words("SINGULAR_DETERMINERS");

    /**
     * A noun that names one person: a role noun or "member" that is not plural and not a body of people
     * ("a soldier", "a council member"; not "the army", "a convoy", "a family", "police").
     */
    static boolean singularPerson(String lc) {
        return (Roles.headRole(lc) != null || lc.equals("member")) && !Roles.COLLECTIVE.contains(lc)
                && !(lc.endsWith("s") && !lc.endsWith("ss") && !lc.endsWith("us")) && !lc.endsWith("men")
                && !lc.equals("people") && !lc.equals("children") && !lc.equals("police");
    }

    /** "Russian and Syrian": an "and" between two country words. */
    private static boolean coordinatedCountries(Sentence s, int k) {
        int[] len = new int[1];
        return s.lc(k).equals("and") && k > 0 && k + 1 < s.size() && countryAt(s, k - 1, len) != null
                && (countryAt(s, k + 1, len) != null
                || k + 2 < s.size() && !s.get(k + 1).capitalised() && isModifier(s, k + 1) && isHead(s.get(k + 2)));
        // ... and "nine Iranian and allied fighters": a nationality and a modifier of one noun
    }

    /** Ranks and posts held in a body named after "of" ("a commander of the SDF"). */
    private static final Set<String> RANK_HEADS = Lexicon.words("RANK_HEADS");

    /** An amount that ends exactly at token {@code pos} (its "of" included), the longest one. */
    static Amount amountEndingAt(Sentence s, int pos) {
        for (int p = Math.max(0, pos - 6); p < pos; p++) {
            Amount a = Numbers.parse(s, p);
            if (a != null && a.end() == pos) {
                return partOf(s, a);
            }
        }
        return null;
    }

    /** "21 of 23 cruise missiles": the part the sentence counts, not the whole it is taken from. */
    private static Amount partOf(Sentence s, Amount whole) {
        if (whole.count() == null || whole.start() < 2 || !s.lc(whole.start() - 1).equals("of")) {
            return whole;
        }
        for (int p = Math.max(0, whole.start() - 4); p < whole.start() - 1; p++) {
            Amount part = Numbers.parse(s, p);
            if (part != null && part.end() >= whole.start() - 1 && part.end() <= whole.start() && part.count() != null
                    && part.high() == null && part.count() < whole.count() && !s.lc(part.start()).equals("one")) {
                // ... not "he was one of 12 soldiers killed": one of the dead, not one dead
                return new Amount(part.count(), null, part.qualifier(), null, part.start(), whole.end());
            }
        }
        return whole;
    }

    /** parties24: churches named by a people's adjective ("Armenian Catholic", "Greek Orthodox"): no nationality. */
    private static final Set<String> DENOMINATIONS = Lexicon.words("DENOMINATIONS");
    private static final Set<String> CHURCH_PEOPLES = Lexicon.words("CHURCH_PEOPLES");

    /** Words that make a member noun military, and only a member noun: "a U.S. service member". */
    private static final Set<String> MIL_MEMBER_MODIFIERS = Lexicon.words("MIL_MEMBER_MODIFIERS");

    /** Resolves the country and role of the phrase [start, head]. */
    static Party resolve(Sentence s, int start, int head, Amount amount) {
        String country = null;
        String sponsor = null;
        String headRole = head >= 0 ? headRoleOf(s.get(head)) : null;
        String modRole = null;
        boolean leader = false;
        boolean armed = false;
        boolean group = false;
        String groupRole = null;
        String groupCountry = null;
        int end = head >= 0 ? head + 1 : (amount != null ? amount.end() : start);
        int from = amount != null ? amount.end() : start;
        for (int i = from; i <= head; i++) {
            Token t = s.get(i);
            String lc = t.lc();
            if (t.isPunct()) {
                continue;
            }
            String backer = backedPrefix(lc);
            if (backer != null) {
                Countries.Entry e = Countries.lookup(backer);
                ArmedGroups.Group affiliate = e == null && AFFILIATED.contains(lc.substring(backer.length() + 1))
                        ? ArmedGroups.lookup(backer) : null;
                if (affiliate != null && !affiliate.international()) {
                    // "the SDF-affiliated military council", "an IS-linked cell": the group's own side
                    group = true;
                    groupRole = affiliate.role();
                    if (affiliate.country() != null) {
                        groupCountry = affiliate.country();
                    }
                } else if (e != null) {
                    sponsor = e.iso3();
                } else if (Roles.modifierRole(backer) != null && Roles.modifierRole(backer).equals(Roles.GOV)) {
                    modRole = Roles.MIL;
                }
                continue;
            }
            if (lc.endsWith("-led")) {
                Countries.Entry e = Countries.lookup(lc.substring(0, lc.length() - 4));
                if (e != null && country == null) {
                    country = e.iso3();
                }
                continue;
            }
            int[] len = new int[1];
            ArmedGroups.Group g = ArmedGroups.at(s, i, len);
            if (g != null) {
                if (g.international() && country != null && head >= 0 && head > i + len[0] - 1
                        && Roles.MIL.equals(headRole)) {
                    // parties24: "a Rwandan UN peacekeeper", "two Egyptian U.N. soldiers": the nation named before
                    // the body is whose soldier he is (as "a Cameroonian peacekeeper")
                    i += len[0] - 1;
                    continue;
                }
                if (g.international()) {
                    return new Party(null, Roles.UNO, true, null, amount, start, head, end, null);
                }
                group = true;
                groupRole = g.role();
                if (g.country() != null) {
                    groupCountry = g.country();
                }
                i += len[0] - 1;
                continue;
            }
            Countries.Entry e = countryAt(s, i, len);
            if (e != null && e.kind() == Countries.Kind.DEMONYM && i + len[0] <= head
                    && DENOMINATIONS.contains(s.lc(i + len[0])) && CHURCH_PEOPLES.contains(s.lc(i + len[0] - 1))) {
                // (not "a Spanish Catholic priest": the review; only peoples whose name is also their church's)
                // parties24: "an Armenian Catholic priest", "a Greek Orthodox bishop": a church, not a nationality
                i += len[0];
                continue;
            }
            if (e != null && i + len[0] + 1 <= head && s.lc(i + len[0]).equals("-")
                    && Lexicon.BACKED.contains(s.lc(i + len[0] + 1))) {
                sponsor = e.iso3(); // "the U.S.-backed Syrian Democratic Forces": "U.S.", "-", "backed", a backer
                i += len[0] + 1;
                continue;
            }
            if (e != null && (i != head || isPluralDemonym(t) || head == i && headRole == null)) {
                country = e.iso3(); // the country nearest the head names the party
                leader |= e.kind() == Countries.Kind.LEADER;
                i += len[0] - 1;
                continue;
            }
            if (lc.equals("jihadists")) {
                group = true;
            }
            if (i < head && lc.equals("armed")) {
                armed = true; // decided with the head below
                continue;
            }
            if (i < head) {
                String m = Roles.modifierRole(lc);
                if (m == null && i == head - 1 && MIL_MEMBER_MODIFIERS.contains(lc) && MEMBER_NOUNS.contains(s.lc(head))
                        && (i == 0 || !s.get(i - 1).isWord() || s.get(i - 1).capitalised()
                        || DETERMINERS.contains(s.lc(i - 1)) || Numbers.isNumberWord(s.lc(i - 1)))) {
                    m = Roles.MIL; // "a U.S. service member": one word in two ("ambulance service members" stay civilians)
                }
                if (m == null && i == head - 1 && MEMBER_NOUNS.contains(s.lc(head)) && Roles.COLLECTIVE.contains(lc)) {
                    m = Roles.headRole(lc); // "two family members", "a patrol member": the members of the body's side
                }
                if (m != null && (modRole == null || m.equals(Roles.REB) || m.equals(Roles.CVL))) {
                    modRole = m;
                }
            }
        }
        // "the rebels supported by Turkish artillery", "forces backed by Russia"
        if (head >= 0 && sponsor == null) {
            String next = s.lc(head + 1);
            if (Lexicon.BACKED.contains(next) && s.lc(head + 2).equals("by")) {
                for (int i = head + 3; i < Math.min(s.size(), head + 6); i++) {
                    int[] len = new int[1];
                    Countries.Entry e = countryAt(s, i, len);
                    if (e != null) {
                        sponsor = e.iso3();
                        break;
                    }
                }
            }
        }
        // "members of the regime's 4th Armored Division", "one of the soldiers"
        String headLc = head >= 0 ? s.lc(head) : "";
        if (head >= 0 && Roles.NEUTRAL_HEADS.contains(headLc) && s.lc(head + 1).equals("of")) {
            int h2 = nextHead(s, head + 2, 8);
            if (h2 > 0) {
                Party inner = resolve(s, head + 2, h2, null);
                return new Party(country != null ? country : inner.country(), inner.role(), country != null || inner.explicit(),
                        inner.sponsor(), amount, start, head, h2 + 1, null);
            }
        }
        if (head >= 0 && country == null && RANK_HEADS.contains(headLc) && s.lc(head + 1).equals("of")) {
            // the rank is held in the group named after it: a named armed group ("a commander of Hayat Tahrir al-Sham",
            // "a security official of HTS", "two commanders of the Hurras al-Din group"), else a body of people
            int g = s.lc(head + 2).equals("the") ? head + 3 : head + 2;
            int[] len = new int[1];
            ArmedGroups.Group named = g < s.size() ? ArmedGroups.at(s, g, len) : null;
            if (named != null && !named.international()) {
                int groupEnd = s.lc(g + len[0]).equals("group") ? g + len[0] + 1 : g + len[0];
                return new Party(named.country(), named.role(), named.country() != null, null, amount, start, head,
                        groupEnd, null);
            }
            // ("a commander of the YBS", "a leader of the Houthis")
            int h2 = nextHead(s, head + 2, 6);
            if (h2 > 0) {
                Party inner = resolve(s, head + 2, h2, null);
                if (inner.explicit() && inner.role() != null && !Roles.CVL.equals(inner.role())) {
                    return new Party(inner.country(), inner.role(), true, inner.sponsor(), amount, start, head, h2 + 1,
                            null);
                }
            }
        }
        boolean irregular = armed && headRole != null && (headRole.equals(Roles.CVL) || headRole.equals(Roles.REB));
        if (armed && modRole == null && !irregular) {
            modRole = Roles.MIL;
        }
        String role = compose(headRole, modRole, group, leader, headLc);
        if (Roles.GOV.equals(role) && head > 0 && (headLc.equals("leader") || headLc.equals("leaders"))
                && CIVIC.contains(s.lc(head - 1))) {
            role = Roles.CVL; // "a social leader", "community leaders": civilians, not a government
        }
        if (irregular && (modRole == null || modRole.equals(Roles.REB))) {
            role = Roles.REB; // "armed forces" are a state's; "armed men", "armed gangs", "armed bandits" irregulars
        }
        if (groupRole != null && !groupRole.equals(Roles.REB)) {
            role = groupRole; // "Wagner fighters" are Russia's forces
        }
        if (country == null && groupCountry != null) {
            country = groupCountry;
        }
        boolean explicit = country != null;
        if (role != null && role.equals(Roles.REB) || group) {
            // fighters of a foreign state are its military ("Russian fighters bombed ..."), unless a backer is named
            if (country != null && sponsor == null && (headLc.equals("fighters") || headLc.equals("fighter"))
                    && !group && modRole == null) {
                role = Roles.MIL;
            }
        }
        if (sponsor != null && sponsor.equals(country) && explicit) {
            sponsor = null;
        }
        if (Roles.MIL.equals(role) && country == null && !group && s.lc(head + 1).equals("loyal")
                && s.lc(head + 2).equals("to") && !loyalToState(s, head + 3)) {
            role = Roles.REB; // "forces loyal to eastern commander Khalifa Haftar", "fighters loyal to a warlord"
        }
        if (MILITIA_HEADS.contains(headLc) && (modRole == null || modRole.equals(Roles.MIL) && armed)
                && (country == null && sponsor != null || communalMilitia(s, start, head))) {
            role = Roles.REB; // "Iran-backed militias", "Fulani militia", "ethnic militias": not a state's forces
        }
        if (country == null && sponsor != null && (headLc.equals("forces") || headLc.equals("force"))
                && (modRole == null || !modRole.equals(Roles.MIL) && !modRole.equals(Roles.GOV))) {
            role = Roles.REB; // "Turkey-backed forces" are proxies, not Turkey's forces
        }
        if (country == null && sponsor != null && PROXY_SPONSORS.contains(sponsor.toLowerCase(java.util.Locale.ROOT))
                && (Roles.REB.equals(role) || Roles.MIL.equals(role)) && !(group && groupRole != null
                && !groupRole.equals(Roles.REB))) {
            // "Iran-backed militias", "nine Iranian-backed fighters": a sponsor whose proxies, of many nations, the
            // coders count among its own forces (not "Turkish-backed factions", rebels of the war they fight in)
            country = sponsor;
            role = Roles.MIL;
        }
        String anaphor = head >= 0 && (headLc.equals("others") || headLc.equals("those")) ? headLc : null;
        return new Party(country, role, explicit, sponsor, amount, start, head, end, anaphor);
    }

    private static final Set<String> STATE_WORDS = Lexicon.words("STATE_WORDS");

    private static final Set<String> NEIGHBOURING = Lexicon.words("NEIGHBOURING");
    private static final Set<String> ORIGIN_PARTICIPLES = Lexicon.words("ORIGIN_PARTICIPLES");

    /** Backers (ISO3, lower case) whose proxies the coders count as the backer's own forces. */
    private static final Set<String> PROXY_SPONSORS = Lexicon.words("PROXY_SPONSORS");

    /** "loyal to the government", "loyal to President X", "loyal to Kyiv": the state's own forces. */
    private static boolean loyalToState(Sentence s, int from) {
        for (int k = from; k < Math.min(s.size(), from + 4); k++) {
            String x = s.lc(k);
            int[] len = new int[1];
            Countries.Entry e = countryAt(s, k, len);
            if (STATE_WORDS.contains(x) || e != null && e.kind() != Countries.Kind.DEMONYM) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MILITIA_HEADS = Lexicon.words("MILITIA_HEADS");
    private static final Set<String> COMMUNAL = Lexicon.words("COMMUNAL");

    /**
     * A militia named by a community: "ethnic militias", "Fulani militia", "Fano militiamen" (a capitalised
     * name that is no country, demonym or state institution right before the head).
     */
    private static boolean communalMilitia(Sentence s, int start, int head) {
        for (int k = Math.max(start, head - 3); k < head; k++) {
            if (COMMUNAL.contains(s.lc(k))) {
                return true;
            }
        }
        int k = head - 1;
        if (k < start || k < 0) {
            return false;
        }
        Token t = s.get(k);
        int[] len = new int[1];
        return t.isWord() && t.capitalised() && k > 0 && countryAt(s, k, len) == null && Roles.modifierRole(t.lc()) == null
                && Roles.headRole(t.lc()) == null && !t.lc().startsWith("pro-");
    }

    private static String headRoleOf(Token t) {
        if (isPluralDemonym(t)) {
            return Roles.CVL;
        }
        ArmedGroups.Group g = ArmedGroups.single(t);
        if (g != null) {
            return g.role();
        }
        return Roles.headRole(t.lc());
    }

    private static String compose(String head, String mod, boolean group, boolean leader, String headLc) {
        if (group) {
            return Roles.REB;
        }
        if (mod != null) {
            if (mod.equals(Roles.REB) || mod.equals(Roles.CVL) || mod.equals(Roles.COP)) {
                return head != null && head.equals(Roles.CVL) && mod.equals(Roles.REB) ? Roles.CVL : mod;
            }
            if (mod.equals(Roles.REF) && (head == null || head.equals(Roles.CVL) && !headLc.equals("people")
                    && !headLc.equals("civilians") && !headLc.equals("families") && !headLc.equals("children")
                    || head.equals(Roles.REF))) {
                return Roles.REF;
            }
            if (head == null) {
                return mod;
            }
            if ((mod.equals(Roles.MIL) || mod.equals(Roles.GOV)) && (head.equals(Roles.MIL) || head.equals(Roles.REB))) {
                return Roles.MIL;
            }
            if (mod.equals(Roles.MIL) && head.equals(Roles.GOV)) {
                return Roles.GOV;
            }
            if (mod.equals(Roles.MIL) && TRAINEES.contains(headLc)) {
                return Roles.MIL; // "77 gendarmerie students", "police cadets": trainees of the force
            }
        }
        if (head == null && leader) {
            return Roles.GOV;
        }
        return head;
    }

    /** The country-naming phrase starting at i (up to four words), its length in len[0]. */
    static Countries.Entry countryAt(Sentence s, int i, int[] len) {
        Countries.Entry best = countryPhraseAt(s, i, len);
        if (best != null && divisionNamedLikeCountry(s, i, len[0], best)) {
            return null; // "Niger State" (Nigeria): a division that shares a country's name, not the country
        }
        return best;
    }

    private static Countries.Entry countryPhraseAt(Sentence s, int i, int[] len) {
        Token t = s.get(i);
        if (!t.isWord()) {
            return null;
        }
        if (!t.capitalised() && !t.lc().equals("u.s.")) {
            return null;
        }
        StringBuilder b = new StringBuilder(t.lc());
        Countries.Entry best = null;
        String first = t.lc();
        // "U.S." and "US" only in capitals
        if (first.equals("us") && !t.text().equals("US")) {
            return null;
        }
        Countries.Entry e = Countries.lookup(first);
        if (e != null && i >= 2 && Places.particleInName(s, i - 1) && Places.capitalisedName(s.get(i - 2))) {
            return null; // "Mocimboa da Praia", "Santa Cruz de la Sierra": part of a town's name, not a country
        }
        if (e != null) {
            best = e;
            len[0] = 1;
        }
        if (!Countries.startsPhrase(first)) {
            return best; // no longer phrase starts here: no keys to build
        }
        for (int k = 1; k < Countries.MAX_WORDS && i + k < s.size(); k++) {
            Token n = s.get(i + k);
            if (!n.isWord()) {
                break;
            }
            b.append(' ').append(n.lc());
            Countries.Entry e2 = Countries.lookup(b.toString());
            if (e2 != null) {
                best = e2;
                len[0] = k + 1;
            }
        }
        return best;
    }

    /** Capitalised division nouns after a country's name ("Niger State", "Lebanon County"). */
    private static final Set<String> COUNTRY_NAMED_DIVISION_NOUNS = Lexicon.words("COUNTRY_NAMED_DIVISION_NOUNS");

    /**
     * A country's name followed by a capitalised division noun ("State", "Province") that the gazetteer knows (name
     * and noun together) in another country: "Niger State" is Nigeria's, not Niger. Not the demonyms ("Somali
     * Region") nor a pair with no reading in another country ("U.S. State Department", "Mexico State").
     */
    private static boolean divisionNamedLikeCountry(Sentence s, int i, int len, Countries.Entry e) {
        int c = i + len;
        if (e.kind() != Countries.Kind.NAME || c >= s.size() || !s.get(c).capitalised()
                || !COUNTRY_NAMED_DIVISION_NOUNS.contains(s.lc(c))) {
            return false;
        }
        StringBuilder b = new StringBuilder(s.get(i).text());
        for (int k = i + 1; k <= c; k++) {
            b.append(' ').append(s.get(k).text());
        }
        String own = Countries.iso2(e.iso3());
        for (String cc : org.newswatch.extraction.geo.Gazetteer.world().countriesOf(b.toString())) {
            if (own == null || !own.equalsIgnoreCase(cc)) {
                return true;
            }
        }
        return false;
    }

    /** Suffixes of a party that belongs to the group it names ("SDF-affiliated"), not one the group sponsors. */
    private static final Set<String> AFFILIATED = Lexicon.words("AFFILIATED");

    private static String backedPrefix(String lc) {
        for (String suffix : BACKED) {
            if (lc.endsWith(suffix) && lc.length() > suffix.length()) {
                return lc.substring(0, lc.length() - suffix.length());
            }
        }
        return null;
    }

    /** The first head token in [from, from+limit), stopping at clause boundaries; -1 if none. */
    static int nextHead(Sentence s, int from, int limit) {
        int last = -1;
        for (int i = from; i < Math.min(s.size(), from + limit); i++) {
            Token t = s.get(i);
            if (isHead(t) && !(Roles.NEUTRAL_HEADS.contains(t.lc()) && last >= 0)) {
                last = i;
                // keep going over a run of heads ("government soldiers")
                if (i + 1 < s.size() && isHead(s.get(i + 1)) && !s.lc(i + 1).equals("of")) {
                    continue;
                }
                if (i + 2 < s.size() && isDemonym(s.get(i + 1)) && isHead(s.get(i + 2)) && i + 2 < from + limit) {
                    continue; // "an elderly Italian nun": a head word used as an adjective, then the nationality
                }
                if (s.lc(i + 1).equals("-") && Lexicon.BACKED.contains(s.lc(i + 2)) && i + 3 < from + limit + 3) {
                    i += 2; // "members of the U.S.-backed Syrian Democratic Forces": the backer, then the group
                    limit += 3;
                    continue;
                }
                int over = groupThenModifiedHead(s, i);
                if (over > i && over < from + limit) {
                    i = over - 1; // "an HTS security official": the group is a modifier of the person
                    continue;
                }
                return last;
            }
            boolean roleModifier = Roles.modifierRole(t.lc()) != null && i + 1 < s.size() && isHead(s.get(i + 1));
            if (t.isPunct() && !t.lc().equals("-") && !t.lc().equals("'")
                    || STOP.contains(t.lc()) && !t.lc().equals("of") && !roleModifier // "and two displaced men"
                    && !(i > from && coordinatedCountries(s, i)) // "nine Iranian and Iraqi fighters"
                    || t.lc().equals("of") && i > from || t.lc().equals("-") && spacedDash(s, i)) {
                break; // ... and "killing 23 - Gunmen stormed": a dash between words ends the phrase
            }
        }
        return last;
    }

    /**
     * "an HTS security official", "an SDF military commander": after an armed group's name, lower-case modifiers
     * (at most two) and a head: the index of that head, else -1.
     */
    private static int groupThenModifiedHead(Sentence s, int i) {
        if (ArmedGroups.single(s.get(i)) == null) {
            return -1;
        }
        for (int k = i + 1; k < s.size() && k - i <= 3; k++) {
            Token t = s.get(k);
            if (isHead(t)) {
                return k > i + 1 ? k : -1;
            }
            if (!t.isWord() || t.capitalised() || !isModifier(s, k)) {
                return -1;
            }
        }
        return -1;
    }

    /** A "-" with a space on either side: a dash between phrases, not a hyphen inside a word ("Turkish-backed"). */
    static boolean spacedDash(Sentence s, int i) {
        return i > 0 && i + 1 < s.size() && (s.get(i).start() > s.get(i - 1).end() || s.get(i + 1).start() > s.get(i).end());
    }

    /** All party mentions of a sentence, in order (role nouns, and bare states such as "Turkey", "Ankara", "Putin"). */
    public static List<Party> mentions(Sentence s) {
        List<Party> out = new ArrayList<>();
        int n = s.size();
        int covered = s.datelineEnd() - 1; // "MOGADISHU, Somalia (AP) -": where the reporter files from, no party
        for (int i = 0; i < n; i++) {
            if (i <= covered) {
                continue;
            }
            Token t = s.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (isHead(t) && !Roles.NEUTRAL_HEADS.contains(t.lc())) {
                // extend over a run of heads: "government soldiers"
                int h = i;
                while (h + 1 < n && isHead(s.get(h + 1)) && !Roles.NEUTRAL_HEADS.contains(s.lc(h + 1))) {
                    h++;
                }
                if (h + 1 < n && MEMBER_NOUNS.contains(s.lc(h + 1)) && Roles.modifierRole(s.lc(h)) != null) {
                    h++; // "gang members attacked", "militia members": the members, of the side the modifier names
                } else if (h + 1 < n && MEMBER_NOUNS.contains(s.lc(h + 1)) && Roles.COLLECTIVE.contains(s.lc(h))
                        && !s.get(h + 1).capitalised()) {
                    h++; // "two family members", "a crew member": the members counted, not the body they belong to
                }
                if (Roles.modifierRole(s.lc(h)) != null && h + 1 < n && s.get(h + 1).isWord() && !s.get(h + 1).capitalised()
                        && !STOP.contains(s.lc(h + 1)) && !Lexicon.AUX.contains(s.lc(h + 1)) && !isVerbLike(s.lc(h + 1))) {
                    covered = h;
                    continue; // "the rebel bastion", "government targets": a modifier of another noun
                }
                Party p = at(s, h);
                // "Russian and Ukrainian delegations": each country is a party
                for (int k = p.start(); k < h; k++) {
                    int[] l2 = new int[1];
                    Countries.Entry e2 = countryAt(s, k, l2);
                    if (e2 != null && !e2.iso3().equals(p.country()) && !e2.iso3().equals(p.sponsor())
                            && s.lc(k + l2[0]).equals("and")) {
                        out.add(new Party(e2.iso3(), p.role(), true, null, null, k, h, h + 1, null));
                    }
                }
                out.add(p);
                covered = h;
                continue;
            }
            int[] len = new int[1];
            ArmedGroups.Group g = ArmedGroups.at(s, i, len);
            if (g != null) {
                int last = i + len[0] - 1;
                int h = nextHead(s, last + 1, 4);
                if (h >= 0 && allModifiers(s, last + 1, h) && !verbBetween(s, last + 1, h)) {
                    i = last;
                    continue; // "Boko Haram insurgents": the head comes next (not "the TIP stormed regime posts")
                }
                Party p = resolve(s, i, last, null);
                if (Roles.UNO.equals(p.role())) {
                    out.add(new Party(null, Roles.UNO, true, null, null, i, last, last + 1, null));
                } else {
                    out.add(new Party(g.country(), g.role(), g.country() != null, null, null, i, last, last + 1, null));
                }
                covered = last;
                continue;
            }
            Countries.Entry e = countryAt(s, i, len);
            if (e != null) {
                int after = i + len[0];
                if (s.lc(after).equals("'s")) {
                    after++;
                }
                // a demonym or country followed by a head is handled when the head is reached
                int h = nextHead(s, after, 5);
                if (h >= 0 && allModifiers(s, after, h) && !verbBetween(s, after, h)) {
                    continue;
                }
                if (e.kind() == Countries.Kind.DEMONYM) {
                    continue; // "Turkish artillery", "a Russian bombing campaign": a demonym needs a role noun
                }
                if (e.kind() == Countries.Kind.CAPITAL && i > 1 && s.lc(i - 1).equals("capital")
                        && countryAt(s, i - 2, new int[1]) != null) {
                    continue; // "in the Somali capital Mogadishu": the city, whose country the demonym gives
                }
                if (i > 0 && (s.lc(i - 1).equals("by") && (s.lc(i - 2).equals("supported") || s.lc(i - 2).equals("backed")))) {
                    continue; // the backer of another party
                }
                if (s.lc(after).equals("-") && Lexicon.BACKED.contains(s.lc(after + 1))) {
                    continue; // parties24: "the U.S.-backed Syrian Democratic Forces said": the backer, not a party
                }
                int from = NEIGHBOURING.contains(s.lc(i - 1)) ? i - 2 : i - 1;
                if (e.kind() == Countries.Kind.NAME && from >= 2 && s.lc(from).equals("from")
                        && (Roles.REB.equals(Roles.headRole(s.lc(from - 1))) || ORIGIN_PARTICIPLES.contains(s.lc(from - 1)))) {
                    continue; // "jihadists (coming) from neighbouring Burkina Faso": where a party came from, no party
                }
                String role = e.kind() == Countries.Kind.LEADER ? Roles.GOV : null;
                out.add(new Party(e.iso3(), role, true, null, null, i, i + len[0] - 1, i + len[0], null));
                covered = i + len[0] - 1;
            }
        }
        return out;
    }

    /** Past forms and the like, which follow a subject rather than modify a noun. */
    static boolean isVerbLike(String lc) {
        return lc.endsWith("ed") || lc.endsWith("ing") || Lexicon.KILL_VERBS.contains(lc) || Lexicon.SPEECH.contains(lc)
                || Lexicon.VERB_LIKE.contains(lc);
    }

    /**
     * A lower-case past form between a name and the next head ("Hezbollah attacked army posts", "Turkey shelled regime
     * positions"): the name is the verb's subject, a party of its own, not a modifier of the head after the verb.
     */
    private static boolean verbBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.get(i);
            String lc = t.lc();
            if (t.isWord() && !t.capitalised() && lc.endsWith("ed") && lc.indexOf('-') < 0 && Roles.modifierRole(lc) == null
                    && !HEDGED_PARTICIPLES.contains(lc) && !lc.equals("armed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allModifiers(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isModifier(s, i)) {
                return false;
            }
        }
        return true;
    }
}
