package org.newswatch.extraction.text;

/**
 * One token of article text with its character offsets.
 *
 * @param text  the token as written
 * @param lc    lower-cased text (apostrophes normalised to ')
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param kind  word, number or punctuation
 * @param newlines how many line breaks precede the token (0 inside a line)
 */
public record Token(String text, String lc, int start, int end, Kind kind, int newlines) {

    /** Token classes. */
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    /** True when the first character is an upper-case letter. */
    public boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String lower) {
        return lc.equals(lower);
    }
}
