package org.newswatch.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An analyst's subscription, kept on the compacted {@link Topics#SUBSCRIPTIONS} topic (schema
 * {@code schemas/subscription-v1.schema.json}).
 *
 * @param schemaVersion always 1 for this record
 * @param id            assigned by alert-service on create
 * @param name          a human name, shown on every alert
 * @param filter        which events it looks at
 * @param rule          when it fires
 * @param createdAt     assigned by alert-service on create
 * @param webhooks      where alerts are POSTed (signed), may be null
 */
public record Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt,
        List<Webhook> webhooks) {

    public static final int VERSION = 1;

    /** The version-1 subscription without channels. */
    public Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt) {
        this(schemaVersion, id, name, filter, rule, createdAt, null);
    }

    /**
     * A webhook channel.
     *
     * @param url       http(s) URL the alert JSON is POSTed to
     * @param timeoutMs per-attempt timeout in milliseconds, null for the service default
     */
    public record Webhook(String url, Integer timeoutMs) {
    }

    /**
     * Which events a subscription looks at; an empty or null list matches anything. All given criteria must hold.
     *
     * @param types     event types
     * @param victims   victim codes; a code of three letters (e.g. "MIL") matches that role in any country
     * @param actors    actor codes, the same way
     * @param countries ISO 3166-1 alpha-2 codes of the resolved place's country
     * @param places    place names, optionally with coordinates and a radius in km
     * @param keywords  words of which at least one must occur in the evidence sentence (case-insensitive)
     */
    public record Filter(List<EventType> types, List<String> victims, List<String> actors, List<String> countries,
            List<PlaceFilter> places, List<String> keywords) {

        /** The version-1 filter: types and codes only. */
        public Filter(List<EventType> types, List<String> victims, List<String> actors) {
            this(types, victims, actors, null, null, null);
        }
    }

    /**
     * A place criterion: the event's place name equals {@code name} (case-insensitive) or, when latitude,
     * longitude and radiusKm are given, the event's coordinates lie within radiusKm of them.
     */
    public record PlaceFilter(String name, Double latitude, Double longitude, Double radiusKm) {
    }

    /**
     * When a subscription fires.
     *
     * @param kind     {@code threshold} (one event's count reaches minCount), {@code new} (the first event of its
     *                 kind), {@code window} (the sum of incident counts within {@code window} reaches minCount) or
     *                 {@code escalation} (a known event's figure rises by {@code step} past the last one alerted)
     * @param minCount threshold and window: the least count (sum) that fires; escalation: the least first figure
     * @param window   window: an ISO-8601 duration, e.g. "P7D"
     * @param step     escalation: how much the figure must rise past the last alerted one
     */
    public record Rule(String kind, Long minCount, String window, Long step) {

        /** The version-1 rule: kind and minCount. */
        public Rule(String kind, Long minCount) {
            this(kind, minCount, null, null);
        }
    }
}
