package org.newswatch.ingest.domain;

import java.util.concurrent.CompletionStage;

/** Durable record of the dedup memory, read back at startup. */
public interface DedupJournal {

    CompletionStage<Void> record(DedupEntry entry);
}
