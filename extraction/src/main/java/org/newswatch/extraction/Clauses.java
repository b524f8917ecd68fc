package org.newswatch.extraction;

import org.newswatch.extraction.text.Sentence;

/**
 * Structural tests the rules of every type share: hedges and denials, negated casualties, be-verbs before a
 * participle, purpose infinitives.
 */
final class Clauses {

    private Clauses() {
    }

    static final java.util.Set<String> BE = Lexicon.words("BE");

    /** "no casualties were reported", "neither injuries nor fatalities", "no one was killed", "nobody was hurt". */
    static boolean negatedCasualties(Sentence s) {
        return denialOfCasualties(s) >= 0;
    }

    /**
     * Whether a trigger at {@code i} is in the clause of the sentence's denial of casualties at {@code denial}:
     * "A US airstrike killed four militants, the command said, adding that no civilians were injured or killed"
     * denies the civilians' deaths, not the militants'.
     */
    static boolean deniedAt(Sentence s, int denial, int i) {
        if (denial < 0) {
            return false;
        }
        for (int k = Math.min(i, denial) + 1; k < Math.max(i, denial); k++) {
            String x = s.lc(k);
            if (x.equals(";") || Lexicon.CLAUSE_TURNS.contains(x)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the word that denies casualties in the sentence ("no casualties", "nobody was hurt"), or -1. */
    static int denialOfCasualties(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lc(i);
            if (w.equals("none") && s.lc(i + 1).equals("of") && !peopleAfterOf(s, i + 2)) {
                continue; // "and that none of the areas hit were held by Islamic State": no denial of casualties
            }
            if (w.equals("none") && s.lc(i + 1).equals("of") && s.lc(i + 2).equals("them") && i + 3 < s.size()
                    && s.get(i + 3).isWord() && s.get(i + 3).capitalised()) {
                continue; // "put the dead at 5 Iran-backed fighters, none of them Syrian": who they were, not a denial
            }
            if (Lexicon.NO_WORDS.contains(w)) {
                for (int k = i + 1; k <= i + 3 && k < s.size(); k++) {
                    if (s.lc(k).equals("one") && !(BE.contains(s.lc(k + 1)) || Lexicon.AUX.contains(s.lc(k + 1))
                            || Lexicon.KILL_INTRANSITIVE.contains(s.lc(k + 1)))) {
                        continue; // "the WHO chief said, blaming no one", "no one claimed the attack": no denial
                    }
                    if (Lexicon.CASUALTY_NOUNS.contains(s.lc(k)) || k == i + 1 && (w.equals("nobody") || w.equals("none"))) {
                        return i;
                    }
                }
                if (w.equals("nobody") || w.equals("none") && s.lc(i + 1).equals("were")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** "of the passengers", "of them", "of the three Indian nationals": people (a pronoun or a party's head) next. */
    private static boolean peopleAfterOf(Sentence s, int from) {
        String x = s.lc(from);
        return Lexicon.OBJECT_PRONOUNS.contains(x) || x.equals("them") || x.equals("us")
                || Parties.nextHead(s, from, 5) >= 0; // "of the three Indian nationals", "of the dead"
    }

    /** True when a modal, a negation, a condition or a purpose infinitive governs the trigger. */
    private static final java.util.Set<String> DENIALS = Lexicon.words("DENIALS");

    static boolean hedged(Sentence s, int trigger) {
        // "the ministry denied reports that 40 civilians had been killed": what is denied is no fact
        for (int k = trigger - 1; k >= 0 && trigger - k <= 12; k--) {
            String w = s.lc(k);
            if (w.equals(".") || w.equals(";")) {
                break;
            }
            if (DENIALS.contains(w) && Lexicon.REPORT_NOUNS.contains(s.lc(k + 1))) {
                return true;
            }
        }
        for (int k = trigger - 1; k >= 0 && trigger - k <= 6; k--) {
            String w = s.lc(k);
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals(".")) {
                // a condition opened before the comma still governs ("if ..., X will be killed" is rare); stop here
                return false;
            }
            if (Lexicon.NEGATION.contains(w) && (s.lc(k + 1).equals("fewer") || s.lc(k + 1).equals("less"))
                    && s.lc(k + 2).equals("than")) {
                continue; // "no fewer than 39 civilians were killed", "not less than 20": a figure's floor, no negation
            }
            if (Dates.isCalendarWord(w) && s.get(k).capitalised() && (s.get(k - 1).isNumber() || s.get(k + 1).isNumber())) {
                continue; // "21 May 2019 - regime forces took ...": the month, not the modal
            }
            if (Lexicon.NEGATION.contains(w) || Lexicon.HEDGES.contains(w)) {
                return true;
            }
            if (Lexicon.KILL_VERBS.contains(w) || Lexicon.WOUND_VERBS.contains(w) || Lexicon.DISPLACE_VERBS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    static final java.util.Set<String> ADVERBS = Lexicon.words("ADVERBS");

    /** The last index before {@code i} (at least 0) that is neither an auxiliary nor an adverb of the verb group. */
    static int beforeVerbGroup(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && (Lexicon.AUX.contains(s.lc(k)) || ADVERBS.contains(s.lc(k)))) {
            k--;
        }
        return k;
    }

    /**
     * Whether the word at {@code at} is inside a relative clause whose verb comes right after its pronoun ("the
     * committee that negotiated the settlement with the Russians", ", which is held by Iranian militias"); not the
     * subject right after a "that" ("said that Russian troops ...") nor a word after a clause's end.
     */
    static boolean inRelativeClause(Sentence s, int at) {
        for (int k = at - 1; k >= 1; k--) {
            String x = s.lc(k);
            if (Lexicon.RELATIVE_PRONOUNS.contains(x)) {
                String next = s.lc(k + 1);
                return k + 1 < at && (BE.contains(next) || Lexicon.AUX.contains(next) || Parties.isVerbLike(next));
            }
            if (x.equals(",") || x.equals(";") || x.equals(":") || x.equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** A quotation mark, straight or curly. */
    static boolean isQuote(String x) {
        return x.equals("\"") || x.equals("\u201c") || x.equals("\u201d") || x.equals("'") || x.equals("\u2018")
                || x.equals("\u2019");
    }

    /** A be-verb (or "got") before the participle, over adverbs: "were also killed", "have been wounded". */
    static boolean beBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= 5 && (ADVERBS.contains(s.lc(k)) || isQuote(s.lc(k)) || mannerAdverb(s, k, i))
                && !BE.contains(s.lc(k))) {
            k--; // "were reportedly killed", "were "brutally killed""
        }
        String x = s.lc(k);
        if (BE.contains(x)) {
            return true;
        }
        // "the 49 killed", "those wounded": a participle after its noun with no object is passive too
        return !Lexicon.PASSIVE_BREAKS.contains(x) && Lexicon.AUX.contains(x) && k == i - 1 && !ADVERBS.contains(x);
    }

    /**
     * A lower-case word in -ly right before the participle at {@code i}, or before a quote opening it: "brutally",
     * "fatally" (not a noun: "family", "the elderly", "a rally").
     */
    static boolean mannerAdverb(Sentence s, int k, int i) {
        String x = s.lc(k);
        return (k == i - 1 || k == i - 2 && isQuote(s.lc(i - 1))) && x.length() > 4 && x.endsWith("ly")
                && s.get(k).isWord() && !s.get(k).capitalised() && !Parties.isHead(s.get(k))
                && !Lexicon.NOT_ADVERBS.contains(x);
    }

    /** "to retake", "tried to capture", "efforts to seize": a purpose, not a fact. */
    static boolean purpose(Sentence s, int i) {
        String prev = s.lc(i - 1);
        if (prev.equals("to") && Lexicon.ACHIEVED.contains(s.lc(i - 2))) {
            return false; // "were able to recapture Nayrab", "managed to seize": done, not meant
        }
        return Lexicon.PURPOSE_WORDS.contains(prev);
    }
}
