package org.newswatch.alert.readable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newswatch.alert.domain.ValidationException;
import org.newswatch.contracts.Subscription;
import org.newswatch.security.outbound.OutboundPolicy;

/**
 * The {@code chats} and {@code templates} of a subscription's body, or a {@link ValidationException} naming the field: a
 * chat's kind is one of {@link ChatPayloads#KINDS}, its URL passes the outbound address policy of the webhooks (no
 * internal address) and is listed once; a template is one of {@link AlertMessages#NAMES}, at most {@value
 * AlertMessages#MAX_TEMPLATE} characters, and parses and renders an alert of every shape.
 */
public final class ChatValidator {

    static final int MAX_CHATS = 20;
    private static final AlertMessages TRIAL = new AlertMessages(PartyNames.get(), null);

    private ChatValidator() {
    }

    public static List<Subscription.Chat> chats(JsonNode node, OutboundPolicy policy) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new ValidationException("chats", "chats must be an array of {kind, url, timeoutMs}");
        }
        if (node.size() > MAX_CHATS) {
            throw new ValidationException("chats", "at most " + MAX_CHATS + " chat channels");
        }
        List<Subscription.Chat> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String path = "chats[" + i + "]";
            JsonNode c = node.get(i);
            if (!c.isObject()) {
                throw new ValidationException(path, "a chat channel must be an object {kind, url, timeoutMs}");
            }
            var fields = c.fieldNames();
            while (fields.hasNext()) {
                String f = fields.next();
                if (!List.of("kind", "url", "timeoutMs").contains(f)) {
                    throw new ValidationException(path + "." + f, "unknown field '" + path + "." + f
                            + "'; known: [kind, timeoutMs, url]");
                }
            }
            String kind = c.path("kind").isTextual() ? c.get("kind").asText() : null;
            if (kind == null || !ChatPayloads.KINDS.contains(kind)) {
                throw new ValidationException(path + ".kind", "kind must be one of " + ChatPayloads.KINDS);
            }
            String url = c.path("url").isTextual() ? c.get("url").asText().strip() : null;
            if (url == null || url.isEmpty()) {
                throw new ValidationException(path + ".url", "url is required");
            }
            String refusal = policy.refusal(url);
            if (refusal != null) {
                throw new ValidationException(path + ".url", "chat URL " + refusal);
            }
            if (out.stream().anyMatch(o -> o.url().equals(url))) {
                throw new ValidationException(path + ".url", "this URL is listed twice");
            }
            JsonNode t = c.get("timeoutMs");
            Integer timeout = null;
            if (t != null && !t.isNull()) {
                if (!t.isIntegralNumber() || t.asLong() < 1 || t.asLong() > 60000) {
                    throw new ValidationException(path + ".timeoutMs", "timeoutMs must be between 1 and 60000");
                }
                timeout = t.asInt();
            }
            out.add(new Subscription.Chat(kind, url, timeout));
        }
        return out;
    }

    public static Map<String, String> templates(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new ValidationException("templates", "templates must be an object of template names "
                    + AlertMessages.NAMES + " to Qute templates");
        }
        Map<String, String> out = new LinkedHashMap<>();
        var fields = node.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String path = "templates." + e.getKey();
            if (!AlertMessages.NAMES.contains(e.getKey())) {
                throw new ValidationException(path, "unknown template '" + e.getKey() + "'; known: " + AlertMessages.NAMES);
            }
            if (!e.getValue().isTextual()) {
                throw new ValidationException(path, path + " must be a string (a Qute template)");
            }
            String text = e.getValue().asText();
            if (text.length() > AlertMessages.MAX_TEMPLATE) {
                throw new ValidationException(path, path + " is longer than " + AlertMessages.MAX_TEMPLATE + " characters");
            }
            String problem = TRIAL.problem(text);
            if (problem != null) {
                throw new ValidationException(path, "template does not render: " + problem);
            }
            out.put(e.getKey(), text);
        }
        return out;
    }
}
