package org.newswatch.alert.streams;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.newswatch.alert.domain.AlertEngine;
import org.newswatch.alert.domain.AlertState;
import org.newswatch.alert.domain.Alerts;
import org.newswatch.alert.domain.EventMatcher;
import org.newswatch.alert.domain.Silence;
import org.newswatch.alert.domain.Split;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.CloudEvents;
import org.newswatch.contracts.ExtractedEvent;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;
import org.newswatch.contracts.TraceHeaders;

/**
 * For each event and each subscription whose filter it passes, runs the {@link AlertEngine} over the state stores
 * and forwards the alerts, keyed by subscription id, with CloudEvents headers and the W3C trace context of a span
 * ({@value #SPAN_NAME}) whose parent is the event record's (Kafka Streams does not trace by itself).
 */
final class AlertProcessor extends ContextualProcessor<String, ParsedEvent, String, Alert> {

    static final String SOURCE = "/newswatch/alert-service";
    static final String SPAN_NAME = Topics.EVENTS + " process";

    private final Clock clock;
    private final GlobalTable<Subscription> subscriptionTable;
    private final GlobalTable<Silence> silenceTable;
    private final Tracer tracer;
    private GlobalTable<Subscription>.Snapshot subscriptions;
    private GlobalTable<Silence>.Snapshot silences;
    private AlertEngine engine;

    AlertProcessor(Clock clock, GlobalTable<Subscription> subscriptions, GlobalTable<Silence> silences, Tracer tracer) {
        this.clock = clock;
        this.tracer = tracer;
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
        if (record.value().split() != null) {
            split(record);
            return;
        }
        ExtractedEvent event = record.value().event();
        Instant eventTime = Instant.ofEpochMilli(record.timestamp());
        Context parent = TraceHeaders.extract(record.headers());
        Span span = tracer.spanBuilder(SPAN_NAME).setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", Topics.EVENTS)
                .startSpan();
        Context traced = parent.with(span);
        try {
            for (Subscription s : subscriptions.values()) {
                if (!EventMatcher.applies(s, event)) {
                    continue;
                }
                for (Alert fired : engine.evaluate(s, event, eventTime)) {
                    Alert alert = applySilences(fired, s);
                    RecordHeaders headers = CloudEvents.headers(cloudEventId(alert), CloudEvents.ALERT_TYPE, SOURCE,
                            eventTime);
                    TraceHeaders.inject(traced, headers);
                    context().forward(new Record<>(s.id(), alert, record.timestamp(), headers));
                }
            }
        } finally {
            span.end();
        }
    }

    /** An analyst's split: the alert's update and the split report's own alert, silences applied. */
    private void split(Record<String, ParsedEvent> record) {
        Split split = record.value().split();
        Subscription s = subscriptions.get(split.subscriptionId());
        if (s == null) {
            return;
        }
        Instant eventTime = split.eventTime() != null ? split.eventTime() : Instant.ofEpochMilli(record.timestamp());
        for (Alert fired : engine.split(s, split.alertId(), split.event(), eventTime)) {
            Alert alert = applySilences(fired, s);
            // the update has fewer sources than before: its own CloudEvents id, not an earlier update's
            String id = alert.isUpdate() ? alert.alertId() + "/split/" + split.event().eventId() + "/"
                    + split.event().article() : cloudEventId(alert);
            RecordHeaders headers = CloudEvents.headers(id, CloudEvents.ALERT_TYPE, SOURCE, eventTime);
            context().forward(new Record<>(s.id(), alert, record.timestamp(), headers));
        }
    }
}
