package org.newswatch.ingest.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode and whitespace normalisation of article text. */
public final class TextNormalizer {

    private static final Pattern ANY_SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\f\\x0B]+");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextNormalizer() {
    }

    /**
     * The form the article id and the exact-duplicate check are computed from: NFC, every run of white
     * space (including no-break and zero-width spaces) collapsed to one space, trimmed.
     */
    public static String fingerprint(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return ANY_SPACE.matcher(nfc).replaceAll(" ").trim();
    }

    /**
     * The published body: NFC, line endings unified to \n, invisible characters dropped, runs of
     * horizontal space collapsed, lines trimmed, {@link Boilerplate} lines dropped, at most one blank line
     * between paragraphs.
     */
    public static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        nfc = INVISIBLE.matcher(nfc).replaceAll("");
        StringBuilder out = new StringBuilder(nfc.length());
        for (String line : nfc.split("\n", -1)) {
            out.append(HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return MANY_BLANK_LINES.matcher(Boilerplate.strip(out.toString())).replaceAll("\n\n").strip();
    }

    /** True when the text has no visible character. */
    public static boolean isBlank(String text) {
        return text == null || fingerprint(text).isEmpty();
    }
}
