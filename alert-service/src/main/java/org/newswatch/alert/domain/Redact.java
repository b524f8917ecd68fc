package org.newswatch.alert.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import org.newswatch.contracts.Subscription;

/**
 * What of a subscription's channels may be shown or logged: a webhook URL as scheme and host ({@code
 * https://hooks.example.org/…}; paths and queries often hold tokens), an e-mail address as its first letter and domain
 * ({@code a…@example.org}); a chat URL like a webhook's (incoming-webhook URLs are secrets).
 */
public final class Redact {

    private Redact() {
    }

    public static String url(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
            }
        } catch (IllegalArgumentException e) {
            // not a URI: nothing of it is shown
        }
        return "…";
    }

    public static String email(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at <= 0 ? "…" : address.charAt(0) + "…" + address.substring(at);
    }

    /** A webhook URL or an e-mail address, whichever {@code target} is. */
    public static String target(String target) {
        return target != null && target.contains("://") ? url(target) : email(target);
    }

    /**
     * A replacement body with the redacted channels of {@code existing} put back: a client that sends back what it
     * read keeps the stored URLs and addresses instead of overwriting them with their redacted forms.
     */
    public static JsonNode restore(JsonNode body, Subscription existing) {
        if (!(body instanceof ObjectNode object)) {
            return body;
        }
        if (object.get("webhooks") instanceof ArrayNode hooks && existing.webhooks() != null) {
            for (JsonNode hook : hooks) {
                if (hook instanceof ObjectNode h && h.path("url").isTextual()) {
                    existing.webhooks().stream().map(Subscription.Webhook::url)
                            .filter(url -> url(url).equals(h.get("url").asText())).findFirst()
                            .ifPresent(url -> h.put("url", url));
                }
            }
        }
        if (object.get("chats") instanceof ArrayNode chats && existing.chats() != null) {
            for (JsonNode chat : chats) {
                if (chat instanceof ObjectNode c && c.path("url").isTextual()) {
                    existing.chats().stream().map(Subscription.Chat::url)
                            .filter(url -> url(url).equals(c.get("url").asText())).findFirst()
                            .ifPresent(url -> c.put("url", url));
                }
            }
        }
        if (object.get("emails") instanceof ArrayNode emails && existing.emails() != null) {
            for (int i = 0; i < emails.size(); i++) {
                String given = emails.get(i).asText();
                int index = i;
                existing.emails().stream().filter(address -> email(address).equals(given)).findFirst()
                        .ifPresent(address -> emails.set(index, address));
            }
        }
        return body;
    }

    /** The subscription as answered: webhook URLs and e-mail addresses redacted. */
    public static Subscription subscription(Subscription s) {
        List<Subscription.Webhook> webhooks = s.webhooks() == null ? null
                : s.webhooks().stream().map(w -> new Subscription.Webhook(url(w.url()), w.timeoutMs())).toList();
        List<String> emails = s.emails() == null ? null : s.emails().stream().map(Redact::email).toList();
        List<Subscription.Chat> chats = s.chats() == null ? null
                : s.chats().stream().map(c -> new Subscription.Chat(c.kind(), url(c.url()), c.timeoutMs())).toList();
        return new Subscription(s.schemaVersion(), s.id(), s.name(), s.filter(), s.rule(), s.createdAt(), webhooks,
                emails, s.includeReplays(), s.owner()).withChats(chats, s.templates()).withGrouping(s.grouping());
    }
}
