package org.newswatch.extract.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class ResendTest {

    @Test
    void aRefusedSendIsSentAfreshUntilTheBrokerAcknowledgesIt() {
        AtomicInteger sends = new AtomicInteger();
        List<Throwable> refusals = new ArrayList<>();
        Uni<Void> send = Resend.untilAcknowledged(() -> {
            int n = sends.incrementAndGet(); // a new send each time, not the failed one replayed
            return n <= 3 ? Uni.createFrom().failure(new TimeoutException("Expiring 20 record(s) for events-1"))
                    : Uni.createFrom().voidItem();
        }, Duration.ofMillis(1), Duration.ofMillis(5), refusals::add);
        assertEquals(0, sends.get(), "nothing is sent before the batch's sends are subscribed to");
        send.await().atMost(Duration.ofSeconds(10));
        assertEquals(4, sends.get());
        assertEquals(3, refusals.size());
    }
}
