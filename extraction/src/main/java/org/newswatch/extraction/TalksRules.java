package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The pass of the TALKS rules ({@code en/rules/talks.rules}): who talks to whom.
 */
final class TalksRules {

    private final Rules r;
    private final ArticleContext ctx;

    TalksRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    /** Who speaks for a party at talks: "envoys of Sudan's army". */
    private static final java.util.Set<String> TALKERS = Lexicon.words("TALKERS");

    private static final java.util.Set<String> PAIR_SIDES = Lexicon.words("TALKS_PAIR_SIDES");

    private static final java.util.Set<String> MODAL_AFTER = Lexicon.words("MODALS_AFTER_TALKS");

    /** "between the two countries", "the two nations' ministers", "both governments" within eight words after i. */
    private static boolean pairNamed(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size() - 1, i + 9); k++) {
            String x = s.lc(k);
            if (x.equals(".") || x.equals(";")) {
                return false;
            }
            if ((x.equals("two") && s.lc(k - 1).equals("the") || x.equals("both")) && PAIR_SIDES.contains(s.lc(k + 1))) {
                return true;
            }
        }
        return false;
    }

    void talks(Sentence s, int i) {
        String w = s.lc(i);
        if (w.equals("call") && !(s.lc(i - 1).equals("phone") || s.lc(i - 1).equals("telephone"))) {
            return;
        }
        if (w.equals("visit") && !s.lc(i - 1).equals("to")) {
            return;
        }
        if (s.lc(i - 1).equals("any") || MODAL_AFTER.contains(s.lc(i + 1))) {
            return; // "any talks would require a ceasefire between the two sides": talks supposed, not held
        }
        List<Party> ms = ctx.mentions.get(s.index());
        java.util.Set<String> countries = new java.util.HashSet<>();
        boolean igo = false;
        for (Party m : ms) {
            if (Roles.UNO.equals(m.role())) {
                igo = true;
                countries.add(Roles.UNO);
            } else if (m.country() != null && m.explicit()) {
                countries.add(m.country());
            }
        }
        // "Envoys of Sudan's army and the RSF resumed talks": a state and an armed group of one country
        boolean rebels = false;
        boolean state = false;
        for (Party m : ms) {
            rebels |= Roles.REB.equals(m.role()) && m.explicit() && !s.lc(m.start() - 1).equals("against");
            state |= (Roles.MIL.equals(m.role()) || Roles.GOV.equals(m.role())) && m.country() != null && m.explicit();
        }
        boolean intra = countries.size() < 2 && rebels && state && (w.equals("talks") || w.equals("negotiations"));
        // "talks in Moscow between the two countries' foreign ministers, hosted by Russia": two sides the sentence
        // counts without naming them (named before), beside one it names (other24)
        boolean pair = countries.size() == 1 && pairNamed(s, i);
        if (countries.size() < 2 && !intra && !pair && !(igo && Lexicon.MET_FORMS.contains(w))) {
            return;
        }
        for (Candidate prev : ctx.events) {
            if (prev.type == EventType.TALKS && prev.sentence == s) {
                return;
            }
        }
        Party first = null;
        for (int k = i + 1; k < Math.min(s.size(), i + 3); k++) {
            if (s.lc(k).equals("between")) {
                first = r.parties.firstMentionFrom(s, k + 1, 4);
            }
        }
        if (first == null) {
            for (Party m : ms) {
                if (m.start() > 0 && (s.lc(m.start() - 1).equals("in") || s.lc(m.start() - 1).equals("at")
                        || s.lc(m.start() - 1).equals("to") || s.lc(m.start() - 1).equals("of")
                        && !Roles.NEUTRAL_HEADS.contains(s.lc(m.start() - 2)) && !TALKERS.contains(s.lc(m.start() - 2)))) {
                    continue; // a place, not a party
                }
                if (m.start() > 1 && s.lc(m.start() - 2).equals("according")) {
                    continue;
                }
                if (m.role() != null && (m.role().equals(Roles.CVL) || m.role().equals(Roles.REB))) {
                    continue;
                }
                if (m.country() == null && !Roles.UNO.equals(m.role())) {
                    continue;
                }
                first = m;
                break;
            }
        }
        if (first == null) {
            return;
        }
        Candidate c = new Candidate(EventType.TALKS, s, i, "talks");
        c.actor = r.coding.code(s, first.withRole(Roles.UNO.equals(first.role()) ? Roles.UNO : Roles.GOV), Roles.GOV, false);
        r.coding.finish(c);
    }
}
