package org.newswatch.ingest.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer for one article.
 *
 * @param id              its id (for a duplicate: the earlier article's)
 * @param status          {@link #ACCEPTED} or {@link #DUPLICATE}
 * @param nearDuplicateOf the earlier article it nearly repeats, else absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(String id, String status, String nearDuplicateOf) {

    public static final String ACCEPTED = "accepted";
    public static final String DUPLICATE = "duplicate";

    public boolean duplicate() {
        return DUPLICATE.equals(status);
    }
}
