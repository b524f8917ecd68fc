package org.newswatch.ingest.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The MinHash signatures of the most recent {@code capacity} articles, in a ring, with an inverted index from
 * (position, value) to the articles whose signature has that value there. A query reads only the articles that
 * share at least one value with the query's signature (every article a flat scan would score above zero) and
 * counts exactly how many values each shares, so it finds what a flat scan of the window finds, at a cost that
 * grows with the matches, not with the window.
 *
 * <p>Layout: slot {@code k} holds the article of sequence number {@code s} with {@code s % capacity == k};
 * a posting is (article, position), numbered {@code seq * SIZE + i} in {@code heads} and {@code slot * SIZE + i} in
 * {@code next}; {@code heads[bucket]} is the newest posting of a bucket and {@code next[posting]} the one posted
 * before it in the same bucket. Chains run from newer to older; a link into a slot that was reused since (its
 * sequence number is newer) ends the chain, because everything behind it has left the window. Buckets are hashed,
 * so a chain may hold postings of other positions and values; they are skipped by comparing both. Not thread-safe: {@link DedupMemory} serialises access.
 */
final class SignatureIndex {

    private static final int SIZE = MinHash.SIZE;
    private static final int INITIAL = 64;

    private final int capacity;
    private final Map<String, Integer> slotById = new HashMap<>();
    private String[] ids = new String[0];
    private String[] nearOf = new String[0];
    private int[] shingles = new int[0];
    private long[] seqOf = new long[0];
    private int[] values = new int[0];
    private int[] next = new int[0];
    private long[] heads = new long[0];
    private int mask;
    private long nextSeq;
    // per-query scratch: equal-value counts per slot and the slots touched
    private int[] equal = new int[0];
    private int[] touched = new int[0];

    SignatureIndex(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The best-scoring earlier article, or -1: see {@link DedupMemory#nearestEarlier}. */
    int nearest(String selfId, int selfShingles, int[] sig, double threshold) {
        long oldest = nextSeq - Math.min(nextSeq, capacity);
        int count = 0;
        for (int i = 0; i < SIZE; i++) {
            long head = heads.length == 0 ? -1 : heads[bucket(i, sig[i])];
            if (head < oldest * SIZE) {
                continue;
            }
            long seq = head / SIZE;
            int posting = (int) (seq % capacity) * SIZE + (int) (head % SIZE);
            while (true) {
                int slot = posting / SIZE;
                if (posting % SIZE == i && values[posting] == sig[i] && equal[slot]++ == 0) {
                    touched[count++] = slot;
                }
                int previous = next[posting];
                if (previous < 0) {
                    break;
                }
                long previousSeq = seqOf[previous / SIZE];
                if (previousSeq > seq || previousSeq < oldest) {
                    break; // the slot was reused: the rest of the chain has left the window
                }
                posting = previous;
                seq = previousSeq;
            }
        }
        int best = -1;
        double bestScore = threshold;
        for (int t = 0; t < count; t++) {
            int slot = touched[t];
            int shared = equal[slot];
            equal[slot] = 0;
            String id = ids[slot];
            int other = shingles[slot];
            if (id == null || other < DedupMemory.MIN_SHINGLES || id.equals(selfId)) {
                continue;
            }
            double j = (double) shared / SIZE;
            double score = Math.min(1.0, j * (selfShingles + other) / ((1 + j) * Math.min(selfShingles, other)));
            // the best score; among equals, the earliest article
            if (score > bestScore || (score == bestScore && (best < 0 || seqOf[slot] < seqOf[best]))) {
                best = slot;
                bestScore = score;
            }
        }
        return best;
    }

    String id(int slot) {
        return ids[slot];
    }

    String nearOf(int slot) {
        return nearOf[slot];
    }

    /** Adds an article's signature; the oldest leaves the window once it is full. */
    void add(String id, String nearDuplicateOf, int shingleCount, int[] sig) {
        if (nextSeq == ids.length && ids.length < capacity) {
            grow((int) Math.min(capacity, Math.max(INITIAL, 2L * ids.length)));
        }
        long seq = nextSeq++;
        int slot = (int) (seq % capacity);
        if (ids[slot] != null) {
            slotById.remove(ids[slot], slot);
        }
        ids[slot] = id;
        nearOf[slot] = nearDuplicateOf;
        shingles[slot] = shingleCount;
        seqOf[slot] = seq;
        System.arraycopy(sig, 0, values, slot * SIZE, SIZE);
        link(slot, seq);
        slotById.put(id, slot);
    }

    /** How many articles are in the window. */
    int size() {
        return slotById.size();
    }

    /** Takes an article out of the searches (its publication failed). */
    void remove(String id) {
        Integer slot = slotById.remove(id);
        if (slot != null) {
            ids[slot] = null;
        }
    }

    private void link(int slot, long seq) {
        long oldest = nextSeq - Math.min(nextSeq, capacity);
        for (int i = 0; i < SIZE; i++) {
            int b = bucket(i, values[slot * SIZE + i]);
            long head = heads[b];
            long headSeq = head / SIZE;
            next[slot * SIZE + i] = head >= 0 && headSeq >= oldest
                    ? (int) (headSeq % capacity) * SIZE + (int) (head % SIZE) : -1;
            heads[b] = seq * SIZE + i;
        }
    }

    /** Enlarges the arrays (only before the ring first wraps, so slot = sequence number) and re-links every posting. */
    private void grow(int length) {
        ids = Arrays.copyOf(ids, length);
        nearOf = Arrays.copyOf(nearOf, length);
        shingles = Arrays.copyOf(shingles, length);
        seqOf = Arrays.copyOf(seqOf, length);
        values = Arrays.copyOf(values, length * SIZE);
        next = new int[length * SIZE];
        equal = new int[length];
        touched = new int[length];
        // about two postings per bucket
        int buckets = Integer.highestOneBit(Math.max(1024, length * SIZE / 2));
        heads = new long[buckets];
        Arrays.fill(heads, -1);
        mask = buckets - 1;
        for (int slot = 0; slot < nextSeq; slot++) {
            link(slot, slot);
        }
    }

    private int bucket(int position, int value) {
        long z = ((long) position << 32 | (value & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 29)) & mask;
    }
}
