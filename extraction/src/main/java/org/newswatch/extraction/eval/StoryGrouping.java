package org.newswatch.extraction.eval;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.incident.BestMatch;
import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;
import org.newswatch.contracts.incident.IncidentSignals;

/**
 * The alert-service's stories of one catch-all subscription, offline and in memory, for measuring them: a report joins
 * the story its eventId was merged into; else, of the stories of its type and principal whose day is within
 * {@value #MERGE_DAYS} days of its own (its date, else its article's publication day), the one {@link BestMatch}
 * picks; else it starts a story. The alert-service's {@code AlertEngine} reads the same candidates from its index
 * (by figure and by day) and asks the same {@link IncidentMatch}.
 */
public final class StoryGrouping {

    /** As the alert-service's {@code StoryIndex.MERGE_DAYS}. */
    public static final int MERGE_DAYS = 2;

    /** One story: its id (its first report's eventId), day and merge summary, and its reports. */
    public static final class Story {
        final String id;
        final LocalDate day;
        Incident incident;
        final List<ExtractedEvent> reports = new ArrayList<>();
        final List<String> joins = new ArrayList<>();

        Story(String id, LocalDate day, Incident incident) {
            this.id = id;
            this.day = day;
            this.incident = incident;
        }

        public String id() {
            return id;
        }

        public List<ExtractedEvent> reports() {
            return reports;
        }

        /** How each later report joined: "article: signals" (by its event id, or the merge decision's signals). */
        public List<String> joins() {
            return joins;
        }
    }

    /** Articles whose lookups are printed to standard error (diagnostics: {@code -Dstories.trace=e001,e002}). */
    private static final java.util.Set<String> TRACE = java.util.Set.of(
            System.getProperty("stories.trace", "").split(","));

    private final Map<String, String> aliases = new HashMap<>();
    private final Map<String, List<Story>> bySignature = new HashMap<>();
    private final Map<String, Story> byId = new LinkedHashMap<>();

    /** The id of the story the event joins (or starts); {@code published}: its article's day. */
    public String add(ExtractedEvent e, LocalDate published) {
        if (e.type() == null || e.principal() == null && !IncidentSignals.shared().strict(e.type())) {
            return null;
        }
        LocalDate day = e.date() != null ? e.date() : published;
        Incident report = Incident.of(e);
        Story story = byId.get(aliases.get(e.eventId()));
        if (story == null) {
            List<Story> same = bySignature.computeIfAbsent(e.type() + "|" + e.principal(), k -> new ArrayList<>());
            BestMatch match = new BestMatch(report);
            IncidentMatch.Context context = IncidentMatch.Context.standard().withToleranceDays(MERGE_DAYS);
            boolean trace = TRACE.contains(e.article());
            for (Story s : same) {
                if (Math.abs(ChronoUnit.DAYS.between(s.day, day)) <= MERGE_DAYS) {
                    match.consider(s.id, s.incident, context);
                    if (trace) {
                        IncidentMatch.Verdict v = IncidentMatch.decide(report, s.incident, context);
                        System.err.println("trace " + e.article() + " " + e.type() + " " + e.principal() + " "
                                + e.location() + " vs story " + s.reports.get(0).article() + " "
                                + s.incident.location() + " (" + (s.incident.place() == null ? null
                                        : s.incident.place().precision()) + "): join " + v.join() + " alone "
                                + v.alone() + " " + v.score() + " " + v.signals() + " block " + v.block());
                    }
                }
            }
            story = byId.get(match.id());
            if (story == null) {
                story = new Story(e.eventId(), day, report);
                same.add(story);
                byId.put(story.id, story);
            } else {
                story.incident = story.incident.widen(report);
                story.joins.add(e.article() + ": " + match.verdict().score() + " " + match.verdict().signals());
            }
            aliases.put(e.eventId(), story.id);
        } else {
            story.incident = story.incident.widen(report);
            story.joins.add(e.article() + ": event id " + e.eventId());
        }
        story.reports.add(e);
        return story.id;
    }

    /** Every story, in the order they started. */
    public List<Story> stories() {
        return List.copyOf(byId.values());
    }
}
