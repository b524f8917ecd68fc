package org.newswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newswatch.contracts.Json;

/**
 * {@code newswatch tail TOPIC [--from-beginning] [--filter FIELD=VALUE ...] [--kafka HOST:PORT] [--max N]}: prints
 * the records of a topic as they come, one JSON line each (committed records only, so an alert is printed once its
 * transaction commits). Without {@code --from-beginning} it starts at the end. A filter keeps records whose top-level
 * field has that value ({@code type=KILLED} also matches an alert's {@code eventType}); several filters must all hold.
 * No group: nothing is committed, any number of people can tail a topic. Ctrl-C stops it.
 */
final class Tail {

    static final String USAGE = "usage: newswatch tail TOPIC [--from-beginning] [--filter FIELD=VALUE ...] "
            + "[--kafka HOST:PORT] [--max N]\n";

    /** The parsed command line. */
    record Options(String topic, boolean fromBeginning, Map<String, String> filters, String kafka, long max) {
    }

    private Tail() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("newswatch tail: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        follow(options, out, () -> false);
        return 0;
    }

    static Options parse(String[] args) {
        String topic = null;
        boolean fromBeginning = false;
        Map<String, String> filters = new LinkedHashMap<>();
        String kafka = "localhost:" + Stack.Ports.defaults().kafka();
        long max = Long.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from-beginning" -> fromBeginning = true;
                case "--filter" -> {
                    String filter = value(args, ++i, "--filter");
                    int eq = filter.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--filter takes FIELD=VALUE, not " + filter);
                    }
                    filters.put(filter.substring(0, eq), filter.substring(eq + 1));
                }
                case "--kafka" -> kafka = value(args, ++i, "--kafka");
                case "--max" -> max = Long.parseLong(value(args, ++i, "--max"));
                default -> {
                    if (args[i].startsWith("--") || topic != null) {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                    topic = args[i];
                }
            }
        }
        if (topic == null) {
            throw new IllegalArgumentException("TOPIC is required");
        }
        return new Options(topic, fromBeginning, Map.copyOf(filters), kafka, max);
    }

    /** Prints matching records until {@code max} are printed or {@code stop} says so; returns how many were printed. */
    static long follow(Options options, PrintStream out, BooleanSupplier stop) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafka());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswatch-tail-" + UUID.randomUUID().toString().substring(0, 8));
        long printed = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && !stop.getAsBoolean()) {
                partitions = consumer.partitionsFor(options.topic(), Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            }
            consumer.assign(partitions);
            if (options.fromBeginning()) {
                consumer.seekToBeginning(partitions);
            } else {
                consumer.seekToEnd(partitions);
            }
            partitions.forEach(consumer::position); // resolves the start now: what is written from here on is shown
            while (printed < options.max() && !stop.getAsBoolean()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (matches(r.value(), options.filters())) {
                        out.println(r.value());
                        out.flush();
                        if (++printed >= options.max()) {
                            break;
                        }
                    }
                }
            }
        }
        return printed;
    }

    static boolean matches(String value, Map<String, String> filters) {
        if (filters.isEmpty()) {
            return true;
        }
        JsonNode json;
        try {
            json = value == null ? null : Json.MAPPER.readTree(value);
        } catch (java.io.IOException e) {
            return false;
        }
        if (json == null || !json.isObject()) {
            return false;
        }
        for (Map.Entry<String, String> f : filters.entrySet()) {
            JsonNode field = json.get(f.getKey());
            if (field == null && "type".equals(f.getKey())) {
                field = json.get("eventType");
            }
            if (field == null || !field.isValueNode() || !f.getValue().equals(field.asText())) {
                return false;
            }
        }
        return true;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
