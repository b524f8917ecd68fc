package org.newswatch.extraction.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.incident.BestMatch;
import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;
import org.newswatch.contracts.incident.IncidentSignals;
import org.newswatch.contracts.incident.Principals;

/**
 * Cross-article identity: an event takes the id of an earlier event that is the same incident, else a fresh
 * deterministic id (the engine's content hash salted with the article). The same incident is what
 * {@link IncidentMatch} decides (the one merge rule, shared with the alert-service's stories: compatible type,
 * principal ({@link Principals}), day, place by its precision and figures; for deaths, woundings, attacks and losses
 * also both places known and enough evidence). On top of it, identity knows what one article tells: a running total is
 * its figure (restated later it is the same total; another figure, none, or one incident's toll is another quantity);
 * a threat is a statement of one day (undated on both sides, a standing threat restated by reports within
 * {@code toleranceDays}, with the same deadline if both give one); a statement or a meeting (threat, talks) placed
 * where its article's fighting is may be placed by what it is about rather than where it was made ("talks on Idlib",
 * held in Ankara): on the same day such a place does not keep it from the same party's statement placed elsewhere; a
 * near-duplicate of an earlier article (the ingest service's mark) is near-duplicate text.
 *
 * <p>Events are remembered for {@code windowDays} days by event date (the clock is the newest day seen), so
 * memory is bounded. Feed articles in publication order. One article never gets one id twice, and a
 * re-delivered article gets the ids it got the first time (it joins its own earlier events). Thread-safe: calls
 * are serialised.
 */
public final class EventIdentity {

    public static final int DEFAULT_TOLERANCE_DAYS = 2;
    /** The verdict on a summary of a day too far apart (IncidentMatch's first test, made here without the rule). */
    private static final IncidentMatch.Verdict DAY_APART = new IncidentMatch.Verdict(false, 0, List.of(), "date");
    /** An undated event's day number. */
    private static final long NO_DAY = Long.MIN_VALUE;
    public static final int DEFAULT_WINDOW_DAYS = 30;
    private final IdentityStore store;
    /**
     * What the merge decision knows of each remembered id: its first report's summary widened by the later ones
     * ({@link Incident#widen}), so that a report is compared with an event's most precise place rather than with
     * one of its reports (two towns far apart do not share an id through their province's report).
     */
    private final Map<String, Story> stories = new HashMap<>();
    /**
     * The victims' codes remembered per type and first word of a place name ({@link IncidentSignals#firstNameWord}:
     * "leer" for "Leer" and "Leer County"): the countries outlets, or a namesake abroad the gazetteer chose, gave the
     * victims of a place of that name ({@link Principals#readByNamesake}). Bounded as the place names are few.
     */
    private final Map<String, Set<String>> codesByName = new HashMap<>();
    /** The number of the lookup in progress (a {@link Story} keeps what one lookup learnt of its id). */
    private long lookups;
    /** The number of the article being assigned (a {@link Story} knows whether that article already took its id). */
    private long articles;
    private final int toleranceDays;
    private final int windowDays;
    private final IncidentMatch.Context[] contexts;
    private LocalDate clock;

    public EventIdentity(IdentityStore store, int toleranceDays, int windowDays) {
        this.store = Objects.requireNonNull(store);
        this.toleranceDays = toleranceDays;
        this.windowDays = windowDays;
        this.contexts = contexts(toleranceDays);
    }

    /** An in-memory resolver with a 2-day tolerance and a 30-day window. */
    public static EventIdentity inMemory() {
        return new EventIdentity(new InMemoryIdentityStore(), DEFAULT_TOLERANCE_DAYS, DEFAULT_WINDOW_DAYS);
    }

    /** How many events are remembered. */
    public synchronized int size() {
        return store.size();
    }

    /**
     * The events of one article with their cross-article ids, remembered for later articles. The input's ids
     * (the content hashes) are the fresh ids.
     */
    public synchronized List<ExtractedEvent> resolve(List<ExtractedEvent> events) {
        return assign(events, true, new java.util.IdentityHashMap<>());
    }

    /**
     * The events of one article as the incident rule reads them ({@link Incident#of}: its place as meant, signal words,
     * text sketch), computed ahead by {@link #prepare}, which needs no lock: a caller with several threads (the
     * offline tool's workers) does this work beside the engine rather than in {@link #resolve}'s serial section.
     */
    public static final class Prepared {
        private final List<ExtractedEvent> events;
        private final java.util.IdentityHashMap<ExtractedEvent, Incident> incidents;

        private Prepared(List<ExtractedEvent> events) {
            this.events = java.util.Collections.unmodifiableList(new ArrayList<>(events));
            this.incidents = new java.util.IdentityHashMap<>();
            for (ExtractedEvent e : this.events) {
                incidents.put(e, Incident.of(e));
            }
        }

        /** The article's events, as given. */
        public List<ExtractedEvent> events() {
            return events;
        }
    }

    /** One article's events made ready for {@link #resolve(Prepared)}; thread-safe, touches no memory of ids. */
    public static Prepared prepare(List<ExtractedEvent> events) {
        return new Prepared(events);
    }

    /** As {@link #resolve(List)}, for events made ready by {@link #prepare}: the same ids. */
    public synchronized List<ExtractedEvent> resolve(Prepared prepared) {
        return assign(prepared.events, true, prepared.incidents);
    }

    /** Like {@link #resolve} but remembers nothing: an ad hoc look at what ids the events would get. */
    public synchronized List<ExtractedEvent> peek(List<ExtractedEvent> events) {
        return assign(events, false, new java.util.IdentityHashMap<>());
    }

    /** Rebuild: remembers an event as it was published (its id kept), e.g. read back from the events topic. */
    public synchronized void remember(ExtractedEvent e) {
        if (e == null || e.eventId() == null || !known(e)) {
            return;
        }
        advance(e.date());
        if (store.contains(e.eventId(), e.article())) {
            return; // already known (a re-delivered record)
        }
        SeenEvent seen = seen(e, e.eventId(), null);
        if (clock == null || !seen.day().isBefore(clock.minusDays(windowDays))) {
            store.add(seen);
            summarise(seen);
        }
    }

    /**
     * True when another report can be told to be this event: a type and a principal party, or an incident of a strict
     * type without its party (a bomb that went off), which the merge rule knows by its place, day and figure.
     */
    private static boolean known(ExtractedEvent e) {
        return e.type() != null && (e.principal() != null || IncidentSignals.shared().strict(e.type()));
    }

    /** What one article tells about its events besides their fields: its report day and where its fighting is. */
    private record ArticleView(LocalDate reported, List<ExtractedEvent> fighting,
            java.util.IdentityHashMap<ExtractedEvent, Incident> incidents) {

        /** The event as the incident rule reads it, built once per event of the article (its text sketch costs). */
        Incident incident(ExtractedEvent e) {
            return incidents.computeIfAbsent(e, Incident::of);
        }
    }

    private static Incident incident(ExtractedEvent e, ArticleView view) {
        return view == null ? Incident.of(e) : view.incident(e);
    }

    private List<ExtractedEvent> assign(List<ExtractedEvent> events, boolean keep,
            java.util.IdentityHashMap<ExtractedEvent, Incident> incidents) {
        if (keep) {
            for (ExtractedEvent e : events) {
                advance(e.date());
            }
        }
        ArticleView view = view(events, incidents);
        Set<String> used = new HashSet<>();
        articles++;
        List<ExtractedEvent> out = new ArrayList<>(events.size());
        List<SeenEvent> added = new ArrayList<>();
        // counted events first: a figure is the strongest identity, so it picks its match before an uncounted one
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Boolean.compare(events.get(a).count() == null, events.get(b).count() == null));
        ExtractedEvent[] result = new ExtractedEvent[events.size()];
        for (int i : order) {
            ExtractedEvent e = events.get(i);
            String id = e.eventId();
            if (known(e)) {
                SeenEvent match = best(e, view, used);
                if (match != null) {
                    id = match.eventId();
                } else {
                    id = fresh(e, used);
                }
                if (keep) {
                    added.add(seen(e, id, view));
                }
            } else if (e.type() != null) {
                // no principal party of an act or a statement: nothing to know it by in another report, an event of
                // this article only (its bare content hash, type and day, would be shared by every such event of the
                // day)
                id = fresh(e, used);
            }
            used.add(id);
            Story taken = stories.get(id);
            if (taken != null) {
                taken.usedBy(articles); // (read per candidate by best(), cheaper than the set)
            }
            result[i] = id.equals(e.eventId()) ? e : e.withEventId(id);
        }
        for (SeenEvent s : added) {
            store.add(s);
            summarise(s);
        }
        for (ExtractedEvent e : result) {
            out.add(e);
        }
        return out;
    }

    /**
     * The report day: the newest day the article gives any event (a report is no older than what it reports;
     * undated running totals take it), else the clock. Where the fighting is: the places of its incidents.
     */
    private ArticleView view(List<ExtractedEvent> events, java.util.IdentityHashMap<ExtractedEvent, Incident> incidents) {
        LocalDate reported = null;
        List<ExtractedEvent> fighting = new ArrayList<>();
        for (ExtractedEvent e : events) {
            if (e.date() != null && (reported == null || e.date().isAfter(reported))) {
                reported = e.date();
            }
            if (e.type() != null && !statement(e.type()) && e.location() != null) {
                fighting.add(e);
            }
        }
        return new ArticleView(reported != null ? reported : clock, fighting, incidents);
    }

    private static boolean statement(EventType t) {
        return t == EventType.THREAT || t == EventType.TALKS;
    }

    /** A statement or a meeting placed at or near a place of the article's fighting: a place it may be about. */
    private static boolean aboutPlace(ExtractedEvent e, ArticleView view) {
        if (e.type() == null || !statement(e.type()) || e.location() == null || view == null) {
            return false;
        }
        for (ExtractedEvent f : view.fighting()) {
            if (IncidentMatch.placesMeet(view.incident(e), view.incident(f))) {
                return true;
            }
        }
        return false;
    }

    private SeenEvent best(ExtractedEvent e, ArticleView view, Set<String> used) {
        SeenEvent best = null;
        int bestScore = Integer.MIN_VALUE;
        int bestReports = 0;
        List<SeenEvent> bucket = new ArrayList<>();
        // the event's own code first: its candidates are the ones with the same principal
        int own = -1;
        for (String principal : Principals.compatible(e.type(), e.principal())) {
            bucket.addAll(store.candidates(SeenEvent.key(e.type(), principal), e.count(), e.date(), toleranceDays));
            if (own < 0) {
                own = bucket.size();
            }
        }
        // an incident of a strict type told without its party by another outlet (IncidentMatch: the same town and day)
        if (e.principal() != null && e.type() != null && IncidentSignals.shared().strict(e.type())) {
            bucket.addAll(store.candidates(SeenEvent.key(e.type(), null), e.count(), e.date(), toleranceDays));
        }
        // the same victims as another outlet may have read their country (IncidentMatch: with the same toll)
        if (e.count() != null) {
            for (String principal : Principals.nationals(e.type(), e.principal(), e.place(),
                    e.type().victimIsPrincipal() ? e.actor() : null)) {
                bucket.addAll(store.candidates(SeenEvent.key(e.type(), principal), e.count(), e.date(), toleranceDays));
            }
        }
        // the same victims given another country by an outlet that read a namesake of their place abroad
        // (IncidentMatch: with the same toll and day, in places of one name the gazetteer puts in two countries)
        String byName = e.count() == null ? null : nameKey(e.type(), e.location());
        Set<String> named = byName == null || e.principal() == null || e.principal().length() != 6 ? null
                : codesByName.get(byName);
        if (named != null) {
            for (String principal : named) {
                if (principal.length() == 6 && principal.regionMatches(3, e.principal(), 3, 3)
                        && !principal.regionMatches(0, e.principal(), 0, 3)) {
                    bucket.addAll(store.candidates(SeenEvent.key(e.type(), principal), e.count(), e.date(),
                            toleranceDays));
                }
            }
        }
        // an ultimatum's deadline, read once per event rather than once per candidate
        YearMonth deadline = e.type() != EventType.THREAT ? null : Deadlines.month(e.evidence(),
                e.date() != null ? e.date() : view == null ? null : view.reported());
        Incident report = incident(e, view);
        if (e.count() != null && e.date() != null && report.names().contains(IncidentSignals.RISEN)) {
            // a toll its text says rose ("has risen to seven"): the lower figures an outlet may have given first, up
            // to half of it (IncidentMatch.risen; the store's lookup by figure reaches only a few apart)
            // (the events of nearby days, counted or not, which the store gives for no figure, of those figures)
            long update = IncidentSignals.shared().points("figure-update-difference");
            long lowest = (e.count() + 1) / 2;
            for (String principal : Principals.compatible(e.type(), e.principal())) {
                for (SeenEvent s : store.candidates(SeenEvent.key(e.type(), principal), null, e.date(), toleranceDays)) {
                    if (s.count() != null && s.count() >= lowest && s.count() < e.count() - update) {
                        bucket.add(s);
                    }
                }
            }
        }
        boolean about = aboutPlace(e, view);
        long lookup = ++lookups;
        long day = e.date() == null ? NO_DAY : e.date().toEpochDay();
        // an act or a loss that is no running total, with no near-duplicate mark, is weighed in the rule's standard
        // context whatever the candidate (score(): the context's bits all need a statement, a running total, a
        // threat or the mark), so a candidate id it does not join is not joined by any other report of that id
        boolean oneContext = !statement(e.type()) && !Boolean.TRUE.equals(e.cumulative())
                && e.nearDuplicateOf() == null;
        // the ids met in an area holding its place (IncidentMatch.Verdict.alone): the best of them, its evidence and the
        // next best's (BestMatch: the only one, or one clearly better corroborated than the others)
        SeenEvent alone = null;
        boolean aloneTaken = false;
        int aloneScore = Integer.MIN_VALUE;
        int nextScore = Integer.MIN_VALUE;
        List<Story> alones = null;
        for (int c = 0; c < bucket.size(); c++) {
            SeenEvent s = bucket.get(c);
            Story k = s.story();
            if (k.usedBy() == articles || k.ruledOut() == lookup) { // an id this article already has, or can't join
                continue;
            }
            // a candidate's id is decided once per lookup: its reports are all compared with one summary
            k.lookup(lookup);
            int score = score(e, day, view, report, about, s, deadline, k);
            if (score < 0 && oneContext && k.verdict(0) != null && !k.verdict(0).join()) {
                k.ruledOut(lookup);
            }
            if (score <= ALONE) {
                if (alones == null) {
                    alones = new ArrayList<>(2);
                }
                if (!alones.contains(k)) {
                    alones.add(k);
                    boolean taken = score > NOT_TAKEN;
                    int points = (taken ? ALONE : NOT_TAKEN) - score;
                    if (points > aloneScore) {
                        nextScore = aloneScore;
                        aloneScore = points;
                        alone = s;
                        aloneTaken = taken;
                    } else {
                        nextScore = Math.max(nextScore, points);
                    }
                }
                continue;
            }
            if (score < 0) {
                continue;
            }
            if (c < own) {
                score += 1; // the same code beats a compatible one
            }
            if (k.reports() < 0) {
                k.reports(store.reports(s.eventId()));
            }
            int n = k.reports();
            // ties: the event more articles have reported, then the most recent (for troop movements the first:
            // a later mention of an undated movement is the build-up the story began with more often than not)
            if (score > bestScore || score == bestScore && (n > bestReports
                    || n == bestReports && e.type() != EventType.DEPLOYMENT)) {
                best = s;
                bestScore = score;
                bestReports = n;
            }
        }
        return best != null || alone == null || !aloneTaken || !BestMatch.clearlyBest(aloneScore, nextScore) ? best
                : alone;
    }

    /**
     * {@link #score}'s answer for a candidate that joins only as the one so placed (Verdict.alone): this minus its
     * evidence points.
     */
    private static final int ALONE = -1000;

    /**
     * As {@link #ALONE}, for a candidate so placed that is never taken as the only one ({@link IncidentMatch#takenAlone}),
     * though it still keeps the report from another candidate of the area.
     */
    private static final int NOT_TAKEN = -2000;

    /**
     * How well an earlier event matches, or -1 when it is a different event ({@code report}: the event as the
     * incident rule reads it; {@code about}: whether it is a statement placed where its article's fighting is;
     * {@code deadline}: a threat's; {@code story}: what is known of the candidate's id).
     */
    private int score(ExtractedEvent e, long day, ArticleView view, Incident report, boolean about, SeenEvent s,
            YearMonth deadline, Story story) {
        int score = 0;
        if (e.article() != null && e.article().equals(s.article()) && e.eventId() != null
                && e.eventId().equals(s.eventId())) {
            score += 100; // the same article again, or its own first reading
        }
        boolean dated = day != NO_DAY && s.date() != null;
        long gap = dated ? Math.abs(day - s.epochDay()) : 0;
        boolean cumulative = Boolean.TRUE.equals(e.cumulative());
        boolean sameFigure = e.count() != null && e.count().equals(s.count());
        boolean sameTotal = sameFigure && cumulative && s.cumulative();
        if (e.type().victimIsPrincipal() && (cumulative || s.cumulative()) && !sameFigure) {
            // a running total is its figure: another figure, no figure ("tens of thousands have fled"), or one
            // incident's toll on the same day ("fled on Monday" vs "90,000 displaced since Monday") is another
            // quantity. The same figure joins even when only one outlet calls it a total.
            return -1;
        }
        boolean threat = e.type() == EventType.THREAT;
        if (threat) {
            // a threat is a statement made on one day: a new day's warning is a new threat. Undated on both
            // sides ("has warned ... by the end of this month"), it is a standing threat restated by reports of
            // neighbouring days; undated on one side only, it cannot be told from the party's other statements
            boolean standing = e.date() == null && s.date() == null;
            if (dated ? gap > 0 : !(standing && neighbours(view, s))) {
                return -1;
            }
            if (deadline != null && s.deadline() != null) {
                if (!deadline.equals(s.deadline())) {
                    return -1; // an ultimatum is known by its deadline
                }
                score += 2;
            }
        }
        // a running total's date is the day of the report: the same figure restated later is the same total
        int flags = (sameTotal || threat ? 1 : 0) | ((about || s.aboutPlace()) && dated && gap == 0 ? 2 : 0)
                | (e.nearDuplicateOf() != null && e.nearDuplicateOf().equals(s.article()) ? 4 : 0);
        IncidentMatch.Verdict verdict = story.verdict(flags);
        if (verdict == null && (flags & 1) == 0 && day != NO_DAY && story.summary != null
                && story.summary.date() != null
                && Math.abs(day - story.summaryDay) > toleranceDays) {
            // what IncidentMatch.decide says of a summary of another day, without weighing it
            story.verdict(flags, DAY_APART);
            return -1;
        }
        if (verdict == null) {
            verdict = IncidentMatch.decide(report, story.summary != null ? story.summary : s.incident(),
                    contexts[flags]);
            story.verdict(flags, verdict);
        }
        if (!verdict.join()) {
            return verdict.alone() ? (IncidentMatch.takenAlone(verdict) ? ALONE : NOT_TAKEN) - verdict.score() : -1;
        }
        score += verdict.score();
        Incident known = story.summary != null ? story.summary : s.incident();
        if (verdict.signals().contains(NAMED_PLACE) && namesItsPlace(report, known)) {
            // of two candidates both joined by a named place ("CODECO killed four in the Fataki area of Djugu
            // territory", placed in Djugu: the Fataki story, and the Mongbwalu story whose text names Djugu as its
            // territory), the one whose place this report names is the one it tells of; ranking only, the verdict
            // decided the join
            score += 1;
        }
        if (Boolean.TRUE.equals(e.cumulative()) == s.cumulative() && e.type() != EventType.DEPLOYMENT) {
            score += 1; // (troops sent are told as a build-up by one outlet and as a movement by another)
        }
        if (e.type() == EventType.DEPLOYMENT && amounted(e) && s.amounted()) {
            score += 1; // "5,000 troops" and "thousands of soldiers": two outlets' amounts of one build-up
        }
        return score;
    }

    private static final String NAMED_PLACE = "named-place";

    /** True when the report's text names the candidate's place (and the candidate is not placed as the report is). */
    private static boolean namesItsPlace(Incident report, Incident candidate) {
        if (candidate.location() == null || report.location() == null) {
            return false;
        }
        IncidentSignals k = IncidentSignals.shared();
        String key = k.placeKey(candidate.location());
        return !key.equals(k.placeKey(report.location())) && report.names().contains(key);
    }

    /**
     * The merge rule's context for each combination of what a candidate adds: bit 1, dates do not keep them apart (a
     * running total's same figure, a threat); bit 2, places do not (a statement placed by its subject, same day);
     * bit 4, the ingest service marked the article a near-duplicate of the candidate's.
     */
    private static IncidentMatch.Context[] contexts(int toleranceDays) {
        IncidentMatch.Context[] out = new IncidentMatch.Context[8];
        for (int f = 0; f < 8; f++) {
            out[f] = IncidentMatch.Context.standard().withToleranceDays(toleranceDays).withAnyDay((f & 1) != 0)
                    .withPlaceMayDiffer((f & 2) != 0).withNearDuplicate((f & 4) != 0);
        }
        return out;
    }

    /** Both undated: whether the two reports are of neighbouring days (within {@code toleranceDays}). */
    private boolean neighbours(ArticleView view, SeenEvent s) {
        return view != null && view.reported() != null && s.day() != null
                && Math.abs(ChronoUnit.DAYS.between(view.reported(), s.day())) <= toleranceDays;
    }

    /**
     * The content hash salted with the article, unless an earlier, different event or this article already
     * holds it. Content hashes are coarse (type, party and a figure or a day: any undated capture by one party
     * has one), and memory is bounded: a bare content hash would be handed again to a different event once its
     * first holder is forgotten. Salted, a re-delivered article still gets its ids again.
     */
    private String fresh(ExtractedEvent e, Set<String> used) {
        String id = e.article() == null ? e.eventId() : hash(e.eventId() + "|" + e.article());
        for (int n = 1; id == null || used.contains(id) || store.containsId(id); n++) {
            id = hash(e.eventId() + "|" + e.article() + "|" + e.date() + "|"
                    + (e.location() == null ? "" : e.location().toLowerCase(Locale.ROOT)) + "|" + n);
        }
        return id;
    }

    private void advance(LocalDate day) {
        if (day == null || clock != null && !day.isAfter(clock)) {
            return;
        }
        clock = day;
        store.evictBefore(clock.minusDays(windowDays));
        List<String> forgotten = store.takeForgotten();
        if (forgotten == null) {
            stories.keySet().removeIf(id -> !store.containsId(id));
        } else {
            for (String id : forgotten) {
                if (!store.containsId(id)) { // (unless a later event took it again)
                    stories.remove(id);
                }
            }
        }
    }

    /** The key of {@link #codesByName} for a victims' event of this type and place; null for none. */
    private static String nameKey(EventType type, String location) {
        if (type == null || !type.victimIsPrincipal() || location == null) {
            return null;
        }
        String word = IncidentSignals.shared().firstNameWord(location);
        return word == null ? null : type + "|" + word;
    }

    /** Widens the summary of the remembered event's id by its report. */
    private void summarise(SeenEvent s) {
        String byName = s.principal() == null || s.principal().length() != 6 ? null : nameKey(s.type(), s.location());
        if (byName != null) {
            if (codesByName.size() > 100_000) {
                codesByName.clear(); // (place names are few; a bound keeps a stream of odd ones from growing it)
            }
            codesByName.computeIfAbsent(byName, x -> new HashSet<>(2)).add(s.principal());
        }
        Story story = s.story();
        story.summary = story.summary == null ? s.incident() : story.summary.widen(s.incident());
        story.summaryDay = story.summary.date() == null ? NO_DAY : story.summary.date().toEpochDay();
    }

    private static boolean amounted(ExtractedEvent e) {
        return e.count() != null || e.vagueAmount() != null;
    }

    private SeenEvent seen(ExtractedEvent e, String id, ArticleView view) {
        LocalDate reported = view == null ? null : view.reported();
        LocalDate day = e.date() != null ? e.date() : reported != null ? reported : clock != null ? clock : LocalDate.EPOCH;
        YearMonth deadline = e.type() == EventType.THREAT ? Deadlines.month(e.evidence(), day) : null;
        return new SeenEvent(id, e.article(), e.type(), e.principal(), e.count(), Boolean.TRUE.equals(e.cumulative()),
                e.equipment(), e.location(), e.place(), e.date(), day, amounted(e), aboutPlace(e, view), deadline,
                incident(e, view), stories.computeIfAbsent(id, k -> new Story()));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    });

    static String hash(String basis) {
        byte[] h = SHA256.get().digest(basis.getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 8; i++) {
            b.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
        }
        return b.toString();
    }
}
