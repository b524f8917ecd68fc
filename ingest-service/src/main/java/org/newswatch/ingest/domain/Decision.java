package org.newswatch.ingest.domain;

/**
 * What the dedup memory decided about one article.
 *
 * @param duplicate       true: an exact duplicate, not to be published again
 * @param articleId       the new article's id, or for a duplicate the id of the earlier one
 * @param nearDuplicateOf for a new article, the earlier article it nearly repeats, else null
 */
public record Decision(boolean duplicate, String articleId, String nearDuplicateOf) {

    public static Decision duplicateOf(String earlierId) {
        return new Decision(true, earlierId, null);
    }

    public static Decision fresh(String id, String nearDuplicateOf) {
        return new Decision(false, id, nearDuplicateOf);
    }
}
