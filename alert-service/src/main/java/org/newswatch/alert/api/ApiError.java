package org.newswatch.alert.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON body of every error answer: {@code {"error": "...", "field": "..."}} (field only when one is to blame). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field) {
}
