package org.newswatch.security;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The credentials of the services' tests (this module's test-jar): plain API keys whose hashes the test-jar's
 * {@code META-INF/microprofile-config.properties} configures, and bearer JWTs signed with the test private key whose
 * public half it configures.
 */
public final class TestCredentials {

    public static final String HEADER = ApiKeyMechanism.HEADER;
    /** Role admin, principal test-admin. */
    public static final String ADMIN = "test-admin-key";
    /** Role ingest, principal test-ingest. */
    public static final String INGEST = "test-ingest-key";
    /** Role subscriber, principal alice. */
    public static final String ALICE = "test-alice-key";
    /** Role subscriber, principal bob. */
    public static final String BOB = "test-bob-key";
    /** Role reader, principal test-reader. */
    public static final String READER = "test-reader-key";
    public static final String ISSUER = "https://newswatch.test";

    private TestCredentials() {
    }

    /**
     * Makes every later RestAssured request of this JVM carry {@code key} (the services' tests call it before each
     * test with {@link #ADMIN}); {@code null} sends no credential, for the tests of authentication itself.
     */
    public static void everyRequestWith(String key) {
        RestAssured.requestSpecification = key == null ? null : new RequestSpecBuilder().addHeader(HEADER, key).build();
    }

    /** A bearer JWT for {@code subject} with these groups (roles), valid for five minutes. */
    public static String jwt(String subject, String... groups) {
        return jwtFrom(ISSUER, subject, groups);
    }

    /** A JWT from another issuer, signed with the right key: to be refused. */
    public static String jwtFrom(String issuer, String subject, String... groups) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"groups\":["
                + Stream.of(groups).map(g -> "\"" + g + "\"").collect(Collectors.joining(",")) + "]}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        try (InputStream in = TestCredentials.class.getResourceAsStream("/newswatch-test-jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
