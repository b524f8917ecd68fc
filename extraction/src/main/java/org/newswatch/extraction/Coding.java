package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.Equipment;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * Actor codes for the parties the rules find (country and role, from the phrase, the discourse or the
 * conflict), and the finishing of candidates (date, place, cause).
 */
final class Coding {

    private final Rules r;
    private final ArticleContext ctx;

    Coding(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    private static final java.util.Set<String> LONE_ATTACKERS = Lexicon.words("LONE_ATTACKERS");
    private static final java.util.Set<String> GENERIC_VICTIMS = Lexicon.words("GENERIC_VICTIMS");

    /**
     * The party of ", almost all of them policemen", ", most of them commanders of ..." right after a figure of people
     * at {@code k}, or null.
     */
    static Party mostOfThem(Sentence s, int k) {
        if (!s.lc(k).equals(",")) {
            return null;
        }
        int j = k + 1;
        if (s.lc(j).equals("almost") || s.lc(j).equals("nearly")) {
            j++;
        }
        if (s.lc(j).equals("the") && s.lc(j + 1).equals("majority")) {
            j++;
        }
        int from;
        if (MOSTLY.contains(s.lc(j))) {
            from = j + 1; // "killing 15 people, mostly defence volunteers"
        } else if ((s.lc(j).equals("all") || s.lc(j).equals("most") || s.lc(j).equals("majority"))
                && s.lc(j + 1).equals("of") && s.lc(j + 2).equals("them")) {
            from = j + 3;
        } else {
            return null;
        }
        Party q = partyAt(s, from, 3);
        return q == null || q.role() == null || Roles.CVL.equals(q.role()) && q.country() == null ? null : q;
    }

    /** The party whose head comes within {@code limit} words from {@code from}; null when none. */
    static Party partyAt(Sentence s, int from, int limit) {
        int h = Parties.nextHead(s, from, limit);
        return h < 0 ? null : Parties.at(s, h);
    }

    private static final java.util.Set<String> MOSTLY = Lexicon.words("MOSTLY");

    /**
     * The party a victim phrase is said to be, right after it: "two men said to be IS leaders", "a man described as an
     * ISIS official", "a man believed to be a Taliban commander"; null when the words are not there or name no armed
     * side (a civilian's trade says nothing new).
     */
    static Party saidToBe(Sentence s, int k) {
        int from;
        if ((s.lc(k).equals("said") || s.lc(k).equals("believed") || s.lc(k).equals("thought")
                || s.lc(k).equals("reported")) && s.lc(k + 1).equals("to") && s.lc(k + 2).equals("be")) {
            from = k + 3;
        } else if ((s.lc(k).equals("described") || s.lc(k).equals("identified")) && s.lc(k + 1).equals("as")) {
            from = k + 2;
        } else {
            return null;
        }
        Party q = partyAt(s, from, 6);
        return q == null || q.role() == null || Roles.CVL.equals(q.role()) ? null : q;
    }

    /** "who had joined the 5th Corps", "who joined the army after the settlement": the side a person went over to. */
    static Party joinedSince(Sentence s, int k) {
        if (s.lc(k).equals(",")) {
            k++; // "a former opposition commander, who had joined the 5th Corps,"
        }
        if (!s.lc(k).equals("who")) {
            return null;
        }
        int v = Lexicon.HAVE.contains(s.lc(k + 1)) ? k + 2 : k + 1;
        if (!JOINED.contains(s.lc(v))) {
            return null;
        }
        int from = s.lc(v + 1).equals("to") ? v + 2 : v + 1;
        for (int j = from; j < s.size() && j - from <= 4; j++) {
            int[] len = new int[1];
            ArmedGroups.Group g = ArmedGroups.at(s, j, len);
            if (g != null && g.role() != null && !g.international()) {
                return new Party(g.country(), g.role(), true, null, null, j, j + len[0] - 1, j + len[0], null);
            }
        }
        Party q = partyAt(s, from, 6);
        return q == null || q.role() == null || Roles.CVL.equals(q.role()) ? null : q;
    }

    private static final java.util.Set<String> JOINED = Lexicon.words("JOINED");

    /** The code of a victim phrase, filling a missing country from the discourse. */
    String victimCode(Sentence s, Party p, EventType type, String defaultRole, Candidate c, Party agent) {
        Party mostOthers = p.anaphor() != null && p.anaphor().equals("others") && p.country() == null
                ? mostOfThem(s, p.end()) : null;
        if (mostOthers != null) {
            // "wounding 9 others, most of them officers": the side most of them were on, not the last victims'
            p = new Party(mostOthers.country(), mostOthers.role(), p.explicit(), p.sponsor(), p.amount(), p.start(),
                    p.head(), p.end(), null);
        }
        if (p.anaphor() != null && p.country() == null && (p.anaphor().equals("others") || p.anaphor().equals("they")
                || p.anaphor().equals("them") || p.anaphor().equals("those") && type != EventType.DISPLACEMENT)) {
            Candidate prev = lastEvent(s, type == EventType.DISPLACEMENT ? EventType.DISPLACEMENT : null, true);
            if (prev != null && prev.listItem > 1) {
                // "killing 8 people - five civilians and three fighters - and wounding 20 others": others after a list
                // with civilians in it are civilians too; else they are of the list's first item ("eight soldiers -
                // six Malians and two Nigeriens - and wounding 10 others")
                Candidate last = prev;
                Candidate civilians = last.victim != null && last.victim.endsWith(Roles.CVL) ? last : null;
                for (int k = ctx.events.indexOf(last) - 1; k >= 0 && ctx.events.get(k).sentence == last.sentence; k--) {
                    Candidate item = ctx.events.get(k);
                    if (item.trigger == last.trigger && item.type == last.type && item.victim != null) {
                        prev = item;
                        civilians = item.victim.endsWith(Roles.CVL) ? item : civilians;
                    }
                }
                prev = civilians != null ? civilians : prev;
            }
            if (prev != null && prev.victim != null) {
                c.inferred = prev.inferred;
                return prev.victim;
            }
            if (prev == null && p.amount() != null && s.index() > 0 && p.anaphor().equals("them")) {
                // "kidnapped 6 chiefs. Two of them were found dead": the last people the text spoke of
                List<Party> ms = ctx.mentions.get(s.index() - 1);
                for (int k = ms.size() - 1; k >= 0; k--) {
                    Party m = ms.get(k);
                    if (m.role() != null && !m.role().equals(Roles.GOV) && m.head() >= 0 && !PartySearch.subjectPosition(
                            ctx.sentences.get(s.index() - 1), m)) {
                        p = new Party(m.country(), m.role(), m.explicit(), null, p.amount(), p.start(), p.head(),
                                p.end(), null);
                        break;
                    }
                }
            }
        }
        if (p.anaphor() != null && p.country() == null && p.role() == null
                && Lexicon.OBJECT_PRONOUNS.contains(p.anaphor())) {
            Party antecedent = antecedent(s, p, agent);
            if (antecedent != null) {
                c.inferred = !antecedent.explicit();
                p = new Party(antecedent.country(), antecedent.role(), antecedent.explicit(), null, p.amount(),
                        p.start(), p.head(), p.end(), null);
            }
        }
        int after = p.end();
        while (p.head() < 0 && after < s.size() && after - p.end() < 4
                && (s.lc(after).equals("on") || Dates.isCalendarWord(s.lc(after)))) {
            after++; // "The toll climbed to 100 on Tuesday, nearly all of them policemen"
        }
        Party most = p.head() >= 0 && GENERIC_VICTIMS.contains(s.lc(p.head())) || p.head() < 0 && p.amount() != null
                ? mostOfThem(s, after) : null;
        if (most != null) {
            // "At least 84 people, almost all of them policemen, were killed": the side most of them were on
            p = new Party(most.country() != null ? most.country() : p.country(), most.role(), p.explicit(), p.sponsor(),
                    p.amount(), p.start(), p.head(), p.end(), p.anaphor());
        }
        Party joined = p.head() >= 0 ? joinedSince(s, p.end()) : null;
        if (joined != null) {
            // "a former opposition commander who had joined the Russian-backed 5th Corps": the side he was on
            p = new Party(joined.country() != null ? joined.country() : p.country(), joined.role(), p.explicit(),
                    p.sponsor(), p.amount(), p.start(), p.head(), p.end(), p.anaphor());
        }
        Party said = p.head() >= 0 && (p.role() == null || Roles.CVL.equals(p.role())) ? saidToBe(s, p.end()) : null;
        if (said != null) {
            // "killing two men said to be IS leaders", "a man described as an ISIS official": what the text calls them
            p = new Party(said.country() != null ? said.country() : p.country(), said.role(), p.explicit(), p.sponsor(),
                    p.amount(), p.start(), p.head(), p.end(), p.anaphor());
        }
        String role = p.role();
        String country = p.country();
        Countries.Entry nationality = p.head() < 0 && country == null && p.amount() != null
                ? Countries.lookup(s.lc(p.amount().end())) : null;
        if (nationality != null && nationality.kind() == Countries.Kind.DEMONYM && s.get(p.amount().end()).capitalised()
                && s.get(p.amount().end() + 1).isWord() && !s.get(p.amount().end() + 1).capitalised()) {
            // "killing two rangers and a French trainer", "troops killed six Colombian irregulars": a nationality before
            // a noun the role lists do not know says whose the dead were all the same
            country = nationality.iso3();
            role = role != null ? role : defaultRole;
            c.inferred = false;
        }
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
        if ((p.head() < 0 || BARE_MEMBERS.contains(s.lc(p.head())) && !s.lc(p.head() + 1).equals("of")
                && p.country() == null && !s.lc(p.head()).equals("elements")) && role == null) {
            // a bare figure ("five killed on Monday"): the nearest party named before it in the sentence; so are bare
            // members ("ambushed an NDF patrol, killing two members and wounding a third")
            Party near = null;
            String verb = s.lc(c.trigger);
            // ... and "Armed men sprayed the bar with bullets, leaving six dead": the figure left dead suffers too
            boolean left = PartySearch.LEAVE.contains(s.lc(p.start() - 1));
            boolean active = verb.endsWith("ing") || Lexicon.KILL_PRESENT.contains(verb) || left;
            Party speaker = r.parties.speaker(s);
            for (Party m : ctx.mentions.get(s.index())) {
                if (m == speaker && m.end() <= p.start() && Roles.UNO.equals(m.role())) {
                    continue; // "The UN humanitarian office said an earlier count of 16 dead ...": who speaks of them
                }
                if (active && m.end() <= c.trigger && PartySearch.subjectPosition(s, m)
                        && (attacks(s, m.end()) || m.end() == c.trigger || left)) {
                    continue; // "Gunmen storm Kabul maternity ward, killing 23", "Gunmen kill six": the subject acts
                }
                if (m.head() >= 0 && LONE_ATTACKERS.contains(s.lc(m.head()))) {
                    continue; // "killing 21 cadets and the attacker and wounding 68": the 68 are not attackers
                }
                if (m.head() >= 0 && Roles.WEAPONS.contains(s.lc(m.head()))
                        && Causes.inSentence(s, c.trigger) != org.newswatch.contracts.Cause.ACCIDENT) {
                    continue; // "Russian missiles flatten apartment block in Zaporizhzhia; 17 dead": the weapons' side
                    // is the attacker's, not the dead's (not "Russian warplane crashes on takeoff; 2 dead": its crew)
                }
                if (m.end() <= p.start() && m.role() != null && !m.role().equals(Roles.GOV) && m != agent
                        && !s.lc(m.start() - 1).equals("including") // a sub-count ("including a child") names no others
                        && !Lexicon.SPEECH.contains(s.lc(m.end())) // "..., police said, with more than 30 injured": the source
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
        if (Roles.REB.equals(role) && p.head() >= 0 && Lexicon.UNNAMED_ATTACKERS.contains(s.lc(p.head())) && agent != null
                && Roles.REB.equals(agent.role())) {
            // "HTS said it repelled the attack and killed 14 attackers": a group's attackers are the state's men
            role = Roles.MIL;
            country = country != null ? country : agent.country();
        }
        if (Roles.CVL.equals(role) && (type == EventType.KILLED || type == EventType.WOUNDED)
                && (p.head() > 0 && s.lc(p.head() - 1).equals("displaced")
                || p.head() < 0 && s.lc(p.end()).equals("displaced") && p.end() + 1 < s.size()
                && Parties.isHead(s.get(p.end() + 1)))) {
            role = Roles.REF; // "killing 8 displaced persons": people already uprooted, as the displaced they are
        }
        // "an air strike on a camp for displaced people killed 56": its residents, the displaced (decided with the
        // country below: the West Bank's and Gaza's refugee camps are towns, their residents civilians to the coders)
        boolean casualty = Roles.CVL.equals(role) && (type == EventType.KILLED || type == EventType.WOUNDED)
                && !(p.head() >= 0 && Places.demonym(s.lc(p.head())));
        boolean shelter = casualty && inShelter(s, c.trigger); // one scan for both uses below
        boolean camp = casualty && (inCamp(s, c.trigger) || shelteredPeople(s, p) && shelter)
                && Causes.inSentence(s, c.trigger) == org.newswatch.contracts.Cause.VIOLENCE;
        if (casualty && !camp && (tentNear(s, c.trigger) || insideACamp(s, c.trigger)
                && Causes.inSentence(s, c.trigger) == org.newswatch.contracts.Cause.VIOLENCE) && campsOfTheUprooted(s)) {
            // "a girl drowned when a stream swept away her family's tent", "died of smoke inhalation after a stove set
            // their tent alight in a camp for the displaced": the dead of a tent in the camps are the displaced,
            // whatever killed them (not "two children drowned near the Bentiu IDP camp")
            camp = true;
        }
        if (country == null && p.country() == null && p.head() >= 0 && !Roles.WEAPONS.contains(s.lc(p.head()))
                && (Roles.REB.equals(role) || Roles.MIL.equals(role))) {
            Party owner = targetOwner(s, p.start());
            if (owner != null) {
                // "struck positions of Iran-backed militias near Abu Kamal, killing 18 fighters": the fighters of the
                // positions struck, the sides named as their owners
                country = owner.country();
                role = owner.role();
                c.inferred = false;
            }
        }
        Party[] machineOwner = new Party[1];
        boolean crew = country == null && p.country() == null && crewOf(s, p)
                && Causes.inSentence(s, c.trigger) == org.newswatch.contracts.Cause.VIOLENCE
                && warMachineBefore(s, p.start(), machineOwner);
        if (crew) {
            // "hit a regime T-62 tank ..., killing its crew of three", "A UN helicopter came under fire, killing one crew
            // member": the crew of a war machine are its owner's forces, a UN aircraft's the UN's (not a ship's crew)
            Party machine = machineOwner[0];
            if (machine != null && Roles.UNO.equals(machine.role())) {
                return Roles.UNO;
            }
            role = Roles.MIL;
            country = machine == null ? null : machine.country();
            if (country == null && agent != null && Roles.REB.equals(agent.role())) {
                country = ctx.conflictCountry; // "rebels destroyed a tank ..., killing its crew": the state's machine
            }
            casualty = false;
            camp = false;
        }
        if (Roles.UNO.equals(role)) {
            return Roles.UNO;
        }
        if (country == null && Roles.MIL.equals(role) && unPeacekeepers(s, p)) {
            return Roles.UNO; // "one peacekeeper was wounded, the mission said": peacekeepers of no nation serve the UN
        }
        if (country == null && !crew) { // "its crew": the machine's, not a party named before it
            Party owner = possessor(s, p);
            country = owner == null ? null : owner.country();
            if (owner != null && Roles.REB.equals(owner.role()) && Roles.MIL.equals(role)) {
                role = Roles.REB; // "the LNA said 19 of its soldiers had been killed": an armed group's own fighters
            }
        }
        if (country == null && Roles.MIL.equals(role)) {
            country = reportingState(s, p);
        }
        if (country == null && Roles.CVL.equals(role)) {
            country = countryStruck(s, p.start()); // parties24: "fired rockets at northern Israel, wounding 3 people"
        }
        if (country == null) {
            c.inferred = true;
            country = namesOwnSide(s, p) ? ctx.conflictCountry : contextCountry(s, role, p.start(), true);
        }
        if (camp && !(country != null && CAMPS_AS_TOWNS.contains(country.toLowerCase(java.util.Locale.ROOT))
                && !shelter)) {
            role = Roles.REF; // ... and a school "sheltering displaced families" is no town, wherever it is
        }
        return country == null ? role : country + role;
    }

    private static final java.util.Set<String> CAMPS_AS_TOWNS = Lexicon.words("CAMPS_AS_TOWNS");
    private static final java.util.Set<String> UN_FORCE_HEADS = Lexicon.words("UN_FORCE_HEADS");
    private static final java.util.Set<String> OTHER_MISSIONS = Lexicon.words("OTHER_MISSIONS");

    /**
     * Peacekeepers of no nation told, in a story that names no other mission: the UN's ("two peacekeepers were wounded,
     * the mission said", "MINUSMA said one of its peacekeepers was killed"); not "a peacekeeper from Cameroon",
     * "Malawi's army said three of its peacekeepers", "African Union peacekeepers", NATO's in Kosovo.
     */
    private boolean unPeacekeepers(Sentence s, Party p) {
        if (p.head() < 0 || !UN_FORCE_HEADS.contains(s.lc(p.head())) || s.lc(p.head() + 1).equals("from")
                || s.lc(p.head() + 1).equals(",")) {
            return false;
        }
        Party owner = possessor(s, p);
        if (owner != null && owner.country() != null) {
            return false;
        }
        for (Sentence t : ctx.sentences) {
            if (t.anyIn(0, t.size(), OTHER_MISSIONS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whom "him", "her" or "both" stands for: the last person or group named before it in the sentence (else in the
     * sentence before) that is not the agent of the killing nor a government.
     */
    private Party antecedent(Sentence s, Party p, Party agent) {
        for (int si = s.index(); si >= 0 && s.index() - si <= 1; si--) {
            List<Party> ms = ctx.mentions.get(si);
            for (int k = ms.size() - 1; k >= 0; k--) {
                Party m = ms.get(k);
                if (si == s.index() && m.start() >= p.start() || m.role() == null || Roles.GOV.equals(m.role())
                        || agent != null && si == s.index() && m.start() < agent.end() && m.end() > agent.start()) {
                    continue;
                }
                if (si == s.index() && agent == null && PartySearch.subjectPosition(s, m)) {
                    continue; // "Gunmen stopped a bus and shot him": the subject acts, the pronoun suffers
                }
                return m;
            }
        }
        return null;
    }

    /** The verb after a subject is an attack ("Gunmen storm ...", "militants attacked ..."), a word or two on. */
    private static boolean attacks(Sentence s, int k) {
        for (int j = k; j < s.size() && j - k <= 2; j++) {
            String x = s.lc(j);
            if (Lexicon.ATTACK_VERBS.contains(x) || Lexicon.RAID_VERBS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "executed two years ago", "killed months ago", "killed last year", "killed earlier this month", "a raid a year
     * earlier killed 28": the clause of the trigger tells of the past (not "earlier this week": days of the story's
     * own week).
     */
    static boolean longAgo(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= 1 && trigger - k <= 12; k--) { // "Last year, 3,400 were killed": from the second word
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";") || Lexicon.SPEECH.contains(x)) {
                break;
            }
            if ((x.equals("earlier") || x.equals("ago") || x.equals("before")) && LONG_UNITS.contains(s.lc(k - 1))
                    && (s.lc(k - 2).equals("a") || Numbers.parse(s, k - 2) != null)) {
                return true; // "A similar raid in the Jacarezinho favela a year earlier killed 28 people"
            }
            if (Dates.isWeekday(s.get(k))) {
                break; // "Last year's truce collapsed on Monday when gunmen killed": the deed's own day, nearer
            }
            if (x.equals("year") && s.lc(k - 1).equals("last") && !s.lc(k - 2).equals("since") && !s.lc(k + 1).equals("'s")
                    && !s.lc(k - 2).endsWith("ed") && !runningTotal(s, trigger)) {
                // (not "a militia formed last year killed 12": the participle's time)
                return true; // "a bombing outside a school in the same district last year that killed more than 80"
                // (not "the deadliest since last year", nor "an offensive begun last year has killed 500": a total)
            }
        }
        for (int k = trigger + 1; k < s.size() && k - trigger <= 10; k++) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(".") || x.equals(",") && k - trigger > 1) {
                return false;
            }
            if (x.equals("ago") && LONG_UNITS.contains(s.lc(k - 1))
                    || x.equals("year") && s.lc(k - 1).equals("last")
                    || x.equals("month") && (s.lc(k - 1).equals("last")
                    || s.lc(k - 1).equals("this") && s.lc(k - 2).equals("earlier")) && monthOfTheKilling(s, trigger, k)) {
                return true; // ... "killed by government shelling in the region earlier this month", "killed last month"
            }
        }
        return false;
    }

    /**
     * "Last month, the bodies of 10 men were found", "Two years ago, gunmen killed ...", "Earlier this year, ...": a
     * sentence that opens on a time long past tells of the past (the story's background), before its trigger.
     */
    static boolean pastOpener(Sentence s, int trigger) {
        int k = 0;
        if (s.lc(0).equals("last") && (LONG_UNITS.contains(s.lc(1)) || s.lc(1).equals("week"))) {
            k = 2; // ... and "Last week, ADF fighters killed 23 villagers": a sentence of the story's past
        } else if (s.lc(0).equals("earlier") && s.lc(1).equals("this") && s.lc(2).equals("year")) {
            k = 3;
        } else if (LONG_UNITS.contains(s.lc(1)) && s.lc(2).equals("ago")) {
            k = 3; // "Two years ago," (one word before the unit: a figure or "a")
        } else if (PAST_UNITS.contains(s.lc(1)) && !s.lc(1).startsWith("day")
                && s.lc(2).equals("earlier")) {
            k = 3; // "A week earlier, jihadists had killed 40 soldiers near Ouahigouya": before the story's incident
        }
        if (k == 0 || k >= trigger || !s.lc(k).equals(",")) {
            return false;
        }
        for (int j = k + 1; j < trigger; j++) {
            if (s.lc(j).equals(";") || s.lc(j).equals(",") && CLAUSE_TURNS_AFTER_COMMA.contains(s.lc(j + 1))) {
                return false; // "..., and state authorities say more than 1,100 people have been killed": another clause
            }
        }
        return true;
    }

    private static final java.util.Set<String> CLAUSE_TURNS_AFTER_COMMA = Lexicon.words("CLAUSE_JOINERS");

    /**
     * "clashes broke out days after a commander was killed", "the attack came a week after a regime officer was
     * killed": the killing is the background the news is set against, told in a clause opened by "days after".
     */
    static boolean daysAfter(Sentence s, int trigger) {
        int reach = 10;
        for (int k = trigger - 1; k >= 1 && trigger - k <= reach; k--) {
            String x = s.lc(k);
            if (x.equals(",") && Lexicon.RELATIVES.contains(s.lc(k + 1)) && reach == 10) {
                reach = 30; // "a week after gunmen abducted 42 people ... from the college in Kagara, where a student
                continue; // was killed": the relative clause tells of the place of the earlier deed
            }
            if (x.equals(",") && reach == 10 || x.equals(";") || x.equals(".")) {
                return false;
            }
            if ((x.equals("after") || x.equals("since")) && PAST_UNITS.contains(s.lc(k - 1))
                    && !s.lc(k - 1).startsWith("decade") && !(k >= 2 && s.lc(k - 2).equals("the"))) {
                return reach == 10 || k >= 4; // ... not "A week after the ceasefire, fighting broke out in Marib, where
                // 14 fighters were killed": a sentence that opens on the span tells its own news after the comma
            }
        }
        return false;
    }

    /**
     * "two days after suspected al-Shabaab militants killed five villagers in Salama village on Saturday night": an
     * incident of a few days before, told with a day of its own, is an incident of the report (not "days after a
     * commander was killed", the setting of the news).
     */
    private boolean dayOfItsOwn(Candidate c) {
        Sentence s = c.sentence;
        int after = -1;
        for (int k = c.trigger - 1; k >= 1 && c.trigger - k <= 10; k--) {
            if (s.lc(k).equals("after") && s.lc(k - 1).startsWith("day")) {
                after = k;
                break;
            }
        }
        if (after < 0) {
            return false;
        }
        int end = c.trigger + 1;
        while (end < s.size() && end - c.trigger <= 16 && !s.lc(end).equals(";")
                && !Lexicon.SPEECH.contains(s.lc(end))) {
            end++; // the killing's own clause: not "..., the Observatory said on Sunday"
        }
        for (DateMention d : ctx.dates.get(s.index())) {
            if (d.kind() == DateMention.Kind.DAY && d.start() > c.trigger && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    /**
     * "retaliation for an army operation on Friday in which 11 suspected militants were killed", "in revenge for the
     * deaths of three fighters": the deaths a deed avenges are its background, told inside the phrase.
     */
    static boolean avenged(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= 1 && trigger - k <= 20; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";") || x.equals(".")) {
                return false;
            }
            if ((x.equals("for") || x.equals("to")) && REVENGE.contains(s.lc(k - 1))) {
                return !sameDay(s, trigger); // ... and "in response to an Israeli strike that killed four of its
                // fighters" (not "... that wounded three soldiers earlier in the day" or "... on Wednesday": news of a
                // day of its own)
            }
        }
        return false;
    }

    private static final java.util.Set<String> REVENGE = Lexicon.words("REVENGE");

    /** "earlier in the day", "earlier that day", "the same day", "on Wednesday" in the clause after the trigger. */
    private static boolean sameDay(Sentence s, int trigger) {
        for (int k = trigger + 1; k + 1 < s.size() && k - trigger <= 24; k++) {
            String x = s.lc(k);
            if (x.equals(";") || x.equals(".") || x.equals(",")) {
                return false;
            }
            if (Dates.weekday(x) != null && s.lc(k - 1).equals("on")) {
                return true; // "in response to the killing of two of its fighters ... on Wednesday": news of its own day
            }
            if (x.equals("day") && (s.lc(k - 1).equals("same") || s.lc(k - 1).equals("that") && s.lc(k - 2).equals("earlier")
                    || s.lc(k - 1).equals("the") && s.lc(k - 2).equals("in") && s.lc(k - 3).equals("earlier"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killed by government shelling in the region earlier this month": the month phrase at {@code k} dates the killing,
     * which has no day of its own before it and no participle or "since" whose phrase it dates instead ("killed on
     * Sunday in an offensive launched last month", "the deadliest attack since last month").
     */
    private static boolean monthOfTheKilling(Sentence s, int trigger, int k) {
        int phrase = s.lc(k - 1).equals("last") ? k - 1 : k - 2;
        String before = s.lc(phrase - 1);
        if (before.equals("since") || before.endsWith("ed") || before.equals("that") || before.equals("which")) {
            return false;
        }
        for (int j = trigger + 1; j < phrase; j++) {
            if (Dates.isCalendarWord(s.lc(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the remains of 61 people killed during the 2017 battle", "their role in a 1982 massacre in which soldiers killed
     * more than 170", "the deadliest attack since 2003, when a car bomb killed 36": an incident a past year names as its
     * own ("the 2017 battle", a "when" clause of the year) is history, not this news.
     */
    private static final java.util.Set<String> PAST_INCIDENT_NOUNS = Lexicon.words("PAST_INCIDENT_NOUNS");

    static boolean pastYearsIncident(Sentence s, int trigger, java.time.LocalDate articleDate) {
        if (articleDate == null) {
            return false;
        }
        for (int k = Math.max(1, trigger - 16); k < s.size() - 1 && k <= trigger + 8; k++) {
            String x = s.lc(k);
            if (k > trigger && (x.equals(",") || x.equals(";") || x.equals("."))) {
                break;
            }
            if (k < trigger && (x.equals(";") || x.equals("."))) {
                continue;
            }
            boolean near = trigger - k <= 8;
            boolean sinceWhen = k < trigger && (s.lc(k - 1).equals("since") || s.lc(k - 1).equals("in"))
                    && s.lc(k + 1).equals(",") && s.lc(k + 2).equals("when"); // "since 2003, when a car bomb ... killed 36"
            if (x.length() == 4 && s.get(k).isNumber() && x.chars().allMatch(Character::isDigit)
                    && (near && Parties.DETERMINERS.contains(s.lc(k - 1)) && PAST_INCIDENT_NOUNS.contains(s.lc(k + 1))
                    || sinceWhen)) {
                int y = Integer.parseInt(x);
                if (y >= 1900 && y < articleDate.getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "marking the anniversary of the killing of a general", "to commemorate the death of ...": a death a gathering
     * remembers is history, whatever the gathering suffered (a nominal death, a commemorating word a few words before).
     */
    static boolean commemorated(Sentence s, int trigger) {
        if (!DEATH_NOUNS.contains(s.lc(trigger))) {
            return false;
        }
        for (int k = trigger - 1; k >= 0 && trigger - k <= 4; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";")) {
                return false;
            }
            if (COMMEMORATING.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DEATH_NOUNS = Lexicon.words("DEATH_NOUNS");
    private static final java.util.Set<String> COMMEMORATING = Lexicon.words("COMMEMORATING");

    /**
     * "The last election, in 2018, was followed by protests in which soldiers opened fire, killing six people": a
     * sentence set in a bare earlier year ("in 2018", no month or day with it), before the trigger, with no day of its
     * own, tells history (not "has killed 500 since it began in 2019": a running total after its trigger; not "on 3
     * March 2019": a day).
     */
    private boolean ofAPastYear(Candidate c) {
        Sentence s = c.sentence;
        if (ctx.articleDate == null || runningTotal(s, c.trigger)) {
            return false;
        }
        boolean past = false;
        for (int k = 1; k < c.trigger && !past; k++) {
            String x = s.lc(k);
            if (x.length() == 4 && s.get(k).isNumber() && x.chars().allMatch(Character::isDigit)
                    && s.lc(k - 1).equals("in") && !s.lc(k + 1).equals("-") && !describesAParty(s, k)) {
                int y = Integer.parseInt(x);
                past = y >= 1900 && y < ctx.articleDate.getYear();
            }
        }
        if (!past) {
            return false;
        }
        for (DateMention d : ctx.dates.get(s.index())) {
            if (d.kind() == DateMention.Kind.DAY) {
                return false;
            }
        }
        return true;
    }

    /**
     * The year at k stands in a relative or participle phrase between commas that describes a party ("Boko Haram,
     * which launched its insurgency in 2009, killed ...", "the group, founded in 2009, ..."), not the sentence's time.
     */
    private static boolean describesAParty(Sentence s, int k) {
        for (int j = k - 1; j >= 0; j--) {
            String x = s.lc(j);
            if (x.equals(",") || x.equals(";")) {
                return j + 1 < k && s.lc(j + 1).endsWith("ed") || s.anyIn(j + 1, k, RELATIVE_WORDS);
            }
        }
        return s.anyIn(0, k, RELATIVE_WORDS);
    }

    private static final java.util.Set<String> RELATIVE_WORDS = Lexicon.words("RELATIVES", "RELATIVE_PRONOUNS");

    /**
     * "The shelling came a day after Russia launched ..., killing at least 39 civilians", "The massacre came days after
     * 11 policemen were killed": a sentence whose news "came" a span after another deed tells that deed as its
     * background, however long the clause, unless the deed has a day of its own ("two days after militants killed
     * five villagers in Salama on Saturday night", "a day after a drone hit a building early on Friday, killing a
     * man": an incident of the report).
     */
    private boolean cameAfterWithNoDay(Candidate c) {
        Sentence s = c.sentence;
        int after = cameAfter(s, c.trigger);
        if (after < 0) {
            return false;
        }
        for (DateMention d : ctx.dates.get(s.index())) {
            if (d.kind() == DateMention.Kind.DAY && d.start() > after) {
                return false;
            }
        }
        return true;
    }

    /** The "after" of "came a day after" before the trigger, or -1. */
    static int cameAfter(Sentence s, int trigger) {
        for (int k = 1; k < trigger && k <= 8; k++) {
            if (!CAME.contains(s.lc(k))) {
                continue;
            }
            if (RELATIVE_WORDS.contains(s.lc(k - 1))) {
                return -1; // "The strike, which came a day after talks collapsed, killed 12": the news is the main verb
            }
            for (int j = k + 1; j < trigger && j - k <= 4; j++) {
                if (s.lc(j).equals("after") && PAST_UNITS.contains(s.lc(j - 1))) {
                    return s.anyIn(j, trigger, java.util.Set.of(";", "."))
                            || s.lc(trigger - 1).equals(",") && !s.anyIn(j + 1, trigger - 1, Lexicon.ATTACK_VERBS) ? -1 : j;
                    // (not "The strike came a day after talks collapsed, killing 12": the news's own participle;
                    // but "came a day after jihadists ambushed a convoy, killing 50 soldiers": the ambush's)
                }
            }
            return -1;
        }
        return -1;
    }

    private static final java.util.Set<String> CAME = Lexicon.words("CAME");

    /**
     * "Israel strikes Yemen's Hodeidah port after drone kills man in Tel Aviv": a headline's news is the deed before
     * "after"; the deed after it is what the news answers (not "Five dead after gunmen storm a village": the deaths
     * come first).
     */
    static boolean headlineAfter(Sentence s, int trigger) {
        if (!s.heading() || s.index() != 0) {
            return false;
        }
        for (int k = trigger - 1; k >= 1; k--) {
            if (s.lc(k).equals("after")) {
                if (Dates.isCalendarWord(s.lc(k + 1)) || Dates.weekday(s.lc(k + 1)) != null) {
                    return false; // "Suicide attack after Friday prayers kills 12": a time, not a deed
                }
                for (int j = 1; j < k; j++) {
                    String x = s.lc(j);
                    if ((Lexicon.ATTACK_VERBS.contains(x) || Lexicon.RAID_VERBS.contains(x)
                            || Lexicon.ATTACK_NOUNS.contains(x) && x.endsWith("s")) && (Parties.isHead(s.get(j - 1))
                            || Countries.lookup(s.lc(j - 1)) != null || j >= 2 && s.get(j - 1).capitalised())) {
                        return true; // a verb after its subject ("Israel strikes ... after"), not the subject noun
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "has killed", "have been killed": a present perfect, the tense of a running total. */
    private static boolean runningTotal(Sentence s, int trigger) {
        String before = s.lc(trigger - 1).equals("been") ? s.lc(trigger - 2) : s.lc(trigger - 1);
        return before.equals("has") || before.equals("have");
    }

    /** A killing verb after {@code from} before the clause ends: the background clause tells deaths of its own. */
    private static boolean killsInClause(Sentence s, int from) {
        boolean kills = false;
        for (int k = from + 1; k < s.size(); k++) {
            String x = s.lc(k);
            if (x.equals(",")) {
                return kills; // ... and the clause ends with a comma before the news ("Two days after the election
                // gunmen attacked a village and killed 10" is one clause: the news)
            }
            if (x.equals(";") || x.equals(".")) {
                return false;
            }
            kills |= Lexicon.KILL_VERBS.contains(x) || Lexicon.KILL_INTRANSITIVE.contains(x);
        }
        return false;
    }

    /**
     * "killed or wounded", "wounded or killed", "dead or injured": one figure for both, which the counting rules
     * make neither a KILLED nor a WOUNDED count (a trigger joined by "or" to a trigger of the other kind).
     */
    static boolean eitherToll(Sentence s, int trigger) {
        if (s.lc(trigger).equals("lost") || s.lc(trigger).equals("losing")) {
            for (int k = trigger + 1; k < s.size() && k - trigger <= 6; k++) {
                if (deathOrWound(s.lc(k))) { // "had lost 1,270 troops killed or wounded"
                    return eitherToll(s, k);
                }
            }
            return false;
        }
        return s.lc(trigger + 1).equals("or") && deathOrWound(s.lc(trigger + 2))
                || s.lc(trigger - 1).equals("or") && deathOrWound(s.lc(trigger - 2));
    }

    private static boolean deathOrWound(String w) {
        return Lexicon.KILL_VERBS.contains(w) || Lexicon.KILL_INTRANSITIVE.contains(w) || Lexicon.WOUND_VERBS.contains(w);
    }

    /** "executed two years ago": long enough ago to be background ("abducted a week ago" and found dead is news). */
    private static final java.util.Set<String> LONG_UNITS = Lexicon.words("LONG_UNITS");

    private static final java.util.Set<String> PAST_UNITS = Lexicon.words("LONG_UNITS", "SHORT_UNITS");

    /**
     * "The Armenian MoD reported 47 servicemen killed", "Israel's military said 3 soldiers were killed": a state
     * that reports troops lost, naming no other side, reports its own; null otherwise.
     */
    private String reportingState(Sentence s, Party p) {
        int k = p.start() - 1;
        if (k >= 0 && s.lc(k).equals("that")) {
            k--;
        }
        if (k < 1 || !Lexicon.REPORT_VERBS.contains(s.lc(k))) {
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

    /**
     * "Armenia said 49 of its soldiers": the country of the nearest party before the possessive. A possessive after
     * the phrase's head is the head's own ("the farmer and his son"), no owner's.
     */
    private Party possessor(Sentence s, Party p) {
        int pos = -1;
        int last = p.head() >= 0 ? Math.min(p.head(), p.end()) : p.end();
        for (int k = Math.max(0, p.start()); k < Math.min(s.size(), last); k++) {
            if (Parties.POSSESSIVES.contains(s.lc(k))) {
                pos = k;
                break;
            }
        }
        if (pos < 0) {
            return null;
        }
        // the last party before it that can own fighters, unless a person comes after: "killing a man, his wife and
        // their son" (the Russian warplanes named before own no wife), "a Palestinian man and his son" (his, a Palestinian)
        Party owner = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() <= pos && (m.country() != null || !PartySearch.canAct(m))) {
                owner = m;
            }
        }
        return owner == null || owner.country() == null ? null : owner;
    }

    /** "government forces", "regime elements", "the army": the conflict country's own state, whoever was named last. */
    static boolean namesOwnSide(Sentence s, Party p) {
        for (int k = Math.max(0, p.start()); k < Math.min(s.size(), p.end()); k++) {
            String x = s.lc(k);
            if (Lexicon.OWN_STATE_WORDS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> CAMP_NOUNS = Lexicon.words("CAMP_NOUNS");
    private static final java.util.Set<String> UPROOTED_WORDS = Lexicon.words("UPROOTED_WORDS");

    /**
     * "an air strike on a camp for displaced people killed 56", "a drone strike in an IDP site", "a UN protection
     * site": violence in a camp of the displaced, told in the casualty's clause, whose residents the coders count as
     * refugees (REF); not "10 Palestinians" of Jenin camp (the camp is their town), nor a flood toll or an outbreak
     * that names a camp in passing.
     */
    static boolean inCamp(Sentence s, int trigger) {
        for (int k = Math.max(0, trigger - 25); k < Math.min(s.size(), trigger + 12); k++) {
            String x = s.lc(k);
            if (k > trigger && (x.equals(";") || x.equals("while") || x.equals("whereas"))) {
                return false;
            }
            if (CAMP_NOUNS.contains(x)) {
                // "refugee camp", "a displaced people's camp", "an IDP site"; "a camp for (internally) displaced people"
                if (UPROOTED_WORDS.contains(s.lc(k - 1)) || UPROOTED_WORDS.contains(s.lc(k - 2))
                        && !s.get(k - 1).isPunct() && !s.lc(k - 1).equals("and")) {
                    return true;
                }
                if ((s.lc(k + 1).equals("for") || s.lc(k + 1).equals("of")) && (UPROOTED_WORDS.contains(s.lc(k + 2))
                        || UPROOTED_WORDS.contains(s.lc(k + 3)) || s.lc(k + 2).equals("the")
                        && UPROOTED_WORDS.contains(s.lc(k + 3)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> UPROOTED_HOMES = Lexicon.words("UPROOTED_HOMES");

    private static final java.util.Set<String> HELD_TARGETS = Lexicon.words("HELD_TARGETS");
    private static final java.util.Set<String> CAMP_PARTS = Lexicon.words("CAMP_PARTS");

    /**
     * The backed force named as the owner of the target struck before {@code before} in the sentence ("positions of
     * Iranian-backed militias"), when it has a country and is armed; null otherwise.
     */
    private Party targetOwner(Sentence s, int before) {
        Party owner = null;
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() > before) {
                break;
            }
            int of = s.lc(m.start() - 1).equals("the") ? m.start() - 2 : m.start() - 1;
            if (of > 0 && s.lc(of).equals("of") && HELD_TARGETS.contains(s.lc(of - 1)) && m.country() != null
                    && m.sponsor() != null && (Roles.REB.equals(m.role()) || Roles.MIL.equals(m.role()))) {
                // ... a backed force's ("Iran-backed militias"): not "attacked positions of the Syrian army, and five
                // fighters were killed", where the fighters may be the attackers
                owner = m;
            }
        }
        return owner;
    }

    private static final java.util.Set<String> CREW_NOUNS = Lexicon.words("CREW_NOUNS");

    /** The phrase counts a crew: "its crew of three", "one crew member", "two other crew members". */
    private static boolean crewOf(Sentence s, Party p) {
        for (int k = Math.max(0, p.start()); k < p.end() && k < s.size(); k++) {
            if (CREW_NOUNS.contains(s.lc(k))) {
                return true;
            }
        }
        return p.head() >= 0 && s.lc(p.head() + 1).equals("of") && CREW_NOUNS.contains(s.lc(p.head() + 3));
    }

    private static final java.util.Set<org.newswatch.contracts.Equipment> WAR_MACHINES = java.util.EnumSet.of(
            org.newswatch.contracts.Equipment.TANK, org.newswatch.contracts.Equipment.HELICOPTER,
            org.newswatch.contracts.Equipment.AIRCRAFT, org.newswatch.contracts.Equipment.APC);

    /**
     * A tank, an armoured carrier or an aircraft named before {@code before} in this sentence, else in the one before
     * it: true, with the party that names its owner ("a regime T-62 tank", "a United Nations helicopter") in owner[0].
     */
    private boolean warMachineBefore(Sentence s, int before, Party[] owner) {
        for (int si = s.index(); si >= 0 && s.index() - si <= 1; si--) {
            Sentence e = ctx.sentences.get(si);
            for (int k = (si == s.index() ? before : e.size()) - 1; k >= 0; k--) {
                if (!WAR_MACHINES.contains(Lexicon.EQUIPMENT.get(e.lc(k)))) {
                    continue;
                }
                for (Party m : ctx.mentions.get(si)) {
                    if (m.start() >= k - 4 && m.start() <= k && m.end() <= k + 1) {
                        owner[0] = m; // its modifier ("regime") or the machine itself ("a UN helicopter")
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** A tent in the trigger's clause ("her family's tent", "inside their tent"), a few words either side. */
    private static boolean tentNear(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= 0 && trigger - k <= 15 && !s.lc(k).equals(";"); k--) {
            if (UPROOTED_HOMES.contains(s.lc(k))) {
                return true;
            }
        }
        for (int k = trigger + 1; k < s.size() && k - trigger <= 15 && !s.lc(k).equals(";"); k++) {
            if (UPROOTED_HOMES.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "stabbed to death inside al-Hol camp", "found in the fourth sector of Al-Hol camp": the casualty was inside a camp
     * the text names (a name or "the" before the camp noun, "in", "inside" or "of" before that), a few words from the
     * trigger.
     */
    private static final java.util.Set<String> ARMED_CAMP_WORDS = Lexicon.words("ARMED_CAMP_WORDS");

    private static boolean insideACamp(Sentence s, int trigger) {
        for (int k = Math.max(2, trigger - 12); k < Math.min(s.size(), trigger + 12); k++) {
            if (!(s.lc(k).equals("camp") || s.lc(k).equals("camps")) || s.get(k).capitalised()
                    || k > trigger && s.lc(k - 1).equals(";")) {
                continue; // a camp, not a "settlement" or a "site"
            }
            int name = k - 1;
            while (name > 0 && (s.get(name).capitalised() || hyphenedName(s.get(name).text())) && k - name <= 3) {
                name--;
            }
            // "inside the camp" refers back to a camp of the sentence: not to "a military camp" it named
            boolean named = name < k - 1 || s.lc(k - 1).equals("the") && !s.anyIn(0, s.size(), ARMED_CAMP_WORDS);
            int at = s.lc(name).equals("the") || s.lc(name).equals("al") ? name - 1 : name;
            String before = s.lc(at);
            if (named && (before.equals("in") || before.equals("inside")
                    || before.equals("of") && CAMP_PARTS.contains(s.lc(at - 1)))) {
                // ... "in sector 5 of Al-Hol camp", not "shelling of Zamzam camp" (the target)
                return true;
            }
        }
        return false;
    }

    /** "al-Hol", "al-Mayadin": a name written with its article. */
    private static boolean hyphenedName(String x) {
        int h = x.indexOf('-');
        return h > 0 && h + 1 < x.length() && Character.isUpperCase(x.charAt(h + 1));
    }

    /** The text so far tells of camps: a camp noun in this sentence, or camps of the displaced before it. */
    private boolean campsOfTheUprooted(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (CAMP_NOUNS.contains(s.lc(i)) && !s.get(i).capitalised()) {
                return true;
            }
        }
        for (int si = 0; si < s.index(); si++) {
            Sentence e = ctx.sentences.get(si);
            for (int i = 1; i < e.size(); i++) {
                if (CAMP_NOUNS.contains(e.lc(i)) && (UPROOTED_WORDS.contains(e.lc(i - 1))
                        || UPROOTED_WORDS.contains(e.lc(i + 2)) || UPROOTED_WORDS.contains(e.lc(i + 3)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "sheltering displaced families", "housing hundreds of displaced people": the uprooted a building shelters. */
    private static boolean shelteredAt(Sentence s, int k) {
        for (int j = k + 1; j < s.size() && j - k <= 4; j++) {
            if (UPROOTED_WORDS.contains(s.lc(j))) {
                return true;
            }
            if (!s.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a school compound sheltering displaced families ..., killing more than 90 people": the dead the text names by
     * no group are the displaced it sheltered; "killing 15 civilians" there are civilians, as the text calls them (gold:
     * REF "when the text speaks of them as such").
     */
    private static boolean shelteredPeople(Sentence s, Party p) {
        return p.head() < 0 || GENERIC_PEOPLE.contains(s.lc(p.head()));
    }

    private static final java.util.Set<String> GENERIC_PEOPLE = Lexicon.words("GENERIC_VICTIMS");
    private static final java.util.Set<String> SHELTER_BUILDINGS = Lexicon.words("SHELTER_BUILDINGS");

    /** The trigger's clause tells of a building that shelters the displaced (not of a camp that is a town). */
    private static boolean inShelter(Sentence s, int trigger) {
        for (int k = Math.max(1, trigger - 25); k < Math.min(s.size(), trigger + 12); k++) {
            if (Lexicon.SHELTER_VERBS.contains(s.lc(k)) && SHELTER_BUILDINGS.contains(s.lc(k - 1)) && shelteredAt(s, k)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> BARE_MEMBERS = Lexicon.words("MEMBER_NOUNS");

    /** Country for a role named without one: a recent mention of that role with a country, else the conflict's. */
    String contextCountry(Sentence s, String role, int before, boolean victim) {
        if (Lexicon.POSSESSIVE_DETERMINERS.contains(s.lc(before))
                && (role.equals(Roles.MIL) || role.equals(Roles.GOV))) {
            // "Moscow said its forces had retaken two villages": the speaker's own forces
            Party sp = r.parties.speaker(s);
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
                    if (role.equals(m.role()) && m.explicit() && m.country() != null
                            && !(victim && si == s.index() && m.head() >= 0 && Roles.WEAPONS.contains(s.lc(m.head())))) {
                        return m.country(); // not "a Turkish drone ... killing a commander": the weapon is the other side's
                    }
                }
            }
        }
        if (role.equals(Roles.REB)) {
            // parties24: "Al-Shabaab fighters attacked a base in Kenya ... 4 attackers were killed": armed men of no
            // country are the named group's the text told of just before, not the setting's
            String head = headAt(s, before);
            for (int si = s.index(); si >= 0 && s.index() - si <= 3; si--) {
                Sentence ss = ctx.sentences.get(si);
                List<Party> ms = ctx.mentions.get(si);
                for (int k = ms.size() - 1; k >= 0; k--) {
                    Party m = ms.get(k);
                    if (si == s.index() && m.start() >= before) {
                        continue;
                    }
                    if (Roles.REB.equals(m.role()) && m.explicit() && m.country() != null && namesGroup(ss, m)) {
                        return m.country();
                    }
                    if (Roles.REB.equals(m.role()) && m.country() == null && m.head() >= 0
                            && !ss.lc(m.head()).equals(head) && ss.anyIn(m.start(), m.end(), OTHER_ARMED_KINDS)) {
                        return ctx.conflictCountry; // the review: "separatist fighters ambushed ..., and three of the
                        // attackers were killed": a nearer armed group of no country, not the group named before
                    }
                }
                if (ss.anyIn(0, ss.size(), SEPARATE_INCIDENT_WORDS)) {
                    break; // the review: "In a separate incident in Baringo county, ... two of the attackers"
                }
            }
        }
        return ctx.conflictCountry;
    }

    private static final java.util.Set<String> STRUCK_PREPOSITIONS = Lexicon.words("STRUCK_PREPOSITIONS");
    private static final java.util.Set<String> COMPASS_WORDS = Lexicon.words("COMPASS");

    /**
     * parties24: the country a clause before the victims names as struck ("Hezbollah fired 200 rockets at northern
     * Israel, wounding 3 people", "missiles fired into Saudi Arabia killed 2 civilians"): civilians of no country of
     * their own are its people, not the attackers' setting's. Only a country's name, after a preposition of aim.
     */
    private String countryStruck(Sentence s, int before) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.end() > before || m.role() != null || m.country() == null || m.head() != m.start()) {
                continue;
            }
            Countries.Entry e = Countries.lookup(s.lc(m.start()));
            if (e == null || e.kind() != Countries.Kind.NAME) {
                continue;
            }
            int k = m.start() - 1;
            while (k > 0 && COMPASS_WORDS.contains(s.lc(k))) {
                k--;
            }
            if (k >= 0 && STRUCK_PREPOSITIONS.contains(s.lc(k)) && !Clauses.isQuote(s.lc(k))
                    && !s.lc(m.end()).equals("'s") && !s.lc(m.end()).equals("\u2019s")) { // not "at Israel's border fence"
                for (int j = m.end(); j < before; j++) {
                    String x = s.lc(j);
                    if (x.equals(";") || x.equals(".") || Lexicon.CLAUSE_TURNS.contains(x)
                            // the review: "slogans against Israel in Karachi, wounding four", "drone attacks against
                            // Russia, Russian missiles hit a block in Dnipro": the victims' place is named after it
                            || Lexicon.PLACE_PREPOSITIONS.contains(x) && j + 1 < s.size() && Places.capitalisedName(s.get(j + 1))) {
                        return null;
                    }
                }
                return m.country();
            }
        }
        return null;
    }

    private static final java.util.Set<String> SEPARATE_INCIDENT_WORDS = Lexicon.words("SEPARATE_INCIDENT_WORDS");
    private static final java.util.Set<String> OTHER_ARMED_KINDS = Lexicon.words("OTHER_ARMED_KINDS");

    /** The head word of the mention that starts at {@code start} in s, or null. */
    private String headAt(Sentence s, int start) {
        for (Party m : ctx.mentions.get(s.index())) {
            if (m.start() == start && m.head() >= 0) {
                return s.lc(m.head());
            }
        }
        return null;
    }

    /** parties24: the phrase names an armed group ("Al-Shabaab fighters", "the Houthis"), not a people's men. */
    private static boolean namesGroup(Sentence s, Party m) {
        int[] len = new int[1];
        for (int k = m.start(); k < m.end(); k++) {
            ArmedGroups.Group g = ArmedGroups.at(s, k, len);
            if (g != null && !g.international() && m.country().equals(g.country())) {
                return true;
            }
        }
        return false;
    }

    /** The country the article's conflict is in, or null. */
    String conflictCountry() {
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
            if (role == null || unnamedAttackers(s, p)) {
                return null;
            }
            country = contextCountry(s, role, p.start(), false);
        }
        return country == null ? role : country + (role == null ? "" : role);
    }

    /**
     * "Gunmen opened fire on a checkpoint", "unidentified assailants ambushed a patrol", "armed men stormed the
     * village": attackers the text does not give to any side, whom the coders leave unnamed (no actor), not the
     * setting's rebels. A group named with them ("suspected al-Shabaab gunmen") gives them its country already.
     */
    static boolean unnamedAttackers(Sentence s, Party p) {
        if (p.head() < 0 || p.sponsor() != null) {
            return false;
        }
        String head = s.lc(p.head());
        if (!(Lexicon.UNNAMED_ATTACKERS.contains(head) || head.equals("men") && s.lc(p.head() - 1).equals("armed"))) {
            return false;
        }
        for (int k = p.start(); k < p.head(); k++) {
            // "suspected cartel gunmen", "Fulani gunmen": a kind or a people named with them gives them a side
            if (s.get(k).isWord() && !Lexicon.UNNAMED_MODIFIERS.contains(s.lc(k)) && !Parties.DETERMINERS.contains(s.lc(k))
                    && Numbers.parse(s, k) == null) {
                return false;
            }
        }
        return true;
    }

    Candidate lastEvent(Sentence s, EventType type, boolean casualty) {
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

    Candidate equipmentCandidate(Sentence s, int trigger, Equipment e, Amount a, String owner) {
        Candidate c = new Candidate(EventType.EQUIPMENT_LOSS, s, trigger, "equipment");
        c.equipment = e;
        c.amount(a);
        if (owner == null) {
            // "its air strikes had killed more than 90 Huthi fighters and destroyed 11 military vehicles": the
            // vehicles of the fighters the same deed killed
            for (int k = ctx.events.size() - 1; k >= 0; k--) {
                Candidate o = ctx.events.get(k);
                if (o.sentence != s) {
                    break;
                }
                if (o.type == EventType.KILLED && o.trigger < trigger && o.victim != null && o.party != null
                        && o.party.end() == trigger - 1 && s.lc(trigger - 1).equals("and") && o.listItem == 0
                        && (o.victim.endsWith(Roles.MIL) || o.victim.endsWith(Roles.REB))) {
                    owner = o.victim;
                    break;
                }
            }
        }
        if (owner == null) {
            String country = ctx.conflictCountry; // what is destroyed is the other side's, not the last party named
            owner = country == null ? Roles.MIL : country + Roles.MIL;
            c.inferred = true;
        }
        c.victim = owner;
        return c;
    }

    /**
     * An event told before the trigger in its sentence ("clashes broke out days after a commander was killed"): the
     * news a "days after" clause is background to; not "the government dismissed the army chief a day after gunmen
     * killed 160 villagers", where the killing is the news.
     */
    private boolean eventBefore(Candidate c) {
        for (int k = ctx.events.size() - 1; k >= 0 && ctx.events.get(k).sentence == c.sentence; k--) {
            if (ctx.events.get(k).trigger < c.trigger) {
                return true;
            }
        }
        int after = c.trigger;
        while (after > 0 && !(c.sentence.lc(after).equals("after") || c.sentence.lc(after).equals("since"))) {
            after--;
        }
        if (after <= 3) {
            return true; // "A day after regime shelling killed a woman in Kansafra, an airstrike hit the village": the
            // news follows its background
        }
        for (int k = 0; k < after - 1; k++) {
            String x = c.sentence.lc(k);
            if (Lexicon.CLASH.contains(x) || Lexicon.ATTACK_NOUNS.contains(x) || Lexicon.ATTACK_VERBS.contains(x)
                    || Lexicon.KILL_VERBS.contains(x) || Lexicon.KILL_NOUNS.contains(x) || Lexicon.EXPLODE_VERBS.contains(x)) {
                return true; // "Clashes broke out ... days after": news of violence, whatever the rules made of it
            }
        }
        return false;
    }

    /**
     * "A serviceman died of his wounds on Thursday, a day after he was hit by shrapnel when militants shelled positions":
     * a death of wounds told before the attack that dealt them, which is no background.
     */
    private static boolean diedOfWoundsBefore(Candidate c) {
        for (int k = 2; k < c.trigger; k++) {
            if (Lexicon.WOUND_AS_NOUN.contains(c.sentence.lc(k - 1)) && (c.sentence.lc(k).equals("wounds")
                    || c.sentence.lc(k).equals("injuries"))) {
                for (int j = k - 2; j >= 0 && k - j <= 3; j--) {
                    if (Lexicon.KILL_INTRANSITIVE.contains(c.sentence.lc(j))) {
                        return true; // "died of his wounds", "succumbed to his injuries"
                    }
                }
            }
        }
        return false;
    }

    /** Keeps the event, unless it is a conflict event in text about a non-violent cause; true when kept. */
    boolean finish(Candidate c) {
        if ((c.type == EventType.KILLED || c.type == EventType.WOUNDED) && (longAgo(c.sentence, c.trigger)
                || daysAfter(c.sentence, c.trigger) && eventBefore(c) && !dayOfItsOwn(c) || pastOpener(c.sentence, c.trigger)
                || avenged(c.sentence, c.trigger) || pastYearsIncident(c.sentence, c.trigger, ctx.articleDate)
                || commemorated(c.sentence, c.trigger) || ofAPastYear(c)
                || cameAfterWithNoDay(c) || headlineAfter(c.sentence, c.trigger))) {
            return false; // "a vigil for a man executed by regime forces two years ago": background, not this news
        }
        if ((c.type == EventType.KILLED || c.type == EventType.WOUNDED) && eitherToll(c.sentence, c.trigger)) {
            return false; // "1,270 troops killed or wounded in the past day": casualties, neither a death toll nor a wounded one
        }
        if (c.type == EventType.ATTACK && daysAfter(c.sentence, c.trigger)
                && (killsInClause(c.sentence, c.trigger) || eventBefore(c) && !diedOfWoundsBefore(c))) {
            // ... and "two soldiers were injured ..., two days after a deadly ISIS attack in the same area": the news
            // "a day after regime shelling killed a woman in Kansafra, an airstrike hit the village"; not "died a day
            // after he was hit by shrapnel when militants shelled positions near Avdiivka": his wounding
            return false;
        }
        org.newswatch.contracts.Cause cause = Causes.of(c.sentence, c.trigger, ctx.cause());
        if (c.type == EventType.KILLED || c.type == EventType.WOUNDED || c.type == EventType.DISPLACEMENT
                && cause != org.newswatch.contracts.Cause.ACCIDENT) {
            c.cause = cause; // a flood's toll is still a toll, and those it drove from their homes displaced, with
            // their cause: subscriptions choose (an accident displaces nobody: "fled by boat" is no crash)
        } else if (cause != org.newswatch.contracts.Cause.VIOLENCE) {
            return false; // "an earthquake struck the town", "floods drove 5,000 from their homes": no conflict event
        }
        if (c.ruleId == null) {
            c.ruleId = r.firing;
        }
        ctx.events.add(c);
        String partner = c.type == EventType.ATTACK ? jointPartner(c) : null;
        if (partner != null) {
            // "Russian and Syrian aircraft struck the town of Binnish": one strike, by each of the two forces
            Candidate twin = new Candidate(EventType.ATTACK, c.sentence, c.trigger, c.rule);
            twin.actor = partner;
            twin.victim = c.victim;
            twin.ruleId = c.ruleId;
            twin.cause = c.cause;
            c.listItem = 1;
            twin.listItem = 2;
            ctx.events.add(twin);
        }
        return true;
    }

    /**
     * The other force of a joint attack whose doers are named by two coordinated modifiers before one noun ("Russian
     * and Syrian aircraft", "regime and Russian warplanes"), when the actor is one of them: the other's code, with the
     * actor's role; else null.
     */
    private String jointPartner(Candidate c) {
        if (c.actor == null || c.actor.length() != 6) {
            return null;
        }
        Sentence s = c.sentence;
        for (int k = c.trigger - 2; k >= 1 && c.trigger - k <= 6; k--) {
            if (!s.lc(k).equals("and")) {
                continue;
            }
            String left = sideCountry(s, k - 1);
            String right = sideCountry(s, k + 1);
            int head = k + 2;
            while (head < c.trigger && sideCountry(s, head) != null) {
                head++;
            }
            boolean spoken = false;
            for (int j = head + 1; j < c.trigger; j++) {
                String x = s.lc(j);
                spoken |= Lexicon.SPEECH.contains(x) || x.equals(",") || x.equals(";") || Parties.isHead(s.get(j));
            }
            if (left == null || right == null || left.equals(right) || !Parties.isHead(s.get(head)) || spoken) {
                return null; // not "Ukrainian and Russian officials said Russian missiles struck Kyiv": other nouns
            }
            String own = c.actor.substring(0, 3);
            String other = own.equals(left) ? right : own.equals(right) ? left : null;
            return other == null ? null : other + c.actor.substring(3);
        }
        return null;
    }

    /** The country a side's modifier at k names: a demonym or country ("Russian"), or the state's word ("regime"). */
    private String sideCountry(Sentence s, int k) {
        Countries.Entry e = Countries.lookup(s.lc(k));
        if (e != null && (e.kind() == Countries.Kind.DEMONYM || e.kind() == Countries.Kind.NAME)) {
            return e.iso3();
        }
        return STATE_SIDE_WORDS.contains(s.lc(k)) ? ctx.conflictCountry : null;
    }

    private static final java.util.Set<String> STATE_SIDE_WORDS = Lexicon.words("STATE_WORDS");
}
