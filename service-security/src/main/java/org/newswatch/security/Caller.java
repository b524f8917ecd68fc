package org.newswatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.newswatch.contracts.ApiKeys;

/**
 * Who is calling, for ownership: the principal name, and whether the caller sees everything ({@code admin}, and for
 * reads {@code reader}) or only what it owns.
 */
public record Caller(String name, boolean admin, boolean reader) {

    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(ApiKeys.ADMIN),
                identity.hasRole(ApiKeys.READER));
    }

    /** Whether this caller may read a thing owned by {@code owner} (null: made before owners were recorded). */
    public boolean canRead(String owner) {
        return admin || reader || name.equals(owner);
    }

    /** Whether this caller may change a thing owned by {@code owner}. */
    public boolean canWrite(String owner) {
        return admin || name.equals(owner);
    }
}
