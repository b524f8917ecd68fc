package org.newswatch.ingest.domain;

import java.util.concurrent.CompletionStage;
import org.newswatch.contracts.Article;

/** Publishes an article; the stage completes when the broker acknowledged it. */
public interface ArticlePublisher {

    CompletionStage<Void> publish(String topic, Article article);
}
