package org.newswatch.extract;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.newswatch.extraction.Extractor;

/** The one extraction engine of the service: plain Java, built once, shared by all threads. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.create();
    }
}
