package org.newswatch.ingest.messaging;

import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends one message through an emitter; the stage completes when the broker acknowledged it, or fails with the nack's
 * cause. The record's producer span is a child of the caller's current trace context (the {@code POST /articles}
 * request's span), whichever thread the emitter sends on.
 */
final class AckedSend {

    private AckedSend() {
    }

    static CompletionStage<Void> send(Emitter<String> emitter, String payload, Object metadata) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        Message<String> message = Message.of(payload, Metadata.of(metadata, TracingMetadata.withCurrent(Context.current())),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }
}
