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
import org.newswatch.contracts.EventType;
import org.newswatch.contracts.Subscription;

/**
 * Turns a JSON request body into a {@link Subscription}, or throws a {@link ValidationException} naming the first
 * offending field. Works on the JSON tree so that an unknown event type is reported as such (with its field path),
 * not as a generic parse failure.
 */
public final class SubscriptionValidator {

    public static final Set<String> RULE_KINDS = Set.of(Rules.THRESHOLD, Rules.NEW, Rules.WINDOW, Rules.ESCALATION);
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}|[A-Z]{6}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final int MAX_NAME = 200;

    private SubscriptionValidator() {
    }

    /** Validates {@code body} and returns the subscription with the given id and creation time. */
    public static Subscription parse(JsonNode body, String id, Instant createdAt, WebhookPolicy policy) {
        if (body == null || !body.isObject()) {
            throw new ValidationException("", "the body must be a JSON object");
        }
        String name = text(body, "name", "name");
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "name is required");
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationException("name", "name is longer than " + MAX_NAME + " characters");
        }
        return new Subscription(Subscription.VERSION, id, name.strip(), filter(body.get("filter")),
                rule(body.get("rule")), createdAt, webhooks(body.get("webhooks"), policy));
    }

    private static List<Subscription.Webhook> webhooks(JsonNode node, WebhookPolicy policy) {
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
        List<String> keywords = list(node, "keywords", (path, value) -> {
            if (value.isBlank()) {
                throw new ValidationException(path, "a keyword must not be blank");
            }
            return value;
        });
        List<Subscription.PlaceFilter> places = places(node.get("places"));
        return new Subscription.Filter(types, victims, actors, countries, places, keywords);
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
            String name = text(p, "name", path + ".name");
            Double lat = number(p, "latitude", path + ".latitude");
            Double lon = number(p, "longitude", path + ".longitude");
            Double radius = number(p, "radiusKm", path + ".radiusKm");
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
        Long minCount = integer(node, "minCount", "rule.minCount");
        String window = text(node, "window", "rule.window");
        Long step = integer(node, "step", "rule.step");
        boolean needsMin = kind.equals(Rules.THRESHOLD) || kind.equals(Rules.WINDOW);
        if (needsMin && minCount == null) {
            throw new ValidationException("rule.minCount", "a " + kind + " rule needs minCount");
        }
        if (minCount != null && minCount < 1) {
            throw new ValidationException("rule.minCount", "minCount must be at least 1");
        }
        if (kind.equals(Rules.WINDOW)) {
            if (window == null) {
                throw new ValidationException("rule.window", "a window rule needs window, an ISO-8601 duration like P7D");
            }
            Duration d;
            try {
                d = Duration.parse(window);
            } catch (DateTimeParseException e) {
                throw new ValidationException("rule.window", "'" + window + "' is not an ISO-8601 duration like P7D");
            }
            if (d.isZero() || d.isNegative()) {
                throw new ValidationException("rule.window", "window must be longer than zero");
            }
        } else if (window != null) {
            throw new ValidationException("rule.window", "window only applies to a window rule");
        }
        if (kind.equals(Rules.ESCALATION)) {
            if (step == null || step < 1) {
                throw new ValidationException("rule.step", "an escalation rule needs step of at least 1");
            }
        } else if (step != null) {
            throw new ValidationException("rule.step", "step only applies to an escalation rule");
        }
        return new Subscription.Rule(kind, minCount, window, step);
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
