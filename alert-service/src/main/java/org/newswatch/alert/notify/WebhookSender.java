package org.newswatch.alert.notify;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import org.newswatch.security.outbound.OutboundException;
import org.newswatch.security.outbound.OutboundHttp;
import org.newswatch.security.outbound.OutboundRefusedException;

/**
 * Sends one webhook request with retries: every attempt goes through {@link OutboundHttp} (the host resolved and
 * checked again, the checked address connected to, no redirect), is signed afresh, and 429, 5xx, time-outs and
 * network errors are retried after an exponential backoff with jitter; a refusal by the address policy and any other
 * status are final. The failure it returns names no address.
 */
public final class WebhookSender {

    private final OutboundHttp http;
    private final int maxAttempts;
    private final Backoff backoff;
    private final long maxResponseBytes;
    private final Clock clock;

    public WebhookSender(OutboundHttp http, int maxAttempts, Backoff backoff, long maxResponseBytes, Clock clock) {
        this.http = http;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.maxResponseBytes = maxResponseBytes;
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
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.putAll(signature.apply(clock.instant().getEpochSecond()));
            try {
                int status = http.send(OutboundHttp.Request.post(url, all, body, timeout, maxResponseBytes)).status();
                if (status >= 200 && status < 300) {
                    return null;
                }
                last = "HTTP " + status + " on attempt " + attempt;
                if (status != 429 && status < 500) {
                    return last;
                }
            } catch (OutboundRefusedException e) {
                return "refused: " + e.getMessage();
            } catch (OutboundException e) {
                last = e.getMessage() + " on attempt " + attempt;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
            if (attempt < maxAttempts && !backoff.pause(attempt)) {
                return "interrupted";
            }
        }
        return last;
    }
}
