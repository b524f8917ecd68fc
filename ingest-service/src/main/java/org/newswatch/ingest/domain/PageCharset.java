package org.newswatch.ingest.domain;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an HTML page's bytes, decided as browsers do (WHATWG encoding sniffing): a byte order mark, then
 * the HTTP {@code Content-Type} charset, then a {@code <meta charset>} or {@code <meta http-equiv>} in the head, then a detector (valid UTF-8 is UTF-8, else windows-1252, the web's legacy default). A declared charset the
 * bytes do not decode in is not trusted silently: valid UTF-8 wins over it (the common mislabelling), else it is
 * decoded with replacement characters and the result says so. Bytes that are valid UTF-8 with non-ASCII characters
 * are UTF-8 whatever a single-byte declaration says (they would only decode there as mojibake).
 */
public final class PageCharset {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9._:-]+)");
    private static final Pattern META = Pattern.compile("(?i)<meta\\s[^>]*charset[^>]*>");
    /** How far a {@code <meta>} charset is looked for. */
    private static final int HEAD = 16384;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @param text    the page's characters
     * @param charset the charset they were decoded with
     * @param source  where it came from: bom, http, meta, detected, or mislabelled (declared, but undecodable)
     */
    public record Decoded(String text, Charset charset, String source) {
    }

    private PageCharset() {
    }

    public static Decoded decode(byte[] bytes, String contentType) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, "bom");
        }
        Charset http = contentType == null ? null : named(contentType);
        if (http != null) {
            return declared(bytes, http, "http");
        }
        Charset meta = meta(bytes);
        if (meta != null) {
            return declared(bytes, meta, "meta");
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? new Decoded(utf8, StandardCharsets.UTF_8, "detected")
                : new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "detected");
    }

    private static Decoded declared(byte[] bytes, Charset charset, String source) {
        if (!charset.equals(StandardCharsets.UTF_8) && nonAscii(bytes)) {
            // multi-byte UTF-8 sequences also decode in a single-byte charset, as mojibake: UTF-8 is what they are
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8, "mislabelled");
            }
        }
        String text = strict(bytes, charset);
        if (text != null) {
            return new Decoded(text, charset, source);
        }
        // mislabelled: another declaration further on (a page framed by an archive), else valid UTF-8; when none
        // decodes cleanly, the one with the fewest undecodable bytes
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        java.util.List<Charset> candidates = new java.util.ArrayList<>(java.util.List.of(charset));
        while (m.find()) {
            Charset other = named(m.group());
            if (other != null && !candidates.contains(other)) {
                candidates.add(other);
            }
        }
        if (!candidates.contains(StandardCharsets.UTF_8)) {
            candidates.add(StandardCharsets.UTF_8);
        }
        Decoded best = null;
        int fewest = Integer.MAX_VALUE;
        for (Charset candidate : candidates) {
            String decoded = candidate == charset ? null : strict(bytes, candidate);
            if (decoded != null) {
                return new Decoded(decoded, candidate, "mislabelled");
            }
            String lenient = new String(bytes, candidate);
            int bad = 0;
            for (int i = 0; i < lenient.length(); i++) {
                if (lenient.charAt(i) == '\uFFFD') {
                    bad++;
                }
            }
            if (bad < fewest) {
                fewest = bad;
                best = new Decoded(lenient, candidate, "mislabelled");
            }
        }
        return best;
    }

    private static boolean nonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * The charset a {@code <meta>} declares, read as ASCII: in the first 1024 bytes (the prescan), else further in
     * the head, where a browser's parser meets it and re-decodes the page ("change the encoding").
     */
    private static Charset meta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        int body = head.indexOf("<body");
        if (body < 0) {
            body = head.indexOf("<BODY");
        }
        if (body >= 0) {
            head = head.substring(0, body);
        }
        Matcher m = META.matcher(head);
        while (m.find()) {
            Charset c = named(m.group());
            if (c != null) {
                // a page that says UTF-16 in ASCII bytes is not UTF-16 (WHATWG: read it as UTF-8)
                return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
            }
        }
        return null;
    }

    /** The charset named by a {@code charset=} parameter; labels as browsers map them (latin1 and ascii are 1252). */
    static Charset named(String value) {
        Matcher m = CHARSET.matcher(value);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        switch (label) {
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "iso_8859-1", "cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "gb2312", "gbk", "x-gbk" -> {
                return Charset.forName("GB18030");
            }
            default -> {
                try {
                    return Charset.forName(label);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
