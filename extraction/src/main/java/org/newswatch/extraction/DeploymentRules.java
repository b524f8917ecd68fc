package org.newswatch.extraction;

import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The pass of the DEPLOYMENT rules ({@code en/rules/deployment.rules}).
 */
final class DeploymentRules {

    /** Units told singly ("a battalion", "a contingent"): troops when "of" does not say what they are made of. */
    private static final java.util.Set<String> UNIT_WORDS = Lexicon.words("UNIT_WORDS");

    private final Rules r;
    private final ArticleContext ctx;

    DeploymentRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    /** The verbs that send a unit named by a unit noun alone ("deployed a quick-reaction unit"), other24. */
    private static final java.util.Set<String> UNIT_SENDING = Lexicon.words("DEPLOY_UNIT_VERBS");

    private static final java.util.Set<String> CARE_UNITS = Lexicon.words("CARE_UNIT_MODIFIERS");

    void deployment(Sentence s, int i) {
        String w = s.lc(i);
        if (Clauses.hedged(s, i) || s.lc(i - 1).equals("remain") || s.lc(i - 1).equals("to")) {
            return;
        }
        if (s.lc(i + 1).equals("home")) {
            return; // "the guards were sent home": sent away, not deployed
        }
        if (w.startsWith("order") && !orderedTo(s, i)) {
            return; // "ordered 1,500 troops to the border" sends them; "ordered troops to hold" does not
        }
        Party troops = null;
        Party sender = null;
        boolean motion = Lexicon.ROLL_VERBS.contains(w);
        if (!motion) {
            int h = -1;
            for (int k = i + 1; k < Math.min(s.size(), i + 7); k++) {
                if (Lexicon.TROOPS.contains(s.lc(k)) || UNIT_SENDING.contains(w) && UNIT_WORDS.contains(s.lc(k))
                        // ... not "sent a mobile surgical unit": a unit of care, not of war
                        && !s.anyIn(Math.max(i + 1, k - 3), k, CARE_UNITS)) {
                    h = k; // "deployed a quick-reaction unit" (other24): a unit sent by a sending verb
                    break;
                }
                if (s.lc(k).equals(".") || s.lc(k).equals(";")) {
                    break;
                }
            }
            if (h < 0) {
                Party before = PartySearch.partyBefore(s, i);
                if (before == null || before.head() < 0 || !Lexicon.TROOPS.contains(s.lc(before.head()))) {
                    return;
                }
                troops = before;
            } else {
                if (UNIT_WORDS.contains(s.lc(h)) && s.lc(h + 1).equals("of")) {
                    // "a battalion of 800 soldiers", "a contingent of 1,000 police officers": the troops it is made of;
                    // not "a contingent of doctors"
                    Amount a = Numbers.parse(s, h + 2);
                    int inner = Parties.nextHead(s, a != null ? a.end() : h + 2, 4);
                    if (inner < 0 || !Lexicon.TROOPS.contains(s.lc(inner))) {
                        return;
                    }
                    h = inner;
                }
                troops = Parties.at(s, h);
                sender = r.parties.subjectBefore(s, i);
            }
        } else {
            int e = i - 1;
            while (e >= 0 && Lexicon.AUX.contains(s.lc(e))) {
                e--;
            }
            e = PartySearch.skipApposition(s, e);
            for (int k = e; k >= 0 && e - k <= 6; k--) {
                if (Lexicon.TROOPS.contains(s.lc(k))) {
                    troops = Parties.at(s, k);
                    break;
                }
            }
            if (troops == null) {
                return;
            }
        }
        if (troops.amount() == null) {
            Amount a = Parties.amountEndingAt(s, troops.start());
            if (a != null) {
                troops = troops.withAmount(a);
            }
        }
        String country = troops.country();
        if (country == null && troops.head() + 2 < s.size() && s.lc(troops.head() + 1).equals("of")) {
            int h = Parties.nextHead(s, troops.head() + 2, 4);
            if (h > 0) {
                country = Parties.at(s, h).country();
            }
        }
        if (country == null && sender != null) {
            country = sender.country();
        }
        if (country == null) {
            country = ctx.conflictCountry;
        }
        Candidate c = new Candidate(EventType.DEPLOYMENT, s, i, "deployment");
        c.actor = country == null ? Roles.MIL : country + Roles.MIL;
        c.amount(troops.amount());
        r.coding.finish(c);
    }

    /** "ordered 5,000 troops to the region", "ordered more soldiers into Kidal": an order that moves forces. */
    private static boolean orderedTo(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 8); k++) {
            if (Lexicon.TROOPS.contains(s.lc(k))) {
                String n = s.lc(k + 1);
                return n.equals("to") && !s.get(Math.min(s.size() - 1, k + 2)).isWord()
                        || n.equals("to") && (Parties.DETERMINERS.contains(s.lc(k + 2)) || s.get(k + 2).capitalised())
                        || Lexicon.INTO_WORDS.contains(n);
            }
        }
        return false;
    }
}
