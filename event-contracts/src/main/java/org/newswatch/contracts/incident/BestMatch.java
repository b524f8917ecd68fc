package org.newswatch.contracts.incident;

import java.util.HashSet;
import java.util.Set;

/**
 * Of the candidates a report is compared with (earlier events, stories), the one {@link IncidentMatch} finds the same
 * incident with the most evidence; ties go to the first considered. None joining, the only candidate that would join
 * if it were alone ({@link IncidentMatch.Verdict#alone}: met in an area that holds the other's place); two such are
 * ambiguous, and neither is taken. Each candidate id is considered once.
 */
public final class BestMatch {

    private final Incident report;
    private final Set<String> seen = new HashSet<>();
    private String id;
    private IncidentMatch.Verdict verdict;
    private String aloneId;
    private IncidentMatch.Verdict aloneVerdict;
    private int alone;

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
            alone++;
            aloneId = candidateId;
            aloneVerdict = v;
        }
    }

    /** The best candidate's id, null when none joins. */
    public String id() {
        return id != null ? id : alone == 1 ? aloneId : null;
    }

    /** The decision on the best candidate (its signals), null when none joins. */
    public IncidentMatch.Verdict verdict() {
        return verdict != null ? verdict : alone == 1 ? aloneVerdict.joinedAlone() : null;
    }
}
