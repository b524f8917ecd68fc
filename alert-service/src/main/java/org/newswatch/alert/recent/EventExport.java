package org.newswatch.alert.recent;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.newswatch.alert.readable.PartyNames;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Json;

/**
 * Recent events as CSV (RFC 4180: a header line, every field quoted when it holds a comma, quote or line break, CRLF
 * line ends) and as a GeoJSON FeatureCollection (RFC 7946: a Point [longitude, latitude] per event with coordinates, the
 * event's fields as properties; events without coordinates are left out of the map).
 */
public final class EventExport {

    static final List<String> COLUMNS = List.of("eventId", "eventTime", "date", "type", "victim", "victimName", "actor",
            "actorName", "count", "qualifier", "place", "country", "province", "latitude", "longitude", "evidence",
            "articleTitle", "articleUrl", "articleSource");

    private EventExport() {
    }

    public static String csv(List<RecentEvents.Recent> events, PartyNames names) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (RecentEvents.Recent r : events) {
            List<Object> row = row(r, names);
            for (int i = 0; i < row.size(); i++) {
                s.append(i == 0 ? "" : ",").append(field(row.get(i)));
            }
            s.append("\r\n");
        }
        return s.toString();
    }

    private static List<Object> row(RecentEvents.Recent r, PartyNames names) {
        ExtractedEvent e = r.event();
        var p = e.place();
        return java.util.Arrays.asList(e.eventId(), Instant.ofEpochMilli(r.timestamp()), e.date(), e.type(), e.victim(),
                names.party(e.victim()), e.actor(), names.party(e.actor()), e.count(), e.qualifier(),
                p == null ? e.location() : p.name(), p == null ? null : p.country(),
                p == null || p.admin1() == null ? null : p.admin1().name(), p == null ? null : p.latitude(),
                p == null ? null : p.longitude(), e.evidence(), e.articleTitle(), e.articleUrl(), e.articleSource());
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String v = value.toString();
        // a leading =, +, - or @ would be read as a formula by spreadsheets: quoted with a leading apostrophe
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !(value instanceof Number)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value.toString())) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static String geoJson(List<RecentEvents.Recent> events, PartyNames names) {
        ObjectNode root = Json.MAPPER.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (RecentEvents.Recent r : events) {
            var p = r.event().place();
            if (p == null || p.latitude() == null || p.longitude() == null) {
                continue;
            }
            ObjectNode f = features.addObject().put("type", "Feature");
            f.put("id", r.event().eventId());
            ArrayNode coordinates = f.putObject("geometry").put("type", "Point").putArray("coordinates");
            coordinates.add(p.longitude()).add(p.latitude());
            ObjectNode props = f.putObject("properties");
            List<Object> row = row(r, names);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Object v = row.get(i);
                if (v instanceof Number n) {
                    props.put(COLUMNS.get(i), n.doubleValue() == Math.rint(n.doubleValue()) && !(v instanceof Double)
                            ? n.longValue() : n.doubleValue());
                } else if (v != null) {
                    props.put(COLUMNS.get(i), v.toString());
                }
            }
        }
        return Json.write(root);
    }
}
