package org.newswatch.ingest.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises whole lines of page furniture that scrapers carry into article text: accessibility links, "Breaking
 * News" banners, share/subscribe/cookie prompts. Only short lines that are nothing but such furniture are dropped.
 */
public final class Boilerplate {

    private static final Set<String> EXACT = Set.of(
            "accessibility links", "skip to content", "skip to main content", "skip to navigation", "breaking news",
            "advertisement", "share", "share this", "share this article", "share on facebook", "share on twitter",
            "share on x", "share via email", "tweet", "email", "print", "subscribe", "subscribe now", "sign up",
            "sign in", "log in", "menu", "search", "close", "related", "related articles", "read more", "comments",
            "most read", "trending", "newsletter", "follow us", "accept cookies", "copy link", "link copied",
            "home", "top stories", "watch live", "listen", "image", "caption", "more", "next", "previous");

    private static final Pattern PROMPT = Pattern.compile(
            "(?i)^(subscribe to (our|the) .{0,60}|sign up (for|to) (our|the) .{0,60}newsletter.*|follow us on .{0,60}"
                    + "|share (this|on|via) .{0,40}|we use cookies.{0,200}|click here to .{0,80}"
                    + "|(copyright|©)\\s.{0,120}|all rights reserved\\.?|read more:?.{0,120}|advertisement.{0,30})$");

    private Boilerplate() {
    }

    public static boolean isBoilerplate(String line) {
        String l = line.strip();
        if (l.isEmpty() || l.length() > 200) {
            return false;
        }
        String key = l.toLowerCase(Locale.ROOT).replaceAll("[\\s:|•·–—-]+$", "").replaceAll("\\s+", " ");
        return EXACT.contains(key) || PROMPT.matcher(l).matches();
    }

    /** The text without its boilerplate lines (blank lines kept, to be collapsed by the caller). */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (!isBoilerplate(line)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
