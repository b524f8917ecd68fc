package org.newswatch.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.newswatch.contracts.ApiKeys;

/**
 * One endpoint and the roles it admits, checked over real HTTP: no credential and an unknown key or a JWT of another
 * issuer get 401; a key or a JWT of every other role gets 403; a key and a JWT of each admitted role get past
 * authentication (whatever the endpoint then says of the request).
 */
public record Guarded(String method, String path, String contentType, String body, Map<String, String> headers,
        Set<String> roles) {

    private static final Map<String, String> KEY_OF_ROLE = new LinkedHashMap<>();

    static {
        KEY_OF_ROLE.put(ApiKeys.ADMIN, TestCredentials.ADMIN);
        KEY_OF_ROLE.put(ApiKeys.INGEST, TestCredentials.INGEST);
        KEY_OF_ROLE.put(ApiKeys.SUBSCRIBER, TestCredentials.ALICE);
        KEY_OF_ROLE.put(ApiKeys.READER, TestCredentials.READER);
    }

    public static Guarded of(String method, String path, String... roles) {
        return new Guarded(method, path, null, null, Map.of(), Set.of(roles));
    }

    public Guarded body(String type, String content) {
        return new Guarded(method, path, type, content, headers, roles);
    }

    public Guarded header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Guarded(method, path, contentType, body, more, roles);
    }

    /** Runs every check; call with no default RestAssured credential ({@code everyRequestWith(null)}). */
    public void check() {
        assertEquals(401, send(given()), this + " without a credential");
        assertEquals(401, send(given().header(TestCredentials.HEADER, "not-a-key")), this + " with an unknown key");
        assertEquals(401, send(given().auth().oauth2(TestCredentials.jwtFrom("https://elsewhere", "mallory",
                ApiKeys.ADMIN))), this + " with a JWT of another issuer");
        for (Map.Entry<String, String> role : KEY_OF_ROLE.entrySet()) {
            int byKey = send(given().header(TestCredentials.HEADER, role.getValue()));
            int byJwt = send(given().auth().oauth2(TestCredentials.jwt("jwt-" + role.getKey(), role.getKey())));
            if (roles.contains(role.getKey())) {
                assertTrue(byKey != 401 && byKey != 403, this + " refused the key of " + role.getKey() + ": " + byKey);
                assertTrue(byJwt != 401 && byJwt != 403, this + " refused the JWT of " + role.getKey() + ": " + byJwt);
            } else {
                assertEquals(403, byKey, this + " with the key of " + role.getKey());
                assertEquals(403, byJwt, this + " with the JWT of " + role.getKey());
            }
        }
    }

    private int send(RequestSpecification request) {
        headers.forEach(request::header);
        if (contentType != null) {
            request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request.when().request(method, path).then().extract().statusCode();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
