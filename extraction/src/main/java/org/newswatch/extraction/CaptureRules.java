package org.newswatch.extraction;

import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The passes of the CAPTURE rules ({@code en/rules/capture.rules}): places taken, lists of towns,
 * control taken or lost, forces pushed out.
 */
final class CaptureRules {

    private final Rules r;

    CaptureRules(Rules r) {
        this.r = r;
    }

    private static final java.util.Set<String> NOT_TERRITORY = Lexicon.words("NOT_TERRITORY");

    private static final java.util.Set<String> ORDINALS = Lexicon.words("ORDINALS");

    /** Pronouns of people taken: "captured 128 of them", "captured those who surrendered". */
    private static final java.util.Set<String> THEM = Lexicon.words("THEM");

    static final java.util.Set<String> PLACE_NOUNS = Lexicon.words("PLACE_NOUNS");

    /** The first content word after a capture verb is a thing, not a place: "seized weapons", "seized power". */
    private static boolean seizedThing(Sentence s, int i) {
        if (Clauses.beBefore(s, i)) {
            // "two rifles and 150 rounds of ammunition were seized": the passive's subject is the thing taken
            int k = i - 1;
            while (k > 0 && (Clauses.BE.contains(s.lc(k)) || Clauses.ADVERBS.contains(s.lc(k))
                    || Lexicon.HAVE.contains(s.lc(k)))) {
                k--;
            }
            String x = s.lc(k);
            if (x.equals("others") && (s.get(k - 1).isNumber() || Numbers.isNumberWord(s.lc(k - 1))
                    || QUANTIFIERS.contains(s.lc(k - 1))) && !placeNounBefore(s, k)) {
                // "all those killed were rebels and 4 others were captured": people taken (other24); not "the town
                // and two others were captured", others of a place named before
                return true;
            }
            if (NOT_TERRITORY.contains(x) || Roles.WEAPONS.contains(x) || Lexicon.EQUIPMENT.containsKey(x)
                    && !x.equals("positions") || Lexicon.ITEMS.contains(x)) {
                return true;
            }
            String role = Roles.headRole(x);
            if (role != null && !role.equals(Roles.GOV) && Parties.isHead(s.get(k))
                    && (x.endsWith("s") || Lexicon.ONE_ARTICLES.contains(s.lc(k - 1)))
                    && !PLACE_NOUNS.contains(x) && !Lexicon.EQUIPMENT.containsKey(x)) {
                return true; // "a number of soldiers had been captured", "a rebel was captured": people taken prisoner
            }
        } else if (Lexicon.ITEMS.contains(s.lc(i - 1)) && (s.get(i - 2).isNumber() || Numbers.isNumberWord(s.lc(i - 2)))) {
            return true; // "58 people were arrested and 18 guns seized": a reduced passive of things
        } else if ((s.get(i - 1).isNumber() || Numbers.isNumberWord(s.lc(i - 1))) && s.lc(i - 2).equals("and")
                && killedBefore(s, i - 1)) {
            return true; // "6 of its servicemen were killed and 13 captured": people taken prisoner
        }
        int k = i + 1;
        Amount counted = Numbers.parse(s, k);
        if (counted != null && counted.hasCount() && counted.end() > k) {
            k = counted.end(); // "capturing more than 100 fighters"
        }
        while (Parties.DETERMINERS.contains(s.lc(k)) || Numbers.isNumberWord(s.lc(k)) || s.get(k).isNumber()
                || s.lc(k).equals("of") || QUANTIFIERS.contains(s.lc(k))) {
            k++;
        }
        String x = s.lc(k);
        if (Lexicon.ITEMS.contains(s.lc(k + 1)) || Roles.WEAPONS.contains(s.lc(k + 1))) {
            return true; // "seized two Kalashnikov rifles": a thing with its make before it
        }
        if (THEM.contains(x) || x.equals("others") || k > i + 1 && (!s.get(k).isWord() || Parties.STOP.contains(x))
                && s.lc(k - 1).equals("another")) {
            return true; // "captured three others", "captured 128 of them", "killed three gunmen and captured another"
        }
        for (int j = k + 1; j < s.size() && j <= k + 2; j++) {
            if (s.lc(j).equals("of") && !s.lc(j - 1).equals("control")) { // (not "took full control of dozens of villages")
                String y = s.lc(Parties.DETERMINERS.contains(s.lc(j + 1)) ? j + 2 : j + 1);
                if (NOT_TERRITORY.contains(y) || Lexicon.ITEMS.contains(y) || Roles.WEAPONS.contains(y)) {
                    return true; // "seized a large quantity of weapons", "a cache of ammunition"
                }
                break;
            }
        }
        if (k > i + 1 && (Numbers.isNumberWord(s.lc(k - 1)) || s.get(k - 1).isNumber())
                && (!s.get(k).isWord() || Parties.STOP.contains(x)) && s.lc(i - 1).equals("and") && killedBefore(s, i)) {
            return true; // "killed 107 soldiers and captured one": one of them taken prisoner
        }
        if (k == i + 2 && ORDINALS.contains(x) && s.lc(i - 1).equals("and") && killedBefore(s, i)) {
            return true; // "killed three of the attackers and captured a fourth"
        }
        String role = Roles.headRole(x);
        if (role != null && !role.equals(Roles.GOV) && !Lexicon.EQUIPMENT.containsKey(x) && !PLACE_NOUNS.contains(x)
                && !Roles.WEAPONS.contains(x) && !x.equals("regime") && !x.equals("garrison") && !x.equals("state")
                && !PLACE_NOUNS.contains(s.lc(k + 1)) && !Lexicon.EQUIPMENT.containsKey(s.lc(k + 1))
                && !s.get(k + 1).capitalised()) {
            return true; // "captured a pilot", "seized 12 soldiers": people taken prisoner, not territory
        }
        return NOT_TERRITORY.contains(x) && !(x.equals("control") && k == i + 1) || Lexicon.ITEMS.contains(x)
                || Lexicon.EQUIPMENT.containsKey(x) && !x.equals("positions") || Lexicon.EQUIPMENT.containsKey(s.lc(k + 1))
                && !s.lc(k + 1).equals("positions");
    }

    /** "seized several armoured vehicles", "captured dozens of rifles": words of quantity before the thing taken. */
    private static final java.util.Set<String> QUANTIFIERS = Lexicon.words("CAPTURE_QUANTIFIERS");

    /** A place noun before k ("the town and two others"), not a quantifier of the class ("all those killed"). */
    private static boolean placeNounBefore(Sentence s, int k) {
        for (int j = 0; j < k; j++) {
            String x = s.lc(j);
            if (PLACE_NOUNS.contains(x) && !QUANTIFIERS.contains(x) && !x.equals("all") && !x.equals("most")
                    && !x.equals("parts") && !x.equals("control")) {
                return true;
            }
        }
        return false;
    }

    /** A killing verb with a counted object earlier in the clause: "killed 107 soldiers and captured one". */
    private static boolean killedBefore(Sentence s, int i) {
        for (int k = i - 2; k >= 0 && i - k <= 8; k--) {
            if (s.lc(k).equals(",") || s.lc(k).equals(";") || s.lc(k).equals(".")) {
                return false;
            }
            if (Lexicon.KILL_VERBS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /** "took (full) control of", "took over", "had taken the town of Hadrut", "taken more than 60 posts". */
    private static final java.util.Set<String> TAKE_MODIFIERS = Lexicon.words("TAKE_MODIFIERS");

    static boolean takeSense(Sentence s, int i) {
        String n = s.lc(i + 1);
        if (n.equals("back") && !s.lc(i + 2).equals("to") && !s.lc(i + 2).equals("from")) {
            return takeSense(s, i + 1); // "took back control of the town of Saraqib", "have taken back Drobysheve"
        }
        if (n.equals("control") || n.equals("over")) {
            return true;
        }
        if (Lexicon.FULL_CONTROL.contains(n)
                && s.lc(i + 2).equals("control")) {
            return true;
        }
        int k = i + 1;
        if (n.equals("the")) {
            k++;
        }
        int m = k;
        while (TAKE_MODIFIERS.contains(s.lc(m)) && m - k < 2) {
            m++; // "took both villages", "taking the last pocket of Baghouz"
        }
        if (m > k && (PLACE_NOUNS.contains(s.lc(m)) || Lexicon.TERRITORY.contains(s.lc(m)))
                && !s.lc(m).equals("control") && !s.lc(m).equals("most") && !s.lc(m).equals("all")) {
            return true;
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

    /**
     * "Rwandan and Mozambican troops retook Mocimboa da Praia": of two forces named by coordinated demonyms before one
     * noun, the capture is coded to the first named, as the monitors code a joint capture (the phrase found is the
     * second's: "Mozambican troops").
     */
    private static Party firstOfJointForces(Sentence s, Party actor) {
        int k = actor.head() - 3; // "Rwandan and Mozambican troops": demonym, "and", demonym, the head
        if (k < 0 || k < actor.start() - 2 || !s.lc(k + 1).equals("and")) {
            return actor;
        }
        Countries.Entry first = Countries.lookup(s.lc(k));
        Countries.Entry second = Countries.lookup(s.lc(k + 2));
        if (first == null || second == null || first.kind() != Countries.Kind.DEMONYM
                || second.kind() != Countries.Kind.DEMONYM || first.iso3().equals(second.iso3())) {
            return actor;
        }
        return actor.withCountry(first.iso3(), true);
    }

    /**
     * "Sixteen villages west of Aleppo came under regime control", "the district fell under Taliban control", "came
     * under the control of regime forces": the places before the verb were taken by the side named at "under" ({@code
     * i}). One capture, placed as the sentence places it; the side is the first party named after "under".
     */
    void cameUnderControl(Sentence s, int i) {
        if (Clauses.hedged(s, i - 1)) {
            return;
        }
        Party actor = r.parties.firstMentionFrom(s, i + 1, 4);
        if (actor == null && Parties.isHead(s.get(i + 1))) {
            actor = Parties.at(s, i + 1); // "came under regime control"
        }
        if (actor == null || actor.role() != null && (actor.role().equals(Roles.CVL) || actor.role().equals(Roles.REF))) {
            return;
        }
        Candidate c = new Candidate(EventType.CAPTURE, s, i, r.firing);
        c.actor = r.coding.code(s, actor, Roles.MIL, true);
        if (c.actor == null) {
            return;
        }
        Amount a = Numbers.parse(s, 0);
        if (a != null && a.hasCount() && Lexicon.TERRITORY.contains(s.lc(a.end()))) {
            c.amount(a); // "Sixteen villages and farms ... came under regime control"
        }
        // the place taken is the subject: the first name after "including" ("villages ..., including Kafr Naha"),
        // else the clause's first name ("Kafr Nabl came under the control of regime forces")
        int from = 0;
        for (int k = 0; k < i; k++) {
            if (s.lc(k).equals("including")) {
                from = k + 1;
            }
        }
        for (int k = from; k < i - 1; k++) {
            if (Places.capitalisedName(s.get(k)) && !Parties.isHead(s.get(k)) && Countries.lookup(s.lc(k)) == null
                    && !Dates.isCalendarWord(s.lc(k)) && Numbers.parse(s, k) == null && !Parties.STOP.contains(s.lc(k))
                    && !Parties.DETERMINERS.contains(s.lc(k)) && ArmedGroups.at(s, k, new int[1]) == null
                    && !Places.landmark(s, k)) {
                c.location = placeName(s, k, new int[1]);
                c.locationStated = true;
                break;
            }
        }
        r.coding.finish(c);
    }

    /**
     * The "backed" of a "backed by" / "supported by" phrase that the party at {@code start} is part of (the party or
     * one coordinated before it with "and" follows the "by"), or -1.
     */
    private static int backedBy(Sentence s, int start) {
        for (int k = start - 1; k >= 1 && start - k <= 8; k--) {
            String x = s.lc(k);
            if (x.equals("by") && Lexicon.BACKED.contains(s.lc(k - 1))) {
                return k - 1;
            }
            if (!s.get(k).isWord() || Lexicon.SPEECH.contains(x) || x.equals("that")) {
                return -1;
            }
        }
        return -1;
    }

    void capture(Sentence s, int i) {
        String w = s.lc(i);
        if (Clauses.hedged(s, i) || Clauses.purpose(s, i) || seizedThing(s, i)) {
            return;
        }
        if (prisonRetaken(s, i) || yearsAfter(s, i)) {
            // "police regained control of the cell blocks" in a prison riot; "seven years after IS overran Sinjar"
            return;
        }
        if (CAPTURE_NOUNS.contains(w) && NOUN_DETERMINERS.contains(s.lc(i - 1)) && !s.lc(i + 1).equals("of")) {
            return; // "its capture gives the rebels a source of revenue", "the capture was the work of": the noun, restated
        }
        Candidate c = new Candidate(EventType.CAPTURE, s, i, "capture");
        Party actor = null;
        if (w.equals("fell")) {
            int h = Parties.nextHead(s, i + 2, 5);
            actor = h >= 0 ? Parties.at(s, h) : r.parties.stateAfter(s, i + 2);
        } else if (s.lc(i + 1).equals("by")) {
            int h = Parties.nextHead(s, i + 2, 5);
            actor = h >= 0 ? Parties.at(s, h) : r.parties.stateAfter(s, i + 2);
        }
        if (actor == null && i >= 2 && Lexicon.EQUIPMENT.containsKey(s.lc(i - 1)) && Countries.lookup(s.lc(i - 2)) != null
                && !s.lc(i - 3).equals("by")) {
            // "Israeli tanks took control of the crossing" (not "opposition fighters backed by Turkish drones
            // recaptured": the backers' weapons)
            Countries.Entry e = Countries.lookup(s.lc(i - 2));
            actor = new Party(e.iso3(), Roles.MIL, true, null, null, i - 2, i - 1, i, null);
        }
        if (actor == null) {
            actor = r.parties.subjectBefore(s, i);
            // "regime forces took Maarat al-Numan after opposition fighters withdrew, and then pushed into Babila":
            // the subject of a clause opened by "after" is not the subject of the verb coordinated after it
            if (actor != null && SUBORDINATORS.contains(s.lc(actor.start() - 1)) && andBetween(s, actor.end(), i)) {
                Party main = r.parties.subjectBefore(s, actor.start() - 1);
                if (main != null) {
                    actor = main;
                }
            }
        }
        int backed = actor == null ? -1 : backedBy(s, actor.start());
        if (backed > 0) {
            Party main = r.parties.subjectBefore(s, backed); // "troops backed by Russian instructors and Rwandan
            if (main != null) { // soldiers recaptured the town": the troops, not their backers
                actor = main;
            }
        }
        if (actor == null || actor.anaphor() != null && actor.country() == null) {
            Party sp = r.parties.speakerOrPrevious(s, i);
            actor = sp != null ? sp : actor;
        }
        if (actor == null) {
            return;
        }
        actor = firstOfJointForces(s, actor);
        c.actor = r.coding.code(s, actor, Roles.MIL, true);
        int obj = i + 1;
        while (COMPASS_PARTS.contains(s.lc(obj)) || Clauses.isQuote(s.lc(obj))) {
            obj++; // "pushed north-west into Babila", "had 'liberated' Zhelanne Pershe"
        }
        if (s.lc(obj).equals("into") || s.lc(obj).equals("of") && w.equals("takeover")) {
            obj++; // "swept into Latamneh", "completed their takeover of Khan Sheikhoun"
        }
        if (Lexicon.FULL_CONTROL.contains(s.lc(obj)) || s.lc(obj).equals("over")) {
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
        int listEnd = -1;
        for (int k = obj; k < Math.min(s.size(), obj + 5); k++) {
            if (Places.capitalisedName(s.get(k)) && !Dates.isCalendarWord(s.lc(k))) {
                Countries.Entry e = Countries.lookup(s.lc(k));
                if (e == null || e.kind() == Countries.Kind.CAPITAL) {
                    int[] end = new int[1];
                    c.location = placeName(s, k, end);
                    c.locationStated = true;
                    listEnd = end[0];
                }
                break;
            }
            if (!(s.lc(k).equals("the") || s.lc(k).endsWith("-held") || PLACE_NOUNS.contains(s.lc(k))
                    || Lexicon.CAPTURED_PLACE_WORDS.contains(s.lc(k)))) {
                break;
            }
        }
        if (c.location == null && (c.count != null || pluralTerritory(s, obj))) {
            // "captured 11 towns and villages in southern Idlib, among them Kafr Nabl, Hass and Maarzita": the
            // aggregate, and one capture per town the text names
            for (int k = obj; k < Math.min(s.size(), obj + 16); k++) {
                String x = s.lc(k);
                if (x.equals(";") || x.equals(".")) {
                    break;
                }
                boolean among = x.equals("among") && s.lc(k + 1).equals("them") || x.equals("including");
                if (among) {
                    int first = x.equals("among") ? k + 2 : k + 1;
                    if (first < s.size() && Places.capitalisedName(s.get(first)) && Countries.lookup(s.lc(first)) == null
                            && !Parties.isHead(s.get(first))) {
                        Candidate named = new Candidate(EventType.CAPTURE, s, i, "capture");
                        named.actor = c.actor;
                        int[] end = new int[1];
                        named.location = placeName(s, first, end);
                        named.locationStated = true;
                        r.coding.finish(named);
                        listAfter(s, i, c.actor, end[0]);
                    }
                    break;
                }
            }
        }
        r.coding.finish(c);
        if (listEnd >= 0) {
            listAfter(s, i, c.actor, listEnd); // after the first town, in the text's order
        }
    }

    private static final java.util.Set<String> PRISON_WORDS = Lexicon.words("CAPTURE_PRISON_WORDS");

    /**
     * "police regained control of the cell blocks", "as security forces retook control of the pavilions", "before
     * police regained control and arrested 13": control of a prison or a stormed building taken back after a riot,
     * no territory; the object is a part of a prison, or there is none and the sentence tells of a prison.
     */
    private static boolean prisonRetaken(Sentence s, int i) {
        int k = i + 1;
        if (!s.lc(k).equals("control")) {
            return false;
        }
        if (s.lc(k + 1).equals("of")) {
            for (int j = k + 2; j < s.size() && j <= k + 5; j++) {
                if (PRISON_WORDS.contains(s.lc(j))) {
                    return true;
                }
                if (!s.get(j).isWord()) {
                    return false;
                }
            }
            return false;
        }
        return s.anyIn(0, s.size(), PRISON_WORDS) || s.lc(i - 1).equals("police"); // "before police regained control"
    }

    private static final java.util.Set<String> LONG_SPANS = Lexicon.words("CAPTURE_LONG_SPANS");

    /** "seven years after IS overran Sinjar", "months after insurgents first overran it": a capture long past. */
    private static boolean yearsAfter(Sentence s, int i) {
        for (int k = i - 1; k >= 1 && i - k <= 6; k--) {
            String x = s.lc(k);
            if ((x.equals("after") || x.equals("before")) && LONG_SPANS.contains(s.lc(k - 1))) {
                return true;
            }
            if (!s.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CAPTURE_NOUNS = Lexicon.words("CAPTURE_NOUNS");

    private static final java.util.Set<String> NOUN_DETERMINERS = Lexicon.words("CAPTURE_NOUN_DETERMINERS");

    /** "several villages", "a string of towns": places taken, counted or not, at the object. */
    private static boolean pluralTerritory(Sentence s, int obj) {
        for (int k = obj; k < Math.min(s.size(), obj + 4); k++) {
            if (Lexicon.TERRITORY.contains(s.lc(k)) && s.lc(k).endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The towns listed after a captured one ending at {@code m}: "seized Gondar and Lalibela", "regained control of
     * Kafr Nabl, Hazarin and Kafr Sajna": one capture per town.
     */
    private void listAfter(Sentence s, int i, String actor, int m) {
        int[] end = new int[1];
        while (s.lc(m).equals(",") && m + 1 < s.size() && Places.capitalisedName(s.get(m + 1))
                && !Dates.isCalendarWord(s.lc(m + 1)) && Countries.lookup(s.lc(m + 1)) == null
                && !Parties.isHead(s.get(m + 1)) && ArmedGroups.at(s, m + 1, new int[1]) == null
                && !s.lc(placeEnd(s, m + 1)).equals("(")) {
            Candidate next = new Candidate(EventType.CAPTURE, s, i, "capture");
            next.actor = actor;
            next.location = placeName(s, m + 1, end);
            next.locationStated = true;
            r.coding.finish(next);
            m = end[0];
        }
        if (s.lc(m).equals("and") && conjunctPlace(s, i, actor, m + 1)) {
            return;
        }
        if (s.lc(m).equals("and") && m + 1 < s.size() && Places.capitalisedName(s.get(m + 1))
                && !Dates.isCalendarWord(s.lc(m + 1)) && Countries.lookup(s.lc(m + 1)) == null
                && !Parties.isHead(s.get(m + 1)) && ArmedGroups.at(s, m + 1, new int[1]) == null
                && !Parties.isHead(s.get(Math.min(s.size() - 1, placeEnd(s, m + 1))))) {
            Candidate second = new Candidate(EventType.CAPTURE, s, i, "capture");
            second.actor = actor;
            second.location = placeName(s, m + 1, end);
            second.locationStated = true;
            r.coding.finish(second);
        }
    }

    /**
     * After "and" at {@code from - 1}: "the nearby village of Kirnaz" (one capture at the named place) or "four
     * surrounding villages", "at least six other villages" (one counted capture). True when one was given.
     */
    private boolean conjunctPlace(Sentence s, int i, String actor, int from) {
        int k = from;
        if (s.lc(k).equals("the")) {
            k++;
            while (k < from + 4 && CONJUNCT_MODIFIERS.contains(s.lc(k))) {
                k++;
            }
            if (!PLACE_NOUNS.contains(s.lc(k)) || !Lexicon.TERRITORY.contains(s.lc(k) + "s")
                    && !Lexicon.TERRITORY.contains(s.lc(k)) || !s.lc(k + 1).equals("of")
                    || !Places.capitalisedName(s.get(k + 2)) || Countries.lookup(s.lc(k + 2)) != null
                    || Parties.isHead(s.get(k + 2)) || ArmedGroups.at(s, k + 2, new int[1]) != null) {
                return false;
            }
            Candidate named = new Candidate(EventType.CAPTURE, s, i, "capture");
            named.actor = actor;
            named.location = placeName(s, k + 2, new int[1]);
            named.locationStated = true;
            r.coding.finish(named);
            return true;
        }
        Amount a = Numbers.parse(s, k);
        if (a == null || !a.hasCount()) {
            return false;
        }
        int h = a.end();
        while (h < a.end() + 3 && CONJUNCT_MODIFIERS.contains(s.lc(h))) {
            h++;
        }
        if (!Lexicon.TERRITORY.contains(s.lc(h)) || h == a.end()) {
            return false; // (not "and two villagers", not "and 40 villages" with no word tying them to the first)
        }
        Candidate counted = new Candidate(EventType.CAPTURE, s, i, "capture");
        counted.actor = actor;
        counted.amount(a);
        r.coding.finish(counted);
        return true;
    }

    /** "the nearby village of", "four surrounding villages", "six other villages". */
    private static final java.util.Set<String> CONJUNCT_MODIFIERS = Lexicon.words("CAPTURE_CONJUNCT_MODIFIERS");

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
    void pushedOut(Sentence s, int i) {
        if (Clauses.hedged(s, i) || Clauses.purpose(s, i) || Clauses.BE.contains(s.lc(i - 1))) {
            return;
        }
        Party loser = PartySearch.partyAfter(s, i);
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
        while (k < s.size() && (s.lc(k).equals("the") || PLACE_NOUNS.contains(s.lc(k))
                || Lexicon.PORT_WORDS.contains(s.lc(k)))) {
            k++;
        }
        if (k >= s.size() || !Places.capitalisedName(s.get(k)) || Countries.lookup(s.lc(k)) != null
                && Countries.lookup(s.lc(k)).kind() != Countries.Kind.CAPITAL) {
            return;
        }
        Party actor = r.parties.subjectBefore(s, i);
        if (actor == null) {
            return;
        }
        Candidate c = new Candidate(EventType.CAPTURE, s, i, "capture.pushed-out");
        c.actor = r.coding.code(s, actor, Roles.MIL, true);
        if (c.actor == null || c.actor.endsWith(Roles.CVL)) {
            return;
        }
        int[] end = new int[1];
        c.location = placeName(s, k, end);
        c.locationStated = true;
        r.coding.finish(c);
    }

    /**
     * "The SDF handed over two villages west of Tal Tamr to regime forces": the side named after "to" takes the
     * territory handed over; only a place noun or a named place between "over" and "to" makes it territory ("handed
     * over the suspects to the prosecutor" is none).
     */
    void handedOver(Sentence s, int i) {
        if (Clauses.hedged(s, i) || !s.lc(i + 1).equals("over")) {
            return;
        }
        int to = -1;
        int place = -1;
        boolean territory = false;
        for (int k = i + 2; k < s.size() && k - i <= 16; k++) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(".")) {
                return;
            }
            if (x.equals("to")) {
                to = k;
                break;
            }
            territory |= Lexicon.TERRITORY.contains(x) || PLACE_NOUNS.contains(x) && !x.equals("control");
            if (place < 0 && Places.capitalisedName(s.get(k)) && !Parties.isHead(s.get(k))
                    && Countries.lookup(x) == null) {
                place = k;
            }
        }
        if (to < 0 || place < 0 || !territory && place != i + 2) {
            return;
        }
        Party taker = PartySearch.partyAfter(s, to);
        if (taker == null || taker.head() < 0 || Roles.CVL.equals(taker.role()) || Roles.REF.equals(taker.role())) {
            return;
        }
        Candidate c = new Candidate(EventType.CAPTURE, s, i, "capture.handed-over");
        c.actor = r.coding.code(s, taker, Roles.MIL, true);
        if (c.actor == null || c.actor.endsWith(Roles.CVL)) {
            return;
        }
        int[] end = new int[1];
        c.location = placeName(s, place, end);
        c.locationStated = true;
        r.coding.finish(c);
    }

    /**
     * "LNA units entered Gharyan", "insurgents said they had entered the city of Aleppo": armed groups entering a
     * town take it (a state's troops entering a country deploy, see {@link #deployment}).
     */
    private static final java.util.Set<String> COMPASS_PARTS = Lexicon.words("COMPASS_PARTS");

    /**
     * "regime forces swept into Latamneh, Kafr Zita and Morek", "pushed north-west into Babila": an armed side moving
     * into named places takes them (not protesters pushing into a square).
     */
    boolean forcesInto(Sentence s, int i) {
        int k = placeAfterInto(s, i);
        if (k < 0 || Clauses.hedged(s, i)) {
            return false;
        }
        if (!Places.capitalisedName(s.get(k)) || Countries.lookup(s.lc(k)) != null || Parties.isHead(s.get(k))) {
            return false;
        }
        Party subject = r.parties.subjectBefore(s, i);
        return subject != null && (Roles.MIL.equals(subject.role()) || Roles.REB.equals(subject.role()));
    }

    private static final java.util.Set<String> SUBORDINATORS = Lexicon.words("SUBORDINATORS");

    private static boolean andBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lc(k).equals("and") && s.lc(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** After "swept into", "pushed north-west into": the index of the first word of what was moved into, or -1. */
    private static int placeAfterInto(Sentence s, int i) {
        int k = i + 1;
        while (COMPASS_PARTS.contains(s.lc(k))) {
            k++;
        }
        return s.lc(k).equals("into") ? k + 1 : -1;
    }

    /** "completed their takeover of Khan Sheikhoun": a capture told as done, not one feared or begun. */
    static boolean completedTakeover(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (s.lc(k).startsWith("complet")) {
                return true;
            }
        }
        return false;
    }

    /** "The armed forces announced on Tuesday the full liberation of al-Hazm city": a taking declared done. */
    static boolean announcedLiberation(Sentence s, int i) {
        if (completedTakeover(s, i)) {
            return true;
        }
        if (Clauses.hedged(s, i)) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= 6; k--) {
            String x = s.lc(k);
            if (ANNOUNCING.contains(x)) {
                return true;
            }
            if (x.equals(",") || x.equals(";") || x.equals("to") || Lexicon.RELATIVE_PRONOUNS.contains(x)) {
                return false; // "vowed to complete the liberation of ...", "... which announced": not this one
            }
        }
        return false;
    }

    private static final java.util.Set<String> ANNOUNCING = Lexicon.words("ANNOUNCING_VERBS");

    boolean insurgentsEnter(Sentence s, int i) {
        int k = namedObject(s, i);
        boolean definite = definiteTown(s, i);
        if (!definite && !Places.capitalisedName(s.get(k)) || Countries.lookup(s.lc(k)) != null && Countries.lookup(s.lc(k)).kind()
                != Countries.Kind.CAPITAL || Parties.isHead(s.get(k)) || Clauses.hedged(s, i)) {
            return false;
        }
        Party subject = r.parties.subjectBefore(s, i);
        if (subject != null && subject.anaphor() != null && subject.role() == null) {
            subject = r.parties.speakerOrPrevious(s, i);
        }
        // ... and the country's own forces entering "the city of Saraqeb", "the towns of Latamna, Kafr Zita and
        // Morek": named populated places retaken (a foreign convoy entering a province is a deployment)
        boolean town = definite;
        for (int j = i + 1; j < k; j++) {
            town |= TOWN_NOUNS.contains(s.lc(j));
        }
        return subject != null && Roles.REB.equals(subject.role())
                || subject != null && ArmedGroups.at(s, subject.start(), new int[1]) != null
                || town && subject != null && Roles.MIL.equals(subject.role()) && (subject.country() == null
                || subject.country().equals(r.coding.conflictCountry())) && !raidAfter(s, k)
                // "federal troops had entered Mekelle", "Ukrainian troops entered Kupiansk and Izium", "Turkish troops
                // entered the centre of Ras al-Ain": any army entering a named town takes it, unless the clause tells
                // a raid ("entered the village of Dialloube, detained several men", "entered the Old City to arrest")
                || subject != null && Roles.MIL.equals(subject.role()) && Places.capitalisedName(s.get(k))
                && !raidAfter(s, k) && (subject.head() < 0 || !DEPLOYING_HEADS.contains(s.lc(subject.head())))
                && !s.lc(subject.start() - 1).equals("and"); // (not "M23 fighters and Rwandan troops": the first leads)
    }

    /** "a Turkish military convoy entered Idlib": a column sent in, a deployment, no town taken. */
    private static final java.util.Set<String> DEPLOYING_HEADS = Lexicon.words("CAPTURE_DEPLOYING_HEADS");

    private static final java.util.Set<String> RAID_WORDS = Lexicon.words("CAPTURE_RAID_WORDS");

    /** A word of a raid in the clause after the place at {@code k}: "... and set fire to houses", "to arrest". */
    private static boolean raidAfter(Sentence s, int k) {
        for (int j = k + 1; j < s.size() && j - k <= 20; j++) {
            String x = s.lc(j);
            if (x.equals(";") || x.equals(".")) {
                return false;
            }
            if (RAID_WORDS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TOWN_NOUNS = Lexicon.words("PLURAL_PLACE_NOUNS", "TOWN_NOUNS");

    /**
     * "entered the town", "entered the city in the afternoon": a town the text has named already, told again by its
     * noun alone (not "the town of Saraqeb", whose name follows, nor "the town hall").
     */
    private static boolean definiteTown(Sentence s, int i) {
        String after = s.lc(i + 3);
        return s.lc(i + 1).equals("the") && TOWN_NOUNS.contains(s.lc(i + 2)) && !after.equals("of")
                && (!s.get(i + 3).isWord() || PartySearch.PREPOSITIONS.contains(after) || Dates.isCalendarWord(after)
                || after.equals("and"));
    }

    private static final java.util.Set<String> WITHDRAW_FORMS = Lexicon.words("WITHDRAW_FORMS");

    /** Where the name after the verb at {@code i} starts, past "the city of": "entered the city of Saraqeb". */
    private static final java.util.Set<String> COMPASS_PLACE = Lexicon.words("COMPASS_PARTS");

    private static int namedObject(Sentence s, int i) {
        int k = i + 1;
        while (s.lc(k).equals("the") || PLACE_NOUNS.contains(s.lc(k)) || s.lc(k).equals("of")
                || Lexicon.CAPTURED_PLACE_WORDS.contains(s.lc(k)) || COMPASS_PLACE.contains(s.lc(k))) {
            k++; // "the strategic town of Khan Sheikhoun", "central Goma"
        }
        return k;
    }

    /**
     * "Ukrainian troops entered Kherson city after Russian forces withdrew", "Regime troops stormed Saraqeb after HTS
     * fighters withdrew from the city": a named place entered as the other side leaves it is taken.
     */
    boolean afterWithdrawal(Sentence s, int i) {
        int k = namedObject(s, i);
        if (!Places.capitalisedName(s.get(k)) || Parties.isHead(s.get(k)) || Clauses.hedged(s, i)) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j - k <= 16; j++) {
            String x = s.lc(j);
            if (x.equals(";") || x.equals(".")) {
                return false;
            }
            if ((x.equals("after") || x.equals("as") || x.equals("when")) && withdrawalAhead(s, j + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean withdrawalAhead(Sentence s, int from) {
        for (int j = from; j < s.size() && j - from <= 8; j++) {
            if (WITHDRAW_FORMS.contains(s.lc(j))) {
                return true;
            }
            if (s.lc(j).equals(",") || s.lc(j).equals(";")) {
                return false;
            }
        }
        return false;
    }
}
