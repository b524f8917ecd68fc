package org.newswatch.extraction;

import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The passes of the DISPLACEMENT rules ({@code en/rules/displacement.rules}): the displaced, counted,
 * and returns that are no flight.
 */
final class DisplacementRules {

    private final Rules r;
    private final ArticleContext ctx;

    DisplacementRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    void displacement(Sentence s, int i) {
        String w = s.lc(i);
        if (SHELTER_SITES.contains(s.lc(i + 1)) && !Lexicon.DISPLACE_VERBS.contains(w)) {
            evacuationShelter(s, i); // (rule displacement.sheltered: "taken to evacuation centres")
            return;
        }
        if (escapeOrCircumstance(s, i)) {
            return; // "he fled by car after the shooting", "shot residents as they fled": no flight from home told
        }
        if (housedBefore(s, i) || w.equals("evacuated") && medicalEvacuation(s, i)) {
            // "a camp home to 40,000 people displaced by earlier fighting", "where 37,000 displaced people live": the
            // residents described; "twelve wounded were evacuated to the hospital": the injured taken for care
            return;
        }
        if (w.equals("displaced") && (harmVerb(s, i + 1) || harmedObject(s, i))) {
            // "three displaced killed in camp strike", "kills three displaced": the displaced are the dead, their
            // flight is not news
            return;
        }
        Party prompted = promptedToFlee(s, i);
        if (prompted == null && Lexicon.DISPLACE_VERBS.contains(w) && !w.equals("displaced") && escape(s, i)) {
            return; // "the driver fled the scene", "two inmates fled police custody": an escape, no flight from home
        }
        if (Clauses.hedged(s, i) || prompted == null && s.lc(i - 1).equals("to") && !Lexicon.DISPLACE_FORCE.contains(s.lc(i - 2))
                && !s.lc(i - 2).equals("forced")) {
            return;
        }
        boolean movedToward = DISPLACEMENT_MOVED_TOWARD.equals(r.firing); // other24: "families moved into Mpeketoni town"
        if (Lexicon.RELOCATE_VERBS.contains(w) && !toShelter(s, i) && !movedToward) {
            return; // "the troops moved to the front": only people moved to camps, shelters or safety are displaced
        }
        Party p = null;
        if (prompted != null) {
            p = prompted; // "prompting hundreds to flee toward the border"
        } else if (w.equals("displacing") && Numbers.parse(s, i + 1) != null && PartySearch.partyAfter(s, i) != null) {
            p = PartySearch.partyAfter(s, i); // "killing 40 people and displacing some 400,000"
        } else if (Lexicon.DISPLACE_FORCE.contains(w)) {
            // "has driven almost 700,000 people from their homes", "forced more than 43,000 toward the border"
            if (!displacementSense(s, i) || w.equals("forces") && (i == 0 || Roles.modifierRole(s.lc(i - 1)) != null
                    || Countries.lookup(s.lc(i - 1)) != null || Parties.DETERMINERS.contains(s.lc(i - 1))
                    || s.get(i - 1).capitalised() || Parties.isHead(s.get(i - 1)))) {
                return; // "regime security forces executed a young man": the noun, not the verb
            }
            p = PartySearch.partyAfter(s, i);
            if (p == null) {
                p = PartySearch.partyBefore(s, i);
            }
        } else if (w.equals("displaced") && Lexicon.HAVE.contains(s.lc(i - 1))
                && PartySearch.partyAfter(s, i) != null) {
            p = PartySearch.partyAfter(s, i); // "fighting has displaced more than 400,000 people"
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
                    if (Lexicon.DISPLACED_FIGURE_LINKS.contains(x)) {
                        Amount a = Numbers.parse(s, k + 1);
                        if (a != null && a.hasCount()) {
                            p = p.withAmount(a);
                        }
                        break;
                    }
                }
            }
        } else if (Lexicon.DISPLACED_ACTIVE.contains(w) && !Clauses.beBefore(s, i)
                && Numbers.parse(s, i + 1) != null && PartySearch.partyAfter(s, i) != null) {
            p = PartySearch.partyAfter(s, i); // "... killed 36 people and displaced more than 4,000", "uprooted 8.6 million"
        } else {
            int j = i;
            while (j > 0 && DISPLACED_ADVERBS.contains(s.lc(j - 1))) {
                j--; // "are internally displaced", "remain displaced", "estimated to be newly displaced"
            }
            if (s.lc(j - 1).equals("be") && s.lc(j - 2).equals("to") && Lexicon.ESTIMATED.contains(s.lc(j - 3))) {
                j -= 3;
                while (j > 0 && Clauses.BE.contains(s.lc(j - 1))) {
                    j--;
                }
            }
            p = PartySearch.partyBefore(s, j);
            if (p != null && p.head() < 0 && p.role() == null && p.end() == i && PartySearch.PREPOSITIONS.contains(s.lc(p.start() - 1))) {
                p = p.withRole(Roles.REF); // "shelters for 26,000 displaced": the displaced as a noun
            }
        }
        if (p == null || p.head() < 0 && p.amount() == null) {
            return;
        }
        if ((p.amount() == null || !p.amount().hasCount()) && described(s, i, w)) {
            // "the Zamzam camp for displaced people", "where displaced families were sheltering", "families fleeing
            // the fighting had gathered", "most residents had already fled": people described by a flight of no
            // figure, or one told as before the news, not a displacement reported
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
        c.victim = notOfDestination(s, i, c, p, r.coding.victimCode(s, p, EventType.DISPLACEMENT, Roles.CVL, c, null));
        if (c.victim == null) {
            return;
        }
        r.coding.finish(c);
    }

    /**
     * The victim code of people who fled or crossed into the country at i's destination ("1,200 civilians have crossed
     * into Thailand", "fled into Chad"): not of that country, whose setting the text's dateline or officials may give,
     * but of the country the article is otherwise most about (a code the place of the event, the destination, no
     * longer overrides); null when it is about no other.
     */
    private String notOfDestination(Sentence s, int i, Candidate c, Party p, String victim) {
        String into = destinationCountry(s, i);
        if (victim == null || into == null || p.country() != null && p.explicit()) {
            // (not people the text names by their nation: "100,000 ethnic Armenians fled to Armenia")
            return victim;
        }
        c.inferred = false; // (an inferred code would take the destination's country from the event's place)
        if (!victim.startsWith(into) && victim.length() != 3) {
            return victim;
        }
        String other = EquipmentRules.mostAfter(ctx, into);
        return other == null ? null : other + victim.substring(victim.length() - 3);
    }

    /** The country named after "into" or "to" in the clause after the flight at i ("crossed into Thailand"), or null. */
    private static String destinationCountry(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k - i <= 8; k++) {
            String x = s.lc(k);
            if (x.equals("into") || x.equals("to")) {
                int j = k + 1;
                while (j < s.size() && j - k <= 2 && !s.get(j).capitalised() && s.get(j).isWord()) {
                    j++; // "into neighbouring Chad", "to the Democratic Republic of Congo" (the lookup takes its name)
                }
                Countries.Entry two = j + 1 < s.size() ? Countries.lookup(s.lc(j) + " " + s.lc(j + 1)) : null;
                Countries.Entry e = two != null ? two : Countries.lookup(s.lc(j));
                return e != null && e.kind() == Countries.Kind.NAME ? e.iso3() : null;
            }
            if (!s.get(k).isWord() && !s.get(k).isNumber()) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> HOUSING = Lexicon.words("DISPLACED_HOUSING");

    private static final java.util.Set<String> INJURED = Lexicon.words("EVACUATED_INJURED");

    /**
     * A place that houses the displaced, before the flight word at i in its clause: "the camp, home to about 500,000
     * people displaced by fighting", "the school housed 6,000 people who had fled", "Kaya, which is crowded with people
     * displaced", "where about 37,000 displaced people live": the residents described, no flight reported.
     */
    private static boolean housedBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 8; k--) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(".") || x.equals(":")) {
                return false;
            }
            if (HOUSING.contains(x) || x.equals("home") && s.lc(k + 1).equals("to")
                    || (x.equals("shelter") || x.equals("shelters")) && Lexicon.RELATIVE_PRONOUNS.contains(s.lc(k - 1))) {
                return true;
            }
        }
        // "where about 37,000 displaced people live"
        for (int k = i + 1; k < s.size() && k - i <= 3; k++) {
            if (LIVE.contains(s.lc(k))) {
                return s.lc(i - 1).equals("where") || s.anyIn(Math.max(0, i - 5), i, java.util.Set.of("where"));
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> LIVE = java.util.Set.of("live", "lived", "living");

    /** "twelve others were evacuated with burns", "evacuated a wounded woman to a hospital": the injured taken for care. */
    private static boolean medicalEvacuation(Sentence s, int i) {
        // the evacuated themselves: back to a comma or a figure that opens another group ("300 people were injured
        // and more than 3,000 were evacuated": the 3,000 are others)
        for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
            if (INJURED.contains(s.lc(k))) {
                return true;
            }
            if (s.lc(k).equals(",") || s.lc(k).equals(";") || s.get(k).isNumber() || Numbers.isNumberWord(s.lc(k))) {
                break;
            }
        }
        // "evacuated with burns", "evacuated a wounded woman to a hospital"
        for (int k = i + 1; k < s.size() && k - i <= 8; k++) {
            if (s.lc(k).equals(";") || s.lc(k).equals(".")) {
                return false;
            }
            if (INJURED.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /** An uncounted flight that describes people ("displaced families", "families fleeing") or came before the news. */
    private static boolean described(Sentence s, int i, String w) {
        if (w.equals("displaced") && i + 1 < s.size() && Parties.isHead(s.get(i + 1)) && !Clauses.beBefore(s, i)) {
            return true;
        }
        if (w.endsWith("ing") && !Clauses.beBefore(s, i) && i > 0 && Parties.isHead(s.get(i - 1))) {
            return true;
        }
        int k = i - 1;
        while (k > 0 && Clauses.ADVERBS.contains(s.lc(k))) {
            k--;
        }
        // "had already fled"; "people who had fled Khartoum": a flight told as before the news
        return s.lc(k).equals("had") && (k < i - 1 || Lexicon.RELATIVE_PRONOUNS.contains(s.lc(k - 1)));
    }

    /** "fled the scene", "fled from police custody": what is fled, within three words, is no home. */
    private static boolean escape(Sentence s, int i) {
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            if (Lexicon.FLED_NOT_HOMES.contains(s.lc(k))) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "killing 6 displaced people", "a school sheltering displaced families": the displaced as an object, no flight. */
    private static boolean harmedObject(Sentence s, int i) {
        int k = i - 1;
        if (s.lc(k).equals("internally")) {
            k--;
        }
        Amount a = Parties.amountEndingAt(s, k + 1);
        if (a != null) {
            k = a.start() - 1;
        }
        while (k >= 0 && Lexicon.AT_LEAST_WORDS.contains(s.lc(k))) {
            k--;
        }
        String v = s.lc(k);
        if (Lexicon.KILL_VERBS.contains(v) || Lexicon.WOUND_VERBS.contains(v) || Lexicon.SHELTER_VERBS.contains(v)) {
            return true; // ... or sheltered: "a school sheltering displaced people" is where the strike hit
        }
        // "62 displaced people were killed and 46 wounded", "Sixteen displaced persons died", "a displaced family of
        // five drowned", "Nine displaced people, including four children, died": the displaced are the subject of the harm
        int j = i + 2;
        if (s.lc(j).equals("of")) {
            Amount members = Numbers.parse(s, j + 1);
            j = members != null && members.hasCount() ? members.end() : j; // "a displaced family of five"
        }
        if (s.lc(j).equals(",")) {
            int close = j + 1;
            while (close < s.size() && close - j <= 8 && !s.lc(close).equals(",") && s.get(close).isWord()
                    || close < s.size() && s.get(close).isNumber()) {
                close++; // ", including four children," / ", among them a woman,"
            }
            if (s.lc(close).equals(",")) {
                j = close + 1;
            }
        }
        if (j < s.size() && Lexicon.KILL_INTRANSITIVE.contains(s.lc(j))) {
            return true;
        }
        if (j < s.size() && Lexicon.PAST_AUX.contains(s.lc(j))) {
            j++;
            if (s.lc(j).equals("been")) {
                j++;
            }
            return harmVerb(s, j);
        }
        return false;
    }

    /** A verb of killing or wounding at j: "killed", "died", "wounded". */
    private static boolean harmVerb(Sentence s, int j) {
        String x = s.lc(j);
        return Lexicon.KILL_VERBS.contains(x) || Lexicon.WOUND_VERBS.contains(x) || Lexicon.KILL_INTRANSITIVE.contains(x);
    }

    /** Conjunctions of a clause of time, in which a flight is a circumstance: "as they fled", "before they fled". */
    private static final java.util.Set<String> TIME_CONJUNCTIONS = Lexicon.words("TIME_CONJUNCTIONS");

    /**
     * A flight told of one person by a pronoun ("he fled by car after the shooting"), or of those a pronoun names in
     * a clause of time ("shot residents as they fled", "set fire to shops before they fled"): an escape or a
     * circumstance of another deed, no displacement reported.
     */
    private static boolean escapeOrCircumstance(Sentence s, int i) {
        if (!s.lc(i).equals("fled") && !s.lc(i).equals("flee") && !s.lc(i).equals("flees") && !s.lc(i).equals("fleeing")) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && (Clauses.ADVERBS.contains(s.lc(k)) || Lexicon.AUX.contains(s.lc(k)))) {
            k--; // "as they had fled", "before they finally fled"
        }
        String subject = s.lc(k);
        return (subject.equals("he") || subject.equals("she")
                || subject.equals("they") && TIME_CONJUNCTIONS.contains(s.lc(k - 1))) && !fromHomeOrPlace(s, i);
    }

    /**
     * "as they fled their homes", "she fled her home in Saraqeb", "as they fled Saraqeb", "he fled to Turkey with his
     * family": a flight from home or a named place, or to a named place, told as such even of one person or in a clause
     * of time.
     */
    private static boolean fromHomeOrPlace(Sentence s, int i) {
        String next = s.lc(i + 1);
        return Lexicon.POSSESSIVE_DETERMINERS.contains(next) && HOMES.contains(s.lc(i + 2)) || HOMES.contains(next)
                || Places.capitalisedName(s.get(i + 1)) || FLIGHT_PREPOSITIONS.contains(next)
                && (Places.capitalisedName(s.get(i + 2)) || s.lc(i + 2).equals("the") && Places.capitalisedName(s.get(i + 3)));
        // (not "before they fled into the forest": an escape)
    }

    private static final java.util.Set<String> FLIGHT_PREPOSITIONS = Lexicon.words("FLIGHT_PREPOSITIONS");

    /** Those who "left" with no object are uprooted only as a place's dwellers: "600 residents have left". */
    private static final java.util.Set<String> DWELLERS = Lexicon.words("DWELLERS");

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
    void gappedEquipment(Sentence s, int trigger, int head, Equipment e, Candidate first) {
        if (first.type != EventType.EQUIPMENT_LOSS || first.count == null) {
            return;
        }
        for (int j = head + 1; j < s.size() && j - head <= 10; j++) {
            String x = s.lc(j);
            if (x.equals("and") || x.equals(",")) {
                Amount a = Numbers.parse(s, j + 1);
                if (a != null && a.hasCount() && OVER.contains(s.lc(a.end())) && a.end() + 1 < s.size()
                        && Places.capitalisedName(s.get(a.end() + 1))) {
                    Candidate c = r.coding.equipmentCandidate(s, trigger, e, a, first.victim);
                    c.actor = first.actor;
                    c.inferred = first.inferred;
                    for (Places.Mention p : ctx.places.get(s.index())) {
                        if (p.index() == a.end() + 1) {
                            c.location = p.name(); // its own place
                            c.locationStated = true;
                        }
                    }
                    r.coding.finish(c);
                    return;
                }
            }
            if (x.equals(".") || x.equals(";")) {
                return;
            }
        }
    }

    private static final java.util.Set<String> PROMPT = Lexicon.words("PROMPT");

    /** "prompting hundreds to flee", "caused 5,000 people to flee": those the event set in flight. */
    private static Party promptedToFlee(Sentence s, int i) {
        if (!s.lc(i).equals("flee") || !s.lc(i - 1).equals("to")) {
            return null;
        }
        for (int k = i - 2; k >= 0 && i - k <= 7; k--) {
            if (PROMPT.contains(s.lc(k))) {
                Party q = PartySearch.partyAfter(s, k);
                Amount vague = Numbers.parse(s, k + 1);
                if (q == null && vague != null && vague.end() == i - 1) {
                    q = new Party(null, null, false, null, vague, vague.start(), -1, vague.end(), null); // "hundreds"
                }
                return q != null && q.end() <= i - 1 && !Clauses.hedged(s, k) ? q : null;
            }
            if (s.lc(k).equals(",") || s.lc(k).equals(";")) {
                return null;
            }
        }
        return null;
    }

    /** "the (total) number of (internally) displaced ...": a count named before the displaced. */
    static boolean numberOf(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 4; k--) {
            if (s.lc(k).equals("number") && s.lc(k + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DISPLACED_ADVERBS = Lexicon.words("DISPLACED_ADVERBS");

    private static final java.util.Set<String> HOMES = Lexicon.words("HOMES");

    /** The rule of "families moved into/towards a place" (other24): a move of people, told as a flight only of people. */
    private static final String DISPLACEMENT_MOVED_TOWARD = "displacement.moved-toward";

    /**
     * Movement that is flight when civilians or refugees do it: "80,000 people have left Rafah", "50 families
     * have abandoned the village", "1,000 Colombians crossed the border", "1,300 arrived by boat in Pemba",
     * "4,500 new refugee arrivals".
     */
    void displacementMove(Sentence s, int i) {
        String w = s.lc(i);
        if (Clauses.hedged(s, i) || Clauses.purpose(s, i)) {
            return;
        }
        for (int k = Math.max(0, i - 10); k < i; k++) {
            String x = s.lc(k);
            if (Lexicon.BODY_NOUNS.contains(x)) {
                return; // "the bodies of 6 people arrived at the hospital": the dead, not the displaced
            }
        }
        boolean left = Lexicon.LEFT_VERBS.contains(w);
        boolean leftBare = false;
        if (left) {
            int k = i + 1;
            if (s.lc(k).equals("their") || s.lc(k).equals("the")) {
                k++;
            }
            while (k < s.size() && k - i <= 4 && !HOMES.contains(s.lc(k)) && (s.get(k).isNumber()
                    || Numbers.isNumberWord(s.lc(k)) || Parties.isModifier(s, k) && !s.get(k).capitalised()
                    || Countries.lookup(s.lc(k)) != null)) {
                k++; // "left the two Syrian towns", "left the southern districts"
            }
            // "600 residents have left.", "1,500 people have left since then", "families left for Bandiagara town"
            boolean noObject = k == i + 1 && !Clauses.beBefore(s, i) && (s.get(k).isPunct() && !s.lc(k).equals("-")
                    || s.lc(k).equals("since") || PartySearch.PREPOSITIONS.contains(s.lc(k))
                    && !s.lc(k).equals("in") && !s.lc(k).equals("of") && !s.lc(k).equals("with")
                    && !s.lc(k).equals("over")); // (not "a bomblet left over from", "left in the town")
            leftBare = noObject;
            if (!(noObject || HOMES.contains(s.lc(k)) || Places.capitalisedName(s.get(k)) && !Parties.isHead(s.get(k))
                    || s.lc(k).equals("nearby") && HOMES.contains(s.lc(k + 1)))) {
                return;
            }
        } else if (w.equals("crossed") || w.equals("crossing")) {
            if (!(s.lc(i + 1).equals("the") && s.lc(i + 2).equals("border") || s.lc(i + 1).equals("into"))
                    || Lexicon.RELATIVE_PRONOUNS.contains(s.lc(i - 1))) {
                return; // "four US citizens who crossed into Matamoros ... were fired upon": who they are, no flight
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
            while (j > 0 && Lexicon.PERFECT_WORDS.contains(s.lc(j - 1))) {
                j--;
            }
            if (s.lc(j - 1).equals("who") || s.lc(j - 1).equals("that")) {
                j--;
            }
            p = PartySearch.partyBefore(s, j);
            if (p == null && j >= 2) {
                // "20,000 Sudanese have crossed": a demonym that does not end in -s
                Countries.Entry e = Countries.lookup(s.lc(j - 1));
                Amount a = Parties.amountEndingAt(s, j - 1);
                if (e != null && e.kind() == Countries.Kind.DEMONYM && a != null) {
                    p = new Party(e.iso3(), Roles.CVL, true, null, a, a.start(), j - 1, j, null);
                }
            }
        }
        if (p == null || p.amount() == null || !p.amount().hasCount() && !(left && peopleHead(s, p))
                || left && p.amount().hasCount() && p.amount().count() < 2
                || leftBare && (p.head() < 0 || !DWELLERS.contains(s.lc(p.head())))) {
            // ... and "2,000 pilgrims left for Mecca", "the students left for Khartoum": a journey, not a flight from home
            return; // (uncounted: "dozens of families left for Bandiagara"; not "their son left for Turkey": one person)
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
        emitCounted(s, i, p.withRole(role), "displacement.move");
    }

    /** "dozens of families", "thousands of people": civilians named by a plural noun of persons. */
    private static boolean peopleHead(Sentence s, Party p) {
        return p.head() >= 0 && Roles.CVL.equals(p.role()) && s.lc(p.head()).endsWith("s");
    }

    /** A DISPLACEMENT of p (a civilian or refugee party) found at i by a rule of the pass {@code ruleId}. */
    private void emitCounted(Sentence s, int i, Party p, String ruleId) {
        Candidate c = new Candidate(EventType.DISPLACEMENT, s, i, ruleId);
        c.party = p;
        c.amount(p.amount());
        c.victim = notOfDestination(s, i, c, p, r.coding.victimCode(s, p, EventType.DISPLACEMENT, Roles.CVL, c, null));
        if (c.victim != null) {
            r.coding.finish(c);
        }
    }

    /**
     * "23,000 people have been moved to army camps", "about 4,000 camp residents moved to the nearby town of Bule",
     * "15,000 people had to be moved from their homes": a move to shelter or safety, or away from homes.
     */
    private static boolean toShelter(Sentence s, int i) {
        String next = s.lc(i + 1);
        if (!(next.equals("to") || next.equals("into") || next.equals("from"))) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 6); k++) {
            String x = s.lc(k);
            if (Lexicon.SAFE_PLACES.contains(x) || next.equals("from") && HOMES.contains(x)) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Nouns of the places evacuees are kept in after "evacuation" or "relief": "evacuation centres", "relief camps". */
    private static final java.util.Set<String> SHELTER_SITES = Lexicon.words("SHELTER_SITE_NOUNS");

    /** Verbs that put or keep people in such a place: "were taken to", "are staying in", "remain in". */
    private static final java.util.Set<String> SHELTERED = Lexicon.words("SHELTERED_VERBS");

    /**
     * "more than 2,900 people were taken to evacuation centres", "about 33,000 people are staying in evacuation
     * centres", "30,000 people remain in evacuation shelters", "10,000 people were sheltering in relief camps": a counted
     * group of civilians or refugees the verb before "to"/"in" puts in a shelter of evacuees, displaced; not those a
     * relative clause describes ("people who were staying in relief camps were killed") nor a strike on such a place.
     */
    void evacuationShelter(Sentence s, int i) {
        if (Clauses.hedged(s, i) || !SHELTER_SITES.contains(s.lc(i + 1))) {
            return;
        }
        int k = i - 1;
        if (Parties.DETERMINERS.contains(s.lc(k))) {
            k--; // "were taken to the evacuation centres"
        }
        if (!s.lc(k).equals("to") && !s.lc(k).equals("in") && !s.lc(k).equals("into") && !s.lc(k).equals("at")) {
            return;
        }
        int v = k - 1;
        if (!SHELTERED.contains(s.lc(v))) {
            return;
        }
        int j = v;
        while (j > 0 && (Lexicon.AUX.contains(s.lc(j - 1)) || Clauses.ADVERBS.contains(s.lc(j - 1)))) {
            if (Lexicon.RELATIVE_PRONOUNS.contains(s.lc(j - 1))) {
                return; // "people who were staying in relief camps": the people described
            }
            j--;
        }
        Party p = PartySearch.partyBefore(s, j);
        if (p == null || p.amount() == null || !p.amount().hasCount() && !peopleHead(s, p)) {
            return;
        }
        if (Roles.MIL.equals(p.role()) || Roles.GOV.equals(p.role()) || Roles.REB.equals(p.role())) {
            return; // "wounded soldiers were taken to relief camps": no flight of civilians
        }
        emitCounted(s, i, Roles.REF.equals(p.role()) ? p : p.withRole(Roles.CVL), "displacement.sheltered");
    }

    /**
     * "At least 30,000 residents were left homeless", "leaving about 12,000 people without homes", "hundreds of
     * families were left without shelter": people whose homes were destroyed, displaced.
     */
    void homeless(Sentence s, int i) {
        if (Clauses.hedged(s, i)) {
            return;
        }
        String w = s.lc(i);
        Party p = null;
        int after = i + 1;
        if (!w.equals("left") || !Clauses.BE.contains(s.lc(i - 1))) {
            p = PartySearch.partyAfter(s, i); // "leaving 12,000 refugees homeless"
            if (p == null || p.amount() == null || !p.amount().hasCount()) {
                return;
            }
            after = p.end();
        }
        if (!homelessAt(s, after)) {
            return;
        }
        if (p == null) {
            p = PartySearch.partyBefore(s, i); // "more than 5,000 people have been left homeless"
        }
        if (p == null || p.head() < 0 && p.amount() == null || p.amount() == null && !s.get(p.start()).isWord()) {
            return;
        }
        if (Roles.MIL.equals(p.role()) || Roles.GOV.equals(p.role()) || Roles.REB.equals(p.role())) {
            return;
        }
        emitCounted(s, i, Roles.REF.equals(p.role()) ? p : p.withRole(Roles.CVL), "displacement.homeless");
    }

    /** "homeless", "without homes", "without shelter", "without a roof" at k. */
    private static boolean homelessAt(Sentence s, int k) {
        return s.lc(k).equals("homeless") || s.lc(k).equals("without") && (Lexicon.HOMELESS_NOUNS.contains(s.lc(k + 1))
                || Parties.DETERMINERS.contains(s.lc(k + 1)) && Lexicon.HOMELESS_NOUNS.contains(s.lc(k + 2)));
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
}
