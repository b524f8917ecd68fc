package org.newswatch.alert.notify;

import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Subscription;

/** A channel for people (e-mail, chat) that can send one message about several alerts (a group or a digest). */
public interface GroupedNotifier extends Notifier {

    /** Sends one message about {@code alerts} to one target; null when delivered, else why it failed for good. */
    String deliverBatch(String target, Subscription subscription, List<Alert> alerts, String deliveryId);
}
