package org.newswatch.alert.domain;

import org.newswatch.contracts.Alert;

/**
 * Which alert records a channel is told about (the dispatch decision, apart from any channel): never a muted one
 * (a silence matched it: kept in history only); a webhook hears of every new alert and every later-source update
 * (marked as such, the receiver replaces the earlier record); an email goes out for new alerts only (an escalation
 * follow-up is a new alert), since a mailbox cannot replace a message; a chat channel likewise (a chat message
 * cannot be replaced either).
 */
public final class Delivery {

    public static final String WEBHOOK = "webhook";
    public static final String EMAIL = "email";
    public static final String CHAT = "chat";

    private Delivery() {
    }

    public static boolean notifies(String channel, Alert alert) {
        return notifies(channel, alert, false);
    }

    /**
     * The same for a subscription whose e-mails and chat messages are {@code grouped}: those channels hear of updates
     * too, folded into the group's next message (at most one per group interval).
     */
    public static boolean notifies(String channel, Alert alert, boolean grouped) {
        if (alert == null || alert.alertId() == null || alert.isMuted()) {
            return false;
        }
        return grouped || !(EMAIL.equals(channel) || CHAT.equals(channel)) || !alert.isUpdate();
    }
}
