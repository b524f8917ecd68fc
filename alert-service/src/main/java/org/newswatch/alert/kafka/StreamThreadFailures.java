package org.newswatch.alert.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * What a stream thread's uncaught exception does to the alert topology: the thread is replaced, the failure logged
 * and counted ({@code newswatch_stream_threads_replaced_total}). Without it Kafka Streams shuts the whole client down
 * on the first one (its default), and the service stops alerting for good while its HTTP side still answers. The
 * replaced thread resumes from the last committed transaction (exactly-once), so nothing is lost or sent twice.
 * Quarkus installs this bean on the live topology; the replay namespaces' topologies use it too.
 */
@ApplicationScoped
public class StreamThreadFailures implements StreamsUncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(StreamThreadFailures.class);

    @Inject
    MeterRegistry registry;

    @Override
    public StreamThreadExceptionResponse handle(Throwable failure) {
        LOG.errorf(failure, "an alert stream thread failed; replacing it");
        registry.counter("newswatch.stream.threads.replaced").increment();
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }
}
