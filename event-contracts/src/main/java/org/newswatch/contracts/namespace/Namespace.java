package org.newswatch.contracts.namespace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One isolated namespace of the pipeline, as a record of the compacted {@link Namespaces#TOPIC} topic (key: the
 * name; a tombstone deletes it). Written by ingest-service when a replay asks for a namespace; extract-service and
 * alert-service start their per-namespace workers when they read it and stop them at the tombstone.
 *
 * @param name          the namespace ({@link Namespaces#valid})
 * @param createdAt     when it was made
 * @param replayId      the replay that made it, if any
 * @param subscriptions the namespace's subscriptions as given with the replay (objects with an {@code id}); null:
 *                      copy the live subscriptions at creation
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Namespace(String name, Instant createdAt, String replayId, List<JsonNode> subscriptions) {

    /** Whether the live subscriptions are copied into the namespace (none were given). */
    public boolean copiesLiveSubscriptions() {
        return subscriptions == null;
    }
}
