package org.newswatch.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
 * @param emails        email addresses the alerts are sent to (SMTP), may be null (optional, added after v1.0)
 * @param includeReplays true to evaluate events from replayed articles too; null or false ignores them (optional,
 *                      added after v1.0)
 * @param owner         the principal (API key holder or JWT subject) that created it; assigned by alert-service, null
 *                      on subscriptions made before owners were recorded (optional, added after v1.0)
 * @param webhookSecrets the secrets its webhooks are signed with ({@link WebhookSignature}); made by alert-service, shown
 *                      once, never answered by the API; null on subscriptions made before (optional, added after v1.0)
 * @param chats         chat channels (Slack, Microsoft Teams, Mattermost, a generic templated webhook), may be null
 *                      (optional, added in v1.5)
 * @param templates     Qute templates that replace the shipped ones, by name ({@code email-subject}, {@code email-body},
 *                      {@code slack}, {@code teams}, {@code mattermost}, {@code webhook}), may be null (optional, added in
 *                      v1.5)
 * @param grouping      how its e-mails and chat messages are grouped (Alertmanager's groupWait, groupInterval,
 *                      repeatInterval) and whether e-mails come as a daily digest; null: one message per new alert
 *                      (optional, added in v1.5)
 */
public record Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt,
        List<Webhook> webhooks, List<String> emails, Boolean includeReplays, String owner, WebhookSecrets webhookSecrets,
        List<Chat> chats, Map<String, String> templates, Grouping grouping) {

    public static final int VERSION = 1;

    /** The v1.4 subscription, without chats and templates. */
    public Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt,
            List<Webhook> webhooks, List<String> emails, Boolean includeReplays, String owner,
            WebhookSecrets webhookSecrets) {
        this(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays, owner, webhookSecrets,
                null, null, null);
    }

    /** This subscription with its deliveries grouped so. */
    public Subscription withGrouping(Grouping grouping) {
        return new Subscription(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays, owner,
                webhookSecrets, chats, templates, grouping);
    }

    /**
     * How the messages for people (e-mail, chat) are grouped, as in Alertmanager; the alerts topic and history keep every
     * record. ISO-8601 durations.
     *
     * @param groupWait      how long the first alert of a quiet group waits for others to go with it (default PT30S)
     * @param groupInterval  the least time between two messages of a group, each carrying what changed since the last
     *                       (new alerts, updated ones) (default PT5M)
     * @param repeatInterval the least time between two messages about the same alert (its updates in between are
     *                       folded into the next one) (default PT4H)
     * @param dailyDigestAt  a UTC time of day ("07:00"): e-mails come once a day at that time, one digest of what
     *                       changed since the last; null: e-mails are grouped like chat messages
     */
    public record Grouping(String groupWait, String groupInterval, String repeatInterval, String dailyDigestAt) {
    }

    /** This subscription with chat channels and templates. */
    public Subscription withChats(List<Chat> chats, Map<String, String> templates) {
        return new Subscription(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays, owner,
                webhookSecrets, chats, templates, grouping);
    }

    /**
     * A chat channel: an incoming-webhook URL of a chat service and its kind, which decides the payload's shape.
     *
     * @param kind      {@code slack} (Block Kit), {@code teams} (a Workflows message with an Adaptive Card),
     *                  {@code mattermost}, or {@code webhook} (the body is the rendered {@code webhook} template)
     * @param url       the incoming webhook's http(s) URL (a secret: answered redacted)
     * @param timeoutMs per-attempt timeout in milliseconds, null for the service default
     */
    public record Chat(String kind, String url, Integer timeoutMs) {
    }

    /** The subscription without webhook secrets. */
    public Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt,
            List<Webhook> webhooks, List<String> emails, Boolean includeReplays, String owner) {
        this(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays, owner, null);
    }

    /** This subscription signing its webhooks with {@code secrets}. */
    public Subscription withWebhookSecrets(WebhookSecrets secrets) {
        return new Subscription(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays, owner,
                secrets, chats, templates, grouping);
    }

    /**
     * The secrets webhooks are signed with: the current one, and after a rotation the previous one until
     * {@code previousValidUntil}.
     */
    public record WebhookSecrets(String current, String previous, Instant previousValidUntil) {

        /** Fresh secrets with no previous one. */
        public static WebhookSecrets of(String current) {
            return new WebhookSecrets(current, null, null);
        }

        /** The secrets that sign at {@code now}: the current one first. */
        public List<String> valid(Instant now) {
            if (previous != null && previousValidUntil != null && now.isBefore(previousValidUntil)) {
                return List.of(current, previous);
            }
            return List.of(current);
        }

        /** {@code next} becomes current; the current one stays valid for {@code overlap}. */
        public WebhookSecrets rotate(String next, Instant now, java.time.Duration overlap) {
            return new WebhookSecrets(next, current, now.plus(overlap));
        }
    }

    /** The subscription without an owner. */
    public Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt,
            List<Webhook> webhooks, List<String> emails, Boolean includeReplays) {
        this(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays, null);
    }

    /** This subscription owned by {@code principal}. */
    public Subscription ownedBy(String principal) {
        return new Subscription(schemaVersion, id, name, filter, rule, createdAt, webhooks, emails, includeReplays,
                principal, webhookSecrets, chats, templates, grouping);
    }

    /** The subscription with webhooks as its only channel, ignoring replays. */
    public Subscription(int schemaVersion, String id, String name, Filter filter, Rule rule, Instant createdAt,
            List<Webhook> webhooks) {
        this(schemaVersion, id, name, filter, rule, createdAt, webhooks, null, null);
    }

    /** True when events from replayed articles are evaluated for it. */
    @JsonIgnore
    public boolean wantsReplays() {
        return Boolean.TRUE.equals(includeReplays);
    }

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
     * @param causes    causes of KILLED and WOUNDED events it wants; null or empty means violence only, so that a flood's
     *                  toll never reaches a conflict subscription (optional, added in v1.2)
     * @param provinces first-level divisions the event's place must lie in (or be): each a GeoNames code ("SY.12")
     *                  or a name ("Idlib", "Idlib province", "the governorate of Idlib"), matched against the place's
     *                  {@link Place#admin1()}, so that an event in any town of Idlib passes (optional, added in v1.4)
     * @param districts second-level divisions, the same way against {@link Place#admin2()} (optional, added in v1.4)
     */
    public record Filter(List<EventType> types, List<String> victims, List<String> actors, List<String> countries,
            List<PlaceFilter> places, List<String> keywords, List<Cause> causes, List<String> provinces,
            List<String> districts) {

        /** The v1.2 filter, without provinces and districts. */
        public Filter(List<EventType> types, List<String> victims, List<String> actors, List<String> countries,
                List<PlaceFilter> places, List<String> keywords, List<Cause> causes) {
            this(types, victims, actors, countries, places, keywords, causes, null, null);
        }

        /** The v1.1 filter, without causes (violence only). */
        public Filter(List<EventType> types, List<String> victims, List<String> actors, List<String> countries,
                List<PlaceFilter> places, List<String> keywords) {
            this(types, victims, actors, countries, places, keywords, null);
        }

        /** The version-1 filter: types and codes only. */
        public Filter(List<EventType> types, List<String> victims, List<String> actors) {
            this(types, victims, actors, null, null, null);
        }

        /** Whether an event of this cause passes: violence unless the filter names other causes. */
        public boolean wantsCause(Cause cause) {
            return causes == null || causes.isEmpty() ? cause == Cause.VIOLENCE : causes.contains(cause);
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
     *                 kind for a key not seen within {@code window}), {@code window} (the sum of incident counts
     *                 within {@code window} reaches minCount), {@code escalation} (a known event's figure rises by
     *                 {@code step} past the last one alerted) or {@code rate} (the number of matching events in the
     *                 last {@code window} reaches max(minCount, factor x the mean per window over the
     *                 {@code baseline} windows before it))
     * @param minCount threshold and window: the least count (sum) that fires; escalation: the least first figure;
     *                 rate: the least number of events in the window
     * @param window   window and rate: an ISO-8601 duration, e.g. "P7D"; new: how long a key stays known
     *                 (default P30D)
     * @param step     escalation: how much the figure must rise past the last alerted one
     * @param baseline rate: how many windows before the current one form the baseline (optional, added after v1.0)
     * @param factor   rate: how many times the baseline mean the window must reach (optional, added after v1.0)
     * @param key      new: the fields that make an event's kind, of type, principal, victim, actor, place, country
     *                 (default type, principal, place) (optional, added after v1.0)
     */
    public record Rule(String kind, Long minCount, String window, Long step, Integer baseline, Double factor,
            List<String> key) {

        /** The version-1 rule: kind and minCount. */
        public Rule(String kind, Long minCount) {
            this(kind, minCount, null, null);
        }

        /** The rule of threshold, window, new and escalation, before rate and keyed new. */
        public Rule(String kind, Long minCount, String window, Long step) {
            this(kind, minCount, window, step, null, null, null);
        }
    }
}
