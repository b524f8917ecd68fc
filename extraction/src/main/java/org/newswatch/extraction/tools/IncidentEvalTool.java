package org.newswatch.extraction.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.Article;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;
import org.newswatch.extraction.Extractor;
import org.newswatch.extraction.eval.IncidentScorer;
import org.newswatch.extraction.identity.EventIdentity;

/**
 * {@code eval-incidents --stream FILE [--verbose]}: runs the engine and the cross-article identity over a stream of
 * articles with gold incident ids (JSON Lines, in file order: {@code id, publishedAt, source, url, title, text,
 * incident}) and prints the pairwise merge quality of event ids and of the alert-service's stories.
 */
public final class IncidentEvalTool {

    static final String USAGE = "usage: eval-incidents --stream FILE [--verbose]";

    private IncidentEvalTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path stream = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--stream") && i + 1 < args.length) {
                stream = Path.of(args[++i]);
            } else if (args[i].equals("--verbose")) {
                verbose = true;
            } else {
                err.println(USAGE);
                return 2;
            }
        }
        if (stream == null) {
            err.println(USAGE);
            return 2;
        }
        IncidentScorer.Result r;
        List<IncidentScorer.Item> items;
        try {
            items = items(Files.readAllLines(stream, StandardCharsets.UTF_8), stream.toString(),
                    Extractor.create(), EventIdentity.inMemory());
            r = IncidentScorer.score(items);
        } catch (IOException | IllegalArgumentException e) {
            err.println("eval-incidents: " + e.getMessage());
            return 1;
        }
        out.print(r.table());
        if (verbose) {
            r.wrongPairs().forEach(w -> out.println("  joined, not the same incident: " + w));
            r.missedPairs().forEach(w -> out.println("  the same incident, not joined: " + w));
            r.farJoins().forEach(w -> out.println("  far join: " + w));
            r.joins().forEach(w -> out.println("  story " + w));
            for (IncidentScorer.Item item : items) {
                out.println("  " + item.id() + " " + item.incident() + " stories " + r.storiesOf().get(item.id()));
                for (ExtractedEvent e : item.events()) {
                    out.println("      " + e.type() + " " + e.principal() + " by " + e.actor() + " " + e.count() + " "
                            + e.location() + (e.place() == null ? "" : " (" + e.place().precision() + ")") + " "
                            + e.date() + " " + e.eventId());
                }
            }
        }
        return 0;
    }

    /** The stream's items with their events, ids resolved in file order. */
    public static List<IncidentScorer.Item> items(List<String> lines, String name, Extractor extractor,
            EventIdentity identity) {
        List<IncidentScorer.Item> items = new ArrayList<>();
        java.time.Instant latest = null;
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Article a = ExtractTool.article(line, name + ":" + number, latest);
            JsonNode incident;
            try {
                incident = Json.MAPPER.readTree(line).get("incident");
            } catch (IOException e) {
                throw new IllegalArgumentException(name + ":" + number + ": " + e.getMessage());
            }
            if (incident == null || !incident.isTextual()) {
                throw new IllegalArgumentException(name + ":" + number + ": no \"incident\"");
            }
            if (a.publishedAt() != null && (latest == null || a.publishedAt().isAfter(latest))) {
                latest = a.publishedAt();
            }
            List<ExtractedEvent> events = identity.resolve(extractor.extract(a));
            LocalDate day = a.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
            items.add(new IncidentScorer.Item(a.id(), incident.asText(), day, events));
        }
        return items;
    }
}
