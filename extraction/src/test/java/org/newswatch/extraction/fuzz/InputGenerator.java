package org.newswatch.extraction.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Inputs for the robustness harness, built from every text of a {@link Corpus}; plain Java, deterministic for a
 * seed, and each input is a function of (seed, index) alone, so a failing one is reproduced from its index.
 *
 * <p>Two families. <b>Cuts</b> ({@link #cut}): every text cut at every token boundary, each cut with each of the
 * {@link #ENDINGS} (a full stop, "…", "...", none) — the shape of a truncated feed summary, which is what broke the
 * engine ("After three days of fighting, government troops have recaptured"). <b>Mutations</b> ({@link #random}):
 * sentences joined and shuffled, paragraphs merged and split, random Unicode (combining marks, RTL, emoji,
 * zero-width, NUL and controls, lone surrogates, letters whose case mapping changes the length), markup fragments,
 * very long tokens and numbers, repeated triggers, word salad from the corpus vocabulary, empty and whitespace-only
 * texts, cuts inside a token, and chains of several of these.
 */
public final class InputGenerator {

    /** One generated text and the family it comes from. */
    public record Input(long index, String kind, String text) {
        /** The text shortened for a report: at most {@code max} characters, control characters escaped. */
        public String preview(int max) {
            String t = text.length() > max ? text.substring(0, max / 2) + " … " + text.substring(text.length() - max / 2) : text;
            StringBuilder b = new StringBuilder();
            t.codePoints().forEach(c -> {
                if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF) || c == 0x2028 || c == 0x2029) {
                    b.append(String.format("\\u%04X", c));
                } else {
                    b.appendCodePoint(c);
                }
            });
            return b.toString();
        }
    }

    /** The endings a cut gets. */
    public static final List<String> ENDINGS = List.of("", ".", "…", "...");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])[\"”’)]?\\s+|\\n\\s*\\n");
    private static final List<String> UNICODE = List.of(
            // combining marks, alone and stacked
            "\u0301", "\u0308", "\u0327", "\u20DD", "\u0489", "e\u0301\u0308\u0327\u0300\u0301\u0308\u0327\u0300",
            // right to left
            "\u202E", "\u202B", "\u200F", "\u061C", "\u202C", "قتل ٣٤ جنديا", "שלום", "٣٤", "۱۲",
            // emoji: pairs, joiners, flags, keycaps, skin tones
            "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDF8\uD83C\uDDFE", "1\uFE0F\u20E3",
            "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDCA5",
            // zero width
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF",
            // NUL and other controls, line and paragraph separators
            "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\u000B", "\u000C", "\r", "\r\n", "\t",
            // lone and reversed surrogates
            "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800",
            // case mappings that change the length, odd spaces and digits, other scripts
            "İ", "ß", "ﬁ", "ǅ", "ŉ", "\u00A0", "\u2009", "\u3000", "\u2212", "１２", "²", "½", "Ⅻ", "१२", "北京",
            "\uD835\uDC24\uD835\uDC22\uD835\uDC25\uD835\uDC25\uD835\uDC1E\uD835\uDC1D", "\uFFFD", "\uFFFF", "\uFFFE");
    private static final List<String> MARKUP = List.of("<p>", "</p>", "<br>", "<br/>", "&amp;", "&nbsp;", "&#8230;",
            "&#x2026;", "&lt;", "&gt;", "<a href=\"http://example.org/a?b=1&c=2\">", "</a>", "<div class=\"caption\">",
            "</div>", "<", ">", "<p", "<!--", "-->", "<script>var a = '<p>killed';</script>", "<![CDATA[", "]]>",
            "<img src=x onerror=y>", "<b>killed</b>", "</", "&", "&#", "&#99999999;", "&#0;", "&#xD800;",
            "<table><tr><td>12</td><td>killed</td></tr></table>", "<li>", "<h1>", "</h1>", "<?xml version=\"1.0\"?>");
    private static final List<String> NUMBERS = List.of("12,345,678,901,234,567,890", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "-1", "-5", "\u22125", "0", "00000", "1.5 million",
            "3.4 billion", "2.5 trillion", "1,5", "10 000", "10\u00A0000", "two hundred thousand million",
            "a hundred and fifty-seven", "dozens of hundreds of thousands", "1/2", "3-4", "between 5 and 3", "5\u20133",
            "1e308", "1.7976931348623157E308", "NaN", "Infinity", "0x1F", "٣٤", "１２", "1st", "2,000,000th", "12.5.6.7",
            "99999999999 million", "0.0000001", ".5", "5.", "1,,000", ",000", "000,", "17-", "–17");
    private static final List<String> TRIGGERS = List.of("killed", "were killed", "killing", "clashes", "clashed",
            "captured", "recaptured", "took control of", "shelling", "fled", "wounded", "attack", "died", "dead",
            "shot dead", "Rebels killed 5 soldiers", "at least", "soldiers", "Idlib", "said", "on Monday", "Turkish",
            "an IED exploded", "were displaced", "destroyed a tank", "threatened", "talks", "Fatalities: 3",
            "the body of a man was found", "2020", "of", "and", "the", "(", "\"", ",");
    private static final List<String> JOINERS = List.of(" ", " ", "\n", "\n\n", "", " … ", "\r\n\r\n", "\u2029", "; ");
    private static final List<String> BLANKS = List.of("", " ", "\n", "\n\n\n", "\t", " \t\n\r ", "\u00A0", "\u2003",
            "\u200B", "\u3000", "\uFEFF", "\u0000", ".", "…", "...", ",", "\"", "-", "\r");

    private final List<String> texts;
    private final int[][] boundaries;
    private final long[] cutStart;
    private final List<String> sentences;
    private final List<String> vocabulary;
    private final List<String> names;
    private final long seed;

    public InputGenerator(Corpus corpus, long seed) {
        this.seed = seed;
        this.texts = corpus.texts().stream().map(Corpus.Text::text).toList();
        this.boundaries = new int[texts.size()][];
        this.cutStart = new long[texts.size() + 1];
        List<String> ss = new ArrayList<>();
        Set<String> vocab = new LinkedHashSet<>();
        Set<String> caps = new LinkedHashSet<>();
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            boundaries[t] = tokenEnds(text);
            cutStart[t + 1] = cutStart[t] + (long) boundaries[t].length * ENDINGS.size();
            for (String s : SENTENCE_END.split(text)) {
                if (!s.isBlank()) {
                    ss.add(s.strip());
                }
            }
            int from = 0;
            for (int end : boundaries[t]) {
                String token = text.substring(from, end).strip();
                if (!token.isEmpty()) {
                    vocab.add(token);
                    if (Character.isUpperCase(token.charAt(0)) && token.length() > 2) {
                        caps.add(token);
                    }
                }
                from = end;
            }
        }
        this.sentences = List.copyOf(ss);
        this.vocabulary = List.copyOf(vocab);
        this.names = List.copyOf(caps);
    }

    /** The end offset of every token: after each run of letters and digits and after each other visible character. */
    static int[] tokenEnds(String text) {
        int[] out = new int[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int j = i + Character.charCount(c);
            if (Character.isWhitespace(c)) {
                i = j;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                while (j < text.length() && Character.isLetterOrDigit(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = j;
            i = j;
        }
        return Arrays.copyOf(out, n);
    }

    /** How many cuts there are: every token boundary of every text, times the endings. */
    public long cuts() {
        return cutStart[texts.size()];
    }

    /** Cut number {@code i} (0 ≤ i < {@link #cuts()}): text, boundary and ending in order. */
    public Input cut(long i) {
        int t = Arrays.binarySearch(cutStart, i);
        t = t >= 0 ? t : -t - 2;
        while (cutStart[t + 1] == cutStart[t]) {
            t++; // a text without tokens has no cuts
        }
        long k = i - cutStart[t];
        int b = (int) (k / ENDINGS.size());
        String ending = ENDINGS.get((int) (k % ENDINGS.size()));
        return new Input(i, "cut", texts.get(t).substring(0, boundaries[t][b]) + ending);
    }

    /**
     * The inputs of a run of {@code n}: every cut once if {@code n} is at least twice {@link #cuts()}, else an evenly
     * spread half of {@code n} of them; the rest mutations. Input {@code i} is the same in every run of the same
     * seed and size.
     */
    public Input input(long i, long n) {
        long cuts = Math.min(cuts(), n / 2);
        if (i < cuts) {
            long stride = cuts() / cuts;
            long offset = Math.floorMod(seed, stride);
            Input c = cut(i * stride + offset);
            return new Input(i, c.kind(), c.text());
        }
        return random(i);
    }

    /** Mutation number {@code i}: a function of the seed and {@code i} only. */
    public Input random(long i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int family = r.nextInt(100);
        if (family < 12) {
            return new Input(i, "cut-random", randomCut(r));
        } else if (family < 24) {
            return new Input(i, "join-shuffle", joined(r));
        } else if (family < 34) {
            return new Input(i, "paragraphs", paragraphs(r, text(r)));
        } else if (family < 46) {
            return new Input(i, "unicode", unicode(r, text(r)));
        } else if (family < 54) {
            return new Input(i, "markup", markup(r, text(r)));
        } else if (family < 60) {
            return new Input(i, "long-token", longToken(r, text(r)));
        } else if (family < 68) {
            return new Input(i, "numbers", numbers(r, text(r)));
        } else if (family < 74) {
            return new Input(i, "repeated-trigger", repeated(r));
        } else if (family < 80) {
            return new Input(i, "word-salad", salad(r));
        } else if (family < 83) {
            return new Input(i, "blank", blank(r));
        } else if (family < 86) {
            return new Input(i, "place-list", placeList(r));
        }
        String s = r.nextBoolean() ? joined(r) : randomCut(r);
        int steps = 2 + r.nextInt(3);
        for (int k = 0; k < steps; k++) {
            s = switch (r.nextInt(6)) {
                case 0 -> paragraphs(r, s);
                case 1 -> unicode(r, s);
                case 2 -> markup(r, s);
                case 3 -> numbers(r, s);
                case 4 -> longToken(r, s);
                default -> cutAnywhere(r, s);
            };
        }
        return new Input(i, "chain", s);
    }

    private String text(SplittableRandom r) {
        return r.nextInt(3) == 0 ? texts.get(r.nextInt(texts.size())) : sentences.get(r.nextInt(sentences.size()));
    }

    private static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A random text cut at a random token boundary, with a random ending. */
    private String randomCut(SplittableRandom r) {
        String s = text(r);
        int[] ends = tokenEnds(s);
        if (ends.length == 0) {
            return s;
        }
        return s.substring(0, ends[r.nextInt(ends.length)]) + pick(r, ENDINGS);
    }

    /** Cut at any character, inside a token or a surrogate pair too. */
    private static String cutAnywhere(SplittableRandom r, String s) {
        return s.isEmpty() ? s : s.substring(0, r.nextInt(s.length() + 1));
    }

    /** Sentences of any texts, shuffled, joined with blanks, line or paragraph breaks, or nothing. */
    private String joined(SplittableRandom r) {
        int k = 1 + r.nextInt(r.nextInt(10) == 0 ? 40 : 8);
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < k; j++) {
            if (j > 0) {
                b.append(pick(r, JOINERS));
            }
            String s = pick(r, sentences);
            if (r.nextInt(4) == 0) {
                s = s.replaceAll("[.!?…]+[\"”’)]?$", "");
            }
            b.append(s);
        }
        return b.toString();
    }

    /** Paragraphs merged into one, or split at random token boundaries (with or without the breaks' blanks). */
    private static String paragraphs(SplittableRandom r, String s) {
        if (r.nextBoolean()) {
            return s.replaceAll("\\s*\\n\\s*", r.nextBoolean() ? " " : "");
        }
        int[] ends = tokenEnds(s);
        StringBuilder b = new StringBuilder(s);
        int splits = 1 + r.nextInt(4);
        int[] at = new int[Math.min(splits, ends.length)];
        for (int j = 0; j < at.length; j++) {
            at[j] = ends[r.nextInt(ends.length)];
        }
        Arrays.sort(at);
        for (int j = at.length - 1; j >= 0; j--) {
            b.insert(at[j], pick(r, List.of("\n\n", "\n", "\r\n\r\n", "\n \n", "\u2029", "\n\n\n\n")));
        }
        return b.toString();
    }

    private static String insertAt(SplittableRandom r, String s, List<String> pool, int count, boolean anywhere) {
        StringBuilder b = new StringBuilder(s);
        int[] ends = anywhere ? null : tokenEnds(s);
        for (int j = 0; j < count; j++) {
            int at = anywhere || ends.length == 0 ? r.nextInt(b.length() + 1) : Math.min(b.length(), ends[r.nextInt(ends.length)]);
            b.insert(at, pick(r, pool));
        }
        return b.toString();
    }

    /** Random Unicode anywhere (inside words and surrogate pairs too), or characters replaced by random code points. */
    private static String unicode(SplittableRandom r, String s) {
        if (r.nextInt(4) == 0 && !s.isEmpty()) {
            StringBuilder b = new StringBuilder(s);
            for (int j = 1 + r.nextInt(10); j > 0; j--) {
                int at = r.nextInt(b.length());
                int cp = r.nextBoolean() ? r.nextInt(0x10000) : r.nextInt(Character.MAX_CODE_POINT + 1);
                b.replace(at, at + 1, new String(Character.toChars(cp)));
            }
            return b.toString();
        }
        return insertAt(r, s, UNICODE, 1 + r.nextInt(12), true);
    }

    /** Markup fragments between tokens, or a paragraph wrapped in an unclosed tag. */
    private static String markup(SplittableRandom r, String s) {
        if (r.nextInt(4) == 0) {
            return "<p>" + s.replace("\n\n", "</p>\n<p>") + (r.nextBoolean() ? "</p>" : "");
        }
        return insertAt(r, s, MARKUP, 1 + r.nextInt(8), r.nextInt(3) == 0);
    }

    /** One very long token (letters, digits, separators, a URL, a word with no spaces) among the text. */
    private static String longToken(SplittableRandom r, String s) {
        int n = r.nextInt(20) == 0 ? 20_000 + r.nextInt(40_000) : 100 + r.nextInt(3_000);
        String unit = pick(r, List.of("a", "9", "1,", "1.", "-", "—", "killed", "al-", "(", "'", "$1", "https://x.org/a/",
                "\uD83D\uDCA5", "\u0301", " ", ".", "e\u0301"));
        String token = unit.repeat(Math.max(1, n / unit.length()));
        return insertAt(r, s, List.of(token, token + " soldiers were killed", "at least " + token + " people"), 1, false);
    }

    /** Odd, huge, negative and malformed numbers, next to victims or alone. */
    private static String numbers(SplittableRandom r, String s) {
        String n = pick(r, NUMBERS);
        List<String> forms = List.of(n, n + " soldiers were killed", "killing " + n + " civilians", "at least " + n,
                n + " people fled", "between " + n + " and " + pick(r, NUMBERS) + " fighters died");
        String replaced = s.replaceAll("\\b\\d[\\d,.]*\\b", n);
        return r.nextBoolean() ? replaced : insertAt(r, s, forms, 1 + r.nextInt(3), false);
    }

    /** A trigger or an event sentence many times, joined in various ways. */
    private String repeated(SplittableRandom r) {
        boolean sentence = r.nextInt(4) == 0;
        String unit = sentence ? pick(r, sentences) : pick(r, TRIGGERS);
        int n = r.nextInt(20) == 0 ? (sentence ? 20 + r.nextInt(20) : 300 + r.nextInt(1_200)) : 2 + r.nextInt(sentence ? 10 : 60);
        String joiner = pick(r, List.of(" ", ", ", ". ", " and ", "\n", "\n\n", ""));
        // joined without a sentence break (" and ", or ". " before a lower-case word), the repeats are one sentence of
        // thousands of tokens, which the segmenter reads in pieces of Segmenter.MAX_SENTENCE tokens (see Scaling)
        n = Math.min(n, Math.max(2, 60_000 / (unit.length() + joiner.length())));
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                b.append(joiner);
            }
            b.append(unit);
        }
        return r.nextBoolean() ? b.toString() : pick(r, sentences) + " " + b;
    }

    /** Tokens of the corpus in random order, with the corpus's punctuation among them. */
    private String salad(SplittableRandom r) {
        int n = 1 + r.nextInt(r.nextInt(20) == 0 ? 800 : 60);
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < n; j++) {
            if (j > 0 && r.nextInt(5) != 0) {
                b.append(' ');
            }
            b.append(r.nextInt(5) == 0 ? pick(r, TRIGGERS) : pick(r, vocabulary));
        }
        return b.toString();
    }

    /** Empty, whitespace-only and punctuation-only texts. */
    private static String blank(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        for (int j = r.nextInt(r.nextInt(10) == 0 ? 5_000 : 6); j > 0; j--) {
            b.append(pick(r, BLANKS));
        }
        return b.toString();
    }

    /** A capture or a killing in a long list of capitalised names of the corpus. */
    private String placeList(SplittableRandom r) {
        int n = 2 + r.nextInt(r.nextInt(20) == 0 ? 400 : 40);
        StringBuilder b = new StringBuilder(pick(r, List.of("Rebels captured ", "Troops took control of the villages of ",
                "Shelling killed 4 civilians in ", "Residents fled ", "Clashes erupted near ")));
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                b.append(j == n - 1 ? " and " : ", ");
            }
            b.append(pick(r, names));
        }
        return b.append(pick(r, ENDINGS)).toString();
    }
}
