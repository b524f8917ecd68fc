package org.newswatch.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newswatch.ingest.domain.IngestResult;

/**
 * The outcome of one item of a batch.
 *
 * @param index           its position in the batch (0-based; for JSON Lines the line's index among non-blank lines)
 * @param id              the article id (for a duplicate the earlier one's); absent on error
 * @param status          accepted, duplicate or error
 * @param nearDuplicateOf the earlier article it nearly repeats, if any
 * @param error           why it was refused, for status error
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(int index, String id, String status, String nearDuplicateOf, String error) {

    public static final String ERROR = "error";

    static BatchItemResult of(int index, IngestResult result) {
        return new BatchItemResult(index, result.id(), result.status(), result.nearDuplicateOf(), null);
    }

    static BatchItemResult failed(int index, String error) {
        return new BatchItemResult(index, null, ERROR, null, error);
    }
}
