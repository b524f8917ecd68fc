package org.newswatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newswatch.contracts.Json;

/**
 * {@code newswatch replay PATH [--speed N | --as-fast-as-possible] [--from DATE] [--to DATE] [--prefix P]
 * [--namespace NS [--subscriptions FILE]] [--ingest URL]}: asks the running ingest service to replay an archive in publication-time order, and shows its
 * progress (count, rate, ETA) until it ends. A JSON Lines file is uploaded (any ingest service); a folder is copied
 * under the replay root of the local stack ({@code <home>/.newswatch/archives}). The API key is
 * {@code NEWSWATCH_API_KEY}, else the admin key {@code newswatch up} wrote. With {@code --namespace} the replay runs in
 * an isolated namespace (the live subscriptions copied, or the JSON array of {@code --subscriptions FILE}) and the
 * command waits until the services have processed it, then prints the status with the namespace's alerts.
 */
public final class Replay {

    static final String USAGE = "usage: newswatch replay PATH [--speed N | --as-fast-as-possible] [--from DATE] "
            + "[--to DATE] [--prefix TOPIC_PREFIX | --namespace NS [--subscriptions FILE]] [--ingest URL]\n";

    private Replay() {
    }

    /** The parsed command line: the request body for {@code POST /replays} and where to send it. */
    record Request(Map<String, Object> body, URI ingest) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(args, Stack.Ports.defaults().ingest());
        } catch (IllegalArgumentException e) {
            err.println("newswatch replay: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String key = LocalKeys.clientKey();
        try {
            Path archive = Path.of((String) request.body().get("path"));
            HttpRequest.Builder start;
            if (Archives.uploadable(archive)) {
                start = Archives.upload(request.ingest(), archive, request.body());
            } else {
                // a folder: copied under the replay root of the stack of `newswatch up` (<home>/.newswatch/archives)
                Map<String, Object> body = new LinkedHashMap<>(request.body());
                body.put("path", Archives.stage(archive, Main.home().resolve(".newswatch").resolve("archives")));
                start = HttpRequest.newBuilder(request.ingest().resolve("/replays"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
            }
            HttpResponse<String> started = http.send(start.header(PipelineClient.API_KEY_HEADER, key).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() != 202) {
                err.println("newswatch replay: ingest answered " + started.statusCode() + ": " + started.body());
                return 1;
            }
            String id = Json.MAPPER.readTree(started.body()).path("id").asText();
            JsonNode status;
            do {
                Stack.pause(500);
                HttpResponse<String> polled = http.send(HttpRequest.newBuilder(
                        request.ingest().resolve("/replays/" + id)).header(PipelineClient.API_KEY_HEADER, key).build(), HttpResponse.BodyHandlers.ofString());
                status = Json.MAPPER.readTree(polled.body());
                err.print("\r" + progressLine(status));
            } while (!ended(status));
            err.println();
            out.println(Json.write(status));
            return "completed".equals(status.path("state").asText()) ? 0 : 1;
        } catch (IOException e) {
            err.println("newswatch replay: cannot reach ingest at " + request.ingest() + " (" + e.getMessage()
                    + "); start the stack with ./newswatch up");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static Request parse(String[] args, int defaultIngestPort) {
        Map<String, Object> body = new LinkedHashMap<>();
        URI ingest = URI.create("http://localhost:" + defaultIngestPort);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--speed" -> {
                    double speed = Double.parseDouble(value(args, ++i, arg));
                    if (!(speed > 0)) {
                        throw new IllegalArgumentException("--speed must be greater than 0");
                    }
                    body.put("speed", speed);
                }
                case "--as-fast-as-possible" -> body.put("asFastAsPossible", true);
                case "--from" -> body.put("from", value(args, ++i, arg));
                case "--to" -> body.put("to", value(args, ++i, arg));
                case "--prefix" -> body.put("topicPrefix", value(args, ++i, arg));
                case "--namespace" -> body.put("namespace", value(args, ++i, arg));
                case "--subscriptions" -> body.put("subscriptions", subscriptions(Path.of(value(args, ++i, arg))));
                case "--ingest" -> ingest = URI.create(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--") || body.containsKey("path")) {
                        throw new IllegalArgumentException("unexpected argument " + arg);
                    }
                    Path path = Path.of(arg).toAbsolutePath().normalize();
                    if (!Files.exists(path)) {
                        throw new IllegalArgumentException(path + " does not exist");
                    }
                    body.put("path", path.toString());
                }
            }
        }
        if (!body.containsKey("path")) {
            throw new IllegalArgumentException("PATH is required");
        }
        if (body.containsKey("speed") && body.containsKey("asFastAsPossible")) {
            throw new IllegalArgumentException("--speed and --as-fast-as-possible exclude each other");
        }
        if (body.containsKey("subscriptions") && !body.containsKey("namespace")) {
            throw new IllegalArgumentException("--subscriptions needs --namespace");
        }
        return new Request(body, ingest);
    }

    /** A JSON array of subscriptions, each an object with an "id". */
    private static JsonNode subscriptions(Path file) {
        try {
            JsonNode array = Json.MAPPER.readTree(Files.readString(file));
            if (array == null || !array.isArray()) {
                throw new IllegalArgumentException(file + " is not a JSON array of subscriptions");
            }
            return array;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A replay has ended when it no longer publishes and, in a namespace, the services have processed it. */
    static boolean ended(JsonNode status) {
        if ("running".equals(status.path("state").asText())) {
            return false;
        }
        return !status.hasNonNull("namespace") || !"completed".equals(status.path("state").asText())
                || "done".equals(status.path("pipeline").path("state").asText());
    }

    /** One terminal line: a bar, count, rate and ETA. */
    static String progressLine(JsonNode status) {
        long total = status.path("total").asLong();
        long done = status.path("published").asLong() + status.path("duplicates").asLong()
                + status.path("filtered").asLong() + status.path("errors").asLong();
        int width = 30;
        int filled = total > 0 ? (int) Math.min(width, done * width / total) : 0;
        String eta = status.hasNonNull("etaSeconds") ? status.path("etaSeconds").asLong() + " s" : "-";
        JsonNode pipeline = status.path("pipeline");
        String processing = pipeline.isObject() ? String.format(Locale.ROOT, "  namespace %s: %s, %d articles and %d events pending",
                status.path("namespace").asText(), pipeline.path("state").asText(), pipeline.path("articlesPending").asLong(),
                pipeline.path("eventsPending").asLong()) : "";
        return String.format(Locale.ROOT, "[%s%s] %d/%d  %.1f articles/s  ETA %s  %s%s   ",
                "#".repeat(filled), ".".repeat(width - filled), done, total, status.path("ratePerSecond").asDouble(),
                eta, status.path("state").asText(), processing);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
