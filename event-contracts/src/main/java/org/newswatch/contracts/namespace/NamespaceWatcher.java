package org.newswatch.contracts.namespace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newswatch.contracts.Json;

/**
 * Follows the {@link Namespaces#TOPIC} registry on a thread of its own (every partition assigned, no group, from the
 * beginning): once the topic has been read to its end, the namespaces that exist are announced to the listener, then
 * every later creation and deletion as it is read. A service uses it to start and stop its per-namespace workers.
 */
public final class NamespaceWatcher implements AutoCloseable {

    /** What a service does when a namespace appears or goes. Called on the watcher's thread, one at a time. */
    public interface Listener {
        void created(Namespace namespace);

        void deleted(String name);

        /** A listener of two functions. */
        static Listener of(java.util.function.Consumer<Namespace> created, java.util.function.Consumer<String> deleted) {
            return new Listener() {
                @Override
                public void created(Namespace namespace) {
                    created.accept(namespace);
                }

                @Override
                public void deleted(String name) {
                    deleted.accept(name);
                }
            };
        }
    }

    private static final Logger LOG = Logger.getLogger(NamespaceWatcher.class.getName());

    private final String bootstrapServers;
    private final Listener listener;
    private final Map<String, Namespace> known = new LinkedHashMap<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean closed;
    private Thread thread;

    public NamespaceWatcher(String bootstrapServers, Listener listener) {
        this.bootstrapServers = bootstrapServers;
        this.listener = listener;
    }

    public synchronized NamespaceWatcher start(String name) {
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** The namespaces that exist as far as read. */
    public synchronized List<Namespace> namespaces() {
        return new ArrayList<>(known.values());
    }

    /** Waits until the registry has been read to its end once. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Creates the registry topic (compacted, one partition) if it does not exist. */
    public static void ensureTopic(Admin admin) {
        try {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(Namespaces.TOPIC)) {
                admin.createTopics(List.of(new NewTopic(Namespaces.TOPIC, 1, (short) 1).configs(
                        Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + Namespaces.TOPIC + ": " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create " + Namespaces.TOPIC + ": no answer", e);
        }
    }

    private void run() {
        long backoff = 100;
        while (!closed) {
            try {
                follow();
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.WARNING, "namespace registry: " + e + "; reading it again in " + backoff + " ms");
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void follow() {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin a = Admin.create(admin)) {
            ensureTopic(a);
        }
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer = c;
            if (closed) {
                return;
            }
            List<TopicPartition> partitions = c.partitionsFor(Namespaces.TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            Map<String, Namespace> initial = new LinkedHashMap<>();
            while (partitions.stream().anyMatch(p -> c.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    Namespace ns = parse(r);
                    if (ns == null) {
                        initial.remove(r.key());
                    } else {
                        initial.put(r.key(), ns);
                    }
                }
            }
            synchronized (this) {
                for (String name : new ArrayList<>(known.keySet())) {
                    if (!initial.containsKey(name)) {
                        apply(name, null);
                    }
                }
                initial.forEach(this::apply);
            }
            caughtUp.countDown();
            while (!closed) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    synchronized (this) {
                        apply(r.key(), parse(r));
                    }
                }
            }
        }
    }

    private void apply(String name, Namespace ns) {
        if (name == null) {
            return;
        }
        try {
            if (ns == null) {
                if (known.remove(name) != null) {
                    listener.deleted(name);
                }
            } else if (!known.containsKey(name)) {
                known.put(name, ns);
                listener.created(ns);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "namespace " + name + ": the listener failed", e);
        }
    }

    private static Namespace parse(ConsumerRecord<String, String> r) {
        if (r.value() == null) {
            return null;
        }
        try {
            Namespace ns = Json.read(r.value(), Namespace.class);
            return Namespaces.valid(ns.name()) && ns.name().equals(r.key()) ? ns : null;
        } catch (RuntimeException unreadable) {
            LOG.warning("namespace registry: an unreadable record at offset " + r.offset() + " is ignored");
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
