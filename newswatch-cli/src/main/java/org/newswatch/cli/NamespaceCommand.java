package org.newswatch.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code newswatch namespaces [--ingest URL]} lists the isolated replay namespaces (with their topics and groups);
 * {@code newswatch namespaces delete NS [--ingest URL]} stops their processing and deletes their topics, groups and
 * state. The API key is {@code NEWSWATCH_API_KEY}, else the admin key {@code newswatch up} wrote.
 */
final class NamespaceCommand {

    static final String USAGE = "usage: newswatch namespaces [delete NAME] [--ingest URL]\n";

    private NamespaceCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        URI ingest = URI.create("http://localhost:" + Stack.Ports.defaults().ingest());
        String delete = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ingest" -> {
                    if (++i >= args.length) {
                        err.print(USAGE);
                        return 2;
                    }
                    ingest = URI.create(args[i]);
                }
                case "delete" -> {
                    if (++i >= args.length) {
                        err.print(USAGE);
                        return 2;
                    }
                    delete = args[i];
                }
                case "list" -> {
                }
                default -> {
                    err.println("newswatch namespaces: unexpected argument " + args[i]);
                    err.print(USAGE);
                    return 2;
                }
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(ingest.resolve("/namespaces" + (delete == null ? "" : "/" + delete)))
                .header(PipelineClient.API_KEY_HEADER, LocalKeys.clientKey()).timeout(Duration.ofSeconds(120));
        request = delete == null ? request.GET() : request.DELETE();
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                err.println("newswatch namespaces: ingest answered " + answer.statusCode() + ": " + answer.body());
                return 1;
            }
            out.println(answer.body());
            return 0;
        } catch (IOException e) {
            err.println("newswatch namespaces: cannot reach ingest at " + ingest + " (" + e.getMessage()
                    + "); start the stack with ./newswatch up");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
