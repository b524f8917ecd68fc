package org.newswatch.alert.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Qualifier;
import org.newswatch.contracts.SourceArticle;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.incident.BestMatch;
import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;

/**
 * Evaluates one event against one subscription whose filter it passed, and says which alert records to send.
 *
 * <p>Reports of one real event merge into one {@link Story} per subscription: the same eventId (the extract-service's
 * identity), else the same type and principal and what {@link IncidentMatch} (the one merge rule) finds the same
 * incident among the stories of nearby days, of its figure or of the article it nearly repeats.
 * A story fires at most once per rule; every later source sends an {@link Alert#UPDATE} record with the same
 * alertId, listing all sources. Re-reading the same report (same article and eventId) sends nothing.
 *
 * <p>Running totals ({@code cumulative=true}) are not incidents: they never fire a threshold rule and are never
 * added to a window sum. Events without a figure (vague amounts) fire neither.
 */
public final class AlertEngine {

    static final String SOURCE_SEPARATOR = "|";
    /** How a report joins the story of its own event id: the extract-service's identity decided. */
    static final List<String> SAME_EVENT_ID = List.of("same-event-id");

    private final StateTable<String> aliases;
    private final StateTable<String> reports;
    private final StateTable<StoryIndex> index;
    private final StateTable<Story> stories;
    private final StateTable<WindowState> windows;
    private final StateTable<Long> kinds;
    private final StateTable<RateState> rates;
    private final Clock clock;

    /**
     * @param state the tables (see {@link AlertState})
     * @param clock only for {@link Alert#firedAt()}: nothing else in an alert depends on the wall clock
     */
    public AlertEngine(AlertState state, Clock clock) {
        this.aliases = state.aliases();
        this.reports = state.reports();
        this.index = state.index();
        this.stories = state.stories();
        this.windows = state.windows();
        this.kinds = state.kinds();
        this.rates = state.rates();
        this.clock = clock;
    }

    /** The alert records (new ones and updates) this event causes for this subscription. */
    public List<Alert> evaluate(Subscription sub, ExtractedEvent event, Instant eventTime) {
        String kind = sub.rule() == null ? Rules.NEW : sub.rule().kind();
        LocalDate day = event.date() != null ? event.date() : eventTime.atZone(ZoneOffset.UTC).toLocalDate();
        String aliasKey = sub.id() + SOURCE_SEPARATOR + event.eventId();
        String signature = sub.id() + SOURCE_SEPARATOR + event.type() + SOURCE_SEPARATOR + event.principal();

        String storyId = aliases.get(aliasKey);
        List<String> how = SAME_EVENT_ID;
        if (storyId == null) {
            BestMatch found = find(signature, event, day, Rules.ESCALATION.equals(kind));
            storyId = found.id();
            how = storyId == null ? List.of() : found.verdict().signals();
        }
        Alert.Joined joined = new Alert.Joined(event.article(), event.eventId(), how);
        Story story = storyId == null ? null : stories.get(sub.id() + SOURCE_SEPARATOR + storyId);
        boolean known = story != null;
        if (!known) {
            story = Story.start(event, day);
        }
        String reportKey = event.article() == null ? null : Reports.key(sub.id(), story.storyId(), event.article());
        String reported = known && reportKey != null ? reports.get(reportKey) : null;
        if (known && reported == null && reportKey != null) {
            // a report split off this story belongs to its own: read again (a replay), it neither rejoins nor fires
            String own = aliases.get(splitKey(sub.id(), event));
            Story split = own == null ? null : stories.get(sub.id() + SOURCE_SEPARATOR + own);
            if (split != null) {
                story = split;
                reportKey = Reports.key(sub.id(), own, event.article());
                reported = reports.get(reportKey);
            }
        }
        if (known && (Reports.has(reported, event.eventId()) || story.listsReport(event))) {
            return List.of();
        }
        boolean newSource = reported == null && !story.listsArticle(event.article());
        Story merged = story.merge(event, newSource);
        aliases.put(aliasKey, merged.storyId());
        if (reportKey != null) {
            reports.put(reportKey, Reports.with(reported, event.eventId()));
        }
        reindex(signature, story, merged, event, newSource, Rules.ESCALATION.equals(kind));

        List<Alert> out = new ArrayList<>();
        Instant now = clock.instant();
        switch (kind) {
            case Rules.THRESHOLD -> {
                if (merged.alertId() == null) {
                    if (incident(event) && event.count() >= sub.rule().minCount()) {
                        merged = fire(sub, merged, event, eventTime, now, event.count(), null, out);
                    }
                } else if (newSource) {
                    merged = update(merged, now, out, joined);
                }
            }
            case Rules.NEW -> {
                boolean firstOfKind = noteKind(sub, event, eventTime);
                if (merged.alertId() == null) {
                    if (firstOfKind) {
                        merged = fire(sub, merged, event, eventTime, now, event.count(), null, out);
                    }
                } else if (newSource) {
                    merged = update(merged, now, out, joined);
                }
            }
            case Rules.ESCALATION -> {
                long min = sub.rule().minCount() == null ? 1 : sub.rule().minCount();
                Long figure = event.count();
                if (merged.alertId() == null) {
                    if (figure != null && figure >= min) {
                        merged = fire(sub, merged, event, eventTime, now, figure, null, out);
                    }
                } else if (figure != null && figure >= merged.alertedCount() + sub.rule().step()) {
                    merged = fire(sub, merged, event, eventTime, now, figure, merged.alertedCount(), out);
                } else if (newSource) {
                    merged = update(merged, now, out, joined);
                }
            }
            case Rules.WINDOW -> window(sub, event, eventTime, now, merged, out);
            case Rules.RATE -> rate(sub, event, eventTime, now, merged, out);
            default -> {
                // an unknown kind cannot pass validation; a record written by a newer version is ignored
            }
        }
        stories.put(sub.id() + SOURCE_SEPARATOR + merged.storyId(), merged);
        return out;
    }

    /** The rules whose alerts are about one story, so that a report can be split off them. */
    public static final List<String> SPLITTABLE = List.of(Rules.THRESHOLD, Rules.NEW, Rules.ESCALATION);

    /** The story a report split off another starts: its id depends only on the report, so the split alert's does. */
    static String splitStoryId(ExtractedEvent event) {
        return event.eventId() + SOURCE_SEPARATOR + "split" + SOURCE_SEPARATOR + event.article();
    }

    /** The id of the alert a report split off its story fires as (the same on every run). */
    public static String splitAlertId(String subscriptionId, ExtractedEvent event) {
        return Rules.alertId(subscriptionId, splitStoryId(event));
    }

    /** subscriptionId|eventId|split|articleId to the story a split report went to (in the aliases table). */
    private static String splitKey(String subscriptionId, ExtractedEvent event) {
        return subscriptionId + SOURCE_SEPARATOR + event.eventId() + SOURCE_SEPARATOR + "split" + SOURCE_SEPARATOR
                + event.article();
    }

    /**
     * Splits a report (one article's event) off the story of alert {@code alertId}, which absorbed it wrongly: the
     * story forgets it (its sources, event ids, the reports table) and an update of that alert says so; the report
     * starts a story of its own, indexed like any, which fires as a new alert when the rule would fire on it alone
     * (threshold: its figure reaches the least count; new: always; escalation: its figure reaches the least). The
     * split is kept in the tables (a marker from the report to its story), so the report read again later joins its
     * own story and sends nothing, and a second split of it finds nothing to do.
     *
     * @return the update of the alert and the new alert; nothing when the report is not (or no longer) one of the
     *         story's, the story is not the alert's, or the rule's alerts are not about one story
     */
    public List<Alert> split(Subscription sub, String alertId, ExtractedEvent event, Instant eventTime) {
        String kind = sub.rule() == null ? Rules.NEW : sub.rule().kind();
        if (event.article() == null || !SPLITTABLE.contains(kind)) {
            return List.of();
        }
        String storyId = aliases.get(sub.id() + SOURCE_SEPARATOR + event.eventId());
        Story story = storyId == null ? null : stories.get(sub.id() + SOURCE_SEPARATOR + storyId);
        if (story == null || story.alertId() == null
                || !(alertId.equals(story.alertId()) || alertId.equals(Rules.alertId(sub.id(), storyId)))) {
            return List.of();
        }
        String reportKey = Reports.key(sub.id(), storyId, event.article());
        String reported = reports.get(reportKey);
        if (!Reports.has(reported, event.eventId())) {
            return List.of();
        }
        String left = Reports.without(reported, event.eventId());
        reports.put(reportKey, left);
        Story rest = story.without(event, left == null);

        LocalDate day = event.date() != null ? event.date() : eventTime.atZone(ZoneOffset.UTC).toLocalDate();
        String ownId = splitStoryId(event);
        Story fresh = Story.start(ownId, event, day);
        Story own = fresh.merge(event, true);
        aliases.put(splitKey(sub.id(), event), ownId);
        reports.put(Reports.key(sub.id(), ownId, event.article()), event.eventId());
        String signature = sub.id() + SOURCE_SEPARATOR + event.type() + SOURCE_SEPARATOR + event.principal();
        reindex(signature, fresh, own, event, true, Rules.ESCALATION.equals(kind));

        List<Alert> out = new ArrayList<>();
        Instant now = clock.instant();
        rest = update(rest, now, out, null);
        Long figure = event.count();
        boolean fires = switch (kind) {
            case Rules.THRESHOLD -> incident(event) && figure >= sub.rule().minCount();
            case Rules.ESCALATION -> figure != null && figure >= (sub.rule().minCount() == null ? 1
                    : sub.rule().minCount());
            default -> true;
        };
        if (fires) {
            own = fire(sub, own, event, eventTime, now, figure, null, out);
        }
        stories.put(sub.id() + SOURCE_SEPARATOR + storyId, rest);
        stories.put(sub.id() + SOURCE_SEPARATOR + ownId, own);
        return out;
    }

    /**
     * The story an event belongs to by signature (none: {@link BestMatch#id()} null): of the candidate stories (the same figure, the days within
     * {@link StoryIndex#MERGE_DAYS} of its day, the article it nearly repeats, for escalation its place), the one
     * {@link IncidentMatch} finds the same incident with the most evidence (ties: the first found). Escalation (a
     * figure that changes as reports come in) does not compare figures. Reads at most nine small index values and
     * the candidate stories they name (within the days, at most {@code StoryIndex.MAX_REFS} per value).
     */
    private BestMatch find(String signature, ExtractedEvent event, LocalDate day, boolean escalation) {
        Incident report = Incident.of(event);
        IncidentMatch.Context context = IncidentMatch.Context.standard().withToleranceDays(StoryIndex.MERGE_DAYS)
                .withGrowingFigures(escalation);
        Candidates c = new Candidates(report, event, day, signature.substring(0, signature.indexOf(SOURCE_SEPARATOR)));
        if (event.nearDuplicateOf() != null) {
            c.consider(index.get(StoryIndex.articleKey(signature, event.nearDuplicateOf())), StoryIndex.KEEP_DAYS,
                    context.withNearDuplicate(true));
        }
        if (event.count() != null) {
            c.consider(index.get(StoryIndex.countKey(signature, event.count())), StoryIndex.MERGE_DAYS, context);
        }
        for (int d = -StoryIndex.MERGE_DAYS; d <= StoryIndex.MERGE_DAYS; d++) {
            c.consider(index.get(StoryIndex.dayKey(signature, day.plusDays(d))), StoryIndex.MERGE_DAYS, context);
        }
        if (escalation && event.location() != null) {
            c.consider(index.get(StoryIndex.placeKey(signature, event.location())), StoryIndex.MERGE_DAYS, context);
        }
        return c.match;
    }

    /** The candidate stories of one report and the best so far. */
    private final class Candidates {
        final ExtractedEvent event;
        final LocalDate day;
        final String subscriptionId;
        final BestMatch match;

        Candidates(Incident report, ExtractedEvent event, LocalDate day, String subscriptionId) {
            this.event = event;
            this.day = day;
            this.subscriptionId = subscriptionId;
            this.match = new BestMatch(report);
        }

        void consider(StoryIndex value, int days, IncidentMatch.Context context) {
            if (value == null) {
                return;
            }
            for (StoryIndex.Ref ref : value.near(day, days)) {
                if (!match.first(ref.storyId())) {
                    continue;
                }
                Story s = stories.get(subscriptionId + SOURCE_SEPARATOR + ref.storyId());
                if (s == null) {
                    continue;
                }
                // a story written before v1.3 has no summary: what the index knew of it
                Incident story = s.incident() != null ? s.incident()
                        : new Incident(event.type(), event.principal(), null, s.indexedCount(), null, null, null,
                                event.equipment(), s.day(), s.location(), null, null, null, null, null, null);
                match.consider(ref.storyId(), story, context);
            }
        }
    }

    /**
     * Writes only the index values the merge changed: the figure's value when the story first gets a figure, the
     * day's value when it starts, the place's value when it first gets a place if the rule merges by place
     * (escalation, the only reader of place values), the article's value for a new source.
     */
    private void reindex(String signature, Story before, Story merged, ExtractedEvent event, boolean newSource,
            boolean byPlace) {
        boolean located = before.location() == null && merged.location() != null;
        if (merged.indexedCount() != null && (before.indexedCount() == null || located)) {
            add(StoryIndex.countKey(signature, merged.indexedCount()), merged);
        }
        if (before.incident() == null) {
            add(StoryIndex.dayKey(signature, merged.day()), merged);
        }
        if (byPlace && located) {
            add(StoryIndex.placeKey(signature, merged.location()), merged);
        }
        if (newSource && event.article() != null) {
            add(StoryIndex.articleKey(signature, event.article()), merged);
        }
    }

    private void add(String key, Story story) {
        index.put(key, orEmpty(index.get(key)).with(story));
    }

    private void window(Subscription sub, ExtractedEvent event, Instant eventTime, Instant now, Story story,
            List<Alert> out) {
        if (!incident(event)) {
            return;
        }
        Duration w = Duration.parse(sub.rule().window());
        long time = eventMillis(event, eventTime);
        WindowState state = orEmpty(windows.get(sub.id())).with(
                new WindowState.Entry(story.storyId(), time, event.count()), w);
        WindowState.Sum best = state.bestWindowAround(time, w);
        if (best.total() >= sub.rule().minCount() && state.mayFire(best.end(), w)) {
            state = state.fired(best.end());
            String alertId = Rules.alertId(sub.id(), Rules.WINDOW, Long.toString(best.end()));
            List<String> ids = best.entries().stream().map(WindowState.Entry::storyId).toList();
            Sources sources = sources(sub, ids, story);
            String summary = best.total() + " " + event.type() + " " + principalText(event) + " within "
                    + sub.rule().window() + " up to " + Instant.ofEpochMilli(best.end()).atZone(ZoneOffset.UTC)
                            .toLocalDate() + " (" + ids.size() + " events)";
            out.add(new Alert(Alert.VERSION, alertId, sub.id(), sub.name(), Rules.WINDOW, summary, event.type(),
                    event.victim(), event.actor(), best.total(), null, event.location(), event.place(), event.date(),
                    event.evidence(), sources.listed(), ids, sources.count(), eventTime, now, Alert.NEW, null, null, null,
                    null, null));
        }
        windows.put(sub.id(), state);
    }

    /**
     * Notes that a new rule saw the event's kind at its event time (the event's date, else the record time) and
     * says whether that kind was unknown: never seen, or last seen {@code rule.window} (default 30 days) or more
     * before. A report older than the last sighting does not move it back.
     */
    private boolean noteKind(Subscription sub, ExtractedEvent event, Instant eventTime) {
        Duration w = sub.rule().window() == null ? Rules.DEFAULT_NEW_WINDOW : Duration.parse(sub.rule().window());
        String key = sub.id() + SOURCE_SEPARATOR + KindKey.of(sub.rule().key(), event);
        long time = eventMillis(event, eventTime);
        Long last = kinds.get(key);
        kinds.put(key, last == null ? time : Math.max(last, time));
        return last == null || time - last >= w.toMillis();
    }

    /**
     * The rate rule: counts each story once at the record time of its first report; fires when the window that
     * contains it holds max(minCount, factor x the mean per window of the baseline windows before it) stories, at
     * most once per window.
     */
    private void rate(Subscription sub, ExtractedEvent event, Instant eventTime, Instant now, Story story,
            List<Alert> out) {
        if (Boolean.TRUE.equals(event.cumulative())) {
            return;
        }
        Subscription.Rule rule = sub.rule();
        Duration w = Duration.parse(rule.window());
        int baseline = rule.baseline();
        long time = eventTime.toEpochMilli();
        RateState before = orEmpty(rates.get(sub.id()));
        if (before.has(story.storyId())) {
            return;
        }
        RateState state = before.with(new RateState.Entry(story.storyId(), time), w, baseline);
        RateState.Spike spike = state.spikeAround(time, w, baseline, rule.minCount(), rule.factor());
        if (spike != null) {
            state = state.fired(spike.end());
            String alertId = Rules.alertId(sub.id(), Rules.RATE, Long.toString(spike.end()));
            List<String> ids = spike.entries().stream().map(RateState.Entry::storyId).toList();
            Sources sources = sources(sub, ids, story);
            String summary = spike.count() + " matching events within " + rule.window() + " up to "
                    + Instant.ofEpochMilli(spike.end()) + ", against a baseline of " + decimal(spike.baselineMean())
                    + " per window over " + baseline + " windows (factor " + decimal(rule.factor()) + "); latest: "
                    + summary(event, event.count());
            out.add(new Alert(Alert.VERSION, alertId, sub.id(), sub.name(), Rules.RATE, summary, event.type(),
                    event.victim(), event.actor(), spike.count(), null, event.location(), event.place(),
                    event.date(), event.evidence(), sources.listed(), ids, sources.count(), eventTime, now, Alert.NEW,
                    null, null, null, null, null, spike.baselineMean()));
        }
        rates.put(sub.id(), state);
    }

    /** The sources an alert about several stories lists (at most {@link Story#MAX_LISTED}) and how many it has. */
    record Sources(List<SourceArticle> listed, int count) {
    }

    /**
     * The sources of the stories, each article once, in order: the current story as merged (not stored yet), the
     * others from the stories store. The count is exact when every story lists all its sources; the unlisted sources
     * of a larger story are added as they are (an article reporting two such stories counts twice). Read only when a
     * window or rate alert fires.
     */
    private Sources sources(Subscription sub, List<String> storyIds, Story current) {
        List<List<SourceArticle>> lists = new ArrayList<>();
        int unlisted = 0;
        for (String id : storyIds) {
            Story s = id.equals(current.storyId()) ? current : stories.get(sub.id() + SOURCE_SEPARATOR + id);
            if (s != null) {
                lists.add(s.articles());
                unlisted += s.unlisted();
            }
        }
        List<SourceArticle> distinct = ArticleLists.distinct(lists);
        List<SourceArticle> listed = distinct.size() > Story.MAX_LISTED ? distinct.subList(0, Story.MAX_LISTED)
                : distinct;
        return new Sources(List.copyOf(listed), distinct.size() + unlisted);
    }

    /** A figure with at most three decimals, the same text on every machine. */
    static String decimal(double d) {
        return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** The event's own date (midnight UTC) when known, else the record time. */
    static long eventMillis(ExtractedEvent event, Instant eventTime) {
        return event.date() != null ? event.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                : eventTime.toEpochMilli();
    }

    private static Story fire(Subscription sub, Story story, ExtractedEvent event, Instant eventTime, Instant now,
            Long figure, Long previous, List<Alert> out) {
        String alertId = previous == null ? Rules.alertId(sub.id(), story.storyId())
                : Rules.alertId(sub.id(), story.storyId(), Rules.ESCALATION, Long.toString(figure));
        String summary = summary(event, figure) + (previous == null ? "" : ", up from " + previous);
        Alert alert = new Alert(Alert.VERSION, alertId, sub.id(), sub.name(), sub.rule().kind(), summary,
                event.type(), event.victim(), event.actor(), figure, event.qualifier(), event.location(),
                event.place(), event.date(), event.evidence(), story.articles(), story.eventIds(),
                story.corroboration(), eventTime, now, Alert.NEW, previous, null, null, null, null);
        out.add(alert);
        return story.alerted(alert, figure);
    }

    private static Story update(Story story, Instant now, List<Alert> out, Alert.Joined joined) {
        Alert last = story.lastAlert();
        Alert alert = new Alert(last.schemaVersion(), last.alertId(), last.subscriptionId(), last.subscriptionName(),
                last.rule(), last.summary(), last.eventType(), last.victim(), last.actor(), last.count(),
                last.qualifier(), last.location(), last.place(), last.date(), last.evidence(), story.articles(),
                story.eventIds(), story.corroboration(), last.eventTime(), now, Alert.UPDATE, last.previousCount(),
                null, null, null, null, last.baseline(), joined);
        out.add(alert);
        return story.withLastAlert(alert);
    }

    /** "KILLED TURMIL 22 (AT_LEAST) in Idlib on 2020-02-27". */
    static String summary(ExtractedEvent e, Long figure) {
        StringBuilder s = new StringBuilder().append(e.type()).append(' ').append(principalText(e));
        if (figure != null) {
            s.append(' ').append(figure);
            if (e.qualifier() != null && e.qualifier() != Qualifier.EXACT) {
                s.append(" (").append(e.qualifier()).append(')');
            }
        } else if (e.vagueAmount() != null) {
            s.append(' ').append(e.vagueAmount());
        }
        if (e.location() != null) {
            s.append(" in ").append(e.location());
        }
        if (e.date() != null) {
            s.append(" on ").append(e.date());
        }
        return s.toString();
    }

    private static String principalText(ExtractedEvent e) {
        String p = e.principal();
        return p == null ? "(unknown party)" : p;
    }

    /** One incident with a figure: not a running total, not a vague amount. */
    static boolean incident(ExtractedEvent e) {
        return e.count() != null && !Boolean.TRUE.equals(e.cumulative());
    }

    private static StoryIndex orEmpty(StoryIndex i) {
        return i == null ? StoryIndex.empty() : i;
    }

    private static RateState orEmpty(RateState r) {
        return r == null ? RateState.empty() : r;
    }

    private static WindowState orEmpty(WindowState w) {
        return w == null ? WindowState.empty() : w;
    }
}
