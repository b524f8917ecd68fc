package org.newswatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.newswatch.contracts.Topics;

/**
 * Two extract-service and two alert-service instances (one consumer group / Streams application each) on
 * articles and events topics of three partitions: both instances of each get partitions, and the alerts are the
 * same as with one instance (one per article due, with its figure), none twice.
 */
class ScaleOutIT {

    /** Kept when the test fails: the services' logs are in data/logs. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path data;

    @Test
    void twoInstancesOfExtractAndAlertRaiseEachAlertOnce() throws Exception {
        String secret = PipelineProof.secret();
        Stack.Options options = PipelineProof.options(secret)
                .instances(Stack.Service.EXTRACT, 2).instances(Stack.Service.ALERT, 2)
                .topic(Topics.ARTICLES, 3).topic(Topics.EVENTS, 3);
        try (PipelineProof proof = PipelineProof.start(data, options, secret)) {
            proof.feeder.start(20);
            proof.awaitAccepted(300);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    proof.stack.bootstrapServers()))) {
                Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(
                        List.of("extract-service", "alert-service")).all().get(30, TimeUnit.SECONDS);
                for (ConsumerGroupDescription group : groups.values()) {
                    List<MemberDescription> working = group.members().stream()
                            .filter(m -> !m.assignment().topicPartitions().isEmpty()).toList();
                    proof.note(group.groupId() + ": " + group.members().size() + " members, "
                            + working.size() + " with partitions");
                    assertEquals(2, working.size(), group.groupId() + " shares its partitions between two instances");
                }
            }
            proof.verify();
            assertTrue(proof.stack.instances(Stack.Service.ALERT) == 2);
        }
    }
}
