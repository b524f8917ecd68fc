package org.newswatch.extraction.geo;

/**
 * A place name found in a text.
 *
 * @param start offset of the first character of the name in the text
 * @param end   offset just past its last character
 * @param match what it resolved to
 */
public record PlaceSpan(int start, int end, GeoMatch match) {
}
