package org.newswatch.alert.readable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;

/**
 * The body a chat service's incoming webhook takes, per kind, around the rendered template of that kind:
 * <ul>
 * <li>{@code slack}: Block Kit, a {@code text} fallback (notifications) and blocks: the message as mrkdwn and a button
 * to the alert in the dashboard (Slack-compatible receivers read the same body);
 * <li>{@code teams}: a Teams Workflows ("Post to a channel when a webhook request is received") message carrying one
 * Adaptive Card 1.4: the headline, the message, the facts (victim, actor, count, place, date), an open-URL action;
 * <li>{@code mattermost}: {@code text} in Markdown and the sender's name;
 * <li>{@code webhook}: the rendered template itself (JSON by default).
 * </ul>
 */
public final class ChatPayloads {

    public static final String SLACK = "slack";
    public static final String TEAMS = "teams";
    public static final String MATTERMOST = "mattermost";
    public static final String WEBHOOK = "webhook";
    public static final List<String> KINDS = List.of(SLACK, TEAMS, MATTERMOST, WEBHOOK);
    static final String SENDER = "NewsWatch";

    private final AlertMessages messages;

    public ChatPayloads(AlertMessages messages) {
        this.messages = messages;
    }

    public byte[] body(String kind, Subscription subscription, Alert alert) {
        String text = messages.render(kind, subscription, alert);
        AlertView view = messages.view(alert);
        String json = switch (kind) {
            case SLACK -> Json.write(slack(view, text));
            case TEAMS -> Json.write(teams(view, text));
            case MATTERMOST -> Json.write(Json.MAPPER.createObjectNode().put("username", SENDER).put("text", text));
            case WEBHOOK -> text;
            default -> throw new IllegalArgumentException("unknown chat kind " + kind);
        };
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode slack(AlertView view, String text) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("text", view.headline());
        ArrayNode blocks = body.putArray("blocks");
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", text);
        if (view.link() != null) {
            ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject()
                    .put("type", "button").put("url", view.link());
            button.putObject("text").put("type", "plain_text").put("text", "Open in " + SENDER);
        }
        return body;
    }

    private static ObjectNode teams(AlertView view, String text) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content").put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("type", "AdaptiveCard").put("version", "1.4");
        ArrayNode items = card.putArray("body");
        items.addObject().put("type", "TextBlock").put("text", view.headline()).put("weight", "Bolder")
                .put("size", "Medium").put("wrap", true);
        items.addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
        ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
        fact(facts, "Victim", view.victim());
        fact(facts, "Actor", view.actor());
        fact(facts, "Count", view.count());
        fact(facts, "Place", view.place());
        fact(facts, "Date", view.date());
        if (view.link() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Open in " + SENDER)
                    .put("url", view.link());
        }
        return body;
    }

    private static void fact(ArrayNode facts, String title, String value) {
        if (value != null) {
            facts.addObject().put("title", title).put("value", value);
        }
    }
}
