package org.newswatch.alert.readable;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.ValueResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Subscription;

/**
 * Renders alerts for people with Qute templates, one per message part ({@link #NAMES}): the shipped ones under
 * {@code templates/}, or the subscription's own ({@link Subscription#templates()}). A template sees {@code alert}, an
 * {@link AlertView}; {@code .json} writes a value as a JSON literal (for the generic webhook's body), {@code .mrkdwn}
 * escapes it for Slack's mrkdwn. Parsed templates are kept (a few hundred, least recently used dropped).
 */
public final class AlertMessages {

    public static final String EMAIL_SUBJECT = "email-subject";
    public static final String EMAIL_BODY = "email-body";
    public static final String SLACK = "slack";
    public static final String TEAMS = "teams";
    public static final String MATTERMOST = "mattermost";
    public static final String WEBHOOK = "webhook";
    public static final List<String> NAMES = List.of(EMAIL_SUBJECT, EMAIL_BODY, SLACK, TEAMS, MATTERMOST, WEBHOOK);
    /** The longest template a subscription may bring. */
    public static final int MAX_TEMPLATE = 10_000;
    private static final int CACHE = 256;
    private static final int MAX_SUBJECT = 200;

    private final Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addValueResolver(escaper("json", AlertMessages::jsonLiteral))
            .addValueResolver(escaper("mrkdwn", AlertMessages::mrkdwn)).build();
    private final Map<String, Template> defaults = new LinkedHashMap<>();
    private final Map<String, Template> parsed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Template> eldest) {
            return size() > CACHE;
        }
    };
    private final PartyNames names;
    private final String dashboardUrl;

    /** @param dashboardUrl where the dashboard is served (links in messages), or null for no link */
    public AlertMessages(PartyNames names, String dashboardUrl) {
        this.names = names;
        this.dashboardUrl = dashboardUrl;
        for (String name : NAMES) {
            defaults.put(name, engine.parse(resource("templates/" + name + ".txt")));
        }
    }

    public AlertView view(Alert alert) {
        return AlertView.of(alert, names, dashboardUrl);
    }

    /** The message part {@code name} for {@code alert}, by the subscription's template if it has one. */
    public String render(String name, Subscription subscription, Alert alert) {
        String own = subscription == null || subscription.templates() == null ? null : subscription.templates().get(name);
        Template template = own == null ? defaults.get(name) : parse(own);
        if (template == null) {
            throw new IllegalArgumentException("no template " + name);
        }
        String text = template.data("alert", view(alert)).render();
        return name.equals(EMAIL_SUBJECT) ? subject(text) : text.strip();
    }

    /**
     * The subject of one e-mail about {@code alerts} (a group or a daily digest): the alert's own subject for one, else
     * "[NewsWatch] name: 3 alerts" ("daily digest, 3 alerts").
     */
    public String subject(Subscription subscription, List<Alert> alerts, boolean digest) {
        if (alerts.size() == 1 && !digest) {
            return render(EMAIL_SUBJECT, subscription, alerts.get(0));
        }
        return subject("[NewsWatch] " + view(alerts.get(0)).subscription() + ": " + (digest ? "daily digest, " : "")
                + alerts.size() + " alert" + (alerts.size() == 1 ? "" : "s"));
    }

    /** The body of one e-mail about {@code alerts}: each alert's body, one after the other. */
    public String body(Subscription subscription, List<Alert> alerts) {
        return String.join("\n\n" + "-".repeat(72) + "\n\n",
                alerts.stream().map(a -> render(EMAIL_BODY, subscription, a)).toList()) + "\n";
    }

    /**
     * Why the template {@code text} cannot render, or null when it can: it must parse and render an alert of every
     * shape (with and without figure, place, parties and sources).
     */
    public String problem(String text) {
        try {
            Template t = parse(text);
            for (Alert sample : Samples.ALERTS) {
                t.data("alert", view(sample)).render();
            }
            return null;
        } catch (TemplateException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private Template parse(String text) {
        synchronized (parsed) {
            return parsed.computeIfAbsent(text, engine::parse);
        }
    }

    /** One line of at most 200 characters (a subject or header must stay one line). */
    private static String subject(String s) {
        String line = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 3) + "...";
    }

    static String jsonLiteral(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Slack's mrkdwn control characters escaped ({@code & < >}). */
    static String mrkdwn(Object value) {
        return value == null ? "" : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private interface Escape {
        String apply(Object value);
    }

    /** {@code {value.name}} on any value (null too) is the value escaped. */
    private static ValueResolver escaper(String name, Escape escape) {
        return new ValueResolver() {
            @Override
            public boolean appliesTo(EvalContext context) {
                return context.getName().equals(name) && context.getParams().isEmpty();
            }

            @Override
            public int getPriority() {
                return 10;
            }

            @Override
            public CompletionStage<Object> resolve(EvalContext context) {
                return CompletableFuture.completedFuture(escape.apply(context.getBase()));
            }
        };
    }

    private static String resource(String path) {
        try (InputStream in = AlertMessages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
