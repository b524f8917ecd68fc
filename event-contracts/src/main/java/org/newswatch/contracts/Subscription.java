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
 */
public record Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt) {

    public static final int VERSION = 1;

    /**
     * Which events a subscription looks at; an empty or null list matches anything.
     *
     * @param types   event types
     * @param victims victim codes; a code of three letters (e.g. "MIL") matches that role in any country
     * @param actors  actor codes, the same way
     */
    public record Filter(List<EventType> types, List<String> victims, List<String> actors) {
    }

    /**
     * When a subscription fires.
     *
     * @param kind     {@code threshold} (one event's count reaches minCount) or {@code new} (the first event of its kind)
     * @param minCount for threshold: the least count that fires
     */
    public record Rule(String kind, Long minCount) {
    }
}
