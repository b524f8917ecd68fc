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

    /** The sentence as written in the article text. */
    public String text(String article) {
        return article.substring(start, end);
    }
}
