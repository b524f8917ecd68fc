package org.newswatch.cli.bench;

import java.util.List;

/**
 * Consumer lag over one stage: the summed lag of extract-service on articles, alert-service on events and the
 * webhook notifier on alerts, sampled once a second.
 *
 * @param samples      [seconds since the stage started, lag] pairs while articles were being posted
 * @param max          the largest sample
 * @param atStop       the lag when the last article was posted
 * @param slope        how fast the lag's low points grew over the second half of the stage, records per second
 * @param drainSeconds seconds from the last post until the lag was zero (-1: not within the wait)
 * @param flat         the pipeline kept up: the lag's low points did not grow over the second half (under 2% of
 *                     the rate or 2 records/s) and it was gone within 15 s of the last post (extract-service
 *                     commits its offsets every few seconds)
 */
public record Lag(List<long[]> samples, long max, long atStop, double slope, double drainSeconds, boolean flat) {
}
