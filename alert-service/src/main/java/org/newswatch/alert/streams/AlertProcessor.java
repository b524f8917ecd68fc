package org.newswatch.alert.streams;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.newswatch.alert.domain.AlertEngine;
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
    private TimestampedKeyValueStore<String, Subscription> subscriptions;
    private TimestampedKeyValueStore<String, Silence> silences;
    private AlertEngine engine;

    AlertProcessor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        super.init(context);
        subscriptions = context.getStateStore(AlertTopology.SUBSCRIPTIONS_STORE);
        silences = context.getStateStore(AlertTopology.SILENCES_STORE);
        engine = new AlertEngine(new StoreTable<>(context.getStateStore(AlertTopology.DEDUP_STORE)),
                new StoreTable<>(context.getStateStore(AlertTopology.INDEX_STORE)),
                new StoreTable<>(context.getStateStore(AlertTopology.STORIES_STORE)),
                new StoreTable<>(context.getStateStore(AlertTopology.WINDOWS_STORE)),
                new StoreTable<>(context.getStateStore(AlertTopology.KINDS_STORE)),
                new StoreTable<>(context.getStateStore(AlertTopology.RATES_STORE)), clock);
    }

    /** The alert marked muted by the first active silence that matches it (by silence id), else as it is. */
    private Alert applySilences(Alert alert) {
        Instant now = clock.instant();
        try (KeyValueIterator<String, ValueAndTimestamp<Silence>> it = silences.all()) {
            while (it.hasNext()) {
                var kv = it.next();
                Silence silence = kv.value == null ? null : kv.value.value();
                if (silence != null && silence.mutes(alert, now)) {
                    return Alerts.muted(alert, silence.id());
                }
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
        List<Subscription> matching = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Subscription>> it = subscriptions.all()) {
            it.forEachRemaining(kv -> {
                Subscription s = kv.value == null ? null : kv.value.value();
                if (s != null && EventMatcher.applies(s, event)) {
                    matching.add(s);
                }
            });
        }
        for (Subscription s : matching) {
            for (Alert fired : engine.evaluate(s, event, eventTime)) {
                Alert alert = applySilences(fired);
                context().forward(new Record<>(s.id(), alert, record.timestamp(),
                        CloudEvents.headers(cloudEventId(alert), CloudEvents.ALERT_TYPE, SOURCE, eventTime)));
            }
        }
    }
}
