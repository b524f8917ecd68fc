package org.newswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.SourceArticle;

/**
 * {@code newswatch demo}: a fresh stack, the three default subscriptions, the seed articles posted
 * through ingest, and every alert printed as one JSON line once the pipeline has drained.
 */
public final class Demo {

    /** Turkish troop deaths of 5 or more in one event; any military deaths of 20 or more; a new offensive. */
    public static final List<String> DEFAULT_SUBSCRIPTIONS = List.of(
            "{\"name\":\"Turkish troop deaths\",\"filter\":{\"types\":[\"KILLED\"],\"victims\":[\"TURMIL\"]},"
                    + "\"rule\":{\"kind\":\"threshold\",\"minCount\":5}}",
            "{\"name\":\"Military deaths\",\"filter\":{\"types\":[\"KILLED\"],\"victims\":[\"MIL\"]},"
                    + "\"rule\":{\"kind\":\"threshold\",\"minCount\":20}}",
            "{\"name\":\"New offensive\",\"filter\":{\"types\":[\"OFFENSIVE\"]},\"rule\":{\"kind\":\"new\"}}");

    private Demo() {
    }

    public static int run(Path home, PrintStream out, PrintStream err) {
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
            for (String subscription : DEFAULT_SUBSCRIPTIONS) {
                expect(client.createSubscription(subscription), 201, "creating a subscription");
            }
            List<Path> seeds = seeds(home.resolve("seeds"));
            for (Path seed : seeds) {
                PipelineClient.Answer answer = client.postArticle(Files.readString(seed, StandardCharsets.UTF_8));
                expect(answer, 202, "posting " + seed.getFileName());
                err.println("posted " + seed.getFileName() + " -> " + answer.body());
            }
            client.awaitIdle(Duration.ofMinutes(2), Duration.ofSeconds(3));
            List<Alert> alerts = latestPerAlert(client.readAlerts()).stream()
                    .sorted(Comparator.comparing(Alert::subscriptionName).thenComparing(Alert::alertId)).toList();
            alerts.forEach(alert -> out.println(line(alert)));
            err.println(alerts.size() + " alerts; stopping");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
