package org.newswatch.alert.domain;

import java.time.Instant;
import org.newswatch.contracts.ExtractedEvent;

/**
 * An analyst's request to split one report off an alert's story (record of the internal topic {@code alert-splits},
 * keyed by the report's event id so that it reaches the stream task that holds the story): the story forgets the
 * report, which starts a story of its own and fires as its own alert (see {@link AlertEngine#split}).
 *
 * @param subscriptionId the alert's subscription
 * @param alertId        the alert whose story absorbed the report wrongly
 * @param event          the report (the event as it was on the events topic)
 * @param eventTime      that record's event time
 * @param by             who asked (the authenticated principal)
 * @param at             when
 */
public record Split(String subscriptionId, String alertId, ExtractedEvent event, Instant eventTime, String by,
        Instant at) {
}
