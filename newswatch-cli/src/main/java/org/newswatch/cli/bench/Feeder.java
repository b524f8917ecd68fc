package org.newswatch.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.newswatch.contracts.Json;

/**
 * Posts generated articles to {@code POST /articles} at a fixed rate, open loop: a request is sent on schedule
 * whether or not the earlier ones have been answered (up to {@value #MAX_IN_FLIGHT} in flight), so a slow
 * pipeline shows as latency, not as a lower offered rate. Records every article answered 202 with its article id
 * and the time of the answer.
 */
public final class Feeder implements AutoCloseable {

    static final int MAX_IN_FLIGHT = 4000;
    /** Keep-alive connections to the ingest service: more than the requests in flight at 500/s and a 0.1 s answer. */
    static final int CONNECTIONS = 64;

    /** An article the ingest service accepted (202). Times are {@link System#nanoTime()}. */
    public record Accepted(ArticleGenerator.Generated article, String articleId, long sentNanos, long acceptedNanos) {
    }

    /**
     * One request and how it ended: {@code outcome} is the status ("202", "503"...) or the failure's class name. Times
     * are {@link System#nanoTime()}: {@code sentNanos} when the request was due (it left then or later).
     */
    public record Answer(long sentNanos, long answeredNanos, String outcome) {
    }

    private final ArticleGenerator generator;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final PostClient http;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean stopped;
    private Thread thread;

    public Feeder(URI ingest, String apiKey, ArticleGenerator generator) {
        this.generator = generator;
        this.http = new PostClient(ingest, apiKey, CONNECTIONS, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    /** Starts posting {@code perSecond} articles a second in a thread of its own, until {@link #stop()}. */
    public Feeder start(double perSecond) {
        stopped = false;
        thread = new Thread(() -> pace(perSecond, Long.MAX_VALUE), "feeder");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    /** Posts {@code perSecond} articles a second for {@code duration}, then returns (answers may still come). */
    public void run(double perSecond, Duration duration) {
        stopped = false;
        pace(perSecond, System.nanoTime() + duration.toNanos());
    }

    /** Stops sending (answers to requests in flight are still recorded). */
    public void stop() {
        stopped = true;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until every request sent has been answered or has failed, at most {@code timeout}. */
    public boolean awaitAnswers(Duration timeout) {
        try {
            if (inFlight.tryAcquire(MAX_IN_FLIGHT, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                inFlight.release(MAX_IN_FLIGHT);
                return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every article answered 202 so far. */
    public List<Accepted> accepted() {
        return new ArrayList<>(accepted);
    }

    /** Every request answered or failed so far, in the order the answers came. */
    public List<Answer> answers() {
        return new ArrayList<>(answers);
    }

    /** How many requests were sent. */
    public long sent() {
        return sent.get();
    }

    /** Answers by outcome: "202", "200", "503", or the exception's class name for requests that failed. */
    public Map<String, Long> outcomes() {
        Map<String, Long> out = new TreeMap<>();
        outcomes.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private void pace(double perSecond, long endNanos) {
        long period = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        while (!stopped && next < endNanos) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            post(generator.next());
            next += period;
        }
    }

    /** Posts one article; its clock starts now, when it is due, so a wait for a free connection counts too. */
    private void post(ArticleGenerator.Generated article) {
        long sentAt = System.nanoTime();
        sent.incrementAndGet();
        http.post("/articles", "text/plain; charset=UTF-8", article.text().getBytes(StandardCharsets.UTF_8), answer -> {
            long now = System.nanoTime();
            try {
                if (answer.failure() != null) {
                    Throwable cause = answer.failure().getCause() != null ? answer.failure().getCause()
                            : answer.failure();
                    count(sentAt, now, cause.getClass().getSimpleName());
                    return;
                }
                count(sentAt, now, String.valueOf(answer.status()));
                if (answer.status() == 202) {
                    String id = Json.MAPPER.readTree(answer.body()).path("id").asText(null);
                    if (id != null) {
                        accepted.add(new Accepted(article, id, sentAt, now));
                    }
                }
            } catch (IOException | RuntimeException e) {
                count(sentAt, now, "unreadable answer");
            } finally {
                inFlight.release();
            }
        });
    }

    private void count(long sentAt, long answeredAt, String outcome) {
        answers.add(new Answer(sentAt, answeredAt, outcome));
        outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void close() {
        stop();
        http.close();
    }
}
