package org.newswatch.contracts;

/** How a count is qualified: "at least 22" is AT_LEAST, "some 50" is ABOUT, "up to 10" is UP_TO. */
public enum Qualifier {
    EXACT, AT_LEAST, ABOUT, UP_TO
}
