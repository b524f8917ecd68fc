package org.newswatch.alert.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class LanesAndOffsetsTest {

    static final TopicPartition P0 = new TopicPartition("alerts", 0);

    @Test
    void anOffsetIsCommittableOnlyWhenEveryEarlierDeliveryEnded() {
        OffsetTracker t = new OffsetTracker();
        t.track(P0, 10, 1); // the slow receiver's
        t.track(P0, 11, 2); // two receivers
        t.track(P0, 12, 0); // nothing for this channel
        assertEquals(Map.of(P0, new OffsetAndMetadata(10)), t.committable());
        t.committed(t.committable());
        assertTrue(t.committable().isEmpty(), "nothing new");
        t.done(P0, 11);
        t.done(P0, 11);
        assertTrue(t.committable().isEmpty(), "10 still runs");
        assertEquals(1, t.inFlight());
        t.done(P0, 10);
        assertEquals(Map.of(P0, new OffsetAndMetadata(13)), t.committable());
        t.forget(List.of(P0));
        t.done(P0, 10);
        assertEquals(0, t.inFlight());
    }

    @Test
    void aBlockedLaneHoldsUpOnlyItsOwnTasksWhichStayInOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Lanes lanes = new Lanes(pool);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch otherDone = new CountDownLatch(2);
            List<String> order = new CopyOnWriteArrayList<>();
            lanes.submit("slow", () -> {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                order.add("slow-1");
            });
            lanes.submit("slow", () -> order.add("slow-2"));
            lanes.submit("fast", () -> {
                order.add("fast-1");
                otherDone.countDown();
            });
            lanes.submit("fast", () -> {
                throw new IllegalStateException("a failing task does not stop its lane");
            });
            lanes.submit("fast", () -> {
                order.add("fast-2");
                otherDone.countDown();
            });
            assertTrue(otherDone.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("fast-1", "fast-2"), order);
            release.countDown();
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
            assertEquals(List.of("fast-1", "fast-2", "slow-1", "slow-2"), order);
        } finally {
            pool.shutdownNow();
        }
    }
}
