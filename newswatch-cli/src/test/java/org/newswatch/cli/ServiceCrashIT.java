package org.newswatch.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of each service in turn while articles flow (10 a second), each started again: nothing the
 * ingest service accepted is lost, no alert is announced twice, every alert still reaches the webhook.
 */
class ServiceCrashIT {

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void killNineOfEachServiceLosesNothingAndDuplicatesNoAlert() {
        try (PipelineProof proof = PipelineProof.start(data, PipelineProof.options())) {
            proof.feeder.start(10);
            for (Stack.Service service : Stack.Service.values()) {
                proof.awaitAccepted(30);
                proof.stack.kill(service, 0);
                proof.note("killed -9 " + service + "; articles keep coming");
                proof.awaitSent(30);
                proof.stack.restart(service, 0);
                proof.note("restarted " + service);
            }
            proof.awaitAccepted(30);
            proof.verify();
        }
    }
}
