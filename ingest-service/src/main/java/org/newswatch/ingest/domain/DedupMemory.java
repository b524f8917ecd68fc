package org.newswatch.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dedup index: article ids (same normalised text), URL keys and MinHash signatures of every article
 * published so far. It lives in memory and is rebuilt at startup from its journal (see the messaging
 * adapter), so it survives a restart. Thread-safe: {@link #admit} decides and reserves atomically, so two
 * concurrent posts of one text publish it once.
 */
public final class DedupMemory {

    /** Containment (share of the smaller text's shingles found in the other) from which a text is a near-duplicate. */
    public static final double DEFAULT_NEAR_THRESHOLD = 0.25;
    /** Texts with fewer shingles than this are too short to call near-duplicates. */
    public static final int MIN_SHINGLES = 20;

    private final double nearThreshold;
    private final Map<String, DedupEntry> byId = new LinkedHashMap<>();
    private final Map<String, String> idByUrl = new HashMap<>();
    private volatile boolean loaded;

    public DedupMemory() {
        this(DEFAULT_NEAR_THRESHOLD);
    }

    public DedupMemory(double nearThreshold) {
        this.nearThreshold = nearThreshold;
    }

    /**
     * Decides whether the article is an exact duplicate; if not, finds the earlier article it nearly repeats
     * and remembers it at once (call {@link #forget} if publishing then fails).
     */
    public synchronized Decision admit(DedupEntry entry) {
        String earlier = knownId(entry);
        if (earlier != null) {
            return Decision.duplicateOf(earlier);
        }
        String near = nearestEarlier(entry);
        remember(entry.withNearDuplicateOf(near));
        return Decision.fresh(entry.articleId(), near);
    }

    /** The id of an earlier article with the same text or URL, else null. */
    public synchronized String knownId(DedupEntry entry) {
        if (byId.containsKey(entry.articleId())) {
            return entry.articleId();
        }
        return entry.urlKey() == null ? null : idByUrl.get(entry.urlKey());
    }

    /** The earliest-remembered article this one nearly repeats (the root of a chain of near-duplicates), else null. */
    public synchronized String nearestEarlier(DedupEntry entry) {
        if (entry.shingles() < MIN_SHINGLES) {
            return null;
        }
        DedupEntry best = null;
        double bestScore = nearThreshold;
        for (DedupEntry other : byId.values()) {
            if (other.articleId().equals(entry.articleId()) || other.shingles() < MIN_SHINGLES) {
                continue;
            }
            double score = MinHash.containment(entry.signature(), other.signature());
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = other;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        return best.nearDuplicateOf() != null && byId.containsKey(best.nearDuplicateOf())
                ? best.nearDuplicateOf() : best.articleId();
    }

    /** Adds an entry (from the journal at startup, or after a decision). */
    public synchronized void remember(DedupEntry entry) {
        byId.putIfAbsent(entry.articleId(), entry);
        if (entry.urlKey() != null) {
            idByUrl.putIfAbsent(entry.urlKey(), entry.articleId());
        }
    }

    /** Drops an entry whose article could not be published, so a retry is not taken for a duplicate. */
    public synchronized void forget(DedupEntry entry) {
        if (byId.remove(entry.articleId()) != null && entry.urlKey() != null) {
            idByUrl.remove(entry.urlKey(), entry.articleId());
        }
    }

    public synchronized int size() {
        return byId.size();
    }

    public synchronized List<DedupEntry> entries() {
        return new ArrayList<>(byId.values());
    }

    /** True once the journal has been read back; until then nothing can be decided. */
    public boolean loaded() {
        return loaded;
    }

    public void markLoaded() {
        loaded = true;
    }
}
