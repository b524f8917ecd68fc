package org.newswatch.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"alertId\":\"a1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void knownVector() {
        // printf '1700000000.{"alertId":"a1"}' | openssl dgst -sha256 -hmac secret
        assertEquals("t=1700000000,v1=1fdaffc44ffb36bc3b019b17daecc7efe4b072e514b0f046e60059eb4d8064b1",
                WebhookSignature.header("secret", 1700000000L, BODY));
    }

    @Test
    void verifiesWhatItSignsAndNothingElse() {
        String header = WebhookSignature.header("secret", 1700000000L, BODY);
        assertTrue(WebhookSignature.verify("secret", header, BODY, 1700000100L, 300));
        assertFalse(WebhookSignature.verify("other", header, BODY, 1700000100L, 300), "wrong secret");
        assertFalse(WebhookSignature.verify("secret", header, "{}".getBytes(StandardCharsets.UTF_8), 1700000100L, 300),
                "tampered body");
        assertFalse(WebhookSignature.verify("secret", header, BODY, 1700000400L, 300), "too old");
        assertFalse(WebhookSignature.verify("secret", null, BODY, 1700000000L, 300));
        assertFalse(WebhookSignature.verify("secret", "t=x,v1=00", BODY, 1700000000L, 300));
    }
}
