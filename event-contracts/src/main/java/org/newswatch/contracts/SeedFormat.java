package org.newswatch.contracts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text article format of {@code seeds/}: an optional first line {@code " date YYYY-MM-DD"}
 * (leading blanks allowed), then the text. The text keeps every character after the date line's first
 * space run, so character offsets into {@link Parsed#text()} are offsets into what the extractor sees.
 */
public final class SeedFormat {

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\uFEFF?[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})[ \\t]*");

    private SeedFormat() {
    }

    /**
     * @param date the date line's date, null when the text has none
     * @param text the article text without the date line
     */
    public record Parsed(LocalDate date, String text) {
    }

    /** Splits off the date line. A malformed date (e.g. 2020-13-45) is an {@link IllegalArgumentException}. */
    public static Parsed parse(String content) {
        Matcher m = DATE_LINE.matcher(content);
        if (!m.lookingAt()) {
            return new Parsed(null, content.startsWith("\uFEFF") ? content.substring(1) : content);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date line: " + m.group(1), e);
        }
        String rest = content.substring(m.end());
        if (rest.startsWith("\r\n")) {
            rest = rest.substring(2);
        } else if (rest.startsWith("\n")) {
            rest = rest.substring(1);
        }
        return new Parsed(date, rest);
    }
}
