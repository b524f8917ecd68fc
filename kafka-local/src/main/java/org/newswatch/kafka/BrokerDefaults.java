package org.newswatch.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/** Broker settings every NewsWatch broker needs, in tests and on a laptop alike, for one broker or a cluster. */
final class BrokerDefaults {

    private BrokerDefaults() {
    }

    static Map<String, String> singleNode() {
        return forCluster(1);
    }

    /**
     * The settings of each broker of a cluster of {@code brokers}: with three or more, every topic (the services'
     * own, the consumer offsets, the transaction log, Kafka Streams' changelogs) has three replicas and a write
     * with acks=all needs two of them ({@code min.insync.replicas=2}), so one broker may die without losing an
     * acknowledged record or stopping writes; with fewer, one replica each.
     */
    static Map<String, String> forCluster(int brokers) {
        String rf = String.valueOf(replicationFactor(brokers));
        String minIsr = String.valueOf(minInSyncReplicas(brokers));
        Map<String, String> props = new LinkedHashMap<>();
        props.put("default.replication.factor", rf);
        props.put("min.insync.replicas", minIsr);
        props.put("offsets.topic.replication.factor", rf);
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", rf);
        props.put("transaction.state.log.min.isr", minIsr);
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", rf);
        props.put("share.coordinator.state.topic.min.isr", minIsr);
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "1");
        props.put("auto.create.topics.enable", "true");
        // Records carry the article's publication time (replays are deterministic in event time), so
        // time-based retention would delete a replayed 2020 archive within minutes. Keep records until a
        // size limit or an operator says otherwise.
        props.put("log.retention.ms", "-1");
        return props;
    }

    /** Three replicas on a cluster of three or more brokers, else one. */
    static int replicationFactor(int brokers) {
        return brokers >= 3 ? 3 : 1;
    }

    /** Two in-sync replicas for acks=all on a cluster of three or more brokers, else one. */
    static int minInSyncReplicas(int brokers) {
        return brokers >= 3 ? 2 : 1;
    }
}
