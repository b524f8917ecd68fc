package org.newswatch.alert.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.newswatch.contracts.Topics;

/** Forwards the original bytes of an unreadable event with the reason in {@link Topics#DEAD_LETTER_REASON_HEADER}. */
final class DeadLetterProcessor extends ContextualProcessor<String, ParsedEvent, String, byte[]> {

    @Override
    public void process(Record<String, ParsedEvent> record) {
        Record<String, byte[]> out = record.withValue(record.value().raw());
        out.headers().remove(Topics.DEAD_LETTER_REASON_HEADER);
        out.headers().add(Topics.DEAD_LETTER_REASON_HEADER, record.value().error().getBytes(StandardCharsets.UTF_8));
        context().forward(out);
    }
}
