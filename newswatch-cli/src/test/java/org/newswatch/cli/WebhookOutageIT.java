package org.newswatch.cli;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subscriber's webhook answers 503 for a while (300 articles at 10 a second, about 30 s): the alert-service
 * retries, and once the receiver is back every alert arrives, none is dead-lettered, none is announced twice.
 */
class WebhookOutageIT {

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void everyAlertArrivesAfterTheWebhookComesBack() {
        try (PipelineProof proof = PipelineProof.start(data, PipelineProof.options())) {
            proof.feeder.start(10);
            await().atMost(PipelineProof.PATIENCE).until(() -> proof.receiver.deliveries().size() >= 5);
            proof.receiver.failWith(503);
            proof.note("webhook receiver answers 503");
            long refusedBefore = proof.receiver.refused();
            proof.awaitAccepted(300);
            await().atMost(PipelineProof.PATIENCE).until(() -> proof.receiver.refused() > refusedBefore + 10);
            proof.receiver.failWith(0);
            proof.note("webhook receiver back after " + proof.receiver.refused() + " refused deliveries");
            proof.awaitAccepted(20);
            proof.verify();
        }
    }
}
