package org.newswatch.extraction.text;

import java.util.List;

/**
 * One sentence of the cleaned article.
 *
 * @param index     position among the kept sentences
 * @param tokens    its tokens (credits and junk removed)
 * @param start     character offset of the first token in the article text
 * @param end       offset after the last token
 * @param paragraph index of the paragraph (line block) it belongs to
 * @param heading   true for a short line without final punctuation (a headline, a caption title)
 */
public record Sentence(int index, List<Token> tokens, int start, int end, int paragraph, boolean heading) {

    public int size() {
        return tokens.size();
    }

    /**
     * Token at i; outside the sentence an empty punctuation token at the sentence's edge, so that a rule looking
     * one word past a sentence that ends without a full stop ("government troops have recaptured") reads the
     * edge as it reads a full stop, instead of failing.
     */
    public Token get(int i) {
        if (i >= 0 && i < tokens.size()) {
            return tokens.get(i);
        }
        int at = i < 0 ? start : end;
        return new Token("", "", at, at, Token.Kind.PUNCT, 0);
    }

    /** Lower-cased token at i, or "" outside the sentence. */
    public String lc(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lc() : "";
    }

    /**
     * Where the text after a wire dateline starts: "MOGADISHU, Somalia (AP) \u2014 A roadside bomb ..." gives the index
     * of "A", "ERBIL, Kurdistan Region (Kurdistan 24) \u2013 Two ..." that of "Two"; 0 when the sentence opens with
     * no dateline. The dateline says where the reporter files from, not who acts or where.
     */
    public int datelineEnd() {
        String first = tokens.isEmpty() ? "" : tokens.get(0).text();
        if (first.length() < 3 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || !Character.isLetter(first.charAt(0))) {
            return 0;
        }
        for (int k = 1; k < Math.min(tokens.size(), 14); k++) {
            Token t = tokens.get(k);
            String x = t.lc();
            if (x.equals("\u2014") || x.equals("\u2013") || x.equals("-") || x.equals("--")) {
                int after = k + 1;
                while (after < tokens.size() && (lc(after).equals("-") || lc(after).equals("\u2014"))) {
                    after++;
                }
                return k == 1 || k > 1 && (lc(k - 1).equals(")") || tokens.get(k - 1).capitalised()
                        || tokens.get(k - 1).isNumber()) ? after : 0;
            }
            if (!(t.capitalised() || t.isNumber() || x.equals(",") || x.equals("(") || x.equals(")")
                    || x.equals("."))) {
                return 0;
            }
        }
        return 0;
    }

    /** True when a token in [from, to) is one of {@code words} (lower case). */
    public boolean anyIn(int from, int to, java.util.Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (words.contains(tokens.get(k).lc())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence as written in the article text. */
    public String text(String article) {
        return article.substring(start, end);
    }
}
