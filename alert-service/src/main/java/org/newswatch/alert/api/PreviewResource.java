package org.newswatch.alert.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.newswatch.alert.domain.SubscriptionValidator;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.alert.notify.WebhookNotifier;
import org.newswatch.alert.recent.Preview;
import org.newswatch.alert.recent.RecentEvents;
import org.newswatch.contracts.ApiKeys;
import org.newswatch.contracts.Subscription;

/**
 * {@code POST /subscriptions/preview?days=N}: the alerts a subscription (the body, validated as a create would, not
 * saved) would have fired over the recent events of the last N days (default: all kept), computed apart
 * ({@link Preview}): nothing is written to any topic, no channel is told.
 */
@RolesAllowed({ApiKeys.SUBSCRIBER, ApiKeys.ADMIN})
@Path("/subscriptions/preview")
@Produces(MediaType.APPLICATION_JSON)
public class PreviewResource {

    /** The id the previewed subscription gets (alert ids are made from it). */
    static final String PREVIEW_ID = "preview";

    @Inject
    RecentEvents recent;
    @Inject
    WebhookNotifier webhooks;

    private final Clock clock = Clock.systemUTC();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Preview.Result preview(String body, @QueryParam("days") Integer days) {
        if (days != null && (days < 1 || days > recent.days())) {
            throw new ValidationException("days", "days must be between 1 and " + recent.days() + " (what is kept)");
        }
        Subscription s = SubscriptionValidator.parse(SubscriptionResource.json(body), PREVIEW_ID, Instant.now(clock),
                webhooks.policy());
        return Preview.run(s, recent.query(r -> true, days), clock);
    }
}
