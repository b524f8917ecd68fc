package org.newswatch.extract.messaging;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newswatch.extract.domain.Engine;
import org.newswatch.extraction.Extractor;

/** The tests' engine: the real one, except that it throws for an article that holds {@link #MARKER}. */
public class ThrowingEngine {

    static final String MARKER = "[make-the-engine-throw]";

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Engine engine(Extractor extractor) {
        return article -> {
            if (article.text() != null && article.text().contains(MARKER)) {
                throw fail();
            }
            return extractor.extract(article);
        };
    }

    private static IllegalStateException fail() {
        return new IllegalStateException("the engine broke on purpose");
    }
}
