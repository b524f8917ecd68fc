package org.newswatch.alert.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newswatch.contracts.Cause;
import org.newswatch.contracts.EventType;
import org.newswatch.alert.grouping.Groupings;
import org.newswatch.alert.readable.ChatValidator;
import org.newswatch.contracts.Subscription;
import org.newswatch.security.outbound.OutboundPolicy;

/**
 * Turns a JSON request body into a {@link Subscription}, or throws a {@link ValidationException} naming the first
 * offending field. Works on the JSON tree so that an unknown event type is reported as such (with its field path),
 * not as a generic parse failure.
 */
public final class SubscriptionValidator {

    public static final Set<String> RULE_KINDS = Set.of(Rules.THRESHOLD, Rules.NEW, Rules.WINDOW, Rules.ESCALATION,
            Rules.RATE);
    /** The fields of a request body; id, schemaVersion and createdAt are read-only and ignored (a GET can be PUT back). */
    // id, createdAt, owner, schemaVersion, webhookSecret: the service's own, accepted back from a GET or a create answer
    // and ignored (a webhook secret is made by the service only)
    static final Set<String> FIELDS = Set.of("name", "filter", "rule", "webhooks", "emails", "includeReplays", "id", "owner",
            "schemaVersion", "createdAt", "webhookSecret", "chats", "templates", "grouping");
    static final Set<String> FILTER_FIELDS = Set.of("types", "victims", "actors", "countries", "places", "keywords",
            "causes", "provinces", "districts");
    static final Set<String> RULE_FIELDS = Set.of("kind", "minCount", "window", "step", "baseline", "factor", "key");
    static final Set<String> PLACE_FIELDS = Set.of("name", "latitude", "longitude", "radiusKm");
    static final Set<String> WEBHOOK_FIELDS = Set.of("url", "timeoutMs");
    static final int MAX_EMAILS = 20;
    static final int MAX_BASELINE = 1000;
    static final double MAX_FACTOR = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;:\"()\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}|[A-Z]{6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MAX_NAME = 200;
    /** The longest window of any rule (ten years): a longer one is a typo and would keep state for ever. */
    static final Duration MAX_WINDOW = Duration.ofDays(3660);

    private SubscriptionValidator() {
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** A client-chosen subscription id: 1 to 64 letters, digits, dots, dashes or underscores, not starting with a sign. */
    public static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new ValidationException("id", "a subscription id is 1 to 64 letters, digits, '.', '_' or '-', starting"
                    + " with a letter or digit");
        }
    }

    /** Validates {@code body} and returns the subscription with the given id and creation time. */
    public static Subscription parse(JsonNode body, String id, Instant createdAt, OutboundPolicy policy) {
        if (body == null || !body.isObject()) {
            throw new ValidationException("", "the body must be a JSON object");
        }
        known(body, FIELDS, "");
        String name = text(body, "name", "name");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "name is required");
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationException("name", "name is longer than " + MAX_NAME + " characters");
        }
        Subscription.Filter filter = filter(body.get("filter"));
        Subscription.Rule rule = rule(body.get("rule"));
        List<Subscription.Webhook> webhooks = webhooks(body.get("webhooks"), policy);
        List<String> emails = emails(body.get("emails"));
        Boolean includeReplays = bool(body, "includeReplays", "includeReplays");
        return new Subscription(Subscription.VERSION, id, name.strip(), filter, rule, createdAt, webhooks, emails,
                includeReplays).withChats(ChatValidator.chats(body.get("chats"), policy),
                        ChatValidator.templates(body.get("templates"))).withGrouping(Groupings.parse(body.get("grouping")));
    }

    /** Refuses a field the object does not know (a misspelt field would otherwise be ignored silently). */
    private static void known(JsonNode node, Set<String> fields, String prefix) {
        var names = node.fieldNames();
        while (names.hasNext()) {
            String f = names.next();
            if (!fields.contains(f)) {
                throw new ValidationException(prefix + f, "unknown field '" + prefix + f + "'; known: "
                        + fields.stream().sorted().toList());
            }
        }
    }

    private static List<String> emails(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ValidationException("emails", "emails must be an array of email addresses");
        }
        if (node.size() > MAX_EMAILS) {
            throw new ValidationException("emails", "at most " + MAX_EMAILS + " email recipients");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "emails[" + i + "]";
            JsonNode item = node.get(i);
            String address = item.isTextual() ? item.asText().strip() : null;
            if (address == null || address.length() > 254 || !EMAIL.matcher(address).matches()) {
                throw new ValidationException(path, path + " must be an email address like analyst@example.org");
            }
            if (out.contains(address)) {
                throw new ValidationException(path, "email address " + address + " is listed twice");
            }
            out.add(address);
        }
        return out;
    }

    private static List<Subscription.Webhook> webhooks(JsonNode node, OutboundPolicy policy) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ValidationException("webhooks", "webhooks must be an array of {url, timeoutMs}");
        }
        List<Subscription.Webhook> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "webhooks[" + i + "]";
            JsonNode w = node.get(i);
            if (!w.isObject()) {
                throw new ValidationException(path, "a webhook must be an object");
            }
            known(w, WEBHOOK_FIELDS, path + ".");
            String url = text(w, "url", path + ".url");
            if (url == null) {
                throw new ValidationException(path + ".url", "url is required");
            }
            String refusal = policy.refusal(url);
            if (refusal != null) {
                throw new ValidationException(path + ".url", "webhook URL " + refusal);
            }
            Long timeout = integer(w, "timeoutMs", path + ".timeoutMs");
            if (timeout != null && (timeout < 1 || timeout > 60000)) {
                throw new ValidationException(path + ".timeoutMs", "timeoutMs must be between 1 and 60000");
            }
            out.add(new Subscription.Webhook(url, timeout == null ? null : timeout.intValue()));
        }
        return out;
    }

    private static Subscription.Filter filter(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ValidationException("filter", "filter must be an object");
        }
        known(node, FILTER_FIELDS, "filter.");
        List<EventType> types = list(node, "types", (path, value) -> {
            try {
                return EventType.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(path, "unknown event type '" + value + "'; known: "
                        + List.of(EventType.values()));
            }
        });
        List<String> victims = list(node, "victims", (path, value) -> code(path, value));
        List<String> actors = list(node, "actors", (path, value) -> code(path, value));
        List<String> countries = list(node, "countries", (path, value) -> {
            if (!COUNTRY.matcher(value).matches()) {
                throw new ValidationException(path, "'" + value + "' is not an ISO 3166-1 alpha-2 country code");
            }
            return value;
        });
        List<String> keywords = list(node, "keywords", (path, value) -> notBlank(path, value, "a keyword"));
        List<Cause> causes = list(node, "causes", (path, value) -> {
            try {
                return Cause.valueOf(value);
            } catch (IllegalArgumentException e) {
                throw new ValidationException(path, "unknown cause '" + value + "'; known: " + List.of(Cause.values()));
            }
        });
        // a GeoNames code ("SY.12") or a name ("Idlib"), matched against the event place's admin1 / admin2
        List<String> provinces = list(node, "provinces", (path, value) -> notBlank(path, value, "a province"));
        List<String> districts = list(node, "districts", (path, value) -> notBlank(path, value, "a district"));
        List<Subscription.PlaceFilter> places = places(node.get("places"));
        return new Subscription.Filter(types, victims, actors, countries, places, keywords, causes, provinces,
                districts);
    }

    private static String notBlank(String path, String value, String what) {
        if (value.isBlank()) {
            throw new ValidationException(path, what + " must not be blank");
        }
        return value;
    }

    private static String code(String path, String value) {
        if (!CODE.matcher(value).matches()) {
            throw new ValidationException(path, "'" + value
                    + "' is not an actor code: six capital letters (TURMIL) or a three-letter role (MIL)");
        }
        return value;
    }

    private static List<Subscription.PlaceFilter> places(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ValidationException("filter.places", "filter.places must be an array");
        }
        List<Subscription.PlaceFilter> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "filter.places[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                throw new ValidationException(path, "a place must be an object");
            }
            known(p, PLACE_FIELDS, path + ".");
            String name = text(p, "name", path + ".name");
            Double lat = number(p, "latitude", path + ".latitude");
            Double lon = number(p, "longitude", path + ".longitude");
            Double radius = number(p, "radiusKm", path + ".radiusKm");
            if (lat != null && (lat < -90 || lat > 90)) {
                throw new ValidationException(path + ".latitude", "latitude must be in -90..90");
            }
            if (lon != null && (lon < -180 || lon > 180)) {
                throw new ValidationException(path + ".longitude", "longitude must be in -180..180");
            }
            if (radius != null) {
                if (radius <= 0) {
                    throw new ValidationException(path + ".radiusKm", "radiusKm must be greater than 0");
                }
                if (lat == null || lat < -90 || lat > 90) {
                    throw new ValidationException(path + ".latitude", "a radius needs a latitude in -90..90");
                }
                if (lon == null || lon < -180 || lon > 180) {
                    throw new ValidationException(path + ".longitude", "a radius needs a longitude in -180..180");
                }
            } else if (name == null || name.isBlank()) {
                throw new ValidationException(path + ".name", "a place needs a name, or coordinates and radiusKm");
            }
            out.add(new Subscription.PlaceFilter(name, lat, lon, radius));
        }
        return out;
    }

    private static Subscription.Rule rule(JsonNode node) {
        if (node == null || node.isNull()) {
            throw new ValidationException("rule", "rule is required");
        }
        if (!node.isObject()) {
            throw new ValidationException("rule", "rule must be an object");
        }
        String kind = text(node, "kind", "rule.kind");
        if (kind == null || !RULE_KINDS.contains(kind)) {
            throw new ValidationException("rule.kind", "rule.kind must be one of " + RULE_KINDS.stream().sorted().toList()
                    + (kind == null ? "" : ", not '" + kind + "'"));
        }
        known(node, RULE_FIELDS, "rule.");
        Long minCount = integer(node, "minCount", "rule.minCount");
        String window = text(node, "window", "rule.window");
        Long step = integer(node, "step", "rule.step");
        Long baseline = integer(node, "baseline", "rule.baseline");
        Double factor = number(node, "factor", "rule.factor");
        List<String> key = key(node.get("key"));
        boolean needsMin = kind.equals(Rules.THRESHOLD) || kind.equals(Rules.WINDOW) || kind.equals(Rules.RATE);
        if (needsMin && minCount == null) {
            throw new ValidationException("rule.minCount", "a " + kind + " rule needs minCount");
        }
        if (minCount != null && kind.equals(Rules.NEW)) {
            throw new ValidationException("rule.minCount", "minCount does not apply to a new rule");
        }
        if (minCount != null && minCount < 1) {
            throw new ValidationException("rule.minCount", "minCount must be at least 1");
        }
        boolean hasWindow = kind.equals(Rules.WINDOW) || kind.equals(Rules.RATE) || kind.equals(Rules.NEW);
        if (hasWindow) {
            if (window == null && !kind.equals(Rules.NEW)) {
                throw new ValidationException("rule.window", "a " + kind
                        + " rule needs window, an ISO-8601 duration like P7D");
            }
            if (window != null) {
                duration(window);
            }
        } else if (window != null) {
            throw new ValidationException("rule.window", "window only applies to window, rate and new rules");
        }
        if (kind.equals(Rules.ESCALATION)) {
            if (step == null || step < 1) {
                throw new ValidationException("rule.step", "an escalation rule needs step of at least 1");
            }
        } else if (step != null) {
            throw new ValidationException("rule.step", "step only applies to an escalation rule");
        }
        if (kind.equals(Rules.RATE)) {
            if (baseline == null || baseline < 1 || baseline > MAX_BASELINE) {
                throw new ValidationException("rule.baseline", "a rate rule needs baseline, the number of windows "
                        + "before the current one to compare with, between 1 and " + MAX_BASELINE);
            }
            if (factor == null || !(factor > 0) || factor > MAX_FACTOR || factor.isInfinite()) {
                throw new ValidationException("rule.factor", "a rate rule needs factor, greater than 0 and at most "
                        + (int) MAX_FACTOR + " (e.g. 3 for three times the baseline mean)");
            }
        } else if (baseline != null) {
            throw new ValidationException("rule.baseline", "baseline only applies to a rate rule");
        } else if (factor != null) {
            throw new ValidationException("rule.factor", "factor only applies to a rate rule");
        }
        if (key != null && !kind.equals(Rules.NEW)) {
            throw new ValidationException("rule.key", "key only applies to a new rule");
        }
        return new Subscription.Rule(kind, minCount, window, step, baseline == null ? null : baseline.intValue(),
                factor, key);
    }

    private static Duration duration(String window) {
        Duration d;
        try {
            d = Duration.parse(window);
        } catch (DateTimeParseException e) {
            throw new ValidationException("rule.window", "'" + window + "' is not an ISO-8601 duration like P7D");
        }
        if (d.isZero() || d.isNegative()) {
            throw new ValidationException("rule.window", "window must be longer than zero");
        }
        if (d.compareTo(MAX_WINDOW) > 0) {
            throw new ValidationException("rule.window", "window must be at most " + MAX_WINDOW.toDays() + " days");
        }
        return d;
    }

    private static List<String> key(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new ValidationException("rule.key", "rule.key must be a non-empty array of " + Rules.KEY_FIELDS);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "rule.key[" + i + "]";
            JsonNode item = node.get(i);
            String f = item.isTextual() ? item.asText() : null;
            if (f == null || !Rules.KEY_FIELDS.contains(f)) {
                throw new ValidationException(path, path + " must be one of " + Rules.KEY_FIELDS);
            }
            if (out.contains(f)) {
                throw new ValidationException(path, "key field " + f + " is listed twice");
            }
            out.add(f);
        }
        return out;
    }

    private interface Element<T> {
        T read(String path, String value);
    }

    private static <T> List<T> list(JsonNode parent, String field, Element<T> element) {
        JsonNode node = parent.get(field);
        String path = "filter." + field;
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ValidationException(path, path + " must be an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String itemPath = path + "[" + i + "]";
            if (!item.isTextual()) {
                throw new ValidationException(itemPath, itemPath + " must be a string");
            }
            out.add(element.read(itemPath, item.asText()));
        }
        return out;
    }

    private static String text(JsonNode parent, String field, String path) {
        return scalar(parent, field, path, JsonNode::isTextual, JsonNode::asText, "a string");
    }

    private static Long integer(JsonNode parent, String field, String path) {
        return scalar(parent, field, path, JsonNode::canConvertToLong, n -> n.isIntegralNumber() ? n.asLong() : null,
                "an integer");
    }

    private static Boolean bool(JsonNode parent, String field, String path) {
        return scalar(parent, field, path, JsonNode::isBoolean, JsonNode::asBoolean, "true or false");
    }

    private static Double number(JsonNode parent, String field, String path) {
        return scalar(parent, field, path, JsonNode::isNumber, JsonNode::asDouble, "a number");
    }

    private static <T> T scalar(JsonNode parent, String field, String path,
            Predicate<JsonNode> ok, Function<JsonNode, T> read, String what) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        T value = ok.test(node) ? read.apply(node) : null;
        if (value == null) {
            throw new ValidationException(path, path + " must be " + what);
        }
        return value;
    }
}
