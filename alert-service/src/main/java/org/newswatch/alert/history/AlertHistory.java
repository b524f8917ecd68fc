package org.newswatch.alert.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.newswatch.alert.domain.Ack;
import org.newswatch.alert.domain.Alerts;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.Json;
import org.newswatch.contracts.Topics;

/**
 * What was really delivered: reads the alerts topic from its beginning (read_committed, no committed offsets, so a
 * restart rebuilds it from the topic) and keeps the latest record of each alertId, newest first, up to
 * {@code alert.history.size}. Pushes each record to the Server-Sent Events listeners.
 */
@ApplicationScoped
public class AlertHistory {

    private static final Logger LOG = Logger.getLogger(AlertHistory.class);

    @ConfigProperty(name = "alert.history.size", defaultValue = "10000")
    int maxSize;

    /** alertId to its latest record, in delivery order of the latest records (oldest first). */
    private final LinkedHashMap<String, Alert> alerts = new LinkedHashMap<>();
    /** Every record in delivery order (oldest first, at most maxSize), with its position, for SSE resumption. */
    private final ArrayDeque<Delivered> journal = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** alertId to its acknowledgement, from the alert-acks topic. */
    private final Map<String, Ack> acks = new ConcurrentHashMap<>();

    private record Listener(SseEventSink sink, Sse sse, Predicate<Alert> filter) {
    }

    /** Offset of the last record delivered on each partition of the alerts topic. */
    private final Map<Integer, Long> latest = new java.util.TreeMap<>();

    /**
     * One record of the alerts topic; its SSE id is the position of the stream after it: the last offset of every
     * partition delivered so far ({@link StreamPosition}).
     */
    record Delivered(int partition, long offset, Alert alert, String id) {
    }

    @Incoming(Topics.ALERTS)
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        Alert alert;
        try {
            alert = record.value() == null ? null : Json.read(record.value(), Alert.class);
        } catch (InvalidRecordException e) {
            LOG.warnf("skipping an unreadable alert at %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        if (alert == null || alert.alertId() == null) {
            return;
        }
        add(record.partition(), record.offset(), alert);
    }

    @Incoming(InternalTopics.ACKS)
    public void onAck(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.value() == null) {
                acks.remove(record.key());
            } else {
                acknowledge(Json.read(record.value(), Ack.class));
            }
        } catch (InvalidRecordException e) {
            LOG.warnf("skipping an unreadable ack at offset %d: %s", record.offset(), e.getMessage());
        }
    }

    /** Records an acknowledgement (also called by the API right after writing it, to read its own write). */
    public void acknowledge(Ack ack) {
        if (ack != null && ack.alertId() != null) {
            acks.put(ack.alertId(), ack);
        }
    }

    private Alert view(Alert a) {
        Ack ack = acks.get(a.alertId());
        return ack == null ? a : Alerts.acknowledged(a, ack.by(), ack.at());
    }

    /** Records one delivered alert (at its position on the alerts topic) and pushes it to the listeners. */
    public void add(int partition, long offset, Alert alert) {
        synchronized (alerts) {
            latest.merge(partition, offset, Math::max);
            Delivered d = new Delivered(partition, offset, alert, StreamPosition.encode(latest));
            alerts.remove(alert.alertId());
            alerts.put(alert.alertId(), alert);
            Iterator<Map.Entry<String, Alert>> it = alerts.entrySet().iterator();
            while (alerts.size() > maxSize && it.hasNext()) {
                it.next();
                it.remove();
            }
            journal.addLast(d);
            while (journal.size() > maxSize) {
                journal.removeFirst();
            }
            for (Listener l : listeners) {
                send(l, d);
            }
        }
    }

    /** Alerts passing the filter, newest first, at most {@code limit}. */
    public List<Alert> list(Predicate<Alert> filter, int limit) {
        List<Alert> out = new ArrayList<>();
        synchronized (alerts) {
            List<Alert> all = new ArrayList<>(alerts.values());
            for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
                if (filter.test(all.get(i))) {
                    out.add(view(all.get(i)));
                }
            }
        }
        return out;
    }

    public Alert get(String alertId) {
        synchronized (alerts) {
            Alert a = alerts.get(alertId);
            return a == null ? null : view(a);
        }
    }

    /**
     * Registers a Server-Sent Events listener. With a {@code lastEventId} (the id of the last event the client saw:
     * the last offset of each partition, {@link StreamPosition}) it first sends every record it missed on any
     * partition, in delivery order, as far as the journal reaches back; a comment is sent at once so the client sees
     * the stream open.
     *
     * @throws IllegalArgumentException when lastEventId is not a position
     */
    public void listen(SseEventSink sink, Sse sse, Predicate<Alert> filter, String lastEventId) {
        Map<Integer, Long> seen = lastEventId == null || lastEventId.isBlank() ? null : position(lastEventId.strip());
        Listener listener = new Listener(sink, sse, filter);
        synchronized (alerts) {
            sink.send(sse.newEventBuilder().comment("alerts").build());
            if (seen != null) {
                for (Delivered d : missed(seen)) {
                    send(listener, d);
                }
            }
            listeners.add(listener);
        }
    }

    /** The journal's records a client that saw {@code seen} missed, in delivery order. */
    List<Delivered> missed(Map<Integer, Long> seen) {
        List<Delivered> out = new ArrayList<>();
        synchronized (alerts) {
            for (Delivered d : journal) {
                if (StreamPosition.missed(seen, d.partition(), d.offset())) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** "0-42.1-17" as {0: 42, 1: 17}; any other text is refused. */
    public static Map<Integer, Long> position(String id) {
        return StreamPosition.parse(id);
    }

    private void send(Listener l, Delivered d) {
        Alert alert = d.alert();
        if (l.sink().isClosed()) {
            listeners.remove(l);
            return;
        }
        if (!l.filter().test(alert)) {
            return;
        }
        OutboundSseEvent event = l.sse().newEventBuilder()
                .id(d.id())
                .name(alert.isUpdate() ? Alert.UPDATE : Alert.NEW)
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(Json.write(view(alert)))
                .build();
        l.sink().send(event).exceptionally(e -> {
            listeners.remove(l);
            return null;
        });
    }

    /** Helper for filters on event time. */
    public static boolean within(Instant t, Instant since, Instant until) {
        return (since == null || t != null && !t.isBefore(since)) && (until == null || t != null && t.isBefore(until));
    }
}
