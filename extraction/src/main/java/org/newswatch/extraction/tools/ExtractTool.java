package org.newswatch.extraction.tools;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * {@code extract [--jsonl FILE|-] [FILE ...]}: extracts events offline and prints one JSON event a line.
 *
 * <p>Seed-format files (article id = file name) are read first, in publication order. A JSON Lines file ({@code -}:
 * standard input) is then streamed: a line is read, its article extracted (on worker threads, a few lines ahead) and
 * its events written, in file order, so memory stays the same for any file size; a replayed archive is usually in publication order already, which
 * is the order the cross-article event ids assume (as in the service). A line is one JSON object, in the tool's
 * fields {@code {"id","text","date"}} or the ingest replay's ({@code "title","url","source","publishedAt","text"});
 * {@code date} or {@code publishedAt} is an ISO date, an ISO date-time (with or without offset) or RFC 1123. A line
 * that cannot be read (not JSON, no text, a bad date) is reported on stderr with its line number and skipped; the
 * exit code is then 1.
 */
public final class ExtractTool {

    static final String USAGE = "usage: extract [--jsonl FILE|-] [FILE ...]   (--jsonl -: JSON Lines on standard input)";

    private ExtractTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the standard input {@code --jsonl -} reads. */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        List<Path> files = new ArrayList<>();
        String jsonl = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--jsonl")) {
                if (i + 1 >= args.length || jsonl != null) {
                    err.println(USAGE);
                    return 2;
                }
                jsonl = args[++i];
            } else if (a.startsWith("-")) {
                err.println(USAGE);
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty() && jsonl == null) {
            err.println(USAGE);
            return 2;
        }
        List<Article> seeds;
        try {
            seeds = SeedArticles.load(files);
        } catch (IOException | RuntimeException e) {
            err.println("extract: cannot read input: " + e.getMessage());
            return 1;
        }
        Extractor extractor = Extractor.create();
        // one identity resolver over all articles: cross-article ids as the service gives them (bounded memory)
        EventIdentity identity = EventIdentity.inMemory();
        Writer buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            EventWriter w = new EventWriter(buffered);
            for (Article a : SeedArticles.inPublicationOrder(seeds)) {
                w.write(identity.resolve(extractor.extract(a)));
            }
            int bad = 0;
            if (jsonl != null) {
                String name = jsonl.equals("-") ? "stdin" : jsonl;
                try (InputStream in = jsonl.equals("-") ? stdin : Files.newInputStream(Path.of(jsonl))) {
                    bad = stream(name, in, extractor, identity, w, err);
                } catch (IOException e) {
                    w.flush();
                    err.println("extract: cannot read " + jsonl + ": " + e.getMessage());
                    return 1;
                }
            }
            w.flush();
            if (bad > 0) {
                err.println("extract: " + bad + (bad == 1 ? " line" : " lines") + " of " + (jsonl.equals("-") ? "stdin" : jsonl)
                        + " skipped");
                return 1;
            }
            return 0;
        } catch (IOException e) {
            err.println("extract: cannot write: " + e.getMessage());
            return 1;
        }
    }

    /** One line in flight: its number, and its events or why it was skipped. */
    private record Pending(int line, Future<EventIdentity.Prepared> events, String problem) {
    }

    /**
     * Reads, extracts and writes line by line; returns how many lines were bad (each reported on {@code err}). The
     * engine runs on worker threads, a few lines ahead of the writer; the lines are parsed, resolved (cross-article
     * ids) and written in file order on this thread, and at most {@code 8 x workers} articles are in flight, so
     * memory does not grow with the file.
     */
    static int stream(String name, InputStream in, Extractor extractor, EventIdentity identity, EventWriter w, PrintStream err)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "extract-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> inFlight = new ArrayDeque<>();
        int[] bad = {0};
        Instant latest = null;
        int number = 0;
        try {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Article a;
                try {
                    a = article(line, name + ":" + number, latest);
                } catch (IllegalArgumentException e) {
                    inFlight.add(new Pending(number, null, e.getMessage()));
                    continue;
                }
                if (a.publishedAt() != null && (latest == null || a.publishedAt().isAfter(latest))) {
                    latest = a.publishedAt();
                }
                // the engine and the incident rule's view of each event on a worker; only the ids in file order here
                inFlight.add(new Pending(number, pool.submit(() -> EventIdentity.prepare(extractor.extract(a))), null));
                while (inFlight.size() >= 8 * workers) {
                    finish(inFlight.poll(), name, identity, w, err, bad);
                }
            }
            while (!inFlight.isEmpty()) {
                finish(inFlight.poll(), name, identity, w, err, bad);
            }
        } finally {
            pool.shutdownNow();
        }
        return bad[0];
    }

    /** Writes one line's events with their cross-article ids, or reports why it has none. */
    private static void finish(Pending p, String name, EventIdentity identity, EventWriter w, PrintStream err, int[] bad)
            throws IOException {
        String problem = p.problem();
        if (problem == null) {
            try {
                w.write(identity.resolve(p.events().get()));
                return;
            } catch (ExecutionException e) {
                problem = "the engine failed on this article: " + e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        bad[0]++;
        err.println("extract: " + name + ":" + p.line() + ": " + problem);
    }

    /**
     * Events as JSON lines, each exactly as {@link Json#write} writes it, serialised by one generator straight into the
     * output buffer (no string per event, no flush per event).
     */
    static final class EventWriter {

        private static final ObjectWriter EVENT = Json.MAPPER.writerFor(ExtractedEvent.class)
                .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

        private final Writer out;
        private final JsonGenerator json;

        EventWriter(Writer out) throws IOException {
            this.out = out;
            this.json = Json.MAPPER.getFactory().createGenerator(out);
            json.setRootValueSeparator(null); // a line ends each event, nothing goes between them
        }

        void write(List<ExtractedEvent> events) throws IOException {
            for (ExtractedEvent e : events) {
                EVENT.writeValue(json, e);
                json.writeRaw('\n');
            }
        }

        /** Writes what is buffered through to the output (the output itself stays open). */
        void flush() throws IOException {
            json.flush();
            out.flush();
        }
    }

    /**
     * One line as an article. The id is {@code id}, else {@code url}, else the file name and line number. An undated
     * article is read as received at the latest publication time seen before it (else now), as the seed files are.
     *
     * @throws IllegalArgumentException why the line cannot be read
     */
    static Article article(String line, String where, Instant latest) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode text = n.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new IllegalArgumentException("no \"text\"");
        }
        Instant published = n.hasNonNull("date") ? time(n.get("date").asText(), true) : null;
        if (published == null && n.hasNonNull("publishedAt")) {
            published = time(n.get("publishedAt").asText(), false);
        }
        String id = n.hasNonNull("id") ? n.get("id").asText() : n.hasNonNull("url") ? n.get("url").asText() : where;
        Instant received = published != null ? published : latest != null ? latest : Instant.now();
        return new Article(Article.VERSION, id, field(n, "title"), field(n, "url"), field(n, "source"), published, received,
                Article.REPLAY, text.asText(), null);
    }

    private static String field(JsonNode n, String name) {
        return n.hasNonNull(name) ? n.get(name).asText() : null;
    }

    /**
     * An ISO date, an ISO date-time with or without offset (UTC assumed), or RFC 1123. {@code dayOnly} ("date", as
     * the tool always read it): the day it names, at midnight UTC.
     */
    static Instant time(String value, boolean dayOnly) {
        String v = value.strip();
        try {
            if (v.length() >= 10 && v.charAt(4) == '-' && (dayOnly || v.length() == 10)) {
                return LocalDate.parse(v.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            Instant t;
            if (!v.isEmpty() && Character.isLetter(v.charAt(0))) {
                t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } else if (OFFSET.matcher(v).find()) {
                t = OffsetDateTime.parse(v).toInstant();
            } else {
                t = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
            return dayOnly ? t.truncatedTo(ChronoUnit.DAYS) : t;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad date: " + value);
        }
    }

    private static final Pattern OFFSET = Pattern.compile("(Z|[+-]\\d\\d(:?\\d\\d)?)$");
}
