package org.newswatch.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stopped and started again (same data folder) while articles flow: the services reconnect by
 * themselves, nothing accepted before or after is lost, no alert is announced twice.
 */
class BrokerRestartIT {

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void brokerRestartLosesNothingAndDuplicatesNoAlert() {
        try (PipelineProof proof = PipelineProof.start(data, PipelineProof.options())) {
            proof.feeder.start(10);
            proof.awaitAccepted(50);
            proof.stack.stopBroker();
            proof.note("broker stopped; articles keep coming");
            proof.awaitSent(50);
            proof.stack.startBroker();
            proof.stack.awaitHealthy();
            proof.note("broker restarted, services healthy");
            proof.awaitAccepted(50);
            proof.verify();
        }
    }
}
