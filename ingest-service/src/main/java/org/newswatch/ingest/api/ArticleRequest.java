package org.newswatch.ingest.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.newswatch.contracts.Json;
import org.newswatch.ingest.domain.ArticleInput;
import org.newswatch.ingest.domain.InvalidArticleException;
import org.newswatch.ingest.domain.PublicationTime;

/**
 * The JSON body of {@code POST /articles}: {@code {"title","url","source","publishedAt","text"}}; publishedAt is
 * an ISO date or date-time. Unknown fields are ignored. The same article line as replays read and
 * {@code newswatch extract --jsonl} takes; the extract tool's older {@code date} is read as {@code publishedAt}.
 */
public record ArticleRequest(String title, String url, String source, @JsonAlias("date") String publishedAt, String text) {

    public ArticleInput toInput() {
        return new ArticleInput(title, url, source, PublicationTime.parse(publishedAt), text);
    }

    /** Parses one JSON object; anything else is an {@link InvalidArticleException} saying why. */
    public static ArticleRequest parse(String json) {
        try {
            return fromNode(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static ArticleRequest fromNode(JsonNode node) {
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw new InvalidArticleException("expected a JSON object with a text field");
        }
        try {
            return Json.MAPPER.treeToValue(node, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("invalid article: " + e.getOriginalMessage(), e);
        }
    }
}
