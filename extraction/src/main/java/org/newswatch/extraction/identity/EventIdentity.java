package org.newswatch.extraction.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Place;

/**
 * Cross-article identity: an event takes the id of an earlier compatible event, else a fresh deterministic id
 * (the engine's content hash). Compatible means the same type, principal party and equipment kind; equal
 * counts when both have one (a count on one side only when both are dated, on the same day for a loss); days within
 * {@code toleranceDays} of each other (the same day for a threat; any days for one running total restated),
 * or one side undated; and places that are equal, one inside or near the
 * other (same country, within {@link #NEAR_KM} by the gazetteer's coordinates), or one missing.
 *
 * <p>Events are remembered for {@code windowDays} days by event date (the clock is the newest day seen), so
 * memory is bounded. Feed articles in publication order. One article never gets one id twice, and a
 * re-delivered article gets the ids it got the first time (it joins its own earlier events). Thread-safe: calls
 * are serialised.
 */
public final class EventIdentity {

    public static final int DEFAULT_TOLERANCE_DAYS = 2;
    public static final int DEFAULT_WINDOW_DAYS = 30;
    /** Two coordinates this close (km) in one country are one place for identity: a town and its district. */
    static final double NEAR_KM = 40;

    private final IdentityStore store;
    private final int toleranceDays;
    private final int windowDays;
    private LocalDate clock;

    public EventIdentity(IdentityStore store, int toleranceDays, int windowDays) {
        this.store = Objects.requireNonNull(store);
        this.toleranceDays = toleranceDays;
        this.windowDays = windowDays;
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
        return assign(events, true);
    }

    /** Like {@link #resolve} but remembers nothing: an ad hoc look at what ids the events would get. */
    public synchronized List<ExtractedEvent> peek(List<ExtractedEvent> events) {
        return assign(events, false);
    }

    /** Rebuild: remembers an event as it was published (its id kept), e.g. read back from the events topic. */
    public synchronized void remember(ExtractedEvent e) {
        if (e == null || e.eventId() == null || e.type() == null || e.principal() == null) {
            return;
        }
        advance(e.date());
        for (SeenEvent s : store.candidates(SeenEvent.key(e.type(), e.principal()))) {
            if (s.eventId().equals(e.eventId()) && Objects.equals(s.article(), e.article())) {
                return; // already known (a re-delivered record)
            }
        }
        SeenEvent seen = seen(e, e.eventId());
        if (clock == null || !seen.day().isBefore(clock.minusDays(windowDays))) {
            store.add(seen);
        }
    }

    private List<ExtractedEvent> assign(List<ExtractedEvent> events, boolean keep) {
        if (keep) {
            for (ExtractedEvent e : events) {
                advance(e.date());
            }
        }
        Set<String> used = new HashSet<>();
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
            if (e.type() != null && e.principal() != null) {
                SeenEvent match = best(e, used);
                if (match != null) {
                    id = match.eventId();
                } else {
                    id = fresh(e, used);
                }
                if (keep) {
                    added.add(seen(e, id));
                }
            }
            used.add(id);
            result[i] = id.equals(e.eventId()) ? e : withId(e, id);
        }
        for (SeenEvent s : added) {
            store.add(s);
        }
        for (ExtractedEvent e : result) {
            out.add(e);
        }
        return out;
    }

    private SeenEvent best(ExtractedEvent e, Set<String> used) {
        SeenEvent best = null;
        int bestScore = Integer.MIN_VALUE;
        int bestReports = 0;
        java.util.Map<String, Integer> reports = new java.util.HashMap<>();
        List<SeenEvent> bucket = store.candidates(SeenEvent.key(e.type(), e.principal()));
        for (SeenEvent s : bucket) {
            reports.merge(s.eventId(), 1, Integer::sum);
        }
        for (SeenEvent s : bucket) {
            if (used.contains(s.eventId())) {
                continue;
            }
            int score = score(e, s);
            int n = reports.get(s.eventId());
            // ties: the event more articles have reported, then the most recent (for troop movements the first:
            // a later mention of an undated movement is the build-up the story began with more often than not)
            if (score >= 0 && (score > bestScore || score == bestScore && (n > bestReports
                    || n == bestReports && e.type() != EventType.DEPLOYMENT))) {
                best = s;
                bestScore = score;
                bestReports = n;
            }
        }
        return best;
    }

    /** How well an earlier event matches, or -1 when it is a different event. */
    int score(ExtractedEvent e, SeenEvent s) {
        if (e.equipment() != s.equipment()) {
            return -1;
        }
        int score = 0;
        if (e.article() != null && e.article().equals(s.article()) && e.eventId() != null
                && e.eventId().equals(s.eventId())) {
            score += 100; // the same article again, or its own first reading
        }
        boolean dated = e.date() != null && s.date() != null;
        long gap = dated ? Math.abs(ChronoUnit.DAYS.between(e.date(), s.date())) : 0;
        boolean sameTotal = e.count() != null && e.count().equals(s.count()) && Boolean.TRUE.equals(e.cumulative())
                && s.cumulative();
        // a running total's date is the day of the report: the same figure restated later is the same total.
        // A statement (a threat) is made on one day: a new day's warning is a new threat.
        if (!sameTotal && gap > (e.type() == EventType.THREAT ? 0 : toleranceDays)
                || e.type() == EventType.THREAT && !dated) {
            return -1; // an undated statement cannot be told from the party's other statements
        }
        int place = places(e.location(), e.place(), s.location(), s.place());
        if (place < 0) {
            return -1;
        }
        if (e.count() != null && s.count() != null) {
            if (!e.count().equals(s.count())) {
                return -1;
            }
            score += 8;
        } else if (e.count() != null || s.count() != null) {
            // a figure on one side only: both dated, and for a loss (the figure is its substance) the same day;
            // an act's figure (troops sent, targets hit) varies by outlet and decides nothing
            if (!dated || gap != 0 && e.type().victimIsPrincipal()) {
                return -1;
            }
        }
        if (dated) {
            score += gap == 0 ? 4 : 2;
        }
        if (Boolean.TRUE.equals(e.cumulative()) == s.cumulative() && e.type() != EventType.DEPLOYMENT) {
            score += 1; // (troops sent are told as a build-up by one outlet and as a movement by another)
        }
        if (e.type() == EventType.DEPLOYMENT && amounted(e) && s.amounted()) {
            score += 1; // "5,000 troops" and "thousands of soldiers": two outlets' amounts of one build-up
        }
        return score + place;
    }

    /** 2 the same place, 1 one inside or near the other, 0 one missing or unplaced, -1 different places. */
    static int places(String a, Place pa, String b, Place pb) {
        if (a == null || b == null) {
            return 0;
        }
        if (a.equalsIgnoreCase(b)) {
            return 2;
        }
        if (pa == null || pb == null) {
            return -1;
        }
        if (pa.name() != null && pa.name().equalsIgnoreCase(pb.name()) && Objects.equals(pa.country(), pb.country())) {
            return 2;
        }
        if (pa.country() != null && pb.country() != null && !pa.country().equals(pb.country())) {
            return -1;
        }
        if (pa.latitude() == null || pb.latitude() == null || pa.longitude() == null || pb.longitude() == null) {
            // a road or a name the gazetteer cannot place: nothing says it is elsewhere
            return 0;
        }
        return km(pa.latitude(), pa.longitude(), pb.latitude(), pb.longitude()) <= NEAR_KM ? 1 : -1;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The content hash, unless an earlier, different event or this article already holds it. */
    private String fresh(ExtractedEvent e, Set<String> used) {
        String id = e.eventId();
        for (int n = 1; id == null || used.contains(id) || store.containsId(id); n++) {
            id = hash(e.eventId() + "|" + e.date() + "|" + (e.location() == null ? "" : e.location().toLowerCase(Locale.ROOT))
                    + "|" + n);
        }
        return id;
    }

    private void advance(LocalDate day) {
        if (day == null || clock != null && !day.isAfter(clock)) {
            return;
        }
        clock = day;
        store.evictBefore(clock.minusDays(windowDays));
    }

    private static boolean amounted(ExtractedEvent e) {
        return e.count() != null || e.vagueAmount() != null;
    }

    private SeenEvent seen(ExtractedEvent e, String id) {
        LocalDate day = e.date() != null ? e.date() : clock != null ? clock : LocalDate.EPOCH;
        return new SeenEvent(id, e.article(), e.type(), e.principal(), e.count(), Boolean.TRUE.equals(e.cumulative()),
                e.equipment(), e.location(), e.place(), e.date(), day, amounted(e));
    }

    static ExtractedEvent withId(ExtractedEvent e, String id) {
        return new ExtractedEvent(e.schemaVersion(), id, e.article(), e.type(), e.victim(), e.actor(), e.count(),
                e.countHigh(), e.qualifier(), e.vagueAmount(), e.cumulative(), e.equipment(), e.location(), e.place(),
                e.date(), e.claimedBy(), e.evidence(), e.evidenceStart(), e.evidenceEnd(), e.rule(), e.confidence(),
                e.articleTitle(), e.articleUrl(), e.articleSource(), e.nearDuplicateOf(), e.origin());
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
