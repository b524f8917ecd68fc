package org.newswatch.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented in the {@value ApiKeyMechanism#HEADER} header. */
public final class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    @Override
    public String toString() {
        return "ApiKeyRequest[key hidden]";
    }
}
