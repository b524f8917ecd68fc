package org.newswatch.alert.streams;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jboss.logging.Logger;
import org.newswatch.alert.kafka.InternalTopics;
import org.newswatch.alert.domain.RateState;
import org.newswatch.alert.domain.Silence;
import org.newswatch.alert.domain.Split;
import org.newswatch.alert.domain.Story;
import org.newswatch.alert.domain.StoryIndex;
import org.newswatch.alert.domain.WindowState;
import org.newswatch.contracts.Alert;
import org.newswatch.contracts.InvalidRecordException;
import org.newswatch.contracts.JsonSerde;
import org.newswatch.contracts.Subscription;
import org.newswatch.contracts.Topics;

/**
 * The alert topology.
 *
 * <pre>
 * subscriptions (compacted) --&gt; global table "subscriptions-store"
 * alert-silences (compacted) --&gt; global table "silences-store" (matching alerts are sent marked muted)
 * alert-splits --parse--+ (merged with events: an analyst's split of a report off an alert's story)
 * events --parse--+-- unreadable --&gt; events-dlq (header dead-letter-reason)
 *                 +-- readable --&gt; alert processor (stores alert-dedup, alert-reports, alert-story-index,
 *                                  alert-stories, alert-windows, alert-new-kinds, alert-rates; reads
 *                                  subscriptions-store)
 *                                  --&gt; alerts (key subscription id, the event's trace context)
 * </pre>
 */
public final class AlertTopology {

    public static final String SUBSCRIPTIONS_STORE = "subscriptions-store";
    public static final String SILENCES_STORE = "silences-store";
    /** subscriptionId|eventId to storyId: one real event fires once per subscription. */
    public static final String DEDUP_STORE = "alert-dedup";
    /** subscriptionId|storyId|articleId to the events that article reported in the story. */
    public static final String REPORTS_STORE = "alert-reports";
    public static final String INDEX_STORE = "alert-story-index";
    public static final String STORIES_STORE = "alert-stories";
    public static final String WINDOWS_STORE = "alert-windows";
    /** subscriptionId|kind key to when a new rule last saw that kind (epoch millis of event time). */
    public static final String KINDS_STORE = "alert-new-kinds";
    public static final String RATES_STORE = "alert-rates";

    private AlertTopology() {
    }

    /** Without spans of its own: an alert carries the trace context of its event as it came. */
    private static final Tracer NO_SPANS = TracerProvider.noop().get("alert-service");

    public static Topology build(Clock clock) {
        return counting(clock, NO_SPANS, alert -> {
        });
    }

    /**
     * The topology, telling {@code fired} of every alert it writes (new, update or muted: for the metrics); each event
     * is processed in a span of {@code tracer} whose parent is the event record's trace context, and the alerts carry
     * that span's context in their headers.
     */
    public static Topology counting(Clock clock, Tracer tracer, Consumer<Alert> fired) {
        return build(clock, Stores::persistentKeyValueStore, tracer, fired);
    }

    static Topology build(Clock clock, Function<String, KeyValueBytesStoreSupplier> stores) {
        return build(clock, stores, NO_SPANS, alert -> {
        });
    }

    /**
     * The topology with the processor's stores from {@code stores} (by store name): tests that pipe thousands of
     * records use in-memory stores, since the test driver flushes and checkpoints persistent stores after each one.
     */
    static Topology build(Clock clock, Function<String, KeyValueBytesStoreSupplier> stores, Tracer tracer,
            Consumer<Alert> fired) {
        return build(clock, stores, tracer, fired, UnaryOperator.identity(), true);
    }

    /**
     * The same topology on the topics {@code topic} names from the live ones: a namespace's ({@code ns.events} to
     * {@code ns.alerts}, with {@code ns.subscriptions}), run by its own Kafka Streams instance.
     */
    public static Topology build(Clock clock, Function<String, KeyValueBytesStoreSupplier> stores, Tracer tracer,
            Consumer<Alert> fired, UnaryOperator<String> topic) {
        return build(clock, stores, tracer, fired, topic, false);
    }

    /**
     * @param splits whether it also reads the analysts' splits ({@code alert-splits}, see {@link Split}): the live
     *               topology does, a namespace's (a replay's isolated copy) does not
     */
    static Topology build(Clock clock, Function<String, KeyValueBytesStoreSupplier> stores, Tracer tracer,
            Consumer<Alert> fired, UnaryOperator<String> topic, boolean splits) {
        StreamsBuilder builder = new StreamsBuilder();
        GlobalTable<Subscription> subscriptions = new GlobalTable<>(SUBSCRIPTIONS_STORE);
        subscriptions.addTo(builder, topic.apply(Topics.SUBSCRIPTIONS), new Lenient<>(Subscription.class));
        GlobalTable<Silence> silences = new GlobalTable<>(SILENCES_STORE);
        silences.addTo(builder, topic.apply(InternalTopics.SILENCES), new Lenient<>(Silence.class));
        builder.addStateStore(store(stores, DEDUP_STORE, Serdes.String()));
        builder.addStateStore(store(stores, REPORTS_STORE, Serdes.String()));
        builder.addStateStore(store(stores, INDEX_STORE, new JsonSerde<>(StoryIndex.class)));
        builder.addStateStore(store(stores, STORIES_STORE, new JsonSerde<>(Story.class)));
        builder.addStateStore(store(stores, WINDOWS_STORE, new JsonSerde<>(WindowState.class)));
        builder.addStateStore(store(stores, KINDS_STORE, Serdes.Long()));
        builder.addStateStore(store(stores, RATES_STORE, new JsonSerde<>(RateState.class)));

        KStream<String, ParsedEvent> events = builder
                .stream(topic.apply(Topics.EVENTS), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .mapValues(ParsedEvent::parse, Named.as("parse-event"));
        if (splits) {
            // keyed by the report's event id like events, so a split reaches the task that holds the report's story
            events = events.merge(builder.stream(InternalTopics.SPLITS,
                    Consumed.with(Serdes.String(), Serdes.ByteArray()))
                    .mapValues(ParsedEvent::parseSplit, Named.as("parse-split")), Named.as("events-and-splits"));
        }
        events.split(Named.as("event-"))
                .branch((key, parsed) -> parsed.failed(), Branched.withConsumer(bad -> bad
                        .process(DeadLetterProcessor::new, Named.as("dead-letter"))
                        .to(topic.apply(Topics.EVENTS_DLQ), Produced.with(Serdes.String(), Serdes.ByteArray())), "dlq"))
                .defaultBranch(Branched.withConsumer(good -> good
                        .process(() -> new AlertProcessor(clock, subscriptions, silences, tracer),
                                Named.as("alert-rules"), DEDUP_STORE, REPORTS_STORE, INDEX_STORE, STORIES_STORE,
                                WINDOWS_STORE, KINDS_STORE, RATES_STORE)
                        .peek((key, alert) -> fired.accept(alert), Named.as("count-alert"))
                        .to(topic.apply(Topics.ALERTS), Produced.with(Serdes.String(), new JsonSerde<>(Alert.class))), "ok"));
        return builder.build();
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> store(
            Function<String, KeyValueBytesStoreSupplier> stores, String name, Serde<V> serde) {
        return Stores.keyValueStoreBuilder(stores.apply(name), Serdes.String(), serde);
    }

    /**
     * Reads a table topic; a record that cannot be read is treated as absent (logged) instead of stopping the global
     * thread. Only alert-service writes these topics, after validation.
     */
    static final class Lenient<T> extends JsonSerde<T> {

        private static final Logger LOG = Logger.getLogger(Lenient.class);

        Lenient(Class<T> type) {
            super(type);
        }

        @Override
        public T deserialize(String topic, byte[] data) {
            try {
                return super.deserialize(topic, data);
            } catch (InvalidRecordException e) {
                LOG.warnf("ignoring an unreadable record on %s: %s", topic, e.getMessage());
                return null;
            }
        }
    }
}
