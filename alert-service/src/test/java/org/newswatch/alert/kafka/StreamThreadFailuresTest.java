package org.newswatch.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamThreadFailuresTest {

    @Test
    void aFailedStreamThreadIsReplacedAndCountedNotTheClientShutDown() {
        StreamThreadFailures failures = new StreamThreadFailures();
        failures.registry = new SimpleMeterRegistry();
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD,
                failures.handle(new IllegalStateException("commit failed")));
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, failures.handle(new RuntimeException("again")));
        assertEquals(2.0, failures.registry.counter("newswatch.stream.threads.replaced").count());
    }
}
