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
    /** The most alerts one message shows (Slack takes 50 blocks). */
    static final int MAX_IN_MESSAGE = 20;

    private final AlertMessages messages;

    public ChatPayloads(AlertMessages messages) {
        this.messages = messages;
    }

    public byte[] body(String kind, Subscription subscription, Alert alert) {
        return body(kind, subscription, List.of(alert));
    }

    /**
     * One message about several alerts (a group, see {@code Grouper}): Slack a section (and button) per alert, Teams a
     * card part per alert, Mattermost the texts one after the other, the generic webhook a JSON array of the rendered
     * bodies; at most {@value #MAX_IN_MESSAGE} alerts shown, the rest counted.
     */
    public byte[] body(String kind, Subscription subscription, List<Alert> alerts) {
        List<Alert> shown = alerts.size() <= MAX_IN_MESSAGE ? alerts : alerts.subList(0, MAX_IN_MESSAGE);
        List<String> texts = shown.stream().map(a -> messages.render(kind, subscription, a)).toList();
        List<AlertView> views = shown.stream().map(messages::view).toList();
        int more = alerts.size() - shown.size();
        String json = switch (kind) {
            case SLACK -> Json.write(slack(views, texts, more));
            case TEAMS -> Json.write(teams(views, texts, more));
            case MATTERMOST -> Json.write(Json.MAPPER.createObjectNode().put("username", SENDER)
                    .put("text", String.join("\n\n---\n\n", texts) + moreText(more)));
            case WEBHOOK -> texts.size() == 1 ? texts.get(0) : "[" + String.join(",", texts) + "]";
            default -> throw new IllegalArgumentException("unknown chat kind " + kind);
        };
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String moreText(int more) {
        return more == 0 ? "" : "\n\n… and " + more + " more alert" + (more == 1 ? "" : "s");
    }

    /** The notification line: the headline, or how many alerts and the first headline. */
    private static String summary(List<AlertView> views, int more) {
        int n = views.size() + more;
        return n == 1 ? views.get(0).headline() : n + " alerts: " + views.get(0).headline() + " …";
    }

    private static ObjectNode slack(List<AlertView> views, List<String> texts, int more) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("text", summary(views, more));
        ArrayNode blocks = body.putArray("blocks");
        for (int i = 0; i < views.size(); i++) {
            ObjectNode section = blocks.addObject().put("type", "section");
            section.putObject("text").put("type", "mrkdwn").put("text", texts.get(i));
            if (views.get(i).link() != null) {
                ObjectNode button = blocks.addObject().put("type", "actions").putArray("elements").addObject()
                        .put("type", "button").put("url", views.get(i).link());
                button.putObject("text").put("type", "plain_text").put("text", "Open in " + SENDER);
            }
        }
        if (more > 0) {
            blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                    .put("text", moreText(more).strip());
        }
        return body;
    }

    private static ObjectNode teams(List<AlertView> views, List<String> texts, int more) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("type", "message");
        ObjectNode attachment = body.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content").put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("type", "AdaptiveCard").put("version", "1.4");
        ArrayNode items = card.putArray("body");
        for (int i = 0; i < views.size(); i++) {
            AlertView view = views.get(i);
            items.addObject().put("type", "TextBlock").put("text", view.headline()).put("weight", "Bolder")
                    .put("size", "Medium").put("wrap", true);
            items.addObject().put("type", "TextBlock").put("text", texts.get(i)).put("wrap", true);
            ArrayNode facts = items.addObject().put("type", "FactSet").putArray("facts");
            fact(facts, "Victim", view.victim());
            fact(facts, "Actor", view.actor());
            fact(facts, "Count", view.count());
            fact(facts, "Place", view.place());
            fact(facts, "Date", view.date());
            if (view.link() != null && views.size() > 1) {
                items.addObject().put("type", "TextBlock").put("text", "[Open in " + SENDER + "](" + view.link() + ")");
            }
        }
        if (more > 0) {
            items.addObject().put("type", "TextBlock").put("text", moreText(more).strip()).put("wrap", true);
        }
        if (views.size() == 1 && views.get(0).link() != null) {
            card.putArray("actions").addObject().put("type", "Action.OpenUrl").put("title", "Open in " + SENDER)
                    .put("url", views.get(0).link());
        }
        return body;
    }

    private static void fact(ArrayNode facts, String title, String value) {
        if (value != null) {
            facts.addObject().put("title", title).put("value", value);
        }
    }
}
