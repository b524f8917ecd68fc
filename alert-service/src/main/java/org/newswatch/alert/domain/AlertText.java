package org.newswatch.alert.domain;

import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Place;
import org.newswatch.contracts.SourceArticle;

/** An alert as plain text for people (the email channel): rule, figures, evidence, place, sources. */
public final class AlertText {

    private static final int MAX_SUBJECT = 200;

    private AlertText() {
    }

    /** "[NewsWatch] Turkish troop deaths: KILLED TURMIL 22 (AT_LEAST) in Idlib on 2020-02-27", one line. */
    public static String subject(Alert a) {
        String s = "[NewsWatch] " + oneLine(a.subscriptionName()) + ": " + oneLine(a.summary());
        return s.length() <= MAX_SUBJECT ? s : s.substring(0, MAX_SUBJECT - 3) + "...";
    }

    public static String body(Alert a) {
        StringBuilder s = new StringBuilder();
        s.append(oneLine(a.summary())).append("\n\n");
        line(s, "Subscription", oneLine(a.subscriptionName()) + " (" + a.subscriptionId() + ")");
        line(s, "Rule", a.rule());
        line(s, "Event type", a.eventType() == null ? null : a.eventType().name());
        line(s, "Victim", a.victim());
        line(s, "Actor", a.actor());
        if (a.count() != null) {
            line(s, "Count", a.count() + (a.qualifier() == null ? "" : " (" + a.qualifier() + ")")
                    + (a.previousCount() == null ? "" : ", up from " + a.previousCount()));
        }
        if (a.baseline() != null) {
            line(s, "Baseline", AlertEngine.decimal(a.baseline()) + " per window");
        }
        line(s, "Place", place(a));
        line(s, "Date", a.date() == null ? null : a.date().toString());
        line(s, "Event time", a.eventTime() == null ? null : a.eventTime().toString());
        line(s, "Evidence", a.evidence() == null ? null : "\"" + oneLine(a.evidence()) + "\"");
        s.append("\nSources (").append(a.corroboration()).append(" corroborating article")
                .append(a.corroboration() == 1 ? "" : "s").append("):\n");
        if (a.articles() != null) {
            for (SourceArticle art : a.articles()) {
                s.append("- ").append(art.title() == null ? art.id() : oneLine(art.title()));
                if (art.source() != null) {
                    s.append(" (").append(oneLine(art.source())).append(')');
                }
                if (art.url() != null) {
                    s.append(" <").append(art.url()).append('>');
                }
                s.append('\n');
            }
        }
        s.append("\nAlert id: ").append(a.alertId()).append('\n');
        return s.toString();
    }

    private static String place(Alert a) {
        Place p = a.place();
        if (p == null) {
            return a.location();
        }
        StringBuilder s = new StringBuilder(a.location() != null ? a.location() : String.valueOf(p.name()));
        if (p.name() != null && a.location() != null && !p.name().equals(a.location())) {
            s.append(" = ").append(p.name());
        }
        if (p.country() != null) {
            s.append(", ").append(p.country());
        }
        if (p.latitude() != null && p.longitude() != null) {
            s.append(" (").append(p.latitude()).append(", ").append(p.longitude()).append(')');
        }
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append(label).append(": ").append(value).append('\n');
        }
    }

    /** No line breaks or control characters (a subject or header must stay one line). */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }
}
