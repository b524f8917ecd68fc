package org.newswatch.alert.notify;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.alert.domain.Redact;
import org.newswatch.alert.kafka.KafkaWriter;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;

/**
 * Feeds one channel: a consumer group of its own ({@code alert-service-<channel>s}) reads the alerts topic
 * (read_committed) and commits an offset only after the deliveries of every record before it ended
 * ({@link OffsetTracker}), so delivery is at least once and one slow channel does not hold back another; receivers
 * dedupe on the delivery id (the record's ce_id). Deliveries run in one {@link Lanes lane} per receiver (webhook URL,
 * e-mail address), in topic order within a lane: a slow or retrying receiver delays only its own alerts, while the
 * loop goes on polling (pausing the partitions while {@value #MAX_IN_FLIGHT} deliveries are pending). Asks
 * {@link Delivery} whether the channel hears of the record, finds the subscription's targets, and sends a failure
 * to the notifier's dead-letter topic with the reason in {@link Topics#DEAD_LETTER_REASON_HEADER} and the target in
 * the notifier's {@link Notifier#targetHeader()}.
 *
 * <p>Supervised: whatever a poll, a notifier, a dead-letter write or a commit throws is logged, the consumer is opened
 * again (so the records since the last commit come again: at least once) after a back-off of 100 ms doubling to 30 s,
 * and delivery goes on; the thread ends only on {@link #stop()}. A notifier that throws counts as a failed delivery
 * (dead-lettered). A commit that times out ({@code alert.delivery.commit-timeout}, 60 s, while the broker is away)
 * is one of those failures, not the end of the thread; the records it did not commit are delivered again (same
 * delivery id) once the broker is back. {@link #stuckFor()} tells the readiness check how long the channel has
 * been failing, {@link #alive()} the liveness check whether its thread still runs.
 *
 * <p>Measured: each consumer it opens is handed to {@code clientMetrics} (the Kafka client's metrics, consumer lag
 * per partition among them, under the client id {@code consumer-<group>-<n>}), and that binding closed with it.
 *
 * <p>Traced: each delivery runs in a span ({@code <channel> deliver}) whose parent is the alert record's W3C trace
 * context, current while the notifier runs (the webhook notifier sends it on as {@code traceparent}).
 */
final class ChannelDispatcher {

    private static final Logger LOG = Logger.getLogger(ChannelDispatcher.class);
    private static final long FIRST_PAUSE_MS = 100;
    private static final long MAX_PAUSE_MS = 30_000;
    static final int MAX_IN_FLIGHT = 1000;
    private static final int SESSION_TIMEOUT_MS = 10_000;

    private final Notifier notifier;
    private final Tracer tracer;
    private final Consumer<String> outcomes;
    /** The subscription table's lookup by id (Kafka Streams' store: it throws while the store is not ready). */
    private final Function<String, Optional<Subscription>> subscriptions;
    private final KafkaWriter writer;
    private final Properties consumerProps;
    private final Duration commitTimeout;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private final Function<KafkaConsumer<?, ?>, AutoCloseable> clientMetrics;
    private volatile AutoCloseable consumerMetrics;
    private final Thread thread;
    private final ExecutorService workers;
    private final Lanes lanes;
    private volatile OffsetTracker tracker = new OffsetTracker();
    /** The first failure of a lane task (a dead-letter write that threw), for the loop to reopen the consumer. */
    private final AtomicReference<RuntimeException> laneFailure = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    /** {@link System#nanoTime()} of the first failure of the current run of failures, 0 while delivery works. */
    private volatile long failingSince;
    /**
     * Whether the current consumer has joined its group (a rebalance assigned it its partitions, maybe none): until
     * then a failure has not ended, however many empty polls a consumer opened while the broker is away returns.
     */
    private volatile boolean joined;
    /** The latest failure, for the readiness check. */
    private volatile Throwable lastFailure;

    /**
     * Partitions of the alerts topic this channel's consumer holds (written by its thread). A broker outage may take
     * them away before any commit fails: a Kafka 4 client that lost every broker bootstraps again, finds no partitions
     * and gives its own up; it waits for the broker then, holding nothing, with nothing to fail.
     */
    private volatile int partitionsHeld;

    /** @param outcomes told {@link DeliveryMetrics#OK} or {@link DeliveryMetrics#DEAD_LETTERED} of every delivery */
    ChannelDispatcher(Notifier notifier, String bootstrapServers,
            Function<String, Optional<Subscription>> subscriptions, KafkaWriter writer, DeliveryConfig config,
            Tracer tracer, Function<KafkaConsumer<?, ?>, AutoCloseable> clientMetrics, Consumer<String> outcomes) {
        this.notifier = notifier;
        this.clientMetrics = clientMetrics;
        this.tracer = tracer;
        this.outcomes = outcomes;
        this.subscriptions = subscriptions;
        this.writer = writer;
        AtomicInteger n = new AtomicInteger();
        this.commitTimeout = config.commitTimeout();
        this.workers = Executors.newFixedThreadPool(Math.max(1, config.parallelism()), r -> {
            Thread t = new Thread(r, "alert-" + notifier.channel() + "s-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.lanes = new Lanes(workers);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId(notifier.channel()));
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 300_000);
        // A consumer given up while the broker was away stays a member of the group until its session expires, and the
        // one opened in its place is assigned nothing until then: Kafka's 45 s default delayed every delivery after an
        // outage by 45 s (CommitTimeoutTest); 10 s (heartbeats every 3 s) bounds that wait.
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, SESSION_TIMEOUT_MS);
        consumerProps = p;
        consumer = newConsumer();
        thread = new Thread(this::loop, "alert-" + notifier.channel() + "s");
        thread.setDaemon(true);
    }

    /** alert-service-webhooks, alert-service-emails. */
    static String groupId(String channel) {
        return "alert-service-" + channel + "s";
    }

    void start() {
        running = true;
        thread.start();
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        joined = false;
        KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(consumerProps, new StringDeserializer(),
                new ByteArrayDeserializer());
        consumerMetrics = clientMetrics.apply(c);
        return c;
    }

    /** Closes the consumer and its metrics. */
    private void closeConsumer() {
        try {
            consumerMetrics.close();
        } catch (Exception e) {
            LOG.debugf(e, "closing the %s consumer's metrics", notifier.channel());
        }
        consumer.close(Duration.ofSeconds(5));
    }

    String channel() {
        return notifier.channel();
    }

    /**
     * Whether the delivery thread is doing its work: it runs from {@link #start()} to {@link #stop()} whatever fails
     * (a poll, a commit that timed out during a broker outage, a notifier); false if it ended otherwise (an
     * {@link Error}), which only a restart of the service mends.
     */
    boolean alive() {
        return !running || thread.isAlive();
    }

    /**
     * How long delivery has been failing (zero while it works): from a failure until a round of poll and commit went
     * through on a consumer that has joined its group, so a broker outage that made a commit time out lasts until the
     * broker is back, not until the reopened consumer's first (empty) poll.
     */
    Duration stuckFor() {
        long since = failingSince;
        if (running && !thread.isAlive()) {
            return Duration.ofDays(1);
        }
        return since == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - since);
    }

    /**
     * The kind of the loop's latest failure (its exception class), empty if none: readiness shows it on the open
     * {@code /q/health}, so never the message, which may name the broker's or a receiver's address (the log has it).
     */
    String lastFailure() {
        Throwable e = lastFailure;
        return e == null ? "" : e.getClass().getName();
    }

    /** How many partitions the channel's consumer holds now. */
    int partitionsHeld() {
        return partitionsHeld;
    }

    /** The loop's latest failure itself, or null: for the log and for tests. */
    Throwable lastFailureCause() {
        return lastFailure;
    }

    void stop() {
        running = false;
        stopped.countDown();
        notifier.stop();
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        long pause = FIRST_PAUSE_MS;
        try {
            while (running) {
                try {
                    KafkaConsumer<String, byte[]> c = consumer;
                    c.subscribe(List.of(Topics.ALERTS), new ConsumerRebalanceListener() {
                        @Override
                        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                            partitionsHeld = Math.max(0, partitionsHeld - partitions.size());
                            commit(c, partitions); // what was delivered, before another instance takes over
                            tracker.forget(partitions);
                        }

                        @Override
                        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                            joined = true;
                            partitionsHeld += partitions.size();
                        }
                    });
                    while (running) {
                        ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
                        for (ConsumerRecord<String, byte[]> record : records) {
                            dispatch(record);
                        }
                        RuntimeException failed = laneFailure.getAndSet(null);
                        if (failed != null) {
                            throw failed;
                        }
                        commit(c, c.assignment());
                        if (tracker.inFlight() >= MAX_IN_FLIGHT) {
                            c.pause(c.assignment());
                        } else if (!c.paused().isEmpty()) {
                            c.resume(c.paused());
                        }
                        if (joined) {
                            // a round went through on a consumer in its group: the failure, if any, is over
                            failingSince = 0;
                            pause = FIRST_PAUSE_MS;
                        }
                    }
                } catch (WakeupException e) {
                    // stop() woke the poll: the loop's condition ends it
                } catch (RuntimeException e) {
                    if (failingSince == 0) {
                        failingSince = System.nanoTime();
                    }
                    lastFailure = e;
                    LOG.errorf(e, "%s delivery failed; the records since the last commit come again in %d ms",
                            notifier.channel(), pause);
                    try {
                        reopen();
                    } catch (RuntimeException again) {
                        // the next round finds the consumer unusable, fails and reopens it again, after a longer pause
                        LOG.errorf(again, "could not open the %s consumer again", notifier.channel());
                    }
                    if (stopped.await(pause, TimeUnit.MILLISECONDS)) {
                        break;
                    }
                    pause = Math.min(pause * 2, MAX_PAUSE_MS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            lastFailure = e;
            LOG.errorf(e, "the %s delivery thread ends: liveness is DOWN", notifier.channel());
            throw e;
        } finally {
            workers.shutdownNow();
            try {
                closeConsumer();
            } catch (RuntimeException e) {
                LOG.debugf(e, "closing the %s consumer", notifier.channel());
            }
        }
    }

    /** Commits what the lanes have delivered on these partitions. */
    private void commit(KafkaConsumer<String, byte[]> c, Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = tracker.committable();
        offsets.keySet().retainAll(partitions);
        if (!offsets.isEmpty()) {
            c.commitSync(offsets, commitTimeout);
            tracker.committed(offsets);
        }
    }

    /**
     * A new consumer in place of one that failed: it starts again at the group's committed offsets, with a new tracker
     * (deliveries still running for the old one end unseen; their records come again: at least once).
     */
    private void reopen() {
        try {
            closeConsumer();
        } catch (RuntimeException e) {
            LOG.debugf(e, "closing the failed %s consumer", notifier.channel());
        }
        tracker = new OffsetTracker();
        partitionsHeld = 0;
        consumer = newConsumer();
    }

    /** What one record asks of this channel. */
    private record Plan(Alert alert, Subscription subscription, String deliveryId, List<String> targets) {
    }

    /** Puts each of the record's deliveries in its receiver's lane, and tracks them. */
    private void dispatch(ConsumerRecord<String, byte[]> record) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        Plan plan = plan(record);
        OffsetTracker t = tracker;
        t.track(tp, record.offset(), plan == null ? 0 : plan.targets().size());
        if (plan == null) {
            return;
        }
        for (String target : plan.targets()) {
            lanes.submit(target, () -> {
                try {
                    deliver(plan, target, record);
                    t.done(tp, record.offset());
                } catch (RuntimeException e) {
                    // not done: the offset stays uncommitted and the loop reopens the consumer
                    laneFailure.compareAndSet(null, e);
                }
            });
        }
    }

    private Plan plan(ConsumerRecord<String, byte[]> record) {
        // the key is the subscription id: a subscription without targets on this channel needs no parsing
        Subscription keyed = record.key() == null ? null : findSubscription(record.key());
        if (record.key() != null && (keyed == null || notifier.targets(keyed).isEmpty())) {
            return null;
        }
        Alert alert;
        try {
            alert = record.value() == null ? null : Json.read(record.value(), Alert.class);
        } catch (InvalidRecordException e) {
            return null;
        }
        if (!Delivery.notifies(notifier.channel(), alert, true)) {
            return null;
        }
        Subscription sub = keyed != null && keyed.id().equals(alert.subscriptionId()) ? keyed
                : findSubscription(alert.subscriptionId());
        if (sub == null || !Delivery.notifies(notifier.channel(), alert, sub.grouping() != null)) {
            return null;
        }
        String deliveryId = Optional.ofNullable(CloudEvents.header(record.headers(), CloudEvents.ID))
                .orElse(alert.alertId());
        return new Plan(alert, sub, deliveryId, List.copyOf(new LinkedHashSet<>(notifier.targets(sub))));
    }

    private void deliver(Plan plan, String target, ConsumerRecord<String, byte[]> record) {
        if (!running) {
            throw new IllegalStateException("stopping");
        }
        Alert alert = plan.alert();
        byte[] value = record.value();
        String failure;
        Context parent = TraceHeaders.extract(record.headers());
        Span span = tracer.spanBuilder(notifier.channel() + " deliver").setParent(parent)
                .setSpanKind(SpanKind.CLIENT).setAttribute("newswatch.alert.id", alert.alertId())
                .setAttribute("newswatch.delivery.id", plan.deliveryId()).startSpan();
        Context traced = parent.with(span);
        try (Scope scope = traced.makeCurrent()) {
            failure = notifier.deliver(target, plan.subscription(), alert, value, plan.deliveryId());
        } catch (RuntimeException e) {
            // a notifier bug must not stop the channel: the alert is dead-lettered like any failed delivery
            LOG.errorf(e, "%s notifier threw for alert %s", notifier.channel(), alert.alertId());
            failure = "the " + notifier.channel() + " notifier threw " + e.getClass().getName();
        }
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure);
        }
        span.end();
        if (failure != null) {
            LOG.warnf("%s %s failed for alert %s: %s", notifier.channel(), Redact.target(target), alert.alertId(),
                    failure);
            ProducerRecord<String, byte[]> dead = new ProducerRecord<>(notifier.deadLetterTopic(), alert.alertId(), value);
            dead.headers().add(Topics.DEAD_LETTER_REASON_HEADER, failure.getBytes(StandardCharsets.UTF_8));
            dead.headers().add(notifier.targetHeader(), target.getBytes(StandardCharsets.UTF_8));
            TraceHeaders.inject(traced, dead.headers());
            writer.send(dead);
            outcomes.accept(DeliveryMetrics.DEAD_LETTERED);
        } else {
            outcomes.accept(DeliveryMetrics.OK);
        }
    }

    /** The alert id within a CloudEvents id: the id itself for a new alert, its prefix for an update. */
    static String alertIdOf(String cloudEventId) {
        int update = cloudEventId.indexOf("/update/");
        return update < 0 ? cloudEventId : cloudEventId.substring(0, update);
    }

    /** The subscription, waiting a little while Kafka Streams (which holds the table) starts. */
    private Subscription findSubscription(String id) {
        for (int i = 0; i < 50 && running; i++) {
            try {
                return subscriptions.apply(id).orElse(null);
            } catch (RuntimeException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
        return null;
    }
}
