package org.newswatch.extraction;

import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The pass of the OFFENSIVE rules ({@code en/rules/offensive.rules}): offensives launched, not expected
 * or ended ones.
 */
final class OffensiveRules {

    private final Rules r;
    private final ArticleContext ctx;

    OffensiveRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    void offensive(Sentence s, int i) {
        String w = s.lc(i);
        boolean launch = Lexicon.LAUNCH.contains(w);
        int noun = i;
        if (launch) {
            if (w.equals("start") && s.lc(i + 1).equals("of")) {
                return;
            }
            noun = -1;
            for (int k = i + 1; k < Math.min(s.size(), i + 9); k++) {
                String x = s.lc(k);
                if (Lexicon.OPERATION_NOUNS.contains(x)) {
                    noun = k;
                    break;
                }
                if (Clauses.isQuote(x) || Lexicon.WHAT_IT.contains(x) && k <= i + 2
                        || Lexicon.CALLED.contains(x)) {
                    continue; // launched what it called a "limited" operation
                }
                if (Parties.STOP.contains(x) && !x.equals("of") || x.equals(".")) {
                    break;
                }
            }
            if (noun < 0 && Lexicon.BEGAN.contains(w) && !s.lc(i + 1).equals("to")) {
                // "an operation that began on Aug. 6", "the operation to recapture it began"
                for (int k = i - 1; k >= 0 && i - k <= 7; k--) {
                    String x = s.lc(k);
                    if (x.equals(".") || x.equals(";") || x.equals(",") && k < i - 1) {
                        break;
                    }
                    if (Lexicon.OPERATION_NOUNS.contains(x) && !x.equals("attack") && !x.equals("advance")
                            && (Parties.DETERMINERS.contains(s.lc(k - 1)) || s.lc(k - 1).equals("military"))) {
                        noun = k;
                        break;
                    }
                }
            }
            if (noun < 0 || backgroundYear(s)) {
                return;
            }
            String nw = s.lc(noun);
            if (ATTACK_NOUNS.contains(nw) && ATTACK_MODIFIERS.contains(s.lc(noun - 1))) {
                return; // "launched a ground attack on positions", "a fresh assault on the front": one attack
            }
            if (Lexicon.BROAD_OPERATION_NOUNS.contains(nw)) {
                // "started a full attack": only a broad operation, not one strike
                String mod = s.lc(noun - 1);
                if (!(Lexicon.BROAD_MODIFIERS.contains(mod)
                        || (mod.equals("its") || mod.equals("their")) && !nw.startsWith("attack"))) {
                    return;
                }
            }
            if (Clauses.hedged(s, i) || s.lc(i - 1).equals("to") && !s.lc(i - 2).equals("began")) {
                return;
            }
        } else {
            // a noun "offensive": skip the adjective ("offensive weapons") and the ones only feared or announced
            if (w.equals("offensive") && (i + 1 < s.size()
                    && Lexicon.OFFENSIVE_ADJECTIVE_NOUNS.contains(s.lc(i + 1)))) {
                return;
            }
            if (Lexicon.COUNTERATTACK_NOUNS.contains(w)) {
                return; // "killed in the counter-attack", "after a regime counterattack on the hill": an attack, unless launched
            }
            for (int k = i - 1; k >= 0 && i - k <= 5; k--) {
                String x = s.lc(k);
                if (Lexicon.HYPOTHETICAL.contains(x) || x.equals("\"imminent\"") || x.equals("warned")
                        || x.equals("threatened") || Lexicon.HEDGES.contains(x) && !x.equals("will")
                        || NOT_LAUNCHED.contains(x) || x.equals("ahead") && s.lc(k + 1).equals("of")) {
                    return; // "analysts expect a spring offensive", "halted their offensive", "ahead of an offensive"
                }
                if (Lexicon.LAUNCH.contains(x) || x.equals("launch")) {
                    return; // handled from the launch verb
                }
            }
            if (s.lc(i + 1).equals("of") && Lexicon.LAUNCH.contains(s.lc(i - 1))) {
                return;
            }
        }
        if (background(s, noun)) {
            return;
        }
        Candidate c = new Candidate(EventType.OFFENSIVE, s, i, launch ? "offensive.launch" : "offensive.noun");
        Party actor = launch ? (noun < i ? r.parties.possessor(s, noun) : r.parties.subjectBefore(s, i)) : r.parties.possessor(s, noun);
        Party agent = agentAfter(s, noun); // "the offensive by the army began", "an offensive that Kyiv launched"
        if (agent != null) {
            actor = agent;
        }
        if (launch && noun < i && actor == null) {
            actor = r.parties.speakerOrPrevious(s, noun);
        }
        if (!launch && actor == null) {
            actor = null;
        }
        String code = actor == null ? null : r.coding.code(s, actor, Roles.MIL, true);
        if (code == null && (launch && s.lc(i - 1).equals("the") || !launch)) {
            for (int k = ctx.events.size() - 1; k >= 0; k--) {
                Candidate prev = ctx.events.get(k);
                if (s.index() - prev.sentence.index() > 2) {
                    break;
                }
                if ((prev.type == EventType.CAPTURE || prev.type == EventType.ATTACK) && prev.actor != null) {
                    code = prev.actor;
                    break;
                }
            }
        }
        if (code == null) {
            return;
        }
        c.actor = code;
        c.rule = launch ? "offensive.launch" : "offensive.noun";
        r.coding.finish(c);
    }

    /**
     * An offensive told as the background of another deed: "could still strike the capital despite an offensive by
     * government forces", "130,000 people have been displaced since the offensive began".
     */
    private static boolean background(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0 && noun - k <= 3; k--) {
            String x = s.lc(k);
            if (x.equals("despite") || x.equals("since")) {
                return true;
            }
            if (!Parties.DETERMINERS.contains(x) && !Parties.isModifier(s, k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The side the words after an offensive's noun name as its author: "an offensive by government forces", "a
     * counteroffensive that Kyiv launched in June", "the offensive which the army began"; null when they name none.
     */
    private Party agentAfter(Sentence s, int noun) {
        int k = noun + 1;
        if (s.lc(k).equals("by")) {
            return partyFrom(s, k + 1);
        }
        if (Lexicon.RELATIVE_PRONOUNS.contains(s.lc(k)) && !s.lc(k).equals("who") && !s.lc(k).equals("where")) {
            Party p = partyFrom(s, k + 1);
            if (p != null && p.end() < s.size() && (Lexicon.LAUNCH.contains(s.lc(p.end()))
                    || Lexicon.AUX.contains(s.lc(p.end())) && Lexicon.LAUNCH.contains(s.lc(p.end() + 1)))) {
                return p; // "that Kyiv launched", "which the army had begun"
            }
        }
        return null;
    }

    /** The party named from {@code from} on, within three words, or null. */
    private Party partyFrom(Sentence s, int from) {
        Party p = r.parties.firstMentionFrom(s, from, 3);
        if (p != null) {
            return p;
        }
        int h = Parties.nextHead(s, from, 3);
        p = h > 0 ? Parties.at(s, h) : null;
        return p != null && (p.role() != null || p.country() != null) ? p : null;
    }

    /** Nouns of one attack, and their modifiers that keep it one ("a fresh assault", "a ground attack"). */
    private static final java.util.Set<String> ATTACK_NOUNS = Lexicon.words("OFFENSIVE_ATTACK_NOUNS");

    private static final java.util.Set<String> ATTACK_MODIFIERS = Lexicon.words("OFFENSIVE_ATTACK_MODIFIERS");

    /** Verbs of an offensive that is expected, prepared, stopped or ended: none launched here. */
    private static final java.util.Set<String> NOT_LAUNCHED = Lexicon.words("NOT_LAUNCHED");

    /** "Congolese and Ugandan troops launched a joint operation ... in 2021": a background year before the report's. */
    private boolean backgroundYear(Sentence s) {
        if (ctx.articleDate == null) {
            return false;
        }
        for (int k = 1; k < s.size(); k++) {
            String x = s.lc(k);
            if (x.length() == 4 && s.get(k).isNumber() && (s.lc(k - 1).equals("in") || s.lc(k - 1).equals("since"))) {
                try {
                    int y = Integer.parseInt(x);
                    if (y > 1900 && y < ctx.articleDate.getYear()) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
