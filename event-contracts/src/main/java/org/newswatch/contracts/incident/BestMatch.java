package org.newswatch.contracts.incident;

import java.util.HashSet;
import java.util.Set;

/**
 * Of the candidates a report is compared with (earlier events, stories), the one {@link IncidentMatch} finds the same
 * incident with the most evidence; ties go to the first considered. None joining, the only candidate that would join
 * if it were alone ({@link IncidentMatch.Verdict#alone}: met in an area that holds the other's place); two such are
 * ambiguous, and neither is taken, unless one is clearly better corroborated than the others ({@link #clearlyBest}). Each candidate id is considered once.
 */
public final class BestMatch {

    private final Incident report;
    private final Set<String> seen = new HashSet<>();
    private String id;
    private IncidentMatch.Verdict verdict;
    private String aloneId;
    private IncidentMatch.Verdict aloneVerdict;
    /** The evidence of the next best candidate so placed (none: the least int). */
    private int nextAlone = Integer.MIN_VALUE;

    public BestMatch(Incident report) {
        this.report = report;
    }

    /** True when the candidate has not been considered yet (it is marked considered). */
    public boolean first(String candidateId) {
        return seen.add(candidateId);
    }

    /** Compares the report with a candidate and keeps it if it joins with more evidence than the best so far. */
    public void consider(String candidateId, Incident candidate, IncidentMatch.Context context) {
        IncidentMatch.Verdict v = IncidentMatch.decide(report, candidate, context);
        if (v.join() && (verdict == null || v.score() > verdict.score())) {
            id = candidateId;
            verdict = v;
        } else if (v.alone() && !candidateId.equals(aloneId)) {
            if (aloneVerdict == null || v.score() > aloneVerdict.score()) {
                nextAlone = aloneVerdict == null ? Integer.MIN_VALUE : aloneVerdict.score();
                aloneId = candidateId;
                aloneVerdict = v;
            } else {
                nextAlone = Math.max(nextAlone, v.score());
            }
        }
    }

    /**
     * True when a candidate so placed with this evidence is the one to join, the next best having {@code next} (none:
     * the least int): it is the only one, or clearly better corroborated ({@code alone-margin} points more,
     * weights.tsv: the same target and perpetrator beside a figure alone).
     */
    public static boolean clearlyBest(int best, int next) {
        return next == Integer.MIN_VALUE
                || best - next >= IncidentSignals.shared().points(IncidentMatch.Signal.ALONE_MARGIN);
    }

    /** The best candidate's id, null when none joins. */
    public String id() {
        return id != null ? id : aloneVerdict != null && IncidentMatch.takenAlone(aloneVerdict)
                && clearlyBest(aloneVerdict.score(), nextAlone) ? aloneId : null;
    }

    /** The decision on the best candidate (its signals), null when none joins. */
    public IncidentMatch.Verdict verdict() {
        return verdict != null ? verdict : id() != null ? aloneVerdict.joinedAlone() : null;
    }
}
