package org.newswatch.alert.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newswatch.alert.readable.PartyNames;
import org.newswatch.contracts.ApiKeys;

/**
 * {@code GET /names?code=TURMIL&country=SY}: how actor codes and country codes read ({@link PartyNames}), for the
 * dashboard, which shows the same names as the messages.
 */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.READER, ApiKeys.ADMIN})
@Path("/names")
@Produces(MediaType.APPLICATION_JSON)
public class NameResource {

    static final int MAX = 500;

    public record Names(Map<String, String> codes, Map<String, String> countries) {
    }

    @GET
    public Names names(@QueryParam("code") List<String> codes, @QueryParam("country") List<String> countries) {
        PartyNames names = PartyNames.get();
        Map<String, String> c = new LinkedHashMap<>();
        codes.stream().limit(MAX).forEach(code -> c.put(code, names.party(code)));
        Map<String, String> k = new LinkedHashMap<>();
        countries.stream().limit(MAX).forEach(country -> k.put(country, names.country(country)));
        return new Names(c, k);
    }
}
