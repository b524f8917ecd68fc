package org.newswatch.extract.namespace;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.namespace.NamespaceWatcher;
import org.newswatch.contracts.namespace.Namespaces;
import org.newswatch.extract.domain.Engine;
import org.newswatch.extract.identity.EventsTopicRebuild;
import org.newswatch.extract.identity.IdentityProducer;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * Starts one {@link NamespaceExtractor} per namespace of the registry and stops it when the namespace is deleted. A
 * namespace's identity memory is its own, rebuilt from {@code ns.events} when the service restarts.
 */
@ApplicationScoped
public class NamespaceExtraction {

    private static final Logger LOG = Logger.getLogger(NamespaceExtraction.class);

    @Inject
    Engine engine;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @Inject
    IdentityProducer identities;

    @ConfigProperty(name = "newswatch.namespaces.enabled", defaultValue = "true")
    boolean enabled;

    private final Map<String, NamespaceExtractor> running = new ConcurrentHashMap<>();
    private volatile NamespaceWatcher watcher;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        watcher = new NamespaceWatcher(bootstrapServers,
                NamespaceWatcher.Listener.of(ns -> startWorker(ns.name()), this::stopWorker)).start("extract-namespaces");
    }

    private void startWorker(String name) {
        EventIdentity identity = identities.fresh();
        int read = EventsTopicRebuild.rebuild(identity, bootstrapServers, Namespaces.name(name, Topics.EVENTS), null,
                Duration.ofSeconds(30));
        running.put(name, new NamespaceExtractor(name, bootstrapServers, engine, identity).start());
        LOG.infof("namespace %s: extracting %s to %s (identity memory from %d events)", name,
                Namespaces.name(name, Topics.ARTICLES), Namespaces.name(name, Topics.EVENTS), read);
    }

    private void stopWorker(String name) {
        NamespaceExtractor worker = running.remove(name);
        if (worker != null) {
            worker.close();
            LOG.infof("namespace %s: extraction stopped, group left", name);
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (watcher != null) {
            watcher.close();
        }
        running.keySet().forEach(this::stopWorker);
    }
}
