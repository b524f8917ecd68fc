package org.newswatch.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.newswatch.cli.bench.Bench;
import org.newswatch.extraction.tools.EvalTool;
import org.newswatch.extraction.tools.ExtractTool;
import org.newswatch.extraction.tools.IncidentEvalTool;

/** The {@code newswatch} command. */
public final class Main {

    static final String USAGE = """
            usage: newswatch COMMAND [ARGS]
              up                               start the broker and the three services; Ctrl-C stops them
              demo [--keep]                    run the seeds through a fresh stack and print the alerts as JSON lines;
                                               --keep: the stack stays up, with the dashboard's URL and sign-in key
              extract [--jsonl FILE|-] [FILE...]
                                               extract events offline (no broker) and print them as JSON lines;
                                               --jsonl streams a JSON Lines file (- = standard input) in file order
              eval --gold FILE --articles DIR  score the extraction engine against a gold file
              article PAGE.html [--url URL] [--content-type TYPE]
                                               print as JSON the article ingest would publish from a web page
              eval-html --data DIR [--verbose] score main-text extraction on a trafilatura-format evaluation folder
              eval-incidents --stream FILE [--verbose]
                                               pairwise same-incident precision/recall of event ids and stories
                                               against a stream with gold incident ids
              replay PATH [--speed N|--as-fast-as-possible] [--from DATE --to DATE] [--prefix P]
                     [--namespace NS [--subscriptions FILE]]
                                               replay an archive through the running ingest service; with
                                               --namespace through an isolated copy of the pipeline
              tail TOPIC [--from-beginning] [--filter FIELD=VALUE] [--kafka HOST:PORT]
                                               print a topic's committed records as JSON lines as they come
              namespaces [delete NS]           list the replay namespaces, or delete one (topics, groups, state)
              bench-replay [--articles N] [--files F] [--csv]
                                               replay N generated articles (default a million, gzipped JSON Lines,
                                               shuffled) through a fresh stack; checks event-time order on the topic
              bench [--rate N] [--duration S] [--json FILE] [--target]
                                               latency and throughput through a fresh (or the running) stack
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "up" -> up(home(), err);
                case "demo" -> Demo.run(home(), rest, out, err);
                case "extract" -> ExtractTool.run(rest, out, err);
                case "eval" -> EvalTool.run(rest, out, err);
                case "eval-incidents" -> IncidentEvalTool.run(rest, out, err);
                case "bench" -> Bench.run(rest, home(), out, err);
                case "bench-replay" -> org.newswatch.cli.bench.ReplayBench.run(rest, home(), out, err);
                case "replay" -> Replay.run(rest, out, err);
                case "namespaces" -> NamespaceCommand.run(rest, out, err);
                case "tail" -> Tail.run(rest, out, err);
                case "article" -> HtmlTools.article(rest, out, err);
                case "eval-html" -> HtmlTools.evalHtml(rest, out, err);
                default -> {
                    err.println("newswatch: unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            err.println("newswatch " + args[0] + ": " + e.getMessage());
            return 1;
        }
    }

    private static int up(Path home, PrintStream err) {
        Path data = home.resolve(".newswatch");
        Stack stack = Stack.start(home, data, Stack.Ports.defaults(), err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("stopping");
            stack.close();
            stopped.countDown();
        }));
        err.println("NewsWatch is up (data and logs in " + data + "). Ctrl-C stops it.");
        err.println("  ingest   " + stack.url(Stack.Service.INGEST) + "/articles");
        err.println("  extract  " + stack.url(Stack.Service.EXTRACT));
        err.println("  alerts   " + stack.url(Stack.Service.ALERT) + "/alerts  (live: /alerts/stream)");
        err.println("  kafka    " + stack.bootstrapServers());
        stack.keys().print(err, data);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The repository root: NEWSWATCH_HOME, else the nearest folder upwards that holds seeds/ and pom.xml. */
    static Path home() {
        String env = System.getenv("NEWSWATCH_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("seeds")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the NewsWatch folder; set NEWSWATCH_HOME");
    }
}
