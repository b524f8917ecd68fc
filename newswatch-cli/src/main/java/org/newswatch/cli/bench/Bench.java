package org.newswatch.cli.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import org.newswatch.cli.LocalKeys;
import org.newswatch.cli.PipelineClient;
import org.newswatch.cli.Stack;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;
import org.newswatch.extraction.Extractor;

/**
 * {@code newswatch bench}: latency and throughput of the whole pipeline through the real broker. Starts a fresh
 * stack (temporary data folder, free ports) unless told to target a running one, subscribes a local webhook
 * receiver, posts generated articles at fixed rates, and measures from each article's 202 to its alert becoming
 * visible on the alerts topic (a read_committed consumer's receive time) and to the webhook's first delivery,
 * beside the broker's own produce-consume hop (the floor) and the extraction time of the same texts.
 */
public final class Bench {

    static final String USAGE = """
            usage: newswatch bench [--rate N[,N...]] [--duration S] [--warmup S] [--json FILE] [--partitions N]
                                   [--target | --ingest URL --alert URL --kafka HOST:PORT]
              --rate N,M,...   articles a second; several rates run one after the other (a ramp that
                               stops at the first rate whose lag grows)                               [100]
              --duration S     seconds per rate                                                        [60]
              --warmup S       seconds at the first rate before measuring, so that the JIT compilers
                               of the broker and services have finished (about 3 min on 2 cores)      [180]
              --json FILE      also write the figures as JSON
              --partitions N   fresh stack only: create articles and events with N partitions            [1]
              --env MODULE:NAME=VALUE  fresh stack only: extra environment for one service, e.g.
                               extract-service:MP_MESSAGING_OUTGOING_EVENTS_LINGER_MS=0 (repeatable)
              --target         use the running stack of `newswatch up` (localhost:8081, 8083, 9092); its
                               alert-service needs ALERT_WEBHOOK_ALLOW=127.0.0.0/8 (as `up` sets); the
                               receiver checks the signatures with the bench subscription's own secret
            """;

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);
    /** Above this share of the CPU, the JIT compilers were still at work: the JVMs were not warm yet. */
    static final double WARM_JIT_SHARE = 0.05;

    /** The parsed command line. */
    record Options(List<Double> rates, int duration, int warmup, Path json, int partitions, URI ingest, URI alert,
            String kafka, Map<Stack.Service, Map<String, String>> env) {
    }

    private Bench() {
    }

    public static int run(String[] args, Path home, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (options.kafka() != null) {
            return measure(options, options.kafka(), options.ingest(), options.alert(), LocalKeys.clientKey(), Map.of(),
                    out, err);
        }
        Path data;
        try {
            data = Files.createTempDirectory("newswatch-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("starting a fresh stack (data and logs in " + data + ")");
        Stack.Options stackOptions = Stack.Options.defaults().snapshotApps(true);
        options.env().forEach((service, vars) -> vars.forEach((k, v) -> stackOptions.env(service, k, v)));
        if (options.partitions() > 1) {
            stackOptions.topic(Topics.ARTICLES, options.partitions()).topic(Topics.EVENTS, options.partitions());
        }
        try (Stack stack = Stack.start(home, data, Stack.Ports.free(), err, stackOptions)) {
            return measure(options, stack.bootstrapServers(), stack.url(Stack.Service.INGEST),
                    stack.url(Stack.Service.ALERT), stack.keys().admin(), stack.pids(), out, err);
        }
    }

    static Options parse(String[] args) {
        List<Double> rates = List.of(100.0);
        int duration = 60;
        int warmup = 180;
        int partitions = 1;
        Path json = null;
        URI ingest = null;
        URI alert = null;
        String kafka = null;
        Map<Stack.Service, Map<String, String>> env = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--rate" -> {
                    rates = new ArrayList<>();
                    for (String r : value(args, ++i, a).split(",")) {
                        double rate = Double.parseDouble(r.trim());
                        if (rate <= 0) {
                            throw new IllegalArgumentException("--rate must be positive");
                        }
                        rates.add(rate);
                    }
                }
                case "--duration" -> duration = positive(value(args, ++i, a), a);
                case "--warmup" -> warmup = Integer.parseInt(value(args, ++i, a));
                case "--partitions" -> partitions = positive(value(args, ++i, a), a);
                case "--json" -> json = Path.of(value(args, ++i, a));
                case "--ingest" -> ingest = URI.create(value(args, ++i, a));
                case "--alert" -> alert = URI.create(value(args, ++i, a));
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--env" -> {
                    String spec = value(args, ++i, a);
                    int colon = spec.indexOf(':');
                    int eq = spec.indexOf('=');
                    if (colon < 0 || eq < colon) {
                        throw new IllegalArgumentException("--env MODULE:NAME=VALUE, not " + spec);
                    }
                    String module = spec.substring(0, colon);
                    Stack.Service service = Arrays.stream(Stack.Service.values())
                            .filter(x -> x.module().equals(module)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("no service " + module));
                    env.computeIfAbsent(service, x -> new LinkedHashMap<>())
                            .put(spec.substring(colon + 1, eq), spec.substring(eq + 1));
                }
                case "--target" -> {
                    ingest = URI.create("http://localhost:8081");
                    alert = URI.create("http://localhost:8083");
                    kafka = "localhost:9092";
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if ((ingest == null) != (kafka == null) || (alert == null) != (kafka == null)) {
            throw new IllegalArgumentException("--ingest, --alert and --kafka go together");
        }
        return new Options(List.copyOf(rates), duration, warmup, json, partitions, ingest, alert, kafka, env);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s, String option) {
        int v = Integer.parseInt(s);
        if (v <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return v;
    }

    /** One rate's figures. */
    record Stage(double rate, int seconds, long sent, Map<String, Long> outcomes, int accepted, int alertsDue,
            int alertsSeen, int alertsDuplicated, int webhooksSeen, Histogram post, Histogram toEvents, Histogram toTopic,
            Histogram toWebhook, Histogram floorUnderLoad, Lag lag, Map<String, Double> cpuMsPerArticle,
            Double jitShare) {

        /** The stack kept up: every post answered 202, every alert due on the topic, and the lag flat. */
        boolean keptUp() {
            return sent == accepted && alertsSeen == alertsDue && lag.flat();
        }
    }

    /** The highest rate the stack kept up with, else 0. */
    static double sustained(List<Stage> stages) {
        return stages.stream().filter(Stage::keptUp).mapToDouble(Stage::rate).max().orElse(0);
    }

    /**
     * CPU time used so far by the JIT compiler threads of each process (Linux, from /proc; an empty map
     * elsewhere): the share of the measured CPU that is warm-up rather than work.
     */
    static Map<String, Duration> jitCpu(Map<String, Long> pids) {
        Map<String, Duration> used = new LinkedHashMap<>();
        Map<String, Long> all = new LinkedHashMap<>(pids);
        all.put("bench", ProcessHandle.current().pid());
        all.forEach((name, pid) -> compilerTicks(pid).ifPresent(t -> used.put(name, Duration.ofMillis(t * 10))));
        return used;
    }

    /** Clock ticks (1/100 s, the /proc ABI's USER_HZ) that a process's compiler threads used. */
    private static Optional<Long> compilerTicks(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return Optional.empty();
        }
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"), StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    continue; // the thread ended
                }
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).contains("CompilerThre")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(ticks);
    }

    /** The JIT compilers' share of all CPU used between two readings, or null when it cannot be read. */
    static Double jitShare(Map<String, Duration> cpuBefore, Map<String, Duration> cpuAfter,
            Map<String, Duration> jitBefore, Map<String, Duration> jitAfter) {
        if (jitAfter.isEmpty()) {
            return null;
        }
        long all = 0;
        long jit = 0;
        for (var e : cpuAfter.entrySet()) {
            Duration b = cpuBefore.get(e.getKey());
            Duration jb = jitBefore.get(e.getKey());
            Duration ja = jitAfter.get(e.getKey());
            if (b != null && jb != null && ja != null) {
                all += e.getValue().minus(b).toMillis();
                jit += ja.minus(jb).toMillis();
            }
        }
        return all <= 0 ? null : Math.round(1000.0 * jit / all) / 1000.0;
    }

    /** CPU time used so far by each process (the bench itself as "bench"); a process that is gone is left out. */
    static Map<String, Duration> cpu(Map<String, Long> pids) {
        Map<String, Duration> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration())
                .ifPresent(d -> used.put(name, d)));
        ProcessHandle.current().info().totalCpuDuration().ifPresent(d -> used.put("bench", d));
        return used;
    }

    /** CPU milliseconds per article sent, by process, between two {@link #cpu} readings, and their total. */
    static Map<String, Double> perArticle(Map<String, Duration> before, Map<String, Duration> after, long articles) {
        Map<String, Double> out = new LinkedHashMap<>();
        double total = 0;
        for (var e : after.entrySet()) {
            Duration b = before.get(e.getKey());
            if (b != null && articles > 0) {
                double ms = e.getValue().minus(b).toNanos() / 1e6 / articles;
                out.put(e.getKey(), Math.round(ms * 100) / 100.0);
                total += "bench".equals(e.getKey()) ? 0 : ms;
            }
        }
        if (!out.isEmpty()) {
            out.put("total without bench", Math.round(total * 100) / 100.0);
        }
        return out;
    }

    private static int measure(Options options, String kafka, URI ingest, URI alertUrl, String apiKey,
            Map<String, Long> pids, PrintStream out, PrintStream err) {
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        // a running stack may have seen earlier runs: their figures (the events' identity) must not recur
        long countBase = options.kafka() == null ? 0 : (System.currentTimeMillis() / 1000 % 900 + 1) * 10_000;
        ArticleGenerator generator = new ArticleGenerator(runId, countBase);
        Instant started = Instant.now();
        try (PipelineClient client = new PipelineClient(kafka, ingest, alertUrl, apiKey);
                WebhookReceiver receiver = new WebhookReceiver();
                TopicTap<Alert> tap = new TopicTap<>(kafka, Topics.ALERTS, Alert.class);
                TopicTap<ExtractedEvent> eventTap = new TopicTap<>(kafka, Topics.EVENTS, ExtractedEvent.class);
                Feeder feeder = new Feeder(ingest, apiKey, generator)) {
            PipelineClient.Answer created = client.createSubscription(
                    ArticleGenerator.subscription("bench " + runId, receiver.url(), 5000));
            if (created.status() != 201) {
                throw new IllegalStateException("creating the bench subscription answered " + created.status() + ": "
                        + created.body());
            }
            String subscriptionId = Json.MAPPER.readTree(created.body()).path("id").asText();
            receiver.verifyWith(Json.MAPPER.readTree(created.body()).path("webhookSecret").asText(null));
            tap.awaitReady(Duration.ofSeconds(60));
            eventTap.awaitReady(Duration.ofSeconds(60));

            err.println("floor: 1000 produce-consume hops at 200/s on an idle broker");
            Histogram floorIdle = FloorProbe.measure(kafka, "bench-floor-" + runId, 1000, 200, Duration.ofSeconds(60));
            err.println("extraction: the engine over 3000 of the same texts in this JVM");
            Histogram extraction = extractionTimes(generator);

            if (options.warmup() > 0) {
                err.printf("warm-up: %d s at %.0f/s%n", options.warmup(), options.rates().get(0));
                feeder.run(options.rates().get(0), Duration.ofSeconds(options.warmup()));
                feeder.awaitAnswers(Duration.ofSeconds(60));
                awaitDrained(client, Duration.ofSeconds(120));
            }
            List<Stage> stages = new ArrayList<>();
            int floorRound = 0;
            for (double rate : options.rates()) {
                Set<String> before = new HashSet<>();
                feeder.accepted().forEach(a -> before.add(a.articleId()));
                long sentBefore = feeder.sent();
                Map<String, Long> outcomesBefore = feeder.outcomes();
                err.printf("measuring: %d s at %.0f/s%n", options.duration(), rate);
                LagSampler lag = new LagSampler(client).start();
                Histogram[] floorLoaded = new Histogram[1];
                String floorTopic = "bench-floor-" + runId + "-" + (++floorRound);
                Thread floor = new Thread(() -> floorLoaded[0] = FloorProbe.measure(kafka, floorTopic,
                        Math.max(1, options.duration() * 20 - 40), 20, Duration.ofSeconds(options.duration() + 60)),
                        "floor-under-load");
                floor.setDaemon(true);
                floor.start();
                Map<String, Duration> cpuBefore = cpu(pids);
                Map<String, Duration> jitBefore = jitCpu(pids);
                feeder.run(rate, Duration.ofSeconds(options.duration()));
                lag.markStopped();
                feeder.awaitAnswers(Duration.ofSeconds(60));
                List<Feeder.Accepted> mine = feeder.accepted().stream()
                        .filter(a -> !before.contains(a.articleId())).toList();
                awaitAlerts(mine, subscriptionId, tap, receiver, Duration.ofSeconds(120));
                lag.awaitZero(Duration.ofSeconds(60));
                lag.stop();
                Map<String, Duration> cpuAfter = cpu(pids);
                Double jit = jitShare(cpuBefore, cpuAfter, jitBefore, jitCpu(pids));
                Map<String, Double> cpuPerArticle = perArticle(cpuBefore, cpuAfter, feeder.sent() - sentBefore);
                floor.join(TimeUnit.SECONDS.toMillis(options.duration() + 90));
                Map<String, Long> outcomes = new LinkedHashMap<>();
                feeder.outcomes().forEach((k, v) -> outcomes.put(k, v - outcomesBefore.getOrDefault(k, 0L)));
                outcomes.values().removeIf(v -> v == 0);
                Stage stage = stage(rate, options.duration(), feeder.sent() - sentBefore, outcomes, mine,
                        subscriptionId, tap, eventTap, receiver, floorLoaded[0], lag.result(rate), cpuPerArticle, jit);
                stages.add(stage);
                if (!stage.keptUp() && rate < options.rates().get(options.rates().size() - 1)) {
                    err.printf("%.0f/s was not kept up with: the higher rates are not run%n", rate);
                    break;
                }
            }
            String table = table(options, floorIdle, extraction, stages, receiver);
            out.print(table);
            if (options.json() != null) {
                Files.writeString(options.json(), Json.MAPPER.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(json(options, started, floorIdle, extraction, stages, receiver)),
                        StandardCharsets.UTF_8);
                err.println("figures written to " + options.json());
            }
            boolean complete = stages.stream().allMatch(s -> s.alertsSeen() == s.alertsDue()
                    && s.webhooksSeen() == s.alertsDue() && s.alertsDuplicated() == 0);
            return complete ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Histogram extractionTimes(ArticleGenerator generator) {
        ArticleGenerator offline = new ArticleGenerator(generator.runId() + "x");
        Extractor extractor = Extractor.create();
        Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
        for (int i = 0; i < 3000; i++) {
            ArticleGenerator.Generated g = offline.next();
            String text = g.text().substring(g.text().indexOf(' ', " date ".length()) + 1);
            Article article = new Article(Article.VERSION, "x" + i, null, null, null,
                    g.date().atStartOfDay(ZoneOffset.UTC).toInstant(), Instant.now(), Article.LIVE, text,
                    null);
            long t0 = System.nanoTime();
            extractor.extract(article);
            long micros = (System.nanoTime() - t0) / 1000;
            if (i >= 1000) {
                histogram.recordValue(Math.min(HIGHEST_MICROS, micros));
            }
        }
        return histogram;
    }

    /** Waits until the alerts due for {@code accepted} have all been seen on the topic and at the webhook. */
    private static void awaitAlerts(List<Feeder.Accepted> accepted, String subscriptionId, TopicTap<Alert> tap,
            WebhookReceiver receiver, Duration timeout) {
        Set<String> due = new HashSet<>();
        accepted.stream().filter(a -> a.article().alerts()).forEach(a -> due.add(a.articleId()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> onTopic = firstArticles(tap.seen().stream().map(TopicTap.Seen::value).toList(),
                    subscriptionId);
            Set<String> hooked = firstArticles(receiver.deliveries().values().stream()
                    .map(WebhookReceiver.Delivery::alert).toList(), subscriptionId);
            if (onTopic.containsAll(due) && hooked.containsAll(due)) {
                return;
            }
            if (System.nanoTime() + 250_000_000L >= deadline) {
                Set<String> missing = new HashSet<>(due);
                missing.removeAll(onTopic);
                Map<String, String> texts = new HashMap<>();
                accepted.forEach(a -> texts.put(a.articleId(), a.article().text()));
                List<Alert> seen = tap.seen().stream().map(TopicTap.Seen::value).toList();
                System.err.printf("bench: %d of %d alerts due not seen on the topic, %d not at the webhook; %d alert "
                        + "records seen (%d updates); missing e.g. %s; last seen e.g. %s%n", missing.size(), due.size(),
                        due.stream().filter(id -> !hooked.contains(id)).count(), seen.size(),
                        seen.stream().filter(Alert::isUpdate).count(),
                        missing.stream().limit(2).map(id -> id + "=" + texts.get(id)).toList(),
                        seen.subList(Math.max(0, seen.size() - 2), seen.size()).stream()
                                .map(x -> x.status() + " " + x.summary() + " " + x.articles()).toList());
            }
            Stack.pause(250);
        }
    }

    private static void awaitDrained(PipelineClient client, Duration timeout) {
        try {
            client.awaitIdle(timeout, Duration.ofSeconds(2));
        } catch (IllegalStateException e) {
            // measured anyway; the lag figures will show it
        }
    }

    private static Set<String> firstArticles(List<Alert> alerts, String subscriptionId) {
        Set<String> ids = new HashSet<>();
        for (Alert alert : alerts) {
            if (subscriptionId.equals(alert.subscriptionId()) && !alert.isUpdate() && alert.articles() != null
                    && !alert.articles().isEmpty()) {
                ids.add(alert.articles().get(0).id());
            }
        }
        return ids;
    }

    private static Stage stage(double rate, int seconds, long sent, Map<String, Long> outcomes,
            List<Feeder.Accepted> accepted, String subscriptionId, TopicTap<Alert> tap,
            TopicTap<ExtractedEvent> eventTap, WebhookReceiver receiver, Histogram floor, Lag lag,
            Map<String, Double> cpuMsPerArticle, Double jitShare) {
        Map<String, Feeder.Accepted> byId = new HashMap<>();
        accepted.forEach(a -> byId.put(a.articleId(), a));
        Histogram post = new Histogram(HIGHEST_MICROS, 3);
        accepted.forEach(a -> record(post, a.acceptedNanos() - a.sentNanos()));
        int due = (int) accepted.stream().filter(a -> a.article().alerts()).count();

        Histogram toEvents = new Histogram(HIGHEST_MICROS, 3);
        Set<String> withEvents = new HashSet<>();
        for (TopicTap.Seen<ExtractedEvent> seen : eventTap.seen()) {
            Feeder.Accepted a = byId.get(seen.value().article());
            if (a != null && withEvents.add(a.articleId())) {
                record(toEvents, seen.receivedNanos() - a.acceptedNanos());
            }
        }
        Histogram toTopic = new Histogram(HIGHEST_MICROS, 3);
        Map<String, Set<String>> alertIdsByArticle = new HashMap<>();
        Set<String> timed = new HashSet<>();
        for (TopicTap.Seen<Alert> seen : tap.seen()) {
            Alert alert = seen.value();
            if (!subscriptionId.equals(alert.subscriptionId()) || alert.isUpdate() || alert.articles() == null
                    || alert.articles().isEmpty()) {
                continue;
            }
            Feeder.Accepted a = byId.get(alert.articles().get(0).id());
            if (a == null) {
                continue;
            }
            alertIdsByArticle.computeIfAbsent(a.articleId(), k -> new HashSet<>()).add(alert.alertId());
            if (timed.add(a.articleId() + "/" + alert.alertId())) {
                record(toTopic, seen.receivedNanos() - a.acceptedNanos());
            }
        }
        int duplicated = (int) tap.seen().stream().map(TopicTap.Seen::value)
                .filter(x -> subscriptionId.equals(x.subscriptionId()) && !x.isUpdate() && x.articles() != null
                        && !x.articles().isEmpty() && byId.containsKey(x.articles().get(0).id()))
                .count() - timed.size();
        duplicated += (int) alertIdsByArticle.values().stream().filter(s -> s.size() > 1).count();

        Histogram toWebhook = new Histogram(HIGHEST_MICROS, 3);
        Set<String> hooked = new HashSet<>();
        for (WebhookReceiver.Delivery d : receiver.deliveries().values()) {
            Alert alert = d.alert();
            if (!subscriptionId.equals(alert.subscriptionId()) || alert.isUpdate() || alert.articles() == null
                    || alert.articles().isEmpty()) {
                continue;
            }
            Feeder.Accepted a = byId.get(alert.articles().get(0).id());
            if (a != null && hooked.add(alert.alertId())) {
                record(toWebhook, d.receivedNanos() - a.acceptedNanos());
            }
        }
        return new Stage(rate, seconds, sent, outcomes, accepted.size(), due, alertIdsByArticle.size(), duplicated,
                hooked.size(), post, toEvents, toTopic, toWebhook, floor, lag, cpuMsPerArticle, jitShare);
    }

    private static void record(Histogram h, long nanos) {
        h.recordValue(Math.max(0, Math.min(HIGHEST_MICROS, nanos / 1000)));
    }

    static String table(Options options, Histogram floorIdle, Histogram extraction, List<Stage> stages,
            WebhookReceiver receiver) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("NewsWatch bench: %d cores, %s, Java %s; broker and services on this machine%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " "
                        + System.getProperty("os.arch"), System.getProperty("java.version")));
        s.append("times from the 202 answer, by this JVM's clock: 'on ... topic' = received by a read_committed "
                + "consumer here\n(record timestamps are publication times); webhook = first arrival at the local "
                + "receiver\n");
        s.append(String.format("%-44s %7s %9s %9s %9s %9s%n", "latency (ms)", "n", "p50", "p95", "p99", "max"));
        row(s, "floor: produce->consume, 1 hop, idle", floorIdle);
        row(s, "extraction of one article (in-process)", extraction);
        for (Stage st : stages) {
            s.append(String.format("-- %.0f articles/s for %d s: sent %d, answers %s%n", st.rate(), st.seconds(),
                    st.sent(), st.outcomes()));
            row(s, "POST /articles -> 202", st.post());
            row(s, "202 -> first event on events topic", st.toEvents());
            row(s, "202 -> alert on alerts topic", st.toTopic());
            row(s, "202 -> webhook delivered (first arrival)", st.toWebhook());
            if (st.floorUnderLoad() != null) {
                row(s, "floor: 1 hop at 20/s beside the load", st.floorUnderLoad());
            }
            s.append(String.format("   alerts due %d, on topic %d (duplicated %d), delivered to webhook %d%n",
                    st.alertsDue(), st.alertsSeen(), st.alertsDuplicated(), st.webhooksSeen()));
            Lag lag = st.lag();
            s.append(String.format("   consumer lag (articles+events+alerts): max %d, at stop %d, growth of its "
                    + "low points %+.1f records/s, drained %.1f s after the last post -> %s%n", lag.max(),
                    lag.atStop(), lag.slope(), lag.drainSeconds(), lag.flat() ? "FLAT (keeps up)" : "GROWING"));
            if (!st.cpuMsPerArticle().isEmpty()) {
                s.append("   CPU ms per article (sent to drained): ").append(st.cpuMsPerArticle().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
            }
            if (st.jitShare() != null) {
                s.append(String.format("   of that CPU, JIT compiler threads: %.0f%%%s%n", 100 * st.jitShare(),
                        st.jitShare() >= WARM_JIT_SHARE ? " (the JVMs were still compiling: a longer --warmup helps)"
                                : ""));
            }
            if (st.sent() != st.accepted()) {
                s.append(String.format("   NOT KEPT UP: %d of %d posts were not accepted%n", st.sent() - st.accepted(),
                        st.sent()));
            }
        }
        s.append(String.format("highest rate kept up with (all accepted, all alerts, flat lag): %.0f articles/s; webhook requests %d, duplicates %d, "
                + "bad signatures %d%n", sustained(stages), receiver.requests(), receiver.duplicates(), receiver.badSignatures()));
        return s.toString();
    }

    private static void row(StringBuilder s, String name, Histogram h) {
        if (h == null || h.getTotalCount() == 0) {
            s.append(String.format("%-44s %7d %9s %9s %9s %9s%n", name, 0, "-", "-", "-", "-"));
            return;
        }
        s.append(String.format("%-44s %7d %9.1f %9.1f %9.1f %9.1f%n", name, h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0));
    }

    static Map<String, Object> json(Options options, Instant started, Histogram floorIdle, Histogram extraction,
            List<Stage> stages, WebhookReceiver receiver) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("started", started.toString());
        root.put("cores", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.version"));
        root.put("target", options.kafka() == null ? "fresh stack" : options.kafka());
        root.put("warmupSeconds", options.warmup());
        root.put("serviceEnv", options.env());
        root.put("unit", "ms");
        root.put("floorIdle", stats(floorIdle));
        root.put("extraction", stats(extraction));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Stage st : stages) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rate", st.rate());
            m.put("seconds", st.seconds());
            m.put("sent", st.sent());
            m.put("answers", st.outcomes());
            m.put("accepted", st.accepted());
            m.put("alertsDue", st.alertsDue());
            m.put("alertsOnTopic", st.alertsSeen());
            m.put("alertsDuplicated", st.alertsDuplicated());
            m.put("webhooksDelivered", st.webhooksSeen());
            m.put("post", stats(st.post()));
            m.put("acceptedToFirstEvent", stats(st.toEvents()));
            m.put("acceptedToAlertOnTopic", stats(st.toTopic()));
            m.put("acceptedToWebhook", stats(st.toWebhook()));
            m.put("floorUnderLoad", stats(st.floorUnderLoad()));
            Map<String, Object> lag = new LinkedHashMap<>();
            lag.put("max", st.lag().max());
            lag.put("atStop", st.lag().atStop());
            lag.put("slopePerSecond", st.lag().slope());
            lag.put("drainSeconds", st.lag().drainSeconds());
            lag.put("flat", st.lag().flat());
            lag.put("samples", st.lag().samples());
            m.put("lag", lag);
            m.put("cpuMsPerArticle", st.cpuMsPerArticle());
            m.put("jitShareOfCpu", st.jitShare());
            m.put("keptUp", st.keptUp());
            list.add(m);
        }
        root.put("stages", list);
        root.put("sustainedRate", sustained(stages));
        root.put("webhookRequests", receiver.requests());
        root.put("webhookDuplicates", receiver.duplicates());
        root.put("webhookBadSignatures", receiver.badSignatures());
        return root;
    }

    private static Map<String, Object> stats(Histogram h) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (h == null || h.getTotalCount() == 0) {
            m.put("n", 0);
            return m;
        }
        m.put("n", h.getTotalCount());
        m.put("p50", h.getValueAtPercentile(50) / 1000.0);
        m.put("p95", h.getValueAtPercentile(95) / 1000.0);
        m.put("p99", h.getValueAtPercentile(99) / 1000.0);
        m.put("max", h.getMaxValue() / 1000.0);
        return m;
    }
}
