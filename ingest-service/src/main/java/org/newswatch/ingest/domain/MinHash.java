package org.newswatch.ingest.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MinHash over word shingles: a fixed-size signature whose agreement rate estimates the Jaccard similarity
 * of two texts' shingle sets. Deterministic (fixed seeds), so signatures survive restarts and replays.
 */
public final class MinHash {

    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 5;
    /** Hash functions per signature. */
    public static final int SIZE = 256;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[SIZE];

    static {
        long state = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    /**
     * @param shingles how many distinct shingles the text has
     * @param values   the signature, {@link #SIZE} minimum hash values
     */
    public record Signature(int shingles, int[] values) {
    }

    public static Signature of(String text) {
        List<String> words = words(text);
        long[] shingleHashes = shingleHashes(words);
        int[] values = new int[SIZE];
        Arrays.fill(values, Integer.MAX_VALUE);
        for (long h : shingleHashes) {
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < values[i]) {
                    values[i] = v;
                }
            }
        }
        return new Signature(shingleHashes.length, values);
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public static double jaccard(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        if (n == 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < n; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / n;
    }

    /**
     * Estimated share of the smaller text's shingles that the other text contains (0..1): high when one text
     * repeats most of the other, even if the other is much longer. From the Jaccard estimate and both set sizes.
     */
    public static double containment(Signature a, Signature b) {
        int smaller = Math.min(a.shingles(), b.shingles());
        if (smaller == 0) {
            return 0;
        }
        double j = jaccard(a.values(), b.values());
        return Math.min(1.0, j * (a.shingles() + b.shingles()) / ((1 + j) * smaller));
    }

    static List<String> words(String text) {
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static long[] shingleHashes(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int w = i; w < Math.min(words.size(), i + SHINGLE_WORDS); w++) {
                for (char c : words.get(w).toCharArray()) {
                    h = (h ^ c) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = h;
        }
        return Arrays.stream(hashes).distinct().toArray();
    }

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
