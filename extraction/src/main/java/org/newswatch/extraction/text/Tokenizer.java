package org.newswatch.extraction.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A single-pass, allocation-light tokenizer: words (letters with inner hyphens and apostrophes, "al-Eis",
 * "Dar'a", "M-5"), numbers (digits with inner separators, "950,0000", "3.6", "20.02.2020") and single
 * punctuation characters. A trailing possessive "'s" becomes its own token. Linear in the input length.
 */
public final class Tokenizer {

    /** Acronyms that lower-cased would read as a common word ("IS" for Islamic State), and their reading. */
    private static final Map<String, String> ACRONYMS = acronyms();

    /** Longest token kept as-is; longer runs are cut (a 10 MB run of letters is noise, not a word). */
    static final int MAX_TOKEN = 64;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        int newlines = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0' || c == '\uFEFF') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetter(c)) {
                i = scanWord(text, i, n);
                int end = i;
                // split a possessive 's / ’s off the end
                if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    char ap = text.charAt(end - 2);
                    if (ap == '\'' || ap == '\u2019') {
                        add(out, text, start, end - 2, Token.Kind.WORD, newlines);
                        newlines = 0;
                        out.add(new Token(text.substring(end - 2, end), "'s", end - 2, end, Token.Kind.WORD, 0));
                        continue;
                    }
                }
                add(out, text, start, end, Token.Kind.WORD, newlines);
            } else if (c >= '0' && c <= '9') {
                while (i < n) {
                    char d = text.charAt(i);
                    if (d >= '0' && d <= '9') {
                        i++;
                    } else if ((d == ',' || d == '.') && i + 1 < n && isDigit(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && Character.isLetter(text.charAt(i))) {
                    // 4th, 1990s, 2nd: a word
                    i = scanWord(text, i, n);
                    add(out, text, start, i, Token.Kind.WORD, newlines);
                } else {
                    add(out, text, start, i, Token.Kind.NUMBER, newlines);
                }
            } else {
                i++;
                add(out, text, start, i, Token.Kind.PUNCT, newlines);
            }
            newlines = 0;
        }
        readAcronyms(out);
        return out;
    }

    /** "IS fighters" is the group, not the verb: an acronym outside a line of capitals takes its reading. */
    private static void readAcronyms(List<Token> out) {
        for (int k = 0; k < out.size(); k++) {
            Token t = out.get(k);
            String reading = t.isWord() ? ACRONYMS.get(t.text()) : null;
            if (reading != null && !capitalsAt(out, k - 1) && !capitalsAt(out, k + 1)) {
                out.set(k, new Token(t.text(), reading, t.start(), t.end(), t.kind(), t.newlines()));
            }
        }
    }

    /** A word of two or more letters in capitals at k. */
    private static boolean capitalsAt(List<Token> out, int k) {
        if (k < 0 || k >= out.size() || !out.get(k).isWord() || out.get(k).text().length() < 2) {
            return false;
        }
        String x = out.get(k).text();
        for (int i = 0; i < x.length(); i++) {
            if (Character.isLowerCase(x.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> acronyms() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Tokenizer.class.getResourceAsStream("acronyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource acronyms.tsv");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || f[0].toLowerCase(Locale.ROOT).equals(f[0])) {
                    throw new IllegalArgumentException("acronyms.tsv: want ACRONYM<TAB>reading, got '" + line + "'");
                }
                m.put(f[0], f[1].toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    private static int scanWord(String text, int i, int n) {
        while (i < n) {
            char d = text.charAt(i);
            if (Character.isLetterOrDigit(d)) {
                i++;
            } else if ((d == '-' || d == '\'' || d == '\u2019' || d == '.') && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                if (d == '.') {
                    // keep U.S. / U.N. together: single letters separated by dots
                    if (!(i >= 1 && isSingleLetterBefore(text, i) && i + 2 <= n
                            && (i + 2 == n || !Character.isLetter(text.charAt(i + 2))))) {
                        break;
                    }
                }
                if ((d == '\'' || d == '\u2019') && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    i += 2; // possessive, split by the caller
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        // U.S. / U.N. : swallow the final dot of an abbreviation made of single letters
        if (i < n && text.charAt(i) == '.' && i >= 3 && text.charAt(i - 2) == '.' && Character.isLetter(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static boolean isSingleLetterBefore(String text, int dot) {
        return Character.isLetter(text.charAt(dot - 1)) && (dot < 2 || !Character.isLetterOrDigit(text.charAt(dot - 2))
                || text.charAt(dot - 2) == '.');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void add(List<Token> out, String text, int start, int end, Token.Kind kind, int newlines) {
        if (end - start > MAX_TOKEN) {
            end = start + MAX_TOKEN;
        }
        String s = text.substring(start, end);
        String lc = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        out.add(new Token(s, lc, start, end, kind, newlines));
    }
}
