package org.newswatch.alert.notify;

import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;

/**
 * One delivery channel (webhook, email): knows a subscription's targets on it and sends one alert to one target,
 * retrying as it sees fit. Which alerts are sent, and to whom, is decided by the {@link ChannelDispatcher}.
 */
public interface Notifier {

    /** The channel name, also naming the consumer group {@code alert-service-<channel>s}. */
    String channel();

    /** Whether the channel is switched on. */
    boolean enabled();

    /** The subscription's targets on this channel (URLs, addresses); empty when it has none. */
    List<String> targets(Subscription subscription);

    /**
     * Sends the alert to one target; returns null when it was delivered, else why it failed for good.
     *
     * @param body       the alert record's value, as written on the alerts topic
     * @param deliveryId the record's CloudEvents id, for the receiver to drop repeats
     */
    String deliver(String target, Subscription subscription, Alert alert, byte[] body, String deliveryId);

    /** Where alerts that failed for good go, keyed by alert id, with the reason and the target in headers. */
    String deadLetterTopic();

    /** The dead-letter header that names the target. */
    String targetHeader();

    /** Asks a running delivery to stop retrying (shutdown). */
    void stop();
}
