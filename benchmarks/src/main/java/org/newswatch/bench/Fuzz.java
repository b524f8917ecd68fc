package org.newswatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.fuzz.Corpus;
import org.newswatch.extraction.fuzz.FuzzRun;
import org.newswatch.extraction.fuzz.InputGenerator;
import org.newswatch.extraction.fuzz.Scaling;

/**
 * The robustness harness's long run ({@code ./benchmarks/fuzz [N] [seed]}): N generated inputs (every cut of every
 * text of every set first, then mutations; see {@link InputGenerator}) through one engine in one thread. Prints
 * inputs/s, exceptions and contract violations, the time per input (median, p99, p99.9, max), per family, the
 * slowest inputs, and how the time grows with the length of a few shapes ({@link Scaling}). Exit code 1 if any
 * input failed; each failing input is written to {@code benchmarks/target/fuzz-failures/}.
 */
public final class Fuzz {

    private Fuzz() {
    }

    /** Says on stderr which input has been running for more than 10 s (once per input), so that a stall is seen. */
    private static final class Watchdog extends Thread {
        private volatile InputGenerator.Input current;
        private volatile long since;

        Watchdog() {
            super("fuzz-watchdog");
            setDaemon(true);
        }

        void begin(InputGenerator.Input input) {
            since = System.nanoTime();
            current = input;
        }

        @Override
        public void run() {
            InputGenerator.Input told = null;
            while (true) {
                LockSupport.parkNanos(1_000_000_000L);
                InputGenerator.Input c = current;
                if (c != null && c != told && System.nanoTime() - since > 10_000_000_000L) {
                    System.err.printf("  still running after 10 s: %s #%d, %,d chars: %s%n", c.kind(), c.index(),
                            c.text().length(), c.preview(160));
                    told = c;
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "").replace(",", "")) : 1_000_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240304L;
        Path home = Path.of(System.getenv().getOrDefault("NEWSWATCH_HOME", "."));
        long t0 = System.nanoTime();
        Extractor extractor = Extractor.create();
        Corpus corpus = Corpus.load(home.resolve("extraction/src/test/resources"), home.resolve("seeds"));
        InputGenerator generator = new InputGenerator(corpus, seed);
        System.out.printf("fuzz: %,d inputs, seed %d; corpus %s; %,d cuts (every token boundary x %d endings)%s%n", n, seed,
                corpus.sizes(), generator.cuts(), InputGenerator.ENDINGS.size(),
                n >= 2 * generator.cuts() ? ", all of them run" : ", a spread sample of " + n / 2 + " run");
        System.out.printf("start-up (engine, corpus, generator): %.1f s%n", (System.nanoTime() - t0) / 1e9);
        FuzzRun run = new FuzzRun(extractor, 10);
        Watchdog watchdog = new Watchdog();
        watchdog.start();
        long start = System.nanoTime();
        for (long i = 0; i < n; i++) {
            InputGenerator.Input input = generator.input(i, n);
            watchdog.begin(input);
            run.run(input);
            watchdog.begin(null);
            if ((i + 1) % 100_000 == 0) {
                System.err.printf("  %,d inputs, %.0f s, %d failed%n", i + 1, (System.nanoTime() - start) / 1e9,
                        run.exceptions() + run.violations());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nran %,d inputs in %.1f s: %,.0f inputs/s, %.1f MB of text%n", run.inputs(), seconds,
                run.inputs() / seconds, run.chars() / 1e6);
        System.out.printf("exceptions: %d%ncontract violations: %d%ninputs with an inverted range (\"between 5 and 3\"): %d%n",
                run.exceptions(), run.violations(), run.invertedRanges());
        System.out.printf("time per input: median %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.1f ms (max/median %,.0f)%n",
                run.quantile(0.5) / 1e6, run.quantile(0.99) / 1e6, run.quantile(0.999) / 1e6, run.quantile(1.0) / 1e6,
                (double) run.quantile(1.0) / Math.max(1, run.quantile(0.5)));
        System.out.println("per family:");
        System.out.print(run.perKind());
        System.out.println("slowest inputs:");
        for (FuzzRun.Timed t : run.slowest()) {
            System.out.printf("  %8.1f ms  %-16s #%-8d %,8d chars  %s%n", t.nanos() / 1e6, t.input().kind(), t.input().index(),
                    t.input().text().length(), t.input().preview(110));
        }
        if (!run.failures().isEmpty()) {
            Path dir = home.resolve("benchmarks/target/fuzz-failures");
            Files.createDirectories(dir);
            System.out.println("failures (the first " + run.failures().size() + "; each input, escaped, and its stack in " + dir + "):");
            for (FuzzRun.Failure f : run.failures()) {
                // escaped (\\uXXXX for controls and lone surrogates, which UTF-8 cannot hold), on one line
                Files.writeString(dir.resolve(f.input().kind() + "-" + f.input().index() + ".txt"),
                        f.input().preview(Integer.MAX_VALUE) + "\n" + f.problem(), StandardCharsets.UTF_8);
                String problem = f.problem().lines().limit(8).reduce((a, b) -> a + "\n      " + b).orElse("");
                System.out.printf("  %s #%d: %s%n      %s%n", f.input().kind(), f.input().index(), f.input().preview(200), problem);
            }
        }
        System.out.println("time against length (best of 2 per size):");
        System.out.print(Scaling.table(Scaling.measure(extractor, 16, 2)));
        System.exit(run.exceptions() + run.violations() == 0 ? 0 : 1);
    }
}
