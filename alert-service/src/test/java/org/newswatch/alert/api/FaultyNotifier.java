package org.newswatch.alert.api;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newswatch.alert.kafka.UnavailableException;
import org.newswatch.alert.notify.Notifier;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/**
 * A test channel ("faulty") for subscriptions named {@code faulty ...}: it throws for those named {@code ... throws
 * ...}, fails (for the dead-letter topic) those named {@code ... dlq ...}, delivers the others; its dead-letter write
 * fails as often as {@link #failDeadLetterWrites} says.
 */
@Singleton
public class FaultyNotifier implements Notifier {

    final Set<String> delivered = ConcurrentHashMap.newKeySet();
    final AtomicInteger failDeadLetterWrites = new AtomicInteger();

    @Override
    public String channel() {
        return "faulty";
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public List<String> targets(Subscription subscription) {
        return subscription.name() != null && subscription.name().startsWith("faulty ")
                ? List.of("faulty-target") : List.of();
    }

    @Override
    public String deliver(String target, Subscription subscription, Alert alert, byte[] body, String deliveryId) {
        if (subscription.name().contains(" throws ")) {
            throw new IllegalStateException("a notifier bug");
        }
        if (subscription.name().contains(" dlq ")) {
            return "failed on purpose";
        }
        delivered.add(alert.alertId());
        return null;
    }

    @Override
    public String deadLetterTopic() {
        if (failDeadLetterWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new UnavailableException("cannot write to the dead-letter topic (on purpose)", null);
        }
        return Topics.EVENTS_DLQ;
    }

    @Override
    public String targetHeader() {
        return "faulty-target";
    }

    @Override
    public void stop() {
    }
}
