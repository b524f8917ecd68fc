package org.newswatch.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.cli.PipelineClient;
import org.newswatch.cli.Stack;
import org.newswatch.contracts.Topics;

/** Samples the pipeline's consumer lag once a second in a thread of its own. */
final class LagSampler {

    /** The consumer groups of the pipeline and the topic each reads. */
    static final List<String[]> GROUPS = List.of(new String[] {"extract-service", Topics.ARTICLES},
            new String[] {"alert-service", Topics.EVENTS}, new String[] {"alert-service-webhooks", Topics.ALERTS});

    private final PipelineClient client;
    private final List<long[]> samples = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private volatile long stoppedNanos = -1;
    private volatile long drainedNanos = -1;
    private volatile boolean running = true;
    private Thread thread;

    LagSampler(PipelineClient client) {
        this.client = client;
    }

    LagSampler start() {
        thread = new Thread(this::loop, "lag-sampler");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** The last article has been posted. */
    void markStopped() {
        stoppedNanos = System.nanoTime();
    }

    void awaitZero(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (drainedNanos < 0 && System.nanoTime() < deadline) {
            Stack.pause(100);
        }
    }

    void stop() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        long next = System.nanoTime();
        while (running) {
            long total = 0;
            for (String[] g : GROUPS) {
                long lag = client.lag(g[0], g[1]);
                total += Math.max(0, lag);
            }
            long now = System.nanoTime();
            boolean afterStop = stoppedNanos > 0;
            synchronized (samples) {
                if (!afterStop) {
                    samples.add(new long[] {(now - startNanos) / 1_000_000_000L, total});
                }
            }
            if (afterStop && total == 0 && drainedNanos < 0) {
                drainedNanos = now;
            }
            next += afterStop ? 100_000_000L : 1_000_000_000L;
            long wait = (next - System.nanoTime()) / 1_000_000L;
            if (wait > 0) {
                Stack.pause(wait);
            } else {
                next = System.nanoTime();
            }
        }
    }

    Lag result(double rate) {
        List<long[]> copy;
        synchronized (samples) {
            copy = List.copyOf(samples);
        }
        long max = copy.stream().mapToLong(s -> s[1]).max().orElse(0);
        long atStop = copy.isEmpty() ? 0 : copy.get(copy.size() - 1)[1];
        double slope = troughGrowth(copy);
        double drain = drainedNanos < 0 || stoppedNanos < 0 ? -1 : (drainedNanos - stoppedNanos) / 1e9;
        // sampled once a second, a low point is known only to within a second of arrivals: allow that over the span
        double span = Math.max(1, copy.isEmpty() ? 1 : copy.get(copy.size() - 1)[0] / 2.0);
        boolean flat = slope <= Math.max(2, 0.02 * rate) + rate / span && drain >= 0 && drain <= 15;
        return new Lag(copy, max, atStop, slope, drain, flat);
    }

    /**
     * How fast the lag's troughs grow over the second half of the stage, records per second. The services commit
     * offsets in batches (extract-service every few seconds), so the committed lag is a saw-tooth; its low points
     * show whether the backlog builds up: the lowest sample of the last ten seconds minus the lowest of the ten
     * seconds around the middle, over the time between them.
     */
    static double troughGrowth(List<long[]> samples) {
        if (samples.size() < 4) {
            return 0;
        }
        long end = samples.get(samples.size() - 1)[0];
        long mid = end / 2;
        long window = Math.max(1, Math.min(10, end / 4));
        long troughMid = samples.stream().filter(s -> Math.abs(s[0] - mid) <= window / 2 + 1).mapToLong(s -> s[1])
                .min().orElse(0);
        long troughEnd = samples.stream().filter(s -> s[0] > end - window).mapToLong(s -> s[1]).min().orElse(0);
        return (troughEnd - troughMid) / (double) Math.max(1, end - mid);
    }
}
