package org.newswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SourceArticle;

/**
 * {@code newswatch demo}: a fresh stack, the three default subscriptions (under fixed ids), the seed articles
 * replayed through ingest as an archive (so they are processed in event time, undated ones dated from the archive),
 * and every alert printed as one JSON line once the pipeline has drained. Two runs print the same lines.
 */
public final class Demo {

    /**
     * Turkish troop deaths of 5 or more in one event; any military deaths of 20 or more; a new offensive. By id; they
     * include replays, since the demo replays the seeds.
     */
    public static final Map<String, String> DEFAULT_SUBSCRIPTIONS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> subscriptions = new LinkedHashMap<>();
        subscriptions.put("turkish-troop-deaths", "{\"name\":\"Turkish troop deaths\",\"filter\":{\"types\":[\"KILLED\"],"
                + "\"victims\":[\"TURMIL\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":5},\"includeReplays\":true}");
        subscriptions.put("military-deaths", "{\"name\":\"Military deaths\",\"filter\":{\"types\":[\"KILLED\"],"
                + "\"victims\":[\"MIL\"]},\"rule\":{\"kind\":\"threshold\",\"minCount\":20},\"includeReplays\":true}");
        subscriptions.put("new-offensive", "{\"name\":\"New offensive\",\"filter\":{\"types\":[\"OFFENSIVE\"]},"
                + "\"rule\":{\"kind\":\"new\"},\"includeReplays\":true}");
        return Collections.unmodifiableMap(subscriptions);
    }

    private Demo() {
    }

    public static int run(Path home, PrintStream out, PrintStream err) {
        return run(home, new String[0], out, err);
    }

    /** {@code demo [--keep]}: with {@code --keep} the stack stays up after the alerts until Ctrl-C. */
    public static int run(Path home, String[] args, PrintStream out, PrintStream err) {
        boolean keep = false;
        for (String a : args) {
            if ("--keep".equals(a)) {
                keep = true;
            } else {
                err.println("usage: newswatch demo [--keep]");
                return 2;
            }
        }
        Path data;
        try {
            Files.createDirectories(home.resolve(".newswatch"));
            data = Files.createTempDirectory(home.resolve(".newswatch"), "demo-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("starting the stack (logs in " + data.resolve("logs") + ")");
        try (Stack stack = Stack.start(home, data, Stack.Ports.defaults(), err);
                PipelineClient client = PipelineClient.of(stack)) {
            List<String> lines = replaySeeds(client, home.resolve("seeds"), err);
            lines.forEach(out::println);
            if (!keep) {
                err.println(lines.size() + " alerts; stopping");
                return 0;
            }
            err.println(lines.size() + " alerts.");
            err.print(keptMessage(stack.url(Stack.Service.ALERT), stack.keys().admin(), data));
            err.flush();
            awaitCtrlC();
            return 0;
        }
    }

    /**
     * What {@code demo --keep} prints once the alerts are out: the dashboard's address and the admin key to sign in
     * with (the one place a key is shown; they are also in the stack's {@code local-keys.env}).
     */
    static String keptMessage(URI alert, String adminKey, Path data) {
        return "The stack stays up (data and logs in " + data + "); Ctrl-C stops it.\n"
                + "  dashboard  " + alert.resolve("/") + "\n"
                + "  sign in with the admin key  " + adminKey + "\n";
    }

    /** Until Ctrl-C: the stack's shutdown hook stops the services and the broker. */
    private static void awaitCtrlC() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Puts the default subscriptions, replays the seed folder, waits for the pipeline to drain and returns the alerts
     * as the demo prints them, in a fixed order (subscription name, then alert id).
     */
    static List<String> replaySeeds(PipelineClient client, Path seeds, PrintStream err) {
        DEFAULT_SUBSCRIPTIONS.forEach((id, json) -> {
            PipelineClient.Answer answer = client.putSubscription(id, json);
            if (answer.status() != 201 && answer.status() != 200) {
                throw new IllegalStateException("putting subscription " + id + " answered " + answer.status() + ": "
                        + answer.body());
            }
        });
        err.println("replay: " + client.replay(seeds, Duration.ofMinutes(2)));
        client.awaitIdle(Duration.ofMinutes(2), Duration.ofSeconds(3));
        return latestPerAlert(client.readAlerts()).stream()
                .sorted(Comparator.comparing(Alert::subscriptionName).thenComparing(Alert::alertId))
                .map(Demo::line).toList();
    }

    /** One alert per alertId: later records of an alert (more sources, a higher figure) replace earlier ones. */
    static List<Alert> latestPerAlert(List<Alert> records) {
        Map<String, Alert> latest = new LinkedHashMap<>();
        records.forEach(alert -> latest.put(alert.alertId(), alert));
        return List.copyOf(latest.values());
    }

    /** The seed-format files of a folder, in name order. */
    public static List<Path> seeds(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** One alert as the demo prints it. */
    static String line(Alert alert) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("subscription", alert.subscriptionName());
        line.put("rule", alert.rule());
        line.put("type", alert.eventType());
        Map<String, Object> parties = new LinkedHashMap<>();
        parties.put("victim", alert.victim());
        parties.put("actor", alert.actor());
        line.put("parties", parties);
        line.put("count", alert.count());
        line.put("qualifier", alert.qualifier());
        line.put("place", alert.place() != null ? alert.place() : alert.location());
        line.put("date", alert.date());
        line.put("evidence", alert.evidence());
        line.put("articles", alert.articles() == null ? List.of()
                : alert.articles().stream().map(SourceArticle::id).toList());
        line.put("corroboration", alert.corroboration());
        return Json.write(line);
    }

    private static void expect(PipelineClient.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + ": " + answer.body());
        }
    }
}
