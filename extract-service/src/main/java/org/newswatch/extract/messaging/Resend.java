package org.newswatch.extract.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A record sent again until the broker acknowledges it. The producer gives up on a batch after its delivery timeout
 * (a partition without a leader, or the idempotent producer's sequence out of order after a broker's {@code kill -9},
 * which the Kafka client retries until the timeout): the article's offset is not committed yet, so failing the
 * channel would stop extraction for good, and dropping the event would lose it. Sending it again (a fresh send, after
 * {@code first}, doubling up to {@code max}) loses nothing; the event id makes a repeat harmless downstream.
 */
final class Resend {

    private Resend() {
    }

    static Uni<Void> untilAcknowledged(Supplier<Uni<Void>> send, Duration first, Duration max,
            Consumer<Throwable> onRefused) {
        return Uni.createFrom().<Void>deferred(send::get).onFailure().invoke(onRefused)
                .onFailure().retry().withBackOff(first, max).indefinitely();
    }
}
