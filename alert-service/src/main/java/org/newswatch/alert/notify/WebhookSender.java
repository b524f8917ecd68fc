package org.newswatch.alert.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import org.newswatch.security.outbound.OutboundException;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundRefusedException;

/**
 * Sends one webhook request with retries: every attempt goes through {@link OutboundHttp} (the host resolved and
 * checked again, the checked address connected to, no redirect), is signed afresh, and 429, 5xx, time-outs and
 * network errors are retried after an exponential backoff with jitter, or after the {@code Retry-After} of a 429 or 503
 * when that is longer (up to {@code maxRetryAfter}); a refusal by the address policy and any other
 * status are final. The failure it returns names no address.
 */
public final class WebhookSender {

    private final OutboundHttp http;
    private final int maxAttempts;
    private final Backoff backoff;
    private final long maxResponseBytes;
    private final Duration maxRetryAfter;
    private final Clock clock;
    private final Runnable onRetry;

    /**
     * @param maxRetryAfter the longest pause a receiver's {@code Retry-After} obtains
     * @param onRetry       told of every retry (for the metrics)
     */
    public WebhookSender(OutboundHttp http, int maxAttempts, Backoff backoff, long maxResponseBytes,
            Duration maxRetryAfter, Clock clock, Runnable onRetry) {
        this.onRetry = onRetry;
        this.http = http;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.maxResponseBytes = maxResponseBytes;
        this.maxRetryAfter = maxRetryAfter;
        this.clock = clock;
    }

    /**
     * Posts the body; returns null when a 2xx came back, else why it failed for good.
     *
     * @param headers   the headers of every attempt
     * @param signature the signature headers of an attempt made at the given Unix second
     * @param stopped   true when retrying should stop (shutdown)
     */
    public String deliver(String url, Duration timeout, Map<String, String> headers, LongFunction<Map<String, String>> signature,
            byte[] body, BooleanSupplier stopped) {
        String last = "no attempt";
        for (int attempt = 1; attempt <= maxAttempts && !stopped.getAsBoolean(); attempt++) {
            Optional<Duration> asked = Optional.empty();
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(signature.apply(clock.instant().getEpochSecond()));
            try {
                OutboundHttp.Response response = http.send(
                        OutboundHttp.Request.post(url, all, body, timeout, maxResponseBytes));
                int status = response.status();
                if (status >= 200 && status < 300) {
                    return null;
                }
                last = "HTTP " + status + " on attempt " + attempt;
                if (status != 429 && status < 500) {
                    return last;
                }
                if (status == 429 || status == 503) {
                    asked = RetryAfter.parse(response.header("Retry-After").orElse(null), clock.instant());
                }
            } catch (OutboundRefusedException e) {
                return "refused: " + e.getMessage();
            } catch (OutboundException e) {
                last = e.getMessage() + " on attempt " + attempt;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            Duration delay = RetryAfter.pause(backoff.delay(attempt), asked, maxRetryAfter);
            if (attempt < maxAttempts) {
                onRetry.run();
            }
            if (attempt < maxAttempts && !pause(delay, stopped)) {
                return "interrupted";
            }
        }
        return last;
    }

    /** Waits, in short steps so that a shutdown is noticed; false when interrupted or stopped. */
    private static boolean pause(Duration delay, BooleanSupplier stopped) {
        long end = System.nanoTime() + delay.toNanos();
        try {
            for (long left = delay.toNanos(); left > 0 && !stopped.getAsBoolean(); left = end - System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
            return !stopped.getAsBoolean();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
