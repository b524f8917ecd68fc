package org.newswatch.extract.domain;

import java.util.List;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;

/** What the Kafka adapter asks of the extraction engine: an article's events (a seam, so a test can make it throw). */
@FunctionalInterface
public interface Engine {

    List<ExtractedEvent> extract(Article article);

    /** The reason a dead letter carries for an exception: the first line of its stack trace, and where it came from. */
    static String reason(Throwable e) {
        String first = e.toString().lines().findFirst().orElse(e.getClass().getName());
        StackTraceElement[] frames = e.getStackTrace();
        return frames.length == 0 ? first : first + " at " + frames[0];
    }
}
