package org.newswatch.ingest.domain;

/** Told the outcome of every article offered to the {@link Ingestor}: for the metrics, without a metrics library here. */
@FunctionalInterface
public interface IngestOutcomes {

    /** Refused as invalid (empty text, bad date, ...). */
    String REJECTED = "rejected";

    /** Counts nothing. */
    IngestOutcomes NONE = (origin, outcome) -> {
    };

    /**
     * @param origin  live or replay
     * @param outcome {@link IngestResult#ACCEPTED}, {@link IngestResult#DUPLICATE} or {@link #REJECTED}
     */
    void count(String origin, String outcome);
}
