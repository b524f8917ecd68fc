package org.newswatch.alert.grouping;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.alert.domain.Redact;
import org.newswatch.alert.kafka.KafkaWriter;
import org.newswatch.alert.notify.DeliveryMetrics;
import org.newswatch.alert.notify.GroupedNotifier;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/**
 * The grouped deliveries of the e-mail and chat channels: a notifier hands an alert of a subscription with {@code
 * grouping} here ({@link #offer}) instead of sending it; one thread sends each group's message when the {@link Grouper}
 * says it is due, waiting for that moment or for a new alert, never polling. A message that fails for good puts each of
 * its alerts on the channel's dead-letter topic, with the reason and the target, as a single delivery would. Held alerts
 * live in memory: a restart before their message is sent loses that message (the alerts topic, the history and the
 * stream keep every alert; see README, "Digests and grouping").
 */
@ApplicationScoped
public class GroupedDelivery {

    private static final Logger LOG = Logger.getLogger(GroupedDelivery.class);
    private static final Duration IDLE = Duration.ofMinutes(1);

    /** Where a group's message goes. */
    record Target(GroupedNotifier notifier, String target, Subscription subscription) {
    }

    @Inject
    KafkaWriter writer;
    @Inject
    MeterRegistry registry;

    private final Grouper<Target> grouper = new Grouper<>(Clock.systemUTC());
    private final Object signal = new Object();
    private Thread thread;
    private volatile boolean running = true;

    /** Holds the alert for the subscription's group on this channel and target. */
    public void offer(GroupedNotifier notifier, String target, Subscription subscription, Alert alert) {
        Grouper.Policy policy = Groupings.policy(subscription.grouping(),
                Delivery.EMAIL.equals(notifier.channel()));
        grouper.offer(notifier.channel() + "\u0000" + subscription.id() + "\u0000" + target, policy,
                new Target(notifier, target, subscription), alert);
        synchronized (signal) {
            if (thread == null) {
                thread = new Thread(this::run, "grouped-delivery");
                thread.setDaemon(true);
                thread.start();
            }
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            try {
                for (Grouper.Batch<Target> batch : grouper.due()) {
                    send(batch);
                }
                Instant next = grouper.nextDue().orElse(Instant.now().plus(IDLE));
                long waitMs = Math.max(1, Duration.between(Instant.now(), next).toMillis());
                synchronized (signal) {
                    if (running) {
                        signal.wait(waitMs);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "grouped delivery failed; going on");
            }
        }
    }

    private void send(Grouper.Batch<Target> batch) {
        if (batch.alerts().isEmpty()) {
            return;
        }
        Target t = batch.context();
        String channel = t.notifier().channel();
        String deliveryId = batch.alerts().get(0).alertId() + "/group/" + batch.alerts().size() + "/"
                + Instant.now().toEpochMilli();
        String failure;
        try {
            failure = t.notifier().deliverBatch(t.target(), t.subscription(), batch.alerts(), deliveryId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "%s notifier threw for a group of %s", channel, t.subscription().id());
            failure = "the " + channel + " notifier threw " + e.getClass().getName();
        }
        if (failure == null) {
            DeliveryMetrics.count(registry, channel, DeliveryMetrics.OK);
            return;
        }
        LOG.warnf("%s %s failed for a group of %d alerts: %s", channel, Redact.target(t.target()), batch.alerts().size(),
                failure);
        for (Alert a : batch.alerts()) {
            ProducerRecord<String, byte[]> dead = new ProducerRecord<>(t.notifier().deadLetterTopic(), a.alertId(),
                    Json.bytes(a));
            dead.headers().add(Topics.DEAD_LETTER_REASON_HEADER, failure.getBytes(StandardCharsets.UTF_8));
            dead.headers().add(t.notifier().targetHeader(), t.target().getBytes(StandardCharsets.UTF_8));
            writer.send(dead);
            DeliveryMetrics.count(registry, channel, DeliveryMetrics.DEAD_LETTERED);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
    }
}
