package org.newswatch.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Json;

/** One line of the gold file (see the gold README); {@code cause} is null where the set does not give it. */
public record GoldEvent(String article, EventType type, String victim, String actor, Long count, String qualifier,
        Boolean cumulative, String equipment, String location, LocalDate date, String claimedBy, String evidence,
        String cluster, boolean scored, String cause) {

    /** The party scoring keys on: the victim for casualty types, the actor otherwise. */
    public String principal() {
        return type.victimIsPrincipal() ? victim : actor;
    }

    public static List<GoldEvent> read(Path file) {
        try {
            List<GoldEvent> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(parse(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GoldEvent parse(String line) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad gold line: " + line, e);
        }
        return new GoldEvent(text(n, "article"), EventType.valueOf(text(n, "type")), text(n, "victim"),
                text(n, "actor"), n.hasNonNull("count") ? n.get("count").asLong() : null, text(n, "qualifier"),
                n.hasNonNull("cumulative") ? n.get("cumulative").asBoolean() : null, text(n, "equipment"),
                text(n, "location"), n.hasNonNull("date") ? LocalDate.parse(n.get("date").asText()) : null,
                text(n, "claimedBy"), text(n, "evidence"), text(n, "cluster"),
                !n.has("scored") || n.get("scored").asBoolean(), text(n, "cause"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
