package org.newswatch.extraction;

import java.util.List;
import org.newswatch.contracts.EventType;
import org.newswatch.extraction.text.Sentence;

/**
 * The pass of the THREAT rules ({@code en/rules/threat.rules}): who threatens.
 */
final class ThreatRules {

    private final Rules r;
    private final ArticleContext ctx;

    ThreatRules(Rules r, ArticleContext ctx) {
        this.r = r;
        this.ctx = ctx;
    }

    /**
     * "will/would/'ll" + an act of force: "would pay a heavy price", "will not remain unanswered", "will continue
     * to strike".
     */
    static boolean willAct(Sentence s, int i) {
        String w = s.lc(i);
        if (w.equals("'ll") && s.lc(i - 1).equals("it")) {
            return false;
        }
        int k = i + 1;
        if (s.lc(k).equals("not")) {
            k++;
        }
        if (s.lc(k).equals("continue") && s.lc(k + 1).equals("to")) {
            k += 2;
        }
        if (Clauses.isQuote(s.lc(k))) {
            k++; // 'would "counterattack"', 'would pay "a heavy price"'
        }
        if (s.lc(k).equals("be")) {
            return pursuedPassive(s, k + 1, s.lc(k - 1).equals("not"));
        }
        boolean trig = Lexicon.THREAT_ACTS.contains(s.lc(k)) || s.lc(k).equals("pay") && (PRICE_DETERMINERS.contains(s.lc(k + 1))
                || Clauses.isQuote(s.lc(k + 1)) && PRICE_DETERMINERS.contains(s.lc(k + 2)))
                || s.lc(k).equals("pay") && (s.lc(k + 1).equals("dearly") || s.lc(k + 1).equals("for")
                        && PAY_FOR.contains(s.lc(k + 2)))
                || RECEIVE.contains(s.lc(k)) && Parties.DETERMINERS.contains(s.lc(Clauses.isQuote(s.lc(k + 1)) ? k + 2 : k + 1))
                        && (s.anyIn(k + 2, Math.min(s.size(), k + 9), REVENGE)
                        || s.anyIn(k + 2, Math.min(s.size(), k + 5), Lexicon.THREAT_FORCE_NOUNS))
                        && !s.anyIn(k + 2, Math.min(s.size(), k + 10), NOT_FORCE_OWNERS)
                || s.lc(k).equals("remain") && s.lc(k + 1).equals("unanswered")
                || s.lc(k).equals("go") && (s.lc(k + 1).equals("unpunished") || s.lc(k + 1).equals("unanswered"))
                        && s.lc(k - 1).equals("not")
                || s.lc(k).equals("not") && s.lc(k + 1).equals("remain");
        return !(trig && w.equals("would") && s.lc(k).equals("respond") && !forceContext(s)) && trig;
    }

    /**
     * "will be hunted down", 'would be "tracked down and punished"', "would be brought to book", "will not be
     * spared": the side threatened is to be pursued by force. {@code at} is the word after "be".
     */
    private static boolean pursuedPassive(Sentence s, int at, boolean negated) {
        int k = Clauses.isQuote(s.lc(at)) ? at + 1 : at;
        String x = s.lc(k);
        if (negated) {
            return x.equals("spared");
        }
        return Lexicon.PURSUED_PARTICIPLES.contains(x) || (x.equals("hunted") || x.equals("tracked"))
                && s.lc(k + 1).equals("down") || x.equals("brought") && s.lc(k + 1).equals("to")
                && s.lc(k + 2).equals("book")
                || x.equals("met") && s.lc(k + 1).equals("with") // "will be met with the full force of the state"
                && s.anyIn(k + 2, Math.min(s.size(), k + 6), Lexicon.THREAT_FORCE_NOUNS);
    }

    private static final java.util.Set<String> PRICE_DETERMINERS = java.util.Set.of("a", "the");

    /** A threat found by a rule of threat.rules at i: who makes it. */
    void threat(Sentence s, int i) {
        for (Candidate prev : ctx.events) {
            if (prev.type == EventType.THREAT && prev.sentence == s) {
                return; // one threat per sentence
            }
        }
        Party speaker = r.parties.speaker(s);
        if (speaker == null && unnamedSpeaker(s)) {
            // '"The enemy will pay dearly," it said', "He said ... the jihadists 'will pay dearly'", "Soylu said those
            // responsible will pay": a speaker told by a pronoun or by a bare name is the side that spoke before,
            // not the party threatened nor the one named in the quote
            speaker = earlierSpeaker(s);
        }
        if (speaker == null) {
            speaker = r.parties.subjectBefore(s, i);
        }
        if (speaker == null) {
            List<Party> ms = ctx.mentions.get(s.index());
            speaker = ms.isEmpty() ? null : ms.get(0);
        }
        if (speaker == null) {
            return;
        }
        String role = speaker.role();
        if (role == null || role.equals(Roles.CVL) || role.equals(Roles.REF)) {
            speaker = speaker.withRole(Roles.GOV);
        }
        Candidate c = new Candidate(EventType.THREAT, s, i, "threat");
        c.actor = r.coding.code(s, speaker, Roles.GOV, false);
        r.coding.finish(c);
    }

    /**
     * The subject of the sentence's verb of speech is a pronoun ("he said", "it said") or a capitalised word that
     * names no party ("Soylu said"); the subject stands right before the verb or, after a quote, right after it
     * ("said the minister" is a party, found by the speaker search).
     */
    private static boolean unnamedSpeaker(Sentence s) {
        for (int k = 1; k < s.size(); k++) {
            String x = s.lc(k);
            if (!Lexicon.SPEECH.contains(x) || x.equals("according")) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && (Clauses.ADVERBS.contains(s.lc(j)) || Lexicon.AUX.contains(s.lc(j)))) {
                j--;
            }
            if (SPEAKER_PRONOUNS.contains(s.lc(j)) || SPEAKER_PRONOUNS.contains(s.lc(k + 1))) {
                return true; // "he said", '"...," it said'
            }
            break;
        }
        // "Soylu rejected condolences from Washington and said ...": a bare surname opens the sentence
        return s.size() > 1 && s.get(0).capitalised() && s.get(0).isWord() && !Parties.isHead(s.get(0))
                && Countries.lookup(s.lc(0)) == null && !Parties.DETERMINERS.contains(s.lc(0))
                && !Parties.STOP.contains(s.lc(0)) && s.get(1).isWord() && !s.get(1).capitalised()
                && !Parties.isHead(s.get(1)) && s.lc(1).endsWith("ed") && ArmedGroups.at(s, 0, new int[1]) == null;
    }

    private static final java.util.Set<String> SPEAKER_PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we");

    /** The speaker of one of the two sentences before, or the first side with a country there. */
    private Party earlierSpeaker(Sentence s) {
        for (int si = s.index() - 1; si >= 0 && s.index() - si <= 2; si--) {
            Sentence p = ctx.sentences.get(si);
            Party sp = r.parties.speaker(p);
            if (sp != null && sp.country() != null && (Roles.GOV.equals(sp.role()) || Roles.MIL.equals(sp.role()))) {
                return sp;
            }
            for (Party m : ctx.mentions.get(si)) {
                if (m.country() != null && (Roles.GOV.equals(m.role()) || Roles.MIL.equals(m.role()))
                        && PartySearch.subjectPosition(p, m)) {
                    return m;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> REVENGE = Lexicon.words("REVENGE");

    private static final java.util.Set<String> VOW = Lexicon.words("VOW");

    private static final java.util.Set<String> RECEIVE = Lexicon.words("THREAT_RECEIVE");

    /** "will pay for it", "will pay for their crimes": what a threatened party pays for; not "the reconstruction". */
    private static final java.util.Set<String> PAY_FOR = Lexicon.words("THREAT_PAY_FOR");

    /** "would receive the Israeli response to the proposal": a response of talks, no force. */
    private static final java.util.Set<String> NOT_FORCE_OWNERS = Lexicon.words("THREAT_NOT_FORCE");

    static boolean forceContext(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            if (Lexicon.FORCE_WORDS.contains(s.lc(k))) {
                return true;
            }
        }
        return false;
    }
}
