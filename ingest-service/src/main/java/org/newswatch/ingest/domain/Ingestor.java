package org.newswatch.ingest.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.newswatch.contracts.Topics;

/**
 * The live ingest path shared by every source: clean, decide (exact duplicate, near-duplicate, new), publish,
 * then journal the decision. An exact duplicate is answered with the earlier id and not published again.
 */
public class Ingestor {

    private static final System.Logger LOG = System.getLogger(Ingestor.class.getName());

    private final DedupMemory memory;
    private final ArticlePublisher publisher;
    private final DedupJournal journal;
    private final Clock clock;
    private final IngestOutcomes outcomes;
    /** Articles decided new whose publication is not acknowledged yet, by id. */
    private final Map<String, CompletableFuture<Void>> inFlight = new HashMap<>();

    public Ingestor(DedupMemory memory, ArticlePublisher publisher, DedupJournal journal, Clock clock) {
        this(memory, publisher, journal, clock, IngestOutcomes.NONE);
    }

    public Ingestor(DedupMemory memory, ArticlePublisher publisher, DedupJournal journal, Clock clock,
            IngestOutcomes outcomes) {
        this.memory = memory;
        this.publisher = publisher;
        this.journal = journal;
        this.clock = clock;
        this.outcomes = outcomes;
    }

    /** Ingests one live article; the stage completes once the broker acknowledged it (or at once for a duplicate). */
    public CompletionStage<IngestResult> ingest(ArticleInput input, String origin) {
        CompletionStage<IngestResult> result;
        try {
            result = admit(input, origin);
        } catch (InvalidArticleException e) {
            outcomes.count(origin, IngestOutcomes.REJECTED);
            throw e;
        }
        return result.whenComplete((r, failure) -> {
            if (r != null) {
                outcomes.count(origin, r.status());
            }
        });
    }

    private CompletionStage<IngestResult> admit(ArticleInput input, String origin) {
        PreparedArticle prepared = ArticlePreparer.prepare(input, origin, clock.instant());
        if (!memory.loaded()) {
            throw new NotReadyException("dedup memory is still loading; retry shortly");
        }
        Decision decision;
        CompletableFuture<Void> earlier;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        synchronized (inFlight) {
            decision = memory.admit(prepared.entry());
            earlier = decision.duplicate() ? inFlight.get(decision.articleId()) : null;
            if (!decision.duplicate()) {
                inFlight.put(decision.articleId(), mine);
            }
        }
        if (decision.duplicate()) {
            IngestResult duplicate = new IngestResult(decision.articleId(), IngestResult.DUPLICATE, null);
            if (earlier == null) {
                return CompletableFuture.completedFuture(duplicate);
            }
            // the earlier copy is not acknowledged yet: answer once it is, or take its place if it fails
            return earlier.handle((ok, failure) -> failure == null).thenCompose(published -> published
                    ? CompletableFuture.completedFuture(duplicate) : admit(input, origin));
        }
        PreparedArticle toPublish = prepared.withNearDuplicateOf(decision.nearDuplicateOf());
        return publisher.publish(Topics.ARTICLES, toPublish.article())
                .whenComplete((ok, failure) -> {
                    synchronized (inFlight) {
                        if (failure != null) {
                            memory.forget(toPublish.entry());
                        }
                        inFlight.remove(decision.articleId(), mine);
                    }
                    if (failure != null) {
                        mine.completeExceptionally(failure);
                    } else {
                        mine.complete(null);
                    }
                })
                .thenCompose(ok -> journal.record(toPublish.entry()).exceptionally(failure -> {
                    // Published but not journaled: this process still remembers it; only a restart could forget it.
                    LOG.log(System.Logger.Level.WARNING, "dedup journal write failed for " + decision.articleId(), failure);
                    return null;
                }))
                .thenApply(ok -> new IngestResult(decision.articleId(), IngestResult.ACCEPTED, decision.nearDuplicateOf()));
    }

    public DedupMemory memory() {
        return memory;
    }
}
