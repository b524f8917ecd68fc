package org.newswatch.ingest.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.newswatch.ingest.domain.DedupMemory;

/** Ready once the dedup memory has been read back from its journal. */
@Readiness
@ApplicationScoped
public class DedupReadiness implements HealthCheck {

    @Inject
    DedupMemory memory;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("dedup-memory").status(memory.loaded())
                .withData("articles", memory.size()).build();
    }
}
