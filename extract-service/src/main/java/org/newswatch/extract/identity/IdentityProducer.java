package org.newswatch.extract.identity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.extraction.identity.EventIdentity;
import org.newswatch.extraction.identity.InMemoryIdentityStore;

/**
 * One identity resolver per service instance, its memory rebuilt from the events topic at startup, before the
 * articles channel starts (this observer runs before the messaging lifecycle's), so a restart keeps ids
 * stable. Two instances each keep their own memory: two reports of one event processed by different
 * instances within the same second, before either reads the other's output, can get different ids. That is
 * accepted: the alert-service also merges by type, party and count within two days.
 */
@Singleton
public class IdentityProducer {

    private static final Logger LOG = Logger.getLogger(IdentityProducer.class);

    @ConfigProperty(name = "newswatch.identity.window-days", defaultValue = "30")
    int windowDays;

    @ConfigProperty(name = "newswatch.identity.tolerance-days", defaultValue = "2")
    int toleranceDays;

    /** How many events the memory keeps at most (about 530 B of heap each); the oldest are forgotten first. */
    @ConfigProperty(name = "newswatch.identity.capacity", defaultValue = "" + InMemoryIdentityStore.DEFAULT_CAPACITY)
    int capacity;

    /** 0: read the whole topic (the resolver's window still bounds memory); N: records of the last N days only. */
    @ConfigProperty(name = "newswatch.identity.rebuild-days", defaultValue = "0")
    int rebuildDays;

    @ConfigProperty(name = "newswatch.identity.rebuild", defaultValue = "true")
    boolean rebuild;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private volatile EventIdentity identity;

    @Produces
    @Singleton
    EventIdentity identity(MeterRegistry registry) {
        EventIdentity r = resolver();
        // newswatch_identity_memory_size: events the identity memory holds
        Gauge.builder("newswatch.identity.memory.size", r, EventIdentity::size)
                .description("events the identity memory remembers").register(registry);
        return r;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        EventIdentity r = resolver();
        if (!rebuild) {
            return;
        }
        Instant since = rebuildDays > 0 ? Instant.now().minus(Duration.ofDays(rebuildDays)) : null;
        try {
            int n = EventsTopicRebuild.rebuild(r, bootstrapServers, since, Duration.ofSeconds(30));
            LOG.infof("identity memory rebuilt from %d event records (%d remembered)", n, r.size());
        } catch (RuntimeException e) {
            // no broker yet: start with an empty memory (ids are then content hashes until events are seen)
            LOG.warnf("identity memory not rebuilt: %s", e.toString());
        }
    }

    private synchronized EventIdentity resolver() {
        if (identity == null) {
            identity = fresh();
        }
        return identity;
    }

    /** A new, empty resolver with this service's settings (a replay namespace's own memory). */
    public EventIdentity fresh() {
        return new EventIdentity(new InMemoryIdentityStore(capacity), toleranceDays, windowDays);
    }
}
