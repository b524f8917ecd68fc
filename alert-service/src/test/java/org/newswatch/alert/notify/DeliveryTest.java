package org.newswatch.alert.notify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newswatch.alert.domain.Alerts;
import org.newswatch.alert.domain.Delivery;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.EventType;

/** Which records each channel hears of. */
class DeliveryTest {

    static Alert alert(String status) {
        return new Alert(1, "a1", "s1", "sub", "threshold", "KILLED TURMIL 22", EventType.KILLED, "TURMIL", null, 22L,
                null, "Idlib", null, null, "e", List.of(), List.of("e1"), 1, Instant.EPOCH, Instant.EPOCH, status,
                null, null, null, null, null);
    }

    @Test
    void mutedAlertsReachNoChannelAndUpdatesReachWebhooksOnly() {
        assertTrue(Delivery.notifies(Delivery.WEBHOOK, alert(Alert.NEW)));
        assertTrue(Delivery.notifies(Delivery.EMAIL, alert(Alert.NEW)));
        assertTrue(Delivery.notifies(Delivery.WEBHOOK, alert(Alert.UPDATE)));
        assertFalse(Delivery.notifies(Delivery.EMAIL, alert(Alert.UPDATE)));
        assertFalse(Delivery.notifies(Delivery.WEBHOOK, Alerts.muted(alert(Alert.NEW), "sil")));
        assertFalse(Delivery.notifies(Delivery.EMAIL, Alerts.muted(alert(Alert.NEW), "sil")));
    }
}
