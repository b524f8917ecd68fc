package org.newswatch.extraction.identity;

import org.newswatch.contracts.incident.Incident;
import org.newswatch.contracts.incident.IncidentMatch;

/**
 * What {@link EventIdentity} knows of one remembered id, shared by every remembered report of it: the summary the
 * merge decision compares a new report with (the first report widened by the later ones, {@link Incident#widen}), and
 * what the lookup in progress has learnt of it (its verdicts, its report count), so that a lookup reading many reports
 * of one id decides once and reads no map per candidate. Owned and locked by its {@link EventIdentity}.
 */
public final class Story {

    /** The summary; null until its first report is remembered. */
    Incident summary;
    /** The summary's day number ({@link java.time.LocalDate#toEpochDay}), when it has a date. */
    long summaryDay;
    /** The lookup whose memory {@link #reports} holds. */
    private long lookup = -1;
    private final IncidentMatch.Verdict[] verdicts = new IncidentMatch.Verdict[8];
    /** The lookup each of {@link #verdicts} was decided in (a verdict of another lookup is forgotten). */
    private final long[] decidedIn = {-1, -1, -1, -1, -1, -1, -1, -1};
    private int reports = -1;
    private long usedBy = -1;
    private long ruledOut = -1;

    Story() {
    }

    /** Starts the memory of lookup {@code n} (forgetting an earlier lookup's). */
    void lookup(long n) {
        if (lookup != n) {
            lookup = n;
            reports = -1;
        }
    }

    IncidentMatch.Verdict verdict(int context) {
        return decidedIn[context] == lookup ? verdicts[context] : null;
    }

    void verdict(int context, IncidentMatch.Verdict v) {
        verdicts[context] = v;
        decidedIn[context] = lookup;
    }

    /** The last lookup that found this id can't be joined, whichever of its reports it weighs. */
    long ruledOut() {
        return ruledOut;
    }

    void ruledOut(long n) {
        ruledOut = n;
    }

    /** The number of the last article that gave one of its events this id. */
    long usedBy() {
        return usedBy;
    }

    void usedBy(long article) {
        usedBy = article;
    }

    /** The report count this lookup read, -1 when not read yet. */
    int reports() {
        return reports;
    }

    void reports(int n) {
        reports = n;
    }
}
