package org.newswatch.alert.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * {@code alert.chat.*}: the chat channel (Slack, Teams, Mattermost, templated webhooks) and the dashboard link of every
 * readable message. Chat URLs are called like webhooks: under their outbound address policy ({@code alert.webhook.allow}),
 * with their attempts, backoff and time-out ({@code alert.webhook.*}).
 */
@ConfigMapping(prefix = "alert.chat")
public interface ChatConfig {

    @WithDefault("true")
    boolean enabled();

    /**
     * Where the dashboard is served as the message's reader reaches it (e.g. {@code https://newswatch.example.org}); each
     * message links to its alert there. Unset: no link. Env {@code ALERT_CHAT_DASHBOARD_URL}.
     */
    Optional<String> dashboardUrl();
}
