package org.newswatch.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.geo.PlaceKind;
import org.newswatch.extraction.text.Sentence;

/**
 * Fills what an event inherits from its sentence and the article: the date (nearest time expression, else
 * the day the context carries, else the report day), whether the figure is a running total, the place
 * (the rarest place of the sentence, i.e. the most specific, else the article's main place), and who the
 * figure is attributed to.
 */
final class EventAttributes {

    private static final Set<String> TOTAL_WORDS = Lexicon.words("TOTAL_WORDS");
    private static final Set<String> MONITORS_OBSERVATORY = Lexicon.words("MONITORS_OBSERVATORY");

    private final ArticleContext ctx;
    private final Rules rules;

    /** The article's main place is none, or only a countryside: a place-less sentence goes on with the last one's. */
    private final boolean placeGoesOn;

    EventAttributes(ArticleContext ctx, Rules rules) {
        this.ctx = ctx;
        this.rules = rules;
        this.placeGoesOn = ctx.dominantPlace == null || countrysideOnly(ctx, ctx.dominantPlace);
    }

    void fill(Candidate c) {
        Sentence s = c.sentence;
        c.cumulative = c.cumulative || cumulative(c); // a toll rule knows already
        date(c);
        dayFromNextSentence(c);
        headlineDay(c);
        location(c);
        settingCountry(c);
        if (c.claimedBy == null) {
            c.claimedBy = claimedBy(s);
        }
    }

    /**
     * A semicolon between two positions: the edge of a period's scope ("fighting since Sunday; two soldiers were
     * killed"), narrower than {@link #otherClause}'s breaks ("has killed 7 ... while crossing streams ... since 20
     * October" is one running total); with {@code comma}, a comma too.
     */
    private static boolean semicolonBetween(Sentence s, int a, int b) {
        return punctuationBetween(s, a, b, false);
    }

    private static boolean punctuationBetween(Sentence s, int a, int b, boolean comma) {
        for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
            if (s.lc(k).equals(";") || comma && s.lc(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "the toll at nine dead": a figure between the toll word at {@code k} and the trigger at {@code t}. */
    private static boolean tollFigureBefore(Sentence s, int k, int t) {
        for (int j = k + 1; j < t; j++) {
            if (s.get(j).isNumber() || Numbers.isNumberWord(s.lc(j))) {
                return true;
            }
        }
        return false;
    }

    private boolean cumulative(Candidate c) {
        Sentence s = c.sentence;
        int t = c.trigger;
        int limit = bringLimit(c);
        for (DateMention d : ctx.dates.get(s.index())) {
            if (d.kind() == DateMention.Kind.PERIOD && Math.abs(d.start() - t) <= 14 && !oneNight(s, d)
                    && !(oneDay(s, d) && !c.type.victimIsPrincipal()) && !fewDaysOfFighting(s, d)
                    && d.start() < limit
                    && !semicolonBetween(s, t, d.start()) && !(d.start() > t && superlativeBefore(s, d.start()))
                    && !(d.end() <= t && clauseOpensBetween(s, d.end(), t))
                    && !(d.start() > t && s.anyIn(t + 1, d.start(), PERSON_PLACE_RELATIVES))) {
                // ... not "had died in Saydnaya prison, where he had been held since his arrest": another clause's span
                return true; // ... of the figure's clause: "fighting since Sunday; the ministry said two soldiers were killed"
            }
        }
        for (DateMention d : ctx.dates.get(s.index())) {
            if ((c.type == EventType.KILLED || c.type == EventType.WOUNDED || c.type == EventType.DISPLACEMENT
                    || c.type == EventType.EQUIPMENT_LOSS)
                    && (d.kind() == DateMention.Kind.PERIOD || d.kind() == DateMention.Kind.DAY) && d.start() > t + 14
                    && d.start() - t <= 30 && d.start() < limit
                    && openedBySince(s, d.start()) && !semicolonBetween(s, t, d.start())
                    && !clauseOpensBetween(s, t, d.start()) && !s.anyIn(t + 1, d.start(), PERSON_PLACE_RELATIVES)
                    && !s.anyIn(t + 1, d.start(), Lexicon.SPEECH) && ctx.dates.get(s.index()).stream()
                    .noneMatch(o -> o != d && o.kind() == DateMention.Kind.DAY && o.start() > t && o.start() < d.start())) {
                // "had 'neutralised' 2,212 regime elements and destroyed eight helicopters, 103 tanks, 72 howitzers and
                // three air defence systems since Thursday": "since" closes the clause's list and spans all of it
                return true;
            }
        }
        if (c.type == EventType.KILLED || c.type == EventType.WOUNDED) {
            if (severalDays(s, ctx.dates.get(s.index()), t)) {
                return true;
            }
        }
        for (int k = Math.max(0, t - 12); k < Math.min(limit, t + 12); k++) {
            if (TOTAL_WORDS.contains(s.lc(k)) && !CasualtyRules.incidentToll(s, k + 1) && !CasualtyRules.restatedToll(s, k)
                    && !(k == t && c.rule.startsWith("killed.toll")) // a toll rule has judged its own toll
                    && !(k < t && t - k <= 6 && s.lc(k).equals("toll") && tollFigureBefore(s, k, t)
                    && !TALLY_ADJECTIVES.contains(s.lc(k - 1)))) {
                // ... and "put the toll at nine dead", "the toll had risen to 17 dead": the toll's own figure and its
                // "dead"
                return true;
            }
        }
        if ((c.type == EventType.KILLED || c.type == EventType.DISPLACEMENT) && warSubject(s, t)) {
            return true;
        }
        // present perfect: "have been killed", "has driven", "have fled", "have recaptured"
        for (int k = t - 1; k >= 0 && t - k <= 3; k--) {
            String w = s.lc(k);
            if (w.equals("have") && s.lc(k - 1).equals("to")) {
                break; // "claimed to have killed 17 soldiers in an ambush": a claim of one incident
            }
            if (w.equals("have") || w.equals("has")) {
                // "have captured the village of X": one capture; "have recaptured 12 villages": a running count;
                // "five people have been killed in an air strike on the market": one incident's toll
                return c.type != EventType.ATTACK && c.type != EventType.THREAT && c.type != EventType.TALKS
                        && !(c.type == EventType.CAPTURE && c.count == null)
                        && !(c.type.victimIsPrincipal() && (CasualtyRules.incidentToll(s, t + 1) || inOnePlace(s, t + 1)));
            }
            if (!Lexicon.PERFECT_ADVERBS.contains(w)) {
                break;
            }
        }
        // "it has killed at least 14,000 people and forced 10 million to flee": the perfect scopes over "and", and over
        // a figure's conjunct ("have been killed and more than 1,400 injured")
        int and = conjunctAnd(s, t);
        if (and > 0 && c.type != EventType.ATTACK && c.type != EventType.THREAT
                && c.type != EventType.TALKS) {
            for (int k = and - 1; k >= 0 && t - k <= 14; k--) {
                String w = s.lc(k);
                if (w.equals(".") || w.equals(";") || w.equals(",") || w.equals("said") || w.equals("when")) {
                    break;
                }
                if ((w.equals("has") || w.equals("have")) && (TOLL_VERBS.contains(s.lc(k + 1)) || s.lc(k + 1).equals("been"))) {
                    return true; // only a running toll: "has hit 115 targets and destroyed 101" is one day's
                }
            }
        }
        // "remain displaced", "are still displaced": a standing total
        if (c.type == EventType.DISPLACEMENT && (s.lc(t - 1).equals("remain") || s.lc(t - 1).equals("remains")
                || s.lc(t - 1).equals("still") || s.lc(t - 2).equals("remain") && s.lc(t - 1).equals("internally"))) {
            return true;
        }
        // "of those fleeing / displaced"
        return s.lc(t - 1).equals("those") && s.lc(t - 2).equals("of");
    }

    private static final Set<String> TOLL_VERBS = Lexicon.words("TOLL_VERBS");

    /** "have killed four farmers in a village near Maiduguri": one place, told with an article, is one incident's. */
    private static boolean inOnePlace(Sentence s, int from) {
        for (int k = from; k < s.size() && k - from <= 10; k++) {
            String x = s.lc(k);
            if (Lexicon.SPANS.contains(x) || x.equals(".") || x.equals(";")) {
                return false;
            }
            if ((x.equals("in") || x.equals("at")) && (s.lc(k + 1).equals("a") || s.lc(k + 1).equals("an"))
                    && TOWN_NOUNS.contains(s.lc(k + 2))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WAR_NOUNS = Lexicon.words("WAR_NOUNS");

    private static final Set<String> BODY_NOUNS = Lexicon.words("BODY_NOUNS");

    /** The place names a body right after it: "Tamaulipas state police", "Imo State Police Command", "Borno governor". */
    private static boolean bodyOfPlace(Sentence s, Places.Mention p) {
        int k = p.end();
        if (s.lc(k).equals("state") || s.lc(k).equals("provincial") || s.lc(k).equals("regional")) {
            k++;
        }
        return BODY_NOUNS.contains(s.lc(k));
    }

    private static final Set<String> OFFICIAL_TITLES = Lexicon.words("TITLES", "NAME_TITLES");

    /**
     * The place names an official's office: "the governor of Turkey's Hatay province said", "the mayor of Zakho said"
     * (the speaker's seat, which any other place of the sentence beats).
     */
    private static boolean officialOf(Sentence s, Places.Mention p) {
        int k = p.index() - 1;
        while (k > 0 && p.index() - k <= 4 && (s.lc(k).equals("the") || s.lc(k).equals("'s")
                || COMPASS.contains(s.lc(k)) || s.get(k).capitalised() && Countries.lookup(s.lc(k)) != null)) {
            k--;
        }
        return k > 0 && s.lc(k).equals("of") && OFFICIAL_TITLES.contains(s.lc(k - 1));
    }

    /** The "and" right before the trigger, or before its figure ("and more than 1,400 injured"); -1 if none. */
    private static int conjunctAnd(Sentence s, int t) {
        Amount a = Parties.amountEndingAt(s, t);
        int k = a == null ? t - 1 : a.start() - 1;
        return k > 0 && s.lc(k).equals("and") ? k : -1;
    }

    /**
     * "a conflict that killed an estimated 120,000 people", "the insurgency has displaced 2 million": a whole war
     * as the subject right before the verb (through "that"/"which" and adverbs) tells its toll over its years.
     */
    private static boolean warSubject(Sentence s, int t) {
        int k = t - 1;
        while (k > 0 && (Lexicon.PERFECT_ADVERBS.contains(s.lc(k)) || s.lc(k).equals("has") || s.lc(k).equals("have")
                || s.lc(k).equals("had"))) {
            k--;
        }
        if (s.lc(k).equals("that") || s.lc(k).equals("which")) {
            k--;
        }
        if (s.lc(k).equals(",")) {
            for (int b = k - 1; b >= 2 && k - b <= 16; b--) {
                if (s.lc(b).equals("which") && s.lc(b - 1).equals(",")) {
                    k = b - 2; // "South Sudan's civil war, which ended with a peace deal in 2018, killed 400,000"
                    break;
                }
                if (s.lc(b).equals(",") || s.lc(b).equals(";")) {
                    break;
                }
            }
        }
        if (k >= 0 && WAR_NOUNS.contains(s.lc(k))) {
            return true;
        }
        for (int b = t - 1; b >= 2 && t - b <= 8 && !s.lc(b).equals(","); b--) {
            if (s.lc(b).equals("which") && (s.lc(b - 1).equals("in") || s.lc(b - 1).equals("during"))) {
                int w = s.lc(b - 2).equals(",") ? b - 3 : b - 2; // "the civil war, in which some 400,000 people died"
                return w >= 0 && WAR_NOUNS.contains(s.lc(w));
            }
        }
        for (int j = t + 1; j < s.size() && j - t <= 8; j++) {
            String x = s.lc(j);
            if (x.equals(",") || x.equals(";") || x.equals(".")) {
                return false;
            }
            if (x.equals("during") || x.equals("throughout")) {
                // "died during the civil war", "200,000 deaths during Guatemala's 36-year civil war"
                for (int w = j + 1; w < s.size() && w - j <= 8; w++) {
                    if (WAR_NOUNS.contains(s.lc(w))) {
                        return true;
                    }
                    if (s.lc(w).equals(",") || Lexicon.KILL_VERBS.contains(s.lc(w))) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> BRING = Lexicon.words("TOLL_BRING");

    /**
     * "14 killed on Tuesday, bringing the toll to 120 this month": what follows "bringing" belongs to the
     * total, not to the incident; the index of that clause, or the sentence's end.
     */
    private static int bringLimit(Candidate c) {
        Sentence s = c.sentence;
        int t = c.trigger;
        if (c.rule.startsWith("killed.toll") || c.rule.startsWith("killed.number") || c.cumulative) {
            return s.size();
        }
        for (int k = t + 1; k < s.size() && k - t <= 14; k++) {
            if (BRING.contains(s.lc(k)) && s.lc(k - 1).equals(",")) {
                return k;
            }
        }
        return s.size();
    }

    /**
     * "The death toll from Sunday's eruption rose to 75 on Tuesday": the day right after a risen toll's figure is the
     * day it was updated, not the day of the dead (coders date the toll at its incident); not "has risen to 148, a
     * chairman said on Wednesday".
     */
    private boolean updateDay(Candidate c, DateMention d) {
        if (c.type != EventType.KILLED || c.party == null || c.party.amount() == null || d.kind() != DateMention.Kind.DAY) {
            return false;
        }
        Sentence s = c.sentence;
        int a = c.party.amount().start();
        int e = c.party.amount().end();
        if (!(d.start() >= e && d.start() <= e + 1 && s.lc(a - 1).equals("to") && RISE.contains(s.lc(a - 2)))) {
            return false;
        }
        // ... when the text gives the incident's day: in the sentence before the figure ("Saturday's eruption"), or
        // in the sentences before it; else the update's day is the nearest the text comes to it
        for (DateMention o : ctx.dates.get(s.index())) {
            if (o != d && o.end() <= a && (o.kind() == DateMention.Kind.DAY || o.kind() == DateMention.Kind.RELATIVE)) {
                return true;
            }
        }
        LocalDate carried = s.index() > 0 ? ctx.carried.get(s.index() - 1) : null;
        return carried != null && d.date() != null && carried.isBefore(d.date());
    }

    private static final Set<String> RISE = Lexicon.words("RISE");

    /**
     * "Air strikes on Wednesday hit a market, killing 18 people, rescue workers said, days after Russia and Turkey
     * announced a truce": a vague "days after" following the trigger opens the clause of another event (the truce),
     * whose time is not the killing's.
     */
    private static boolean afterClauseOpener(Sentence s, int trigger, DateMention d) {
        String last = s.lc(d.end() - 1);
        return d.kind() == DateMention.Kind.UNKNOWN_PAST && d.start() > trigger
                && (last.equals("after") || last.equals("before"));
    }

    /**
     * "Rebels retook the town on Wednesday, two weeks after it fell to the army, in fighting that killed 40": a time
     * counted from another deed ("two weeks after it fell") is that deed's; a trigger past the clause's comma keeps the
     * sentence's own day.
     */
    private static boolean afterClauseDay(Sentence s, List<DateMention> ds, DateMention d, int trigger) {
        String last = s.lc(d.end() - 1);
        if (d.kind() != DateMention.Kind.RELATIVE || d.end() > trigger || !(last.equals("after") || last.equals("before"))
                || s.get(d.end()).isPunct() || Lexicon.PLACE_PREPOSITIONS.contains(s.lc(d.end()))) {
            return false;
        }
        boolean comma = false;
        boolean verb = false; // a clause ("after it fell to the army"), not a deed's noun ("a day after the massacre")
        for (int k = d.end(); k < trigger; k++) {
            String x = s.lc(k);
            verb |= !comma && AFTER_CLAUSE_SUBJECTS.contains(x); // not any "-ed": "after suspected jihadists, ..."
            comma |= x.equals(",");
        }
        return comma && verb && ds.stream().anyMatch(o -> o.kind() == DateMention.Kind.DAY && o.end() <= d.start());
    }

    /**
     * "Rebels stormed a camp on Sunday and shot 16 workers dead, police said on Wednesday": the day a source spoke is
     * not the deed's when the sentence tells another day that no one spoke on.
     */
    private static boolean toldDayBesideDeedDay(Sentence s, List<DateMention> ds, DateMention d, int trigger) {
        // the deed told first, its source after it: not "the army said on Tuesday that its forces had taken the
        // town", whose only day is the telling's
        return d.kind() == DateMention.Kind.DAY && d.start() > trigger
                && Extractor.tellingDay(s, d) && ds.stream().anyMatch(o -> o != d && o.end() <= d.start()
                && (o.kind() == DateMention.Kind.DAY || o.kind() == DateMention.Kind.RELATIVE)
                && !openedBySince(s, o.start()) && !Extractor.tellingDay(s, o));
    }


    private void date(Candidate c) {
        Sentence s = c.sentence;
        List<DateMention> ds = ctx.dates.get(s.index());
        if (ctx.articleDate == null) {
            return;
        }
        DateMention nearest = null;
        int best = Integer.MAX_VALUE;
        for (DateMention d : ds) {
            if (d.kind() == DateMention.Kind.PERIOD && oneDay(s, d) && Math.abs(d.start() - c.trigger) <= 14
                    && !dayFollows(ds, d)) {
                c.date = ctx.articleDate; // "over the past day": the day's figure, as of the report
                c.dateStrength = Candidate.DATE_REPORT;
                return;
            }
        }
        int limit = bringLimit(c);
        boolean sincePeriod = false;
        for (DateMention d : ds) {
            if (d.kind() == DateMention.Kind.UNKNOWN_PAST && sinceBefore(s, d.start()) && d.start() < limit) {
                // "since the start of the rainy season in March": a period's start, no day; a running total's when
                // it comes before the figure (not "killed 12 in Zamfara, where attacks have surged since ... June")
                sincePeriod |= d.start() < c.trigger;
                continue;
            }
            if (d.kind() == DateMention.Kind.PERIOD || inRelativeClause(s, c.trigger, d.start()) || dateline(s, d)
                    || inParentheticalBefore(s, c.trigger, d)
                    || d.kind() == DateMention.Kind.RELATIVE && d.offset() == 0 && dayFollows(ds, d)
                    || d.start() >= limit
                    || laterClause(s, c.trigger, d.start())
                    || afterClauseOpener(s, c.trigger, d)
                    || afterClauseDay(s, ds, d, c.trigger)
                    || deadline(s, d)
                    || updateDay(c, d)
                    || toldDayBesideDeedDay(s, ds, d, c.trigger)
                    || c.cumulative && d.kind() == DateMention.Kind.DAY && openedBySince(s, d.start())) {
                // "1,540 have been killed since 8 October": the day a running total starts from, not its date
                // "near an area that had recently been lost": another event's time; "since launching their
                // offensive in December ... have recaptured": the start of a running total, which is current
                continue;
            }
            int dist = d.start() > c.trigger ? d.start() - c.trigger : c.trigger - (d.end() - 1);
            if (dist < best) {
                best = dist;
                nearest = d;
            }
        }
        if (nearest != null) {
            switch (nearest.kind()) {
                case DAY:
                    c.date = nearest.date();
                    String w = s.lc(nearest.start());
                    // "today" in a quote or a message is the day it was written, which may not be the report's
                    c.dateStrength = w.equals("today") || w.equals("tonight") ? Candidate.DATE_CARRIED : Candidate.DATE_STATED;
                    return;
                case RELATIVE:
                    LocalDate anchor = null;
                    for (DateMention d : ds) {
                        if (d.kind() == DateMention.Kind.DAY && d.end() <= nearest.start()) {
                            anchor = d.date();
                        }
                    }
                    if (anchor == null) {
                        anchor = s.index() > 0 ? ctx.carried.get(s.index() - 1) : null;
                    }
                    if (anchor == null) {
                        anchor = ctx.articleDate;
                    }
                    c.date = anchor.plusDays(nearest.offset());
                    c.dateStrength = Candidate.DATE_STATED;
                    return;
                case UNKNOWN_PAST:
                    c.date = null;
                    c.notAfter = nearest.date();
                    c.dateStrength = Candidate.DATE_UNKNOWN_PAST;
                    return;
                default:
                    break;
            }
        }
        if (nearest == null && sincePeriod && !c.cumulative && (c.type == EventType.KILLED
                || c.type == EventType.WOUNDED || c.type == EventType.DISPLACEMENT)) {
            // "... killed in floods since the start of the rains in March, with more than 190,000 people forced from
            // their homes": a figure whose only time is the start of a period is the period's running total
            c.cumulative = true;
        }
        if ((c.type == EventType.THREAT || c.type == EventType.TALKS) && perfectStatement(s, c.trigger)) {
            c.date = null; // "Turkey has said it will drive back ...": said at some time before, no day given
            c.dateStrength = Candidate.DATE_UNKNOWN_PAST;
            return;
        }
        LocalDate previous = s.index() > 0 ? ctx.carried.get(s.index() - 1) : null;
        if (c.type == EventType.OFFENSIVE && "offensive.noun".equals(c.rule)
                && !(previous != null && s.lc(c.trigger - 1).equals("the") && c.trigger <= 2)) {
            // ... but "The counteroffensive could be short-lived", opening a sentence, is the story's current one
            c.date = null; // an offensive referred to, not reported as launched: its day is not given
            c.dateStrength = Candidate.DATE_UNKNOWN_PAST;
            return;
        }
        LocalDate carried = s.index() > 0 ? ctx.carried.get(s.index() - 1) : null;
        if (!c.cumulative && carried != null && !s.heading()) {
            c.date = carried;
            c.dateStrength = Candidate.DATE_CARRIED;
            return;
        }
        c.date = ctx.articleDate;
        c.dateStrength = Candidate.DATE_REPORT;
    }

    /**
     * "Insurgents have killed four farmers near Maiduguri. A local source said the farmers were attacked on Tuesday",
     * "Two soldiers were killed in an ambush, the army said Friday. The soldiers were escorting vehicles on Thursday
     * when ...": a toll or attack given no day of its own (or only the day it was told) takes the day the next
     * sentence gives its victims, when that sentence goes on about them ("the farmers", "the soldiers", "they").
     */
    private void dayFromNextSentence(Candidate c) {
        if (!(c.type == EventType.KILLED || c.type == EventType.WOUNDED) || c.cumulative
                || !(c.dateStrength == Candidate.DATE_REPORT || c.dateStrength == Candidate.DATE_STATED && toldOn(c))) {
            return;
        }
        int n = c.sentence.index() + 1;
        if (n >= ctx.sentences.size() || ctx.sentences.get(n).heading()) {
            return;
        }
        Sentence next = ctx.sentences.get(n);
        if (!goesOnAbout(next, c)) {
            return;
        }
        for (DateMention d : ctx.dates.get(n)) {
            if (d.kind() == DateMention.Kind.DAY && d.date() != null && ctx.articleDate != null
                    && !d.date().isAfter(ctx.articleDate) && (c.date == null || d.date().isBefore(c.date))
                    && !Lexicon.SPEECH.contains(next.lc(d.start() - 1))) {
                c.date = d.date();
                c.dateStrength = Candidate.DATE_CARRIED;
                return;
            }
        }
    }

    /**
     * "Jihadists kill 43 rice farmers in Nigeria's Borno" over "MAIDUGURI - Militants ... slaughtered 43 farm workers
     * ... on Saturday, officials said": a headline line gives no day; what it tells happened on the lead's day (the
     * first day the lead gives a deed, not its dateline nor the day someone spoke), not on the report's.
     */
    private void headlineDay(Candidate c) {
        if (c.dateStrength != Candidate.DATE_REPORT || c.cumulative || c.sentence.index() != 0
                || !c.sentence.heading() || ctx.sentences.size() < 2 || ctx.sentences.get(1).heading()) {
            return;
        }
        Sentence lead = ctx.sentences.get(1);
        for (DateMention d : ctx.dates.get(1)) {
            if (d.kind() == DateMention.Kind.DAY && d.date() != null && !d.date().isAfter(ctx.articleDate)
                    && !dateline(lead, d) && !Extractor.tellingDay(lead, d) && !inTimeClause(lead, d)) {
                if (AND_WORDS.contains(lead.lc(d.end())) || lead.lc(d.end()).equals("to")) {
                    return; // "killed on Sunday and Monday": the headline's toll is both days'
                }
                c.date = d.date();
                c.dateStrength = Candidate.DATE_CARRIED;
                return;
            }
        }
    }

    /** "Days after a bombing on Saturday, ...", "since the war began on 15 April": the day of a clause of time. */
    private static boolean inTimeClause(Sentence s, DateMention d) {
        for (int k = d.start() - 1; k >= 0 && d.start() - k <= 10; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";")) {
                return false;
            }
            if (TIME_CLAUSE_OPENERS.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "have fled since the invasion began on Feb. 24": a day a period starts from (right after "since", or after a
     * verb of starting in a "since" clause), not a day of narration; not "since a truck bomb exploded on Wednesday".
     */
    static boolean periodStartDay(Sentence s, DateMention d) {
        if (openedBySince(s, d.start())) {
            return true;
        }
        boolean start = false;
        for (int k = d.start() - 1; k >= 0 && d.start() - k <= 10; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";") || x.equals(".")) {
                return false;
            }
            start |= PERIOD_START_VERBS.contains(x);
            if (x.equals("since")) {
                return start;
            }
        }
        return false;
    }

    private static final Set<String> TIME_CLAUSE_OPENERS = Lexicon.words("TIME_CLAUSE_OPENERS");
    private static final Set<String> PERIOD_START_VERBS = Lexicon.words("PERIOD_START_VERBS");

    /** The day the candidate took is the day a statement was made: "the army said Friday", "said on Friday". */
    private boolean toldOn(Candidate c) {
        Sentence s = c.sentence;
        for (DateMention d : ctx.dates.get(s.index())) {
            if (d.kind() == DateMention.Kind.DAY && java.util.Objects.equals(d.date(), c.date)) {
                String before = s.lc(d.start() - 1).equals("on") ? s.lc(d.start() - 2) : s.lc(d.start() - 1);
                return Lexicon.SPEECH.contains(before);
            }
        }
        return false;
    }

    /** The next sentence names the candidate's victims again: "The soldiers ...", "the farmers were attacked", "They". */
    private static boolean goesOnAbout(Sentence next, Candidate c) {
        if (c.party == null || c.party.head() < 0) {
            return false;
        }
        String head = c.sentence.lc(c.party.head());
        for (int k = 0; k < next.size() && k < 12; k++) {
            if (next.lc(k).equals("the") && next.lc(k + 1).equals(head)) {
                return true;
            }
        }
        return next.lc(0).equals("they");
    }

    /**
     * A victim whose country the text does not write ("killing 12 civilians in Poonch", "7 soldiers near
     * Boni") belongs to the country of the place the sentence ties the event to, not to the foreign actor.
     */
    private void settingCountry(Candidate c) {
        if (!c.inferred || c.victim == null || !c.locationStated || c.location == null
                || !(c.type == EventType.KILLED || c.type == EventType.WOUNDED || c.type == EventType.DISPLACEMENT)) {
            return;
        }
        String role = c.victim.length() == 6 ? c.victim.substring(3) : c.victim.length() == 3 ? c.victim : null;
        if (role == null || !(role.equals(Roles.CVL) || role.equals(Roles.MIL))) {
            return;
        }
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(c.location);
        Countries.Entry country = Countries.lookup(c.location.toLowerCase(java.util.Locale.ROOT));
        String iso3;
        if (country != null && country.kind() == Countries.Kind.NAME) {
            iso3 = country.iso3(); // "four soldiers were killed in Niger"
        } else if (g == null || g.fuzzy()) {
            return;
        } else {
            iso3 = Countries.iso3(g.place().country());
        }
        if (iso3 == null) {
            return;
        }
        if (ctx.countryScore.getOrDefault(iso3, 0) >= 10 && (ctx.named.contains(iso3)
                || role.equals(Roles.CVL) && g != null && g.population() >= 100_000 && iso3.equals(ctx.conflictCountry))) {
            // ... and a city of 100,000 the text places the event in says whose civilians they are ("the blast
            // killed 210 people in Beirut ... and was heard in Cyprus") even when no word names its country
            c.victim = iso3 + role;
        } else if (role.equals(Roles.CVL) && c.actor != null && c.actor.length() == 6 && c.victim.length() == 6
                && c.actor.regionMatches(0, c.victim, 0, 3) && !iso3.equals(c.victim.substring(0, 3))
                && g != null && !g.fuzzy() && (iso3.equals(ctx.conflictCountry) || ctx.named.contains(iso3))) {
            // "Russian forces shelled Avdiivka, killing a civilian": the civilians of the place struck, not the
            // attacker's, when the text gives them no country of their own
            c.victim = iso3 + role;
        } else if (role.equals(Roles.CVL) && g != null && !g.fuzzy() && g.kind() == org.newswatch.extraction.geo.PlaceKind.CITY
                && ctx.named.contains(iso3) && !iso3.equals(c.victim.substring(0, Math.min(3, c.victim.length())))
                && (c.actor == null || c.actor.regionMatches(0, c.victim, 0, 3))) {
            // "Rebels based in Congo attacked a school in Mpondwe in western Uganda, killing 40 people": the people of
            // a town of a country the text names are that country's, not the setting's where the attackers live
            c.victim = iso3 + role;
        }
    }

    /**
     * A toll over several days: "between the evening of 24 December and the early hours of 26 December ... left at
     * least 160 people dead", "executed at least 500 people ... over five days", "had left 28 people dead ... by 5
     * September": the sum of several days' incidents, a running total (the coders' `cumulative`).
     */
    private static boolean severalDays(Sentence s, List<DateMention> ds, int t) {
        for (int k = Math.max(0, t - 25); k < Math.min(s.size(), t + 25); k++) {
            String x = s.lc(k);
            if (x.equals(";") && k > t) {
                break;
            }
            if (x.equals("over") && k + 2 < s.size() && (s.lc(k + 2).equals("days") || s.lc(k + 2).equals("weeks"))) {
                org.newswatch.extraction.Amount n = Numbers.parse(s, k + 1);
                if (n != null && n.hasCount() && n.count() >= 2) {
                    return true;
                }
            }
            if (k < t && (x.equals("days") || x.equals("weeks")) && s.lc(k + 1).equals("of") && k >= 1
                    && FIGHTING_NOUNS.contains(s.lc(k + 2)) && !punctuationBetween(s, k, t, true)) {
                // (not "...; 7 were killed on Wednesday alone", nor "after 100 days of war, a missile killed 20")
                // "after ten days of fighting in which at least 28 fighters were killed": the toll of several days (up
                // to three are one battle)
                org.newswatch.extraction.Amount n = Numbers.parse(s, k - 1);
                if (n != null && n.hasCount() && n.count() > EPISODE_DAYS && n.end() == k) {
                    return true;
                }
            }
        }
        DateMention from = null;
        for (DateMention d : ds) {
            if (d.kind() != DateMention.Kind.DAY || d.date() == null || Math.abs(d.start() - t) > 30) {
                continue;
            }
            if (from == null && precededBy(s, d.start(), "between", 5)) {
                from = d;
            } else if (from != null && precededBy(s, d.start(), "and", 5) && !d.date().equals(from.date())) {
                return true;
            }
            if (precededBy(s, d.start(), "by", 1) && d.start() > t && pastPerfect(s, t) && !incidentDayBefore(ds, d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A drone struck a building in Odesa early Saturday, and rescuers had pulled 10 bodies from the rubble by Sunday":
     * a day of the sentence a little before the "by" day is the incident's, whose toll the "by" day closes.
     */
    private static boolean incidentDayBefore(List<DateMention> ds, DateMention by) {
        for (DateMention o : ds) {
            if (o != by && o.kind() == DateMention.Kind.DAY && o.date() != null && o.start() < by.start()
                    && !o.date().isAfter(by.date()) && !o.date().plusDays(1).isBefore(by.date())) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededBy(Sentence s, int at, String word, int within) {
        for (int k = at - 1; k >= 0 && at - k <= within; k--) {
            if (s.lc(k).equals(word)) {
                return true;
            }
            if (s.lc(k).equals(",") || s.lc(k).equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "had left 28 people dead", "had killed 40": a tally up to a later day. */
    private static boolean pastPerfect(Sentence s, int t) {
        for (int k = t - 1; k >= 0 && t - k <= 8; k--) {
            if (s.lc(k).equals("had")) {
                return true;
            }
        }
        return false;
    }

    /** "overnight Tuesday to Wednesday", "overnight on Monday": the night is named by its day. */
    private static boolean dayFollows(List<DateMention> ds, DateMention period) {
        for (DateMention d : ds) {
            if (d.kind() == DateMention.Kind.DAY && d.start() >= period.end() && d.start() <= period.end() + 1) {
                return true;
            }
        }
        return false;
    }

    /** "22 were killed; one was abducted and released five days later": a day after a semicolon is that clause's. */
    private static boolean laterClause(Sentence s, int trigger, int date) {
        for (int k = trigger + 1; k < date; k++) {
            if (s.lc(k).equals(";")) {
                return true;
            }
            if (s.lc(k).equals(",") && CLAUSE_JOINERS.contains(s.lc(k + 1)) && date - k <= 3) {
                return true; // "..., killing 66 people, and on January 2 around 100 were killed": the next clause's day
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_JOINERS = Lexicon.words("CLAUSE_JOINERS");

    /**
     * Up to three days of fighting are one battle, one incident as the coders count it: "in three days of fighting,
     * 40 soldiers were killed" (gold README: a running total spans several incidents). Dates of a range ("between the
     * evening of 24 December and 26 December, attacks on 17 communities left 160 dead") still make a tally.
     */
    private static final int EPISODE_DAYS = 3;

    /** "in three days of fighting", "during two days of clashes": an episode of a few days. */
    private static final Set<String> FEW_WORDS = Lexicon.words("FEW_WORDS");
    /** "The monthly toll now stands at 45 dead": a toll of a period. */
    private static final Set<String> TALLY_ADJECTIVES = Lexicon.words("TALLY_ADJECTIVES");
    /** "in several days of clashes in Khartoum, Darfur and Kordofan": several places, several incidents' tally. */
    private static final Set<String> AND_WORDS = Set.of("and");

    private static final Set<String> AFTER_CLAUSE_SUBJECTS = Lexicon.words("AFTER_CLAUSE_SUBJECTS");

    private static boolean fewDaysOfFighting(Sentence s, DateMention d) {
        for (int k = d.start(); k < d.end(); k++) {
            if ((s.lc(k).equals("days") || s.lc(k).equals("day")) && s.lc(k + 1).equals("of")) {
                org.newswatch.extraction.Amount n = Numbers.parse(s, k - 1);
                // "in several days of fighting near Tinzaouaten", "in a few days of clashes": one battle too
                return (n != null && n.hasCount() && n.count() <= EPISODE_DAYS && n.end() == k
                        || FEW_WORDS.contains(s.lc(k - 1)) && !s.anyIn(k + 3, Math.min(s.size(), k + 12), AND_WORDS))
                        && FIGHTING_NOUNS.contains(s.lc(k + 2)); // not "three days of mourning"
            }
        }
        return false;
    }

    /**
     * "over the past night", "overnight", "in 24 hours of fighting around the town": one night's figure, one battle's.
     * "The past day" and "the last 24 hours" are a day's tally of several incidents' dead (a running total, gold
     * "Counting"), dated the report day all the same; the attacks of the day stay acts of that day.
     */
    private static boolean oneNight(Sentence s, DateMention d) {
        String last = s.lc(d.end() - 1);
        if (last.equals("night") || last.equals("overnight")) {
            return true;
        }
        return oneDay(s, d) && (s.lc(d.end()).equals("of") || !Lexicon.PERIOD_OPENERS.contains(s.lc(d.start()))
                && !Lexicon.PERIOD_OPENERS.contains(s.lc(d.start() + 1)));
    }

    /** "over the past day", "in the last 24 hours", "overnight": a mention of one day or night. */
    private static boolean oneDay(Sentence s, DateMention d) {
        String last = s.lc(d.end() - 1);
        return last.equals("day") || last.equals("hours") && s.lc(d.end() - 2).equals("24")
                || last.equals("night") || last.equals("overnight");
    }

    /** "by the end of February", "until March": a deadline ahead, not the time of the event. */
    private static boolean deadline(Sentence s, DateMention d) {
        for (int k = d.start() - 1; k >= 0 && d.start() - k <= 4; k--) {
            String x = s.lc(k);
            if (Lexicon.DEADLINE_WORDS.contains(x)) {
                return true;
            }
            if (!Lexicon.DEADLINE_FILLERS.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** "has warned", "have said": a statement in the present perfect, made at no stated time. */
    private static boolean perfectStatement(Sentence s, int trigger) {
        for (int k = Math.max(1, trigger - 8); k <= trigger; k++) {
            String x = s.lc(k);
            if ((Lexicon.SPEECH.contains(x) || Lexicon.THREAT_VERBS.contains(x)) && (s.lc(k - 1).equals("has")
                    || s.lc(k - 1).equals("have"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "NIAMEY, March 22 (Reuters) -": the day of the report's dateline, not of an event. A day that opens the text
     * before a dash with no place before it heads a monitor's note ("21 May 2019 - Regime forces took ..."): the day of
     * the note's events, as "On 21 May 2019, ..." is; so does a day with its year after a place in plain case.
     */
    private static boolean dateline(Sentence s, DateMention d) {
        if (d.start() > 4 || d.kind() != DateMention.Kind.DAY) {
            return false;
        }
        String after = s.lc(d.end());
        if (!(after.equals("(") || after.equals("-") || after.equals("\u2014") || after.equals("\u2013"))
                || d.start() == 0 && !after.equals("(")) {
            return false;
        }
        boolean shouted = true;
        for (int k = 0; k < d.start(); k++) {
            if (!(s.get(k).capitalised() || s.lc(k).equals(","))) {
                return false;
            }
            shouted &= !s.get(k).isWord() || s.get(k).text().equals(s.get(k).text().toUpperCase(java.util.Locale.ROOT));
        }
        // ... nor "Ituri, 8 May 2022 - CODECO militiamen attacked ...": a place in plain case and a day with its year
        // head a monitor's note, the day of its events
        return shouted || !withYear(s, d);
    }

    private static boolean withYear(Sentence s, DateMention d) {
        for (int k = d.start(); k < d.end(); k++) {
            String x = s.lc(k);
            if (x.length() == 4 && (x.startsWith("19") || x.startsWith("20")) && s.get(k).isNumber()) {
                return true;
            }
        }
        return false;
    }

    /** "In Kursk, where Ukraine launched an incursion on Aug. 6, Moscow said it retook two villages": not its day. */
    private static boolean inParentheticalBefore(Sentence s, int trigger, DateMention d) {
        if (d.end() > trigger) {
            return false;
        }
        boolean closed = false;
        for (int k = d.end(); k < trigger; k++) {
            closed |= s.lc(k).equals(",");
        }
        if (!closed) {
            return false;
        }
        for (int k = d.start() - 1; k >= 0 && d.start() - k <= 15; k--) {
            String x = s.lc(k);
            if (x.equals(",")) {
                return false;
            }
            if (Lexicon.RELATIVES.contains(x) && s.lc(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRelativeClause(Sentence s, int trigger, int at) {
        for (int k = trigger + 1; k < at; k++) {
            // not "killed in that fighting in August 2019": after a preposition, "that" points, it relates nothing
            if (Lexicon.RELATIVE_PRONOUNS.contains(s.lc(k))
                    && !(s.lc(k).equals("that") && PREPOSITIONS.contains(s.lc(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERSON_PLACE_RELATIVES = Lexicon.words("PERSON_PLACE_RELATIVES");

    private static final Set<String> PREPOSITIONS = Lexicon.words("PREPOSITIONS");

    private static final Set<String> FIGHTING_NOUNS = Lexicon.words("FIGHTING_NOUNS");
    private static final Set<String> SUPERLATIVE_OPENERS = Lexicon.words("SUPERLATIVE_OPENERS");

    /**
     * "killed more than 50 fighters, in the deadliest strike since the March truce": after the figure, a comparison,
     * not a span (before it, "the deadliest attack since April 2021, when 22 were killed", the figure is that day's).
     */
    private static boolean superlativeBefore(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && at - k <= 4; k--) {
            String x = s.lc(k);
            if (x.equals(",") || x.equals(";")) {
                return false;
            }
            if ((x.length() > 4 && x.endsWith("est") && !x.endsWith("west") || x.equals("first")
                    || x.equals("worst") || x.equals("most")) && SUPERLATIVE_OPENERS.contains(s.lc(k - 1))
                    || s.heading() && s.lc(k - 1).equals("in") && x.endsWith("est") && !x.equals("latest")
                    && Lexicon.INCIDENT_NOUNS.contains(s.lc(k + 1))) {
                return true; // "the deadliest", "its worst" (not "in the northwest", "unrest", "arrest"); a headline
                // drops the article: "Gunmen kill nine policemen in deadliest attack since 2018 deal" (an incident
                // ranked; not "in first week since", "in latest wave of attacks since March": spans)
            }
        }
        return false;
    }

    /**
     * "Nearly 900,000 have been displaced since 1 December, OCHA said, as strikes on Ariha killed a man and his wife on
     * 24 February": a subordinate clause after the period tells of its own day.
     */
    private static boolean clauseOpensBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) { // (not "since April 2021, when 22 were killed": the date's own clause)
            if (s.lc(k).equals(",") && (s.lc(k + 1).equals("as") || s.lc(k + 1).equals("when")
                    || s.lc(k + 1).equals("while") || s.lc(k + 1).equals("after"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean openedBySince(Sentence s, int at) {
        String p = s.lc(at - 1);
        return p.equals("since") || (p.equals("on") || p.equals("the")) && s.lc(at - 2).equals("since");
    }

    /** "since the start of the rainy season in March": the month a period starts in, within its clause. */
    private static boolean sinceBefore(Sentence s, int at) {
        for (int k = at - 1; k >= 0 && at - k <= 10; k--) {
            String w = s.lc(k);
            if (w.equals("since")) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }

    private void location(Candidate c) {
        if (c.type == EventType.THREAT || c.type == EventType.TALKS) {
            speechPlace(c);
            if (c.locationStated) {
                return;
            }
        }
        locationFromText(c);
        if (c.location != null && ctx.roadAliases.containsKey(c.location)) {
            c.location = ctx.roadAliases.get(c.location); // "the Aleppo-Damascus road" is the M5 the text names
        }
        c.location = baseTownOf(c.location);
    }

    /**
     * Where a statement was made or a meeting held: "In Ankara, Erdogan said", "told reporters in Ankara",
     * "talks in Ankara"; else, for a state's statement, its capital when the text names it. A phone call has
     * no place.
     */
    private void speechPlace(Candidate c) {
        Sentence s = c.sentence;
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.lc(k).equals("in") && Places.capitalisedName(s.get(k + 1))) {
                Countries.Entry e = Countries.lookup(s.lc(k + 1));
                boolean opening = k == 0 && s.lc(k + 2).equals(",");
                boolean afterSpeech = k > 0 && (Lexicon.SPEECH.contains(s.lc(k - 1))
                        || Lexicon.MEETING_WORDS.contains(s.lc(k - 1)));
                if ((opening || afterSpeech) && (e == null || e.kind() == Countries.Kind.CAPITAL)) {
                    c.location = s.get(k + 1).text();
                    c.locationStated = true;
                    c.specificity = 1;
                    return;
                }
            }
        }
        if (c.type == EventType.TALKS) {
            for (int k = 0; k < s.size(); k++) {
                String x = s.lc(k);
                if (Lexicon.REMOTE_WORDS.contains(x)) {
                    c.location = null;
                    c.locationStated = true;
                    return;
                }
            }
        }
    }

    private void locationFromText(Candidate c) {
        if (c.locationStated) {
            c.specificity = ctx.placeFrequency.getOrDefault(c.location, 1);
            return;
        }
        Sentence s = c.sentence;
        Places.Mention best = null;
        boolean skippedDestination = false;
        int bestFreq = Integer.MAX_VALUE;
        String country = null;
        int headlineDash = s.index() == 0 && s.datelineEnd() == 0 ? headlineEnd(s) : -1;
        boolean leadNamesPlace = headlineDash >= 0 && leadPlace(s, headlineDash);
        for (Places.Mention p : ctx.places.get(s.index())) {
            if (otherClause(s, c.trigger, p.index())) {
                continue; // "... killed seven across Ukraine, while Russia said it downed drones over Bryansk"
            }
            if (p.country()) {
                country = country == null ? p.name() : country;
                continue;
            }
            Countries.Entry e = Countries.lookup(p.name().toLowerCase(java.util.Locale.ROOT));
            if (e != null && e.kind() == Countries.Kind.CAPITAL && !e.iso3().equals(ctx.conflictCountry)
                    && c.type != EventType.TALKS && c.type != EventType.THREAT) {
                continue;
            }
            if (c.type == EventType.DISPLACEMENT && Extractor.destination(s, p.index())) {
                skippedDestination = true;
                continue; // "thousands fled to Kabul": where they fled from is the place of the flight
            }
            if (Extractor.elsewhere(s, p.index())) {
                continue; // "SDF fire from Tal Tamr hit the village of Bab al-Khayr"
            }
            if ((Extractor.origin(s, p.index()) || officialOf(s, p)) && placeBesidesOrigins(s)) {
                // ... nor is the seat of an official who speaks of it: "the governor of Turkey's Hatay province said"
                continue; // "Armed youths from the Greater Pibor Administrative Area attacked cattle camps near Duk Padiet"
            }
            if (ctx.headingPlace != null && SITE_NOUNS.contains(s.lc(p.end())) && !siteInTown(s, p)) {
                // "Daraa al-Balad: ... at the Saraya roundabout": a site in the note's town (not Senegal's Saraya)
                c.location = ctx.headingPlace;
                c.locationStated = true;
                c.specificity = ctx.placeFrequency.getOrDefault(ctx.headingPlace, 1);
                return;
            }
            if (districtOfCity(s, p) || ctx.quarterCity.containsKey(p)) {
                // "the Kamenge district of Bujumbura", "Kabul's Dasht-e-Barchi area", "Delmas 18, in Port-au-Prince":
                // monitors place an event in a city's quarter in the city
                continue;
            }
            int f = ctx.placeFrequency.getOrDefault(p.name(), 1);
            if (siteInTown(s, p)) {
                f += 1500; // "Mitiga airport in Tripoli", "the Abu Shouk camp on the edge of El Fasher": the town,
                // even though it contains the site
            } else if (s.lc(p.end()).equals("'s") && !ctx.quarterCity.containsValue(p)
                    || ctx.containers.contains(p.name()) && !s.lc(p.end()).equals("(")
                    || ctx.parts.contains(p.name())
                    || ctx.enclosing.containsKey(p.name()) && !partNamed(s)) {
                // ... but "Ariha (Ariha district, Idlib)" is the town its brackets place, though it names its district
                f += 1000; // "Balochistan's Kech district", "Bafut (Mezam)": the possessor contains the place
            } else if (Places.landmark(s, p.index()) && townBesides(s, p)
                    || Places.isRoadCode(s.get(p.index())) && placeNear(s, p)) {
                // ... and a road the event was on, when the sentence names a place on it ("on the M4 near Ariha", "a
                // patrol on the M4 highway was hit near Mhambal", a village the gazetteer may not know)
                f += 300; // "Mukaishfa ... north of Baghdad", "al-Shoula, 40 km east of Palmyra": a landmark to find it by
            }
            if (bodyOfPlace(s, p) && ctx.resolved.containsKey(p.name())) {
                f += 600; // "the Tamaulipas state police", "the Borno police command": a body named after a place the
                // gazetteer knows, which the event's own town beats (it stays when the sentence names no other place)
            }
            if (ctx.roadEnds.contains(p) && placeBesides(s, p)) {
                f += 300; // "on the Kandahar-Herat highway in Gereshk district", "the Juba \u2013 Nimule road near Pageri"
            }
            if (headlineDash >= 0 && p.index() < headlineDash && leadNamesPlace) {
                f += 400; // "Five killed as IED hits vehicle in Mandera - ... on the Elwak-Kotulo road": the lead says where
            }
            if (p.admin()) {
                f += 500; // "Boni (Douentza, Mopti)": the areas in brackets contain the place
            }
            if (laterInList(s, p)) {
                f += 200; // "shelled Kansafra and al-Bara", "the villages of Ain Daqna, Shawargha and Marenaz": the first
            }
            if (f < bestFreq) {
                best = p;
                bestFreq = f;
            }
        }
        if (best == null && c.type == EventType.DISPLACEMENT && skippedDestination) {
            best = fledFrom(s);
            bestFreq = best == null ? bestFreq : ctx.placeFrequency.getOrDefault(best.name(), 1);
        }
        if (best != null && Places.isRoadCode(s.get(best.index())) && best.end() == best.index() + 1
                && (s.lc(best.end()).equals("junction") || s.lc(best.end()).equals("roundabout"))
                && ctx.dominantPlace != null && ctx.resolved.containsKey(ctx.dominantPlace)
                && ctx.resolved.get(ctx.dominantPlace).kind() == PlaceKind.CITY) {
            // "a bomb targeted a passing vehicle near the KM4 junction" in a story of Mogadishu: a site of the town
            c.location = ctx.dominantPlace;
            c.locationStated = true;
            c.specificity = ctx.placeFrequency.getOrDefault(ctx.dominantPlace, 1);
            return;
        }
        if (best != null) {
            SiteTown t = regionWide(c) ? null : siteTown(best.name());
            if (t != null && s.index() < t.sentence() && onlyPlace(s, best)) {
                // "killed five men in Kenya's Lamu county. The attackers stormed Salama village": the lead's
                // division is where the next sentences find the incident's town
                c.location = t.name();
                c.locationStated = true;
                c.specificity = ctx.placeFrequency.getOrDefault(t.name(), 1);
                return;
            }
            c.location = townOfSite(best.name());
            c.locationStated = true;
            // a landmark that is the sentence's only place gives way to the town another report of the same event
            // names ("attack north of Baghdad - ... near the town of Mukaishfa")
            c.specificity = Math.min(Places.landmark(s, best.index()) ? Math.max(bestFreq, 300) : bestFreq, 999);
            if (!regionWide(c) && provinceLevel(c.location)) {
                // "Indonesian soldier killed in Papua - ... in Papua's Nduga regency, killing one soldier": another
                // report of the event that places it at a town or a district inside the province is more specific,
                // however often the text names the province (a running total stays the province's)
                c.specificity += PROVINCE_SPECIFICITY;
            }
            return;
        }
        if (c.type == EventType.TALKS) {
            return;
        }
        String setting = sentenceCountry(s, c.trigger);
        String previous = previousPlace(c);
        if (setting != null && !dominantPlaceWithin(setting)) {
            // "strikes across southern Lebanon killed 558", "killed three soldiers in Jordan": the sentence ties
            // the event to a country; the article's main place stands in for it only when it is a place of that
            // country the text comes back to
            c.location = setting;
            c.locationStated = true;
            c.specificity = COUNTRY_SPECIFICITY; // a country: any town or province the same event is tied to
            // elsewhere is more specific
        } else if (previous != null) {
            c.location = previous;
        } else if (ctx.dominantPlace != null && !regionWide(c) && siteTown(ctx.dominantPlace) != null) {
            c.location = siteTown(ctx.dominantPlace).name(); // the division's incident town, not the division
        } else if (ctx.dominantPlace != null) {
            c.location = townOfSite(ctx.dominantPlace);
        } else if (country == null && datelineTownAtHome()) {
            // "QUETTA \u2014 A gas cylinder exploded in a roadside restaurant": a text that names no place of its
            // own happened where it was filed from
            c.location = ctx.datelineTown;
        } else {
            c.location = country != null ? country : mainCountryPlace();
        }
    }

    /** What a province's or a region's place adds to its specificity: any town's (at most 999) is lower. */
    private static final int PROVINCE_SPECIFICITY = 1000;
    /** A country's specificity: any province's is lower. */
    private static final int COUNTRY_SPECIFICITY = 3000;

    /**
     * A first-level division or a region ("Papua", "Manipur state", "the Kabylie region"), which the text never calls a
     * town, and not a district ("Nduga regency").
     */
    private boolean provinceLevel(String name) {
        if (name == null || !division(name)) {
            return false;
        }
        PlaceKind kind = ctx.regionKinds.get(name);
        if (kind != null) {
            return kind == PlaceKind.ADMIN1;
        }
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(name);
        // ... a province of the text's own country ("arrived in Sangha" in Mali is no province of Congo's)
        return g != null && !g.fuzzy() && g.kind() == PlaceKind.ADMIN1
                && (ctx.conflictCountry == null || ctx.conflictCountry.equals(Countries.iso3(g.place().country())));
    }

    /** The sentence names a place that is no country, no attackers' origin and no official's seat. */
    private boolean placeBesidesOrigins(Sentence s) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (!q.country() && !Extractor.origin(s, q.index()) && !officialOf(s, q)
                    && !Extractor.elsewhere(s, q.index())
                    && !(s.lc(q.index() - 1).equals("to") && Lexicon.ROAD_WORDS.contains(s.lc(q.index() - 2)))) {
                return true; // ... not a landmark: "near the road to Gusau" leaves the village chief's village the place
            }
        }
        return false;
    }

    /** A running total or an offensive: the division's, not one town's ("launched a ground offensive"). */
    private static boolean regionWide(Candidate c) {
        return c.cumulative || c.type == EventType.OFFENSIVE;
    }

    /** A town the text tells an event at, and the sentence that names it. */
    private record SiteTown(String name, int sentence) {
    }

    private final java.util.Map<String, java.util.Optional<SiteTown>> siteTowns = new java.util.HashMap<>();
    private boolean readingSites;

    /**
     * The town at which the text, right after a lead that names only a province, district or region, tells its
     * incident: "killed 64 men in Papua New Guinea's Enga province. The bodies were found ... near the town of
     * Wapenamanda", "killed five men in Kenya's Lamu county. The attackers stormed Salama and Juhudi villages": the
     * first sentence after the division's first mention that names another place (every sentence between names only
     * the division) places an event of its own at a town of the division's country. Null when there is none.
     */
    private SiteTown siteTown(String division) {
        if (readingSites || division == null) {
            return null;
        }
        java.util.Optional<SiteTown> known = siteTowns.get(division); // once per name and article, not per event
        if (known == null) {
            readingSites = true;
            try {
                known = java.util.Optional.ofNullable(division(division) ? readSiteTown(division) : null);
            } finally {
                readingSites = false;
            }
            siteTowns.put(division, known);
        }
        return known.orElse(null);
    }

    /**
     * A name the text calls a province, district or region, or the gazetteer knows as one, and the text never calls a
     * town ("the city of Nabatieh").
     */
    private boolean division(String name) {
        return divisions.computeIfAbsent(name, this::readDivision);
    }

    private final java.util.Map<String, Boolean> divisions = new java.util.HashMap<>();

    private boolean readDivision(String name) {
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(name);
        if (!(ctx.regions.contains(name) || g != null && !g.fuzzy()
                && (g.kind() == PlaceKind.ADMIN1 || g.kind() == PlaceKind.ADMIN2))) {
            return false;
        }
        for (Sentence s : ctx.sentences) {
            for (Places.Mention p : ctx.places.get(s.index())) {
                if (p.name().equals(name) && namedTown(s, p) && !(g != null && !g.fuzzy()
                        && g.kind() == PlaceKind.ADMIN1 && SMALL_PLACE_NOUNS.contains(s.lc(p.end())))) {
                    return false; // ... "Nine killed as gunmen attack Manipur village" is a village of the province
                }
            }
        }
        return true;
    }

    private SiteTown readSiteTown(String division) {
        int first = -1;
        for (Sentence s : ctx.sentences) {
            boolean names = false;
            List<Places.Mention> others = new java.util.ArrayList<>();
            for (Places.Mention p : ctx.places.get(s.index())) {
                if (p.country() || p.index() < s.datelineEnd()) {
                    continue; // "CAIRO - ... in the central state of Gezira": the dateline is where it was filed
                }
                if (p.name().equals(division)) {
                    names = true;
                } else {
                    others.add(p);
                }
            }
            if (first < 0) {
                if (!names) {
                    continue;
                }
                if (!others.isEmpty()) {
                    return null; // the lead names the division beside another place: no lead of the division alone
                }
                first = s.index();
                if (first > 1) {
                    return null; // named first after the title and the lead: no lead's division
                }
                continue;
            }
            if (s.index() > first + 2) {
                return null; // the text goes on about other things before it names a town
            }
            if (others.isEmpty()) {
                continue;
            }
            String at = eventsTown(s);
            List<Places.Mention> areas = new java.util.ArrayList<>(others);
            others.removeIf(p -> division(p.name()) || area(s, p)); // "in Tabayin township" says where the town lies
            areas.removeAll(others);
            if (at == null && others.size() == 1 && (!names || containerAfter(s, others.get(0), division))
                    && (calledTown(s, others.get(0).name()) || townInside(others.get(0).name(), division))) {
                // ... or the town comes before the division that holds it ("in the town of Dedebit, in northwest
                // Tigray"), or the gazetteer puts the town in the division ("hit a tree trunk near Patigi")
                // "The bodies were found ... near the town of Wapenamanda", "The attack on Let Yet Kone village in
                // Tabayin township began ...": the one town the sentence names
                at = others.get(0).name();
            }
            if (at == null || at.equals(division) || !town(s, at, division)
                    || !ctx.resolved.containsKey(at) && !calledTown(s, at)) {
                // the first sentence that names another place places nothing at a town (a name the gazetteer does not
                // know is one when the sentence calls it a town or a village or attacks it: "a Hashd position" is not)
                // ... but the one district it names inside the lead's province: "in Togo's northern Savanes region.
                // ... struck the villages of Sougtangou and Tiwoli in Kpendjal prefecture"
                return areas.size() == 1 && districtOf(areas.get(0).name(), division)
                        ? new SiteTown(areas.get(0).name(), s.index()) : null;
            }
            if (names && ctx.placeFrequency.getOrDefault(division, 1) > ctx.placeFrequency.getOrDefault(at, 1) + 2) {
                return null; // "Smoke billows over the town of Saraqeb in Idlib province" in a story of Idlib
            }
            return new SiteTown(at, s.index());
        }
        return null;
    }

    /** The sentence names the division after the town, as where the town lies ("the town of Dedebit, in Tigray"). */
    private boolean containerAfter(Sentence s, Places.Mention town, String division) {
        for (Places.Mention p : ctx.places.get(s.index())) {
            if (p.name().equals(division) && p.index() > town.index()) {
                return true;
            }
        }
        return false;
    }

    /** A town (no district) the gazetteer puts inside the division. */
    private boolean townInside(String name, String division) {
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(name);
        org.newswatch.extraction.geo.GeoMatch d = ctx.resolved.get(division);
        return g != null && d != null && !g.fuzzy() && !d.fuzzy() && g.kind() == PlaceKind.CITY
                && Extractor.inside(g, d);
    }

    /** A district the gazetteer puts inside the province (a province's district is no province itself). */
    private boolean districtOf(String name, String province) {
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(name);
        org.newswatch.extraction.geo.GeoMatch d = ctx.resolved.get(province);
        return provinceLevel(province) && g != null && d != null && !g.fuzzy() && !d.fuzzy()
                && (g.kind() == PlaceKind.ADMIN2 && Extractor.inside(g, d) || codelessRegionOf(name, g, d));
    }

    /**
     * A region of {@code geo/regions.tsv} (an island, a valley: "Indonesia's Java island") has no division code to
     * hold a district by: a district of its country stands inside it ("buried villages in the Lumajang district").
     */
    private boolean codelessRegionOf(String name, org.newswatch.extraction.geo.GeoMatch district,
            org.newswatch.extraction.geo.GeoMatch region) {
        // ... the gazetteer's district, or a town the text calls a district ("the Lumajang district", the regency's seat)
        return region.kind() == PlaceKind.ADMIN1 && region.place().admin1() == null
                && (district.kind() == PlaceKind.ADMIN2 || ctx.regionKinds.get(name) == PlaceKind.ADMIN2)
                && java.util.Objects.equals(district.place().country(), region.place().country());
    }

    /** Where the sentence's first event placed at a place of its own is, as the sentence alone places it. */
    private String eventsTown(Sentence s) {
        for (Candidate e : ctx.events) {
            if (e.sentence.index() != s.index()) {
                continue;
            }
            String saved = e.location;
            boolean stated = e.locationStated;
            int specificity = e.specificity;
            locationFromText(e);
            String at = e.locationStated ? e.location : null;
            e.location = saved;
            e.locationStated = stated;
            e.specificity = specificity;
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static final Set<String> SMALL_PLACE_NOUNS = Lexicon.words("SMALL_PLACE_NOUNS", "PLURAL_PLACE_NOUNS");
    private static final Set<String> SEIZE = Lexicon.words("SEIZE");

    /**
     * The sentence calls the place a town, a village or a camp, or names it as what was attacked: "near the town of
     * Qantara East", "in Pazigyi village", "stormed Salama and Juhudi villages", "attacked Intazayene, Bakorat ...".
     */
    private boolean calledTown(Sentence s, String name) {
        for (Places.Mention p : ctx.places.get(s.index())) {
            if (p.name().equals(name) && (namedTown(s, p) || SMALL_PLACE_NOUNS.contains(s.lc(p.end()))
                    || SEIZE.contains(s.lc(p.index() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PLACE_KIND_NOUNS = Lexicon.words("PLACE_KIND_NOUNS");

    /** A place the sentence calls an area of some kind that is no town ("Tabayin township", "the Anka area"). */
    private static boolean area(Sentence s, Places.Mention p) {
        String next = s.lc(p.end());
        return PLACE_KIND_NOUNS.contains(next) && !TOWN_NOUNS.contains(next) && !SMALL_PLACE_NOUNS.contains(next);
    }

    /** "the town of Wapenamanda", "Let Yet Kone village": a place the sentence calls a town or a village. */
    private static boolean namedTown(Sentence s, Places.Mention p) {
        return TOWN_NOUNS.contains(s.lc(p.end()))
                || s.lc(p.index() - 1).equals("of") && TOWN_NOUNS.contains(s.lc(p.index() - 2))
                || townApposition(s, p.end());
    }

    private static final Set<String> INDEFINITE = Places.placeWords("APPOSITION_ARTICLES");

    /**
     * "Khamenlok, a village in Imphal East district", "Ndoma, a small farming town near the border": an apposition
     * after the name ({@code end}) calls it a town (its article, at most two words before the noun).
     */
    static boolean townApposition(Sentence s, int end) {
        if (!s.lc(end).equals(",") || !INDEFINITE.contains(s.lc(end + 1))) {
            return false;
        }
        for (int k = end + 2; k < s.size() && k <= end + 4; k++) {
            if (TOWN_NOUNS.contains(s.lc(k))) {
                return true;
            }
            if (!Character.isLowerCase(s.get(k).text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A town (not a division nor a country), in the division's country when the gazetteer knows both, unless the
     * sentence calls it a village or attacks it and the gazetteer's reading lies in a country the text never names
     * ("stormed Salama and Juhudi villages" in Kenya is no Guatemalan Salama).
     */
    private boolean town(Sentence s, String name, String division) {
        if (division(name) || Countries.lookup(name.toLowerCase(java.util.Locale.ROOT)) != null) {
            return false;
        }
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(name);
        org.newswatch.extraction.geo.GeoMatch d = ctx.resolved.get(division);
        if (g != null && (g.kind() == PlaceKind.ROAD || g.kind() == PlaceKind.COUNTRY)) {
            return false;
        }
        return g == null || d == null || g.fuzzy() || d.fuzzy()
                || java.util.Objects.equals(g.place().country(), d.place().country())
                || calledTown(s, name) && !ctx.named.contains(Countries.iso3(g.place().country()));
    }

    /** The mention is the sentence's only place besides countries. */
    private boolean onlyPlace(Sentence s, Places.Mention p) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q != p && !q.country() && q.index() >= s.datelineEnd()) {
                return false; // ... "LUMAJANG, Indonesia, Dec 6 - ... on Indonesia's Java island": the dateline is
                // where it was filed from, no place named beside the division
            }
        }
        return true;
    }

    /**
     * The place of the event the sentence before placed in a town ("capturing Kafr Nabudah and Tell Othman. Opposition
     * sources said 12 of their fighters were killed"): a sentence that names no place goes on with the last one's,
     * when the article's main place is only a region around it ("the countryside of Hama").
     */
    private String previousPlace(Candidate c) {
        if (!placeGoesOn) {
            return null;
        }
        for (Candidate e : ctx.events) { // the first of the sentence before: "capturing Kafr Nabudah and Tell Othman"
            if (e.sentence.index() != c.sentence.index() - 1) {
                continue;
            }
            if (e.locationStated && e.location != null && Countries.lookup(e.location.toLowerCase(java.util.Locale.ROOT)) == null
                    && !e.location.equals(ctx.dominantPlace) && !ctx.references.contains(e.location)) {
                return e.location; // ... not a landmark it was only near ("the desert of al-Salamiyah east of Hama")
            }
        }
        return null;
    }

    /** Every mention of the place is a countryside's: "the northwestern countryside of Hama", "the Idlib countryside". */
    private static boolean countrysideOnly(ArticleContext ctx, String name) {
        boolean any = false;
        for (Sentence s : ctx.sentences) {
            for (Places.Mention p : ctx.places.get(s.index())) {
                if (p.name().equals(name)) {
                    if (!Places.countryside(s, p)) {
                        return false;
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /** A place named after another in a list ("Kansafra and al-Bara", "Ain Daqna, Shawargha and Marenaz"). */
    private boolean laterInList(Sentence s, Places.Mention p) {
        String sep = s.lc(p.index() - 1);
        return (sep.equals("and") || sep.equals(",")) && Places.follows(s, p.index() - 1, ctx.places.get(s.index()), null);
    }

    /**
     * "killed 39 people in Balochistan province, including 23 in Musakhel district": a place after "including"
     * holds a part of the event; the province that holds the whole keeps it.
     */
    private boolean partNamed(Sentence s) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            for (int k = q.index() - 1; k >= 0 && q.index() - k <= 10; k--) {
                String x = s.lc(k);
                if (x.equals("including") || x.equals("among")) {
                    return true;
                }
                if (x.equals(";") || x.equals(".")) {
                    break;
                }
            }
        }
        return false;
    }

    private static final Set<String> TOWN_NOUNS = Lexicon.words("TOWN_NOUNS");

    /** The spaced dash that ends an article's headline run into its lead ("... in Mandera - Five ..."), or -1. */
    private static int headlineEnd(Sentence s) {
        for (int k = 2; k < s.size() && k < 25; k++) {
            String x = s.lc(k);
            if ((x.equals("-") || x.equals("\u2013") || x.equals("\u2014")) && Parties.spacedDash(s, k)
                    && k + 1 < s.size() && s.get(k + 1).capitalised()) {
                return k;
            }
        }
        return -1;
    }

    /** The lead after the headline's dash names a place (not a country nor a site). */
    private boolean leadPlace(Sentence s, int dash) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q.index() > dash && !q.country() && !Extractor.site(s, q)) {
                return true; // ... not a building the headline's town holds ("at the Okhmatdyt hospital")
            }
        }
        return false;
    }

    /** Another place of the sentence than {@code p}, not a country nor a road's end. */
    private boolean placeBesides(Sentence s, Places.Mention p) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q != p && !q.country() && !ctx.roadEnds.contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** Another place of the sentence, no country and no landmark ("north of Tal Abyad"), that the event was near. */
    private boolean placeNear(Sentence s, Places.Mention p) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q != p && !q.country() && !ctx.roadEnds.contains(q) && !Places.landmark(s, q.index())
                    && !Places.isRoadCode(s.get(q.index()))) {
                return true;
            }
        }
        return townBesides(s, p);
    }

    /** Another place of the sentence the gazetteer knows as a town ("villages west of El Fasher ... in Darfur": none). */
    private boolean townBesides(Sentence s, Places.Mention p) {
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q == p || q.country() || Places.landmark(s, q.index())) {
                continue;
            }
            org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(q.name());
            int k = q.index();
            if (g != null && g.kind() == org.newswatch.extraction.geo.PlaceKind.CITY
                    || k > 1 && s.lc(k - 1).equals("of") && TOWN_NOUNS.contains(s.lc(k - 2))
                    || TOWN_NOUNS.contains(s.lc(q.end()))) {
                return true; // ... or one the text calls a town or village ("near the town of Mukaishfa")
            }
        }
        return false;
    }

    /** Sites and named buildings: "the Abu Shouk camp", "the al-Shami hospital", "the X Bilingual Academy". */
    private static final Set<String> SITE_NOUNS = Places.SITE_NOUNS;

    /**
     * "rockets hit Camp Taji": the base's town (its name after a title of {@code BASE_TITLES}), when the gazetteer
     * knows that town in the story's country ("Camp Bastion" names none); else the name as written.
     */
    private String baseTownOf(String name) {
        String base = name == null ? null : Places.baseTown(name);
        if (base == null || ctx.conflictCountry == null) {
            return name;
        }
        String iso2 = Countries.iso2(ctx.conflictCountry);
        org.newswatch.extraction.geo.GeoMatch g = org.newswatch.extraction.geo.Gazetteer.world()
                .lookup(base, PlaceKind.CITY, iso2).orElse(null);
        return g != null && !g.fuzzy() && g.kind() == PlaceKind.CITY && iso2 != null
                && iso2.equals(g.place().country()) ? base : name;
    }

    /**
     * "MOGADISHU (AP) - ... ended a siege of the SYL hotel": a building the gazetteer does not know is no place; the
     * dateline's town is, when the article has one in the country the text is about. Other names as they are.
     */
    private String townOfSite(String name) {
        if (!Places.siteName(name)) {
            return name;
        }
        String town = name.substring(0, name.lastIndexOf(' '));
        if (ctx.placeFrequency.containsKey(town)) {
            return town; // "al-Bab market", and the lead names "the town of al-Bab"
        }
        if (ctx.datelineTown == null || ctx.resolved.containsKey(name) || !datelineTownAtHome()) {
            return name; // ... not "CAIRO - ... the al-Tabi'in school" in Gaza: a dateline abroad is no site's town
        }
        return ctx.datelineTown;
    }

    /** "the Kamenge district of Bujumbura": a district named by the city of 100,000 it is part of. */
    private boolean districtOfCity(Sentence s, Places.Mention p) {
        int k = p.end();
        if (!(s.lc(k).equals("district") || s.lc(k).equals("area")) || !s.lc(k + 1).equals("of")) {
            return false;
        }
        for (Places.Mention q : ctx.places.get(s.index())) {
            if (q.index() == k + 2) {
                org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(q.name());
                // ... not a province of the city's name that contains it ("Gozara district of Herat")
                return g != null && !g.fuzzy() && g.kind() == org.newswatch.extraction.geo.PlaceKind.CITY
                        && g.population() >= 100_000 && !ctx.enclosing.containsKey(q.name());
            }
        }
        return false;
    }

    /** A named site followed by the town it lies in: "Lhubiriha secondary school in Mpondwe". */
    private boolean siteInTown(Sentence s, Places.Mention p) {
        int k = p.end();
        if (k > p.index() + 1 && SITE_NOUNS.contains(s.lc(k - 1))) {
            k--; // "the al-Shami hospital in Ariha", "the X Bilingual Academy in Kumba": the mention ends in its noun
        }
        while (k < s.size() && k - p.end() < 3 && !SITE_NOUNS.contains(s.lc(k)) && s.get(k).isWord() && !s.get(k).capitalised()) {
            k++;
        }
        if (!SITE_NOUNS.contains(s.lc(k))) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j - k <= 7; j++) {
            if (!s.get(j).isWord()) {
                return false;
            }
            for (Places.Mention q : ctx.places.get(s.index())) {
                if (q.index() == j && !q.country() && !Places.countryside(s, q) && (s.lc(j - 1).equals("in")
                        || s.lc(j - 1).equals("of") && !Places.landmark(s, j)) && !provinceLevel(q.name())) {
                    // ... a town, not a province: "the Zamzam displacement camp in North Darfur" is the camp's own place
                    // "al-Hol camp east of Hasakah", "al-Hol camp in the eastern countryside of Hasakah": no site in
                    // Hasakah
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Militants attacked Seytenga, killing 80. Some 16,000 residents fled to Dori": a flight whose sentence names
     * only where people went is from the place the text last told of (this sentence or the two before).
     */
    private Places.Mention fledFrom(Sentence s) {
        for (int si = s.index(); si >= 0 && s.index() - si <= 2; si--) {
            List<Places.Mention> ps = ctx.places.get(si);
            Sentence t = ctx.sentences.get(si);
            for (int k = ps.size() - 1; k >= 0; k--) {
                Places.Mention p = ps.get(k);
                Countries.Entry e = Countries.lookup(p.name().toLowerCase(java.util.Locale.ROOT));
                if (!p.country() && !Extractor.destination(t, p.index()) && !ctx.containers.contains(p.name())
                        && !(e != null && e.kind() == Countries.Kind.CAPITAL && !e.iso3().equals(ctx.conflictCountry))) {
                    return p;
                }
            }
        }
        return null;
    }

    private static final Set<String> IN_COUNTRY = Lexicon.words("IN_COUNTRY");

    /**
     * The country a sentence sets its event in ("in Jordan", "across southern and eastern Lebanon", "fled
     * into Sudan"), the nearest to the trigger; a country only spoken of ("taken to Turkey", "Turkey said")
     * is not a setting.
     */
    private String sentenceCountry(Sentence s, int trigger) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Places.Mention p : ctx.places.get(s.index())) {
            if (!p.country()) {
                continue;
            }
            int k = p.index() - 1;
            while (k >= 0 && p.index() - k <= 5 && (COMPASS.contains(s.lc(k)) || s.lc(k).equals("and")
                    || s.lc(k).equals("the"))) {
                k--;
            }
            if (k < 0 || !IN_COUNTRY.contains(s.lc(k))) {
                continue;
            }
            int dist = Math.abs(p.index() - trigger);
            if (dist <= 12 && dist < bestDist) { // farther off, it qualifies some other noun ("the governor of Hatay in Turkey")
                best = p.name();
                bestDist = dist;
            }
        }
        return best;
    }

    private static final Set<String> COMPASS = Lexicon.words("COMPASS");

    private static final Set<String> CLAUSE_BREAKS = Lexicon.words("CLAUSE_BREAKS");

    /** A place and a trigger on either side of "while", "whereas" or ";": two clauses, two events. */
    private static boolean otherClause(Sentence s, int trigger, int place) {
        int from = Math.min(trigger, place);
        int to = Math.max(trigger, place);
        for (int k = from + 1; k < to; k++) {
            if (CLAUSE_BREAKS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article's main place lies inside the given country. */
    private boolean dominantPlaceWithin(String countryName) {
        if (ctx.dominantPlace == null) {
            return false;
        }
        org.newswatch.extraction.geo.GeoMatch g = ctx.resolved.get(ctx.dominantPlace);
        Countries.Entry e = Countries.lookup(countryName.toLowerCase(java.util.Locale.ROOT));
        return g != null && !g.fuzzy() && e != null && e.iso3().equals(Countries.iso3(g.place().country()));
    }

    private String mainCountry;
    private boolean mainCountryDone;

    /**
     * The dateline's town lies in the country the text is about: "QUETTA - A gas cylinder exploded"; "BEIRUT (Reuters)
     * - Syrian jets struck ..." is filed from a town abroad. (A capital's bureau reporting its own state's strike abroad
     * with no place named, "WASHINGTON - A U.S. drone strike killed five", is placed at the capital: left as it is.)
     */
    private boolean datelineTownAtHome() {
        if (ctx.datelineTown == null) {
            return false;
        }
        // ... and the text points to a country of its own ("GENEVA (Reuters) - A U.N. report said ..." names none)
        return ctx.conflictCountry != null && ctx.conflictCountry.equals(ctx.datelineCountry);
    }

    /** The country the article most often names as a place ("in Lebanon", "across Sudan"), as written. */
    private String mainCountryPlace() {
        if (!mainCountryDone) {
            mainCountry = countMainCountryPlace(); // once per article: the fallback is asked per event
            mainCountryDone = true;
        }
        return mainCountry;
    }

    private String countMainCountryPlace() {
        java.util.Map<String, Integer> freq = new java.util.HashMap<>();
        String best = null;
        for (List<Places.Mention> ps : ctx.places) {
            for (Places.Mention p : ps) {
                if (p.country()) {
                    int f = freq.merge(p.name(), 1, Integer::sum);
                    if (best == null || f > freq.get(best)) {
                        best = p.name();
                    }
                }
            }
        }
        return best;
    }

    /** "X said", "said X", "according to X", "X reported": the source's code, or its words when it has none. */
    private String claimedBy(Sentence s) {
        for (int k = 0; k + 2 < s.size(); k++) {
            if (MONITORS_OBSERVATORY.contains(s.lc(k + 1)) && s.get(k).capitalised()
                    || s.lc(k).equals("observatory") && s.get(k).capitalised()) {
                return "SOHR";
            }
        }
        Party p = rules.parties.speaker(s);
        if (p == null) {
            return null;
        }
        return rules.coding.code(s, p, Roles.GOV, false);
    }
}
