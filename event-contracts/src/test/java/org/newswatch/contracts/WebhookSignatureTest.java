package org.newswatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final byte[] BODY = "{\"alertId\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theStandardWebhooksTestVectorVerifies() {
        // the example of the Standard Webhooks specification
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body));
    }

    @Test
    void signedHeadersVerifyWithinTheToleranceOnly() {
        String secret = WebhookSignature.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        Map<String, String> h = WebhookSignature.headers(List.of(secret), "d1", 1700000000L, BODY);
        assertEquals("d1", h.get(WebhookSignature.ID_HEADER));
        assertEquals("1700000000", h.get(WebhookSignature.TIMESTAMP_HEADER));
        String sig = h.get(WebhookSignature.SIGNATURE_HEADER);
        assertTrue(WebhookSignature.verify(List.of(secret), "d1", "1700000000", sig, BODY, 1700000100L, 300));
        assertFalse(WebhookSignature.verify(List.of(WebhookSignature.newSecret()), "d1", "1700000000", sig, BODY,
                1700000100L, 300), "wrong secret");
        assertFalse(WebhookSignature.verify(List.of(secret), "d2", "1700000000", sig, BODY, 1700000100L, 300),
                "the id is signed");
        assertFalse(WebhookSignature.verify(List.of(secret), "d1", "1700000001", sig, BODY, 1700000100L, 300),
                "the timestamp is signed");
        assertFalse(WebhookSignature.verify(List.of(secret), "d1", "1700000000", sig, "{}".getBytes(StandardCharsets.UTF_8),
                1700000100L, 300), "the body is signed");
        assertFalse(WebhookSignature.verify(List.of(secret), "d1", "1700000000", sig, BODY, 1700000400L, 300), "too old");
        assertFalse(WebhookSignature.verify(List.of(secret), "d1", "x", sig, BODY, 1700000000L, 300));
        assertFalse(WebhookSignature.verify(List.of(secret), "d1", "1700000000", null, BODY, 1700000000L, 300));
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() {
        String old = WebhookSignature.newSecret();
        String fresh = WebhookSignature.newSecret();
        assertNotEquals(old, fresh);
        String sig = WebhookSignature.headers(List.of(fresh, old), "d1", 1700000000L, BODY).get(WebhookSignature.SIGNATURE_HEADER);
        assertEquals(2, sig.split(" ").length);
        assertTrue(WebhookSignature.verify(List.of(old), "d1", "1700000000", sig, BODY, 1700000000L, 300));
        assertTrue(WebhookSignature.verify(List.of(fresh), "d1", "1700000000", sig, BODY, 1700000000L, 300));
        assertTrue(WebhookSignature.headers(List.of(), "d1", 1L, BODY).isEmpty());
    }
}
