package org.newswatch.ingest.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Deterministic ids: the same text always gets the same article id, so replaying an archive repeats them. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** First 16 hex characters of the SHA-256 of the {@link TextNormalizer#fingerprint fingerprint} of the text. */
    public static String articleId(String text) {
        return sha256Hex(TextNormalizer.fingerprint(text)).substring(0, 16);
    }

    /** A key of the URL for the same-URL check (scheme and host lower-cased, fragment, default port and trailing slash dropped), or null. */
    public static String urlKey(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        return sha256Hex(canonicalUrl(url.strip())).substring(0, 16);
    }

    static String canonicalUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url;
        }
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
