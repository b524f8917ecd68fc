package org.newswatch.ingest.api;

import java.util.List;

/** The answer of {@code POST /articles/batch}: counts and one result per item, in input order. */
public record BatchResponse(int accepted, int duplicates, int errors, List<BatchItemResult> results) {

    static BatchResponse of(List<BatchItemResult> results) {
        int accepted = (int) results.stream().filter(r -> "accepted".equals(r.status())).count();
        int duplicates = (int) results.stream().filter(r -> "duplicate".equals(r.status())).count();
        return new BatchResponse(accepted, duplicates, results.size() - accepted - duplicates, results);
    }
}
