package org.newswatch.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.newswatch.cli.PipelineClient;
import org.newswatch.cli.Stack;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;

/**
 * {@code newswatch bench-replay [--articles N] [--files F]}: the streaming replay at scale. Generates an archive of N
 * small articles (default one million) as F gzipped JSON Lines files with the publication times shuffled across and
 * within the files, replays it through a fresh stack's ingest service (its default heap) as fast as possible into a
 * topic no service reads ({@code replay-bench-articles}), then reads that topic back and checks that every article
 * is there in event-time order. Prints the figures as JSON.
 */
public final class ReplayBench {

    /** The prefix of the topic the bench replays into: no service reads it. */
    public static final String PREFIX = "replay-bench-";
    static final Instant START = Instant.parse("2015-01-01T00:00:00Z");

    /** What a run measured. */
    public record Result(long articles, long published, long duplicates, long errors, double seconds,
            double articlesPerSecond, long records, long outOfOrder, String firstOutOfOrder) {
    }

    private ReplayBench() {
    }

    public static int run(String[] args, Path home, PrintStream out, PrintStream err) {
        int articles = 1_000_000;
        int files = 8;
        boolean csv = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--csv" -> csv = true;
                default -> {
                    err.println("usage: newswatch bench-replay [--articles N] [--files F] [--csv]");
                    return 2;
                }
            }
        }
        Path data;
        try {
            Files.createDirectories(home.resolve(".newswatch"));
            data = Files.createTempDirectory(home.resolve(".newswatch"), "replay-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stack stack = Stack.start(home, data, Stack.Ports.free(), err,
                Stack.Options.defaults().snapshotApps(true).topic(PREFIX + Topics.ARTICLES, 1));
                PipelineClient client = PipelineClient.of(stack)) {
            long t0 = System.nanoTime();
            String archive = generate(stack.archives(), articles, files, 42, csv);
            err.printf("generated %d articles in %d files in %.1f s%n", articles, files, (System.nanoTime() - t0) / 1e9);
            Result result = replay(client, stack.bootstrapServers(), archive,
                    csv ? Map.of("csv", Map.of("preset", "acled")) : Map.of(), Duration.ofHours(2));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("articles", result.articles());
            json.put("files", files);
            json.put("format", csv ? "ACLED-like CSV (preset acled), gzipped" : "JSON Lines, gzipped");
            json.put("ingestHeap", System.getenv().getOrDefault("NEWSWATCH_SERVICE_JVM_OPTS", "default (-Xmx384m)"));
            json.put("result", result);
            out.println(Json.write(json));
            return result.published() == articles && result.records() == articles && result.outOfOrder() == 0 ? 0 : 1;
        }
    }

    /**
     * Writes {@code articles} unique small articles as {@code files} gzipped JSON Lines files in a new folder under
     * {@code root}, one a minute from {@link #START}, the minutes shuffled; returns the folder relative to the root.
     */
    public static String generate(Path root, int articles, int files, long seed) {
        return generate(root, articles, files, seed, false);
    }

    /**
     * The same, or with {@code csv} as ACLED-like CSV files ({@code event_date} as "d MMMM yyyy", so the articles of a
     * day share a time; {@code notes}, {@code source}, {@code location}) for the {@code acled} preset.
     */
    public static String generate(Path root, int articles, int files, long seed, boolean csv) {
        Random random = new Random(seed);
        int[] minutes = new int[articles];
        for (int i = 0; i < articles; i++) {
            minutes[i] = i;
        }
        for (int i = articles - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = minutes[i];
            minutes[i] = minutes[j];
            minutes[j] = t;
        }
        String name = "replay-bench-" + articles + "-" + seed + (csv ? "-csv" : "");
        Path dir = root.resolve(name);
        List<BufferedWriter> writers = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int f = 0; f < files; f++) {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(
                        dir.resolve("part-" + f + (csv ? ".csv.gz" : ".jsonl.gz"))), 64 * 1024), StandardCharsets.UTF_8));
                if (csv) {
                    w.write("event_id_cnty,event_date,event_type,location,source,notes");
                    w.newLine();
                }
                writers.add(w);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < articles; i++) {
                text.setLength(0);
                text.append("Dispatch ").append(i).append(':');
                for (int w = 0; w < 24; w++) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000));
                }
                text.append('.');
                BufferedWriter out = writers.get(i % files);
                Instant time = START.plusSeconds(60L * minutes[i]);
                if (csv) {
                    out.write("GEN" + i + "," + DAY.format(time) + ",Battles,River Town,generated,\"" + text + "\"");
                } else {
                    line.put("title", "Dispatch " + i);
                    line.put("source", "generated");
                    line.put("publishedAt", time.toString());
                    line.put("text", text.toString());
                    out.write(Json.write(line));
                }
                out.newLine();
            }
            for (BufferedWriter w : writers) {
                w.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive under " + dir, e);
        }
        return name;
    }

    private static final String[] WORDS = {"convoy", "river", "ridge", "village", "market", "bridge", "council",
        "harbour", "station", "district", "valley", "border", "airfield", "depot", "road", "camp", "school", "clinic",
        "farm", "mine", "port", "plain", "hill", "town"};

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** Replays the generated archive into {@link #PREFIX}{@code articles} and checks the topic. */
    public static Result replay(PipelineClient client, String bootstrapServers, String archive, Duration timeout) {
        return replay(client, bootstrapServers, archive, Map.of(), timeout);
    }

    /** The same with more options of {@code POST /replays} (a {@code csv} mapping). */
    public static Result replay(PipelineClient client, String bootstrapServers, String archive, Map<String, Object> options,
            Duration timeout) {
        Map<String, Object> body = new HashMap<>(options);
        body.put("topicPrefix", PREFIX);
        JsonNode status = client.replayPath(archive, body, timeout);
        double seconds = Duration.between(Instant.parse(status.path("startedAt").asText()),
                Instant.parse(status.path("finishedAt").asText())).toMillis() / 1000.0;
        long published = status.path("published").asLong();
        long[] check = order(bootstrapServers, PREFIX + Topics.ARTICLES);
        return new Result(status.path("total").asLong() + status.path("duplicates").asLong(), published,
                status.path("duplicates").asLong(), status.path("errors").asLong(), seconds,
                Math.round(published / Math.max(0.001, seconds)), check[0], check[1],
                check[1] == 0 ? null : "record " + check[2]);
    }

    /** Reads the topic to its end: {records, records whose timestamp is before the one before, first such offset}. */
    static long[] order(String bootstrapServers, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        long records = 0;
        long disorder = 0;
        long first = -1;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.size() != 1) {
                throw new IllegalStateException(topic + " has " + partitions.size() + " partitions; the order check needs one");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long end = consumer.endOffsets(partitions).get(partitions.get(0));
            long last = Long.MIN_VALUE;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            while (consumer.position(partitions.get(0)) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    if (r.timestamp() < last) {
                        disorder++;
                        if (first < 0) {
                            first = r.offset();
                        }
                    }
                    last = r.timestamp();
                }
            }
        }
        return new long[] {records, disorder, first};
    }
}
