package org.newswatch.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dedup index: article ids (same normalised text) and URL keys of the last {@code capacity} articles
 * published, and the MinHash signatures of the last {@code nearCapacity} of them for near-duplicates (see
 * {@link SignatureIndex}). Both windows are bounded, so memory and time per article stay flat however long the
 * service runs; an article repeated after more newer articles than that is published again. The memory lives in
 * the heap and is rebuilt at startup from its journal (see the messaging adapter), so it survives a restart.
 * Thread-safe: {@link #admit} decides and reserves atomically, so two concurrent posts of one text publish it
 * once.
 */
public final class DedupMemory {

    /** Containment (share of the smaller text's shingles found in the other) from which a text is a near-duplicate. */
    public static final double DEFAULT_NEAR_THRESHOLD = 0.25;
    /** Texts with fewer shingles than this are too short to call near-duplicates. */
    public static final int MIN_SHINGLES = 20;
    /** Articles remembered for exact duplicates, by default (about 200 bytes each). */
    public static final int DEFAULT_CAPACITY = 200_000;
    /** Most recent articles searched for near-duplicates, by default (about 3 KB each). */
    public static final int DEFAULT_NEAR_CAPACITY = 20_000;

    private final double nearThreshold;
    private final int capacity;
    private final LinkedHashMap<String, DedupEntry> byId = new LinkedHashMap<>();
    private final Map<String, String> idByUrl = new HashMap<>();
    private final SignatureIndex signatures;
    private volatile boolean loaded;

    public DedupMemory() {
        this(DEFAULT_NEAR_THRESHOLD, DEFAULT_CAPACITY, DEFAULT_NEAR_CAPACITY);
    }

    public DedupMemory(double nearThreshold, int capacity, int nearCapacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.nearThreshold = nearThreshold;
        this.capacity = capacity;
        this.signatures = new SignatureIndex(nearCapacity);
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
        if (entry.shingles() < MIN_SHINGLES || entry.minhash().length != MinHash.SIZE) {
            return null;
        }
        int best = signatures.nearest(entry.articleId(), entry.shingles(), entry.minhash(), nearThreshold);
        if (best < 0) {
            return null;
        }
        String root = signatures.nearOf(best);
        return root != null && byId.containsKey(root) ? root : signatures.id(best);
    }

    /** Adds an entry (from the journal at startup, or after a decision); the oldest leaves a full window. */
    public synchronized void remember(DedupEntry entry) {
        // the exact window keeps ids and URL keys only: the signature (1.3 KB) is copied into the near window's index,
        // and keeping it here too made 200,000 entries take 254 MB of a 384 MB heap (seen replaying a million articles)
        if (byId.putIfAbsent(entry.articleId(), entry.withoutSignature()) != null) {
            return;
        }
        if (entry.urlKey() != null) {
            idByUrl.putIfAbsent(entry.urlKey(), entry.articleId());
        }
        boolean full = entry.minhash() != null && entry.minhash().length == MinHash.SIZE;
        if (full) {
            signatures.add(entry.articleId(), entry.nearDuplicateOf(), entry.shingles(), entry.minhash());
        }
        if (byId.size() > capacity) {
            Iterator<DedupEntry> eldest = byId.values().iterator();
            DedupEntry gone = eldest.next();
            eldest.remove();
            if (gone.urlKey() != null) {
                idByUrl.remove(gone.urlKey(), gone.articleId());
            }
        }
    }

    /** Drops an entry whose article could not be published, so a retry is not taken for a duplicate. */
    public synchronized void forget(DedupEntry entry) {
        if (byId.remove(entry.articleId()) != null && entry.urlKey() != null) {
            idByUrl.remove(entry.urlKey(), entry.articleId());
        }
        signatures.remove(entry.articleId());
    }

    /** Articles remembered for exact duplicates. */
    public synchronized int size() {
        return byId.size();
    }

    /** Articles searched for near-duplicates (the most recent, up to the near capacity). */
    public synchronized int nearSize() {
        return signatures.size();
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
