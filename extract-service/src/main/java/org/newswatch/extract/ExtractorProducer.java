package org.newswatch.extract;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.newswatch.extract.domain.Engine;
import org.newswatch.extraction.Extractor;

/** The one extraction engine of the service: plain Java, built once, shared by all threads. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.create();
    }

    /** The engine as the Kafka adapter sees it. */
    @Produces
    @Singleton
    Engine engine(Extractor extractor) {
        return extractor::extract;
    }
}
