package org.newswatch.extraction;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.newswatch.contracts.Cause;
import org.newswatch.extraction.text.Sentence;

/**
 * What caused a casualty, read from the words around it and from the article (data: {@code en/causes.tsv}).
 * Violence named in the trigger's sentence wins; else the cause word of the sentence nearest the trigger; else the
 * article's own cause when the article names no violence, or in one sentence against three that name its cause
 * ("Floods swept the valley. Twelve people died."); else violence. A cause word after a negation ("not a drone") or
 * before a canceller ("bomb disposal", "fighting the flames") names nothing.
 */
final class Causes {

    static final Map<String, Cause> WORDS = new HashMap<>();

    static {
        for (String[] row : TsvTable.rows("en/causes.tsv")) {
            if (row.length != 2) {
                throw new IllegalStateException("en/causes.tsv: expected word<TAB>cause, got " + String.join("|", row));
            }
            Cause c = Cause.valueOf(row[1].trim());
            if (WORDS.put(row[0].trim(), c) != null) {
                throw new IllegalStateException("en/causes.tsv: " + row[0] + " listed twice");
            }
        }
    }

    private Causes() {
    }

    /** The cause a sentence gives the casualty at {@code trigger}, or null when it names none. */
    static Cause inSentence(Sentence s, int trigger) {
        Cause nearest = null;
        int best = Integer.MAX_VALUE;
        int from = 0;
        int to = s.size();
        for (int k = 0; s.heading() && k < s.size(); k++) {
            if (s.lc(k).equals(";")) {
                if (k < trigger) {
                    from = k + 1; // a headline of two stories, "Taliban say 40 resistance fighters killed in Panjshir;
                } else if (to == s.size()) { // floods kill 31": the trigger's story names its cause (in a body
                    to = k; // sentence ";" joins one chain: "gunmen opened fire on a bus; the bus overturned")
                }
            }
        }
        for (int k = from; k < to; k++) {
            Cause c = at(s, k);
            if (c == Cause.VIOLENCE) {
                return Cause.VIOLENCE; // "gunmen opened fire on a bus, causing it to overturn, killing 3"
            }
            if (c != null && Math.abs(k - trigger) < best) {
                best = Math.abs(k - trigger);
                nearest = c;
            }
        }
        return nearest;
    }

    /**
     * The article's cause: the non-violent cause named in the most sentences when no sentence names violence, or one
     * sentence does against three that name that cause ("Derna flood toll ... the flood swept ... the dams collapsed
     * ... worsened by years of conflict"); else VIOLENCE.
     */
    static Cause ofArticle(Iterable<Sentence> sentences) {
        Map<Cause, Integer> n = new EnumMap<>(Cause.class);
        java.util.Set<Cause> named = java.util.EnumSet.noneOf(Cause.class);
        for (Sentence s : sentences) {
            named.clear();
            for (int k = 0; k < s.size(); k++) {
                Cause c = at(s, k);
                if (c != null) {
                    named.add(c);
                }
            }
            for (Cause c : named) {
                n.merge(c, 1, Integer::sum); // sentences, not words: "Floods and a landslide ... the floods" is one
            }
        }
        int violence = n.getOrDefault(Cause.VIOLENCE, 0);
        n.remove(Cause.VIOLENCE);
        Cause top = Cause.VIOLENCE;
        int most = violence == 0 ? 0 : violence == 1 ? 2 : Integer.MAX_VALUE;
        for (Map.Entry<Cause, Integer> e : n.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                top = e.getKey();
            }
        }
        return top;
    }

    private static final java.util.Set<String> NEGATORS = Lexicon.words("CAUSE_NEGATORS");
    private static final java.util.Set<String> CANCELLERS = Lexicon.words("CAUSE_CANCELLERS");
    private static final java.util.Set<String> WEAPON_FIRE = Lexicon.words("WEAPON_FIRE");
    private static final java.util.Set<String> TEAR_GAS_NOUNS = Lexicon.words("TEAR_GAS_NOUNS");
    private static final java.util.Set<String> FIRE_OF_HEADS = Lexicon.words("FIRE_OF_HEADS");
    private static final java.util.Set<String> STRAY_FIRE_MODIFIERS = Lexicon.words("STRAY_FIRE_MODIFIERS");

    /** A party's name or word at k: an armed group ("SDF"), a side ("regime", "army") or a demonym ("Israeli"). */
    private static boolean partyBefore(Sentence s, int k) {
        int[] len = new int[1];
        Countries.Entry e = Countries.lookup(s.lc(k));
        return ArmedGroups.at(s, k, len) != null && len[0] == 1 || Roles.modifierRole(s.lc(k)) != null
                || e != null && e.kind() == Countries.Kind.DEMONYM;
    }

    /** "set" within the four words ending at k ("set the bar on", "setting two lorries on"). */
    private static boolean setBefore(Sentence s, int k) {
        for (int j = k; j >= 0 && k - j < 4; j--) {
            String x = s.lc(j);
            if (Lexicon.SET_FORMS.contains(x)) {
                return true;
            }
            if (!s.get(j).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> MINE_MODIFIERS = Lexicon.words("MINE_MODIFIERS");

    /** "erupted" of a volcano named just before it: "Mount Merapi erupted", "the volcano erupted". */
    private static final java.util.Set<String> ERUPTED = Lexicon.words("ERUPTED");
    private static final java.util.Set<String> VOLCANO_NAMES = Lexicon.words("VOLCANO_NAMES");

    private static final java.util.Set<String> CLAUSE_TURNS = Lexicon.words("CAUSE_CLAUSE_TURNS");

    /** The cause the word at k names, or null: none after a negation or before a canceller ("bomb disposal"). */
    private static final java.util.Set<String> AGREEMENT_NOUNS = Lexicon.words("AGREEMENT_NOUNS");

    private static Cause at(Sentence s, int k) {
        Cause c = WORDS.get(s.lc(k));
        if (s.lc(k).equals("tear") && !TEAR_GAS_NOUNS.contains(s.lc(k + 1))) {
            c = null; // "tear gas" is crowd control; "as fires tear through hillside homes" is the fire itself
        }
        if (s.lc(k).equals("fire") && STRAY_FIRE_MODIFIERS.contains(s.lc(k - 1))) {
            c = Cause.VIOLENCE; // "two civilians killed by stray fire", "caught in cross fire": bullets
        }
        if ((s.lc(k).equals("fire") || s.lc(k).equals("fires")) && WEAPON_FIRE.contains(s.lc(k - 1))
                && (!s.lc(k - 1).equals("of") || FIRE_OF_HEADS.contains(s.lc(k - 2)))) {
            c = Cause.VIOLENCE; // "opened fire", "an exchange of fire", "set fire to houses"
        }
        if (s.lc(k).equals("fire") && k > 0 && partyBefore(s, k - 1)) {
            c = Cause.VIOLENCE; // "SDF fire from Tal Tamr hit the village", "regime fire", "Israeli fire"
        }
        if ((s.lc(k).equals("fire") || s.lc(k).equals("fires")) && s.lc(k - 1).equals("on") && setBefore(s, k - 2)) {
            c = Cause.VIOLENCE; // "set the building on fire", "setting vehicles on fire": arson
        }
        if ((s.lc(k).equals("storm") || s.lc(k).equals("storms")) && k > 0 && (Parties.isHead(s.get(k - 1))
                || s.lc(k - 1).equals("to") && !s.get(k).capitalised()
                && (Parties.DETERMINERS.contains(s.lc(k + 1)) || s.get(k + 1).capitalised()))) {
            c = Cause.VIOLENCE; // "as Israeli forces storm Jenin", "tried to storm an SDF checkpoint": the verb, not the
            // weather (not "due to storms", "due to Storm Daniel")
        }
        if (ERUPTED.contains(s.lc(k)) && s.anyIn(Math.max(0, k - 5), k, VOLCANO_NAMES)) {
            c = Cause.DISASTER; // "Mount Lewotobi Laki-laki erupted", not "fighting erupted"
        }
        if (c == Cause.ACCIDENT && s.lc(k).startsWith("collaps") && AGREEMENT_NOUNS.contains(s.lc(k - 1))) {
            c = null; // "the deepest advance since a truce collapsed in August": a truce, no building
        }
        if ((s.lc(k).equals("mine") || s.lc(k).equals("mines")) && MINE_MODIFIERS.contains(s.lc(k - 1))) {
            c = Cause.VIOLENCE; // "a roadside mine struck a minibus", not "a gold mine collapsed"
        }
        if (s.lc(k).equals("explosives") && s.lc(k - 1).equals("with") && Lexicon.BOMB_LADEN.contains(s.lc(k - 2))) {
            c = Cause.VIOLENCE; // "a truck packed with explosives", not "a truck carrying mining explosives"
        }
        if (c == null || CANCELLERS.contains(s.lc(k + 1)) || s.lc(k + 1).equals("the") && CANCELLERS.contains(s.lc(k + 2))) {
            return null;
        }
        for (int j = k - 1; j >= 0 && k - j <= 5; j--) { // "a gas leak, not a drone or missile"
            if (NEGATORS.contains(s.lc(j))) {
                return null;
            }
            if (!s.get(j).isWord() || CLAUSE_TURNS.contains(s.lc(j))) {
                break; // "there were no visible wounds and poisoning was suspected": the negation ends with its clause
            }
        }
        return c;
    }

    /** The cause of a casualty at {@code trigger} of s in an article whose own cause is {@code article}. */
    static Cause of(Sentence s, int trigger, Cause article) {
        Cause c = inSentence(s, trigger);
        return c != null ? c : article;
    }
}
