package org.newswatch.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/** Broker settings every single-node NewsWatch broker needs, in tests and on a laptop alike. */
final class BrokerDefaults {

    private BrokerDefaults() {
    }

    static Map<String, String> singleNode() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "true");
        // Records carry the article's publication time (replays are deterministic in event time), so
        // time-based retention would delete a replayed 2020 archive within minutes. Keep records until a
        // size limit or an operator says otherwise.
        props.put("log.retention.ms", "-1");
        return props;
    }
}
