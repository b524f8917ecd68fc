package org.newswatch.ingest.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * How far the services have processed a namespace's replay, as {@code GET /replays/{id}} shows it.
 *
 * @param state           {@code publishing} while the replay publishes, {@code processing} while extract-service or
 *                        alert-service have records of the namespace left, {@code done} when both have committed
 *                        everything (so every alert of the replay is on {@code ns.alerts})
 * @param articlesPending articles of {@code ns.articles} not yet committed by the namespace's extraction
 * @param eventsPending   events of {@code ns.events} not yet committed by the namespace's alert topology
 * @param events          event records on {@code ns.events}
 * @param alertRecords    committed alert records on {@code ns.alerts} (an alert and its updates), when done
 * @param alerts          when done: the latest record of each alert fired in the namespace (at most 1000)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NamespaceProgress(String state, long articlesPending, long eventsPending, long events, Long alertRecords,
        List<JsonNode> alerts) {

    public static final String PUBLISHING = "publishing";
    public static final String PROCESSING = "processing";
    public static final String DONE = "done";

    public boolean done() {
        return DONE.equals(state);
    }
}
