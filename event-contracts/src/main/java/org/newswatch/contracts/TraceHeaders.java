package org.newswatch.contracts;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * W3C trace context ({@value #TRACEPARENT}, {@value #TRACESTATE}) in Kafka record headers and HTTP header maps, for
 * the hops SmallRye Reactive Messaging does not trace by itself (Kafka Streams, hand-written consumers, webhook
 * requests). Every record of articles, events and alerts carries the trace of the {@code POST /articles} (or feed,
 * drop file, replay) that brought the article in.
 */
public final class TraceHeaders {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            for (Header h : carrier) {
                keys.add(h.key());
            }
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            return carrier == null ? null : CloudEvents.header(carrier, key);
        }
    };

    private static final TextMapSetter<Headers> SETTER = (carrier, key, value) -> {
        carrier.remove(key);
        carrier.add(key, value.getBytes(StandardCharsets.UTF_8));
    };

    private TraceHeaders() {
    }

    /** The context whose parent is the record's trace (the root context when the record has none). */
    public static Context extract(Headers headers) {
        return headers == null ? Context.root() : W3C.extract(Context.root(), headers, GETTER);
    }

    /** Writes the context's span as {@value #TRACEPARENT} (and {@value #TRACESTATE}), replacing any there. */
    public static void inject(Context context, Headers headers) {
        W3C.inject(context, headers, SETTER);
    }

    /** Adds the context's span to HTTP headers. */
    public static void inject(Context context, Map<String, String> headers) {
        W3C.inject(context, headers, (carrier, key, value) -> carrier.put(key, value));
    }

    /** The trace id of the record's {@value #TRACEPARENT}, if it has a valid one. */
    public static Optional<String> traceId(Headers headers) {
        SpanContext span = Span.fromContext(extract(headers)).getSpanContext();
        return span.isValid() ? Optional.of(span.getTraceId()) : Optional.empty();
    }

    /** The trace id of a {@value #TRACEPARENT} value ({@code 00-<trace id>-<span id>-<flags>}), if valid. */
    public static Optional<String> traceIdOf(String traceparent) {
        if (traceparent == null) {
            return Optional.empty();
        }
        SpanContext span = Span.fromContext(W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent),
                new TextMapGetter<Map<String, String>>() {
                    @Override
                    public Iterable<String> keys(Map<String, String> carrier) {
                        return carrier.keySet();
                    }

                    @Override
                    public String get(Map<String, String> carrier, String key) {
                        return carrier == null ? null : carrier.get(key);
                    }
                })).getSpanContext();
        return span.isValid() ? Optional.of(span.getTraceId()) : Optional.empty();
    }
}
