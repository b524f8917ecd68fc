package org.newswatch.alert.streams;

import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.newswatch.alert.domain.AlertEngine;
import org.newswatch.alert.domain.AlertState;
import org.newswatch.alert.domain.Alerts;
import org.newswatch.alert.domain.EventMatcher;
import org.newswatch.alert.domain.Silence;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Subscription;

/**
 * For each event and each subscription whose filter it passes, runs the {@link AlertEngine} over the state stores
 * and forwards the alerts, keyed by subscription id, with CloudEvents headers.
 */
final class AlertProcessor extends ContextualProcessor<String, ParsedEvent, String, Alert> {

    static final String SOURCE = "/newswatch/alert-service";

    private final Clock clock;
    private final GlobalTable<Subscription> subscriptionTable;
    private final GlobalTable<Silence> silenceTable;
    private GlobalTable<Subscription>.Snapshot subscriptions;
    private GlobalTable<Silence>.Snapshot silences;
    private AlertEngine engine;

    AlertProcessor(Clock clock, GlobalTable<Subscription> subscriptions, GlobalTable<Silence> silences) {
        this.clock = clock;
        this.subscriptionTable = subscriptions;
        this.silenceTable = silences;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        super.init(context);
        subscriptions = subscriptionTable.snapshot(context);
        silences = silenceTable.snapshot(context);
        engine = new AlertEngine(new AlertState(table(context, AlertTopology.DEDUP_STORE),
                table(context, AlertTopology.REPORTS_STORE), table(context, AlertTopology.INDEX_STORE),
                table(context, AlertTopology.STORIES_STORE), table(context, AlertTopology.WINDOWS_STORE),
                table(context, AlertTopology.KINDS_STORE), table(context, AlertTopology.RATES_STORE)), clock);
    }

    private static <V> StoreTable<V> table(ProcessorContext<?, ?> context, String store) {
        return new StoreTable<>(context.getStateStore(store));
    }

    /** The alert marked muted by the first active silence that matches it (by silence id), else as it is. */
    private Alert applySilences(Alert alert, Subscription subscription) {
        Instant now = clock.instant();
        for (Silence silence : silences.values()) {
            if (silence.mutes(alert, subscription.owner(), now)) {
                return Alerts.muted(alert, silence.id());
            }
        }
        return alert;
    }

    /**
     * The CloudEvents id: the alertId for a new alert; an update (same alertId) gets its own id, since consumers
     * may drop a repeated ce_id as a duplicate.
     */
    static String cloudEventId(Alert alert) {
        return alert.isUpdate() ? alert.alertId() + "/update/" + alert.corroboration() : alert.alertId();
    }

    @Override
    public void process(Record<String, ParsedEvent> record) {
        ExtractedEvent event = record.value().event();
        Instant eventTime = Instant.ofEpochMilli(record.timestamp());
        for (Subscription s : subscriptions.values()) {
            if (!EventMatcher.applies(s, event)) {
                continue;
            }
            for (Alert fired : engine.evaluate(s, event, eventTime)) {
                Alert alert = applySilences(fired, s);
                context().forward(new Record<>(s.id(), alert, record.timestamp(),
                        CloudEvents.headers(cloudEventId(alert), CloudEvents.ALERT_TYPE, SOURCE, eventTime)));
            }
        }
    }
}
