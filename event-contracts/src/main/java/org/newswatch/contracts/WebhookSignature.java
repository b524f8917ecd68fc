package org.newswatch.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures per the Standard Webhooks scheme (standardwebhooks.com), which receivers can copy: headers
 * {@value #ID_HEADER} (the delivery id; a retry keeps it), {@value #TIMESTAMP_HEADER} (Unix seconds of the attempt) and
 * {@value #SIGNATURE_HEADER}: one or more space-separated {@code v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw
 * body>">}, one per secret valid at that moment (two while a rotated secret's overlap lasts). Secrets look like
 * {@code whsec_<base64 of 32 random bytes>}; the HMAC key is the decoded bytes (a secret without the prefix is used as
 * its UTF-8 bytes). A receiver accepts a request when any signature matches any of its secrets and the timestamp is
 * within its tolerance of its clock ({@link #verify}).
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    public static final String SECRET_PREFIX = "whsec_";
    /** The usual tolerance: five minutes either way. */
    public static final long DEFAULT_TOLERANCE_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new random secret, {@code whsec_} and 32 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} under one secret. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The three headers of one attempt, signed with every given secret (none: no headers at all). */
    public static Map<String, String> headers(List<String> secrets, String id, long timestamp, byte[] body) {
        if (secrets.isEmpty()) {
            return Map.of();
        }
        List<String> signatures = new ArrayList<>();
        for (String secret : secrets) {
            signatures.add(sign(secret, id, timestamp, body));
        }
        return Map.of(ID_HEADER, id, TIMESTAMP_HEADER, Long.toString(timestamp), SIGNATURE_HEADER,
                String.join(" ", signatures));
    }

    /**
     * True when one of the signatures in {@code signatureHeader} signs this id, timestamp and body under one of the
     * secrets, and the timestamp lies within {@code toleranceSeconds} of {@code nowUnixSeconds}.
     */
    public static boolean verify(List<String> secrets, String id, String timestamp, String signatureHeader, byte[] body,
            long nowUnixSeconds, long toleranceSeconds) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        long t;
        try {
            t = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowUnixSeconds - t) > toleranceSeconds) {
            return false;
        }
        for (String secret : secrets) {
            byte[] expected = sign(secret, id, t, body).getBytes(StandardCharsets.US_ASCII);
            for (String given : signatureHeader.strip().split(" +")) {
                if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        if (secret.startsWith(SECRET_PREFIX)) {
            return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }
}
