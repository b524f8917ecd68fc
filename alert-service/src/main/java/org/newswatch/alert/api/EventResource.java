package org.newswatch.alert.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.alert.readable.PartyNames;
import org.newswatch.alert.recent.EventExport;
import org.newswatch.alert.recent.EventQuery;
import org.newswatch.alert.recent.RecentEvents;
import org.newswatch.contracts.ApiKeys;

/**
 * {@code GET /events}: the event explorer's search over recent events ({@link RecentEvents}), oldest first, as JSON (the
 * events), CSV ({@code Accept: text/csv}) or GeoJSON ({@code Accept: application/geo+json}); {@code format=csv|geojson}
 * does the same for a download link. Events are news, not a subscriber's own data: every role reads them.
 */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
@Path("/events")
public class EventResource {

    public static final String GEO_JSON = "application/geo+json";
    public static final String CSV = "text/csv";
    static final int MAX_LIMIT = 20000;

    @Inject
    RecentEvents recent;

    @GET
    public Response search(@QueryParam("type") List<String> types, @QueryParam("party") List<String> parties,
            @QueryParam("country") List<String> countries, @QueryParam("province") List<String> provinces,
            @QueryParam("place") String place, @QueryParam("near") String near, @QueryParam("radiusKm") Double radiusKm,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("q") String text,
            @QueryParam("days") Integer days, @QueryParam("limit") @DefaultValue("1000") int limit,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (days != null && days < 1) {
            throw new ValidationException("days", "days must be at least 1");
        }
        List<RecentEvents.Recent> found = recent.query(EventQuery.of(types, parties, countries, provinces, place, near,
                radiusKm, from, to, text), days);
        if (found.size() > limit) {
            found = found.subList(found.size() - limit, found.size()); // the newest
        }
        String type = type(format, headers);
        Object body = switch (type) {
            case CSV -> EventExport.csv(found, PartyNames.get());
            case GEO_JSON -> EventExport.geoJson(found, PartyNames.get());
            default -> found.stream().map(RecentEvents.Recent::event).toList();
        };
        Response.ResponseBuilder answer = Response.ok(body, type.equals(CSV) ? CSV + "; charset=utf-8" : type);
        if (!type.equals(MediaType.APPLICATION_JSON)) {
            answer.header("Content-Disposition", "attachment; filename=\"events." + (type.equals(CSV) ? "csv" : "geojson")
                    + "\"");
        }
        return answer.build();
    }

    private static String type(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> CSV;
                case "geojson" -> GEO_JSON;
                case "json" -> MediaType.APPLICATION_JSON;
                default -> throw new ValidationException("format", "format must be json, csv or geojson");
            };
        }
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            String t = m.getType() + "/" + m.getSubtype();
            if (t.equals(CSV) || t.equals(GEO_JSON) || t.equals(MediaType.APPLICATION_JSON)) {
                return t;
            }
        }
        return MediaType.APPLICATION_JSON;
    }
}
