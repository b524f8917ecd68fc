package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bounded dedup memory: the indexed near-duplicate search finds what a flat scan of the same window finds,
 * and both windows forget their oldest articles.
 */
class DedupWindowTest {

    private static final String[] WORDS = ("army rebels killed wounded village town shelling convoy checkpoint militia "
            + "police soldiers civilians displaced airstrike drone border river bridge market hospital school mosque "
            + "church province district governor minister talks ceasefire offensive attack captured destroyed tank "
            + "artillery mortar rocket clashes fighters commander spokesman report said monday tuesday morning night")
            .split(" ");

    /** Stories of 80 words; a variant keeps a random share of its story's words and replaces the rest. */
    private static List<String> texts(int stories, int variants, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            String[] story = new String[80];
            for (int w = 0; w < story.length; w++) {
                story[w] = WORDS[random.nextInt(WORDS.length)] + random.nextInt(50);
            }
            texts.add(String.join(" ", story));
            for (int v = 0; v < variants; v++) {
                double keep = 0.7 + 0.3 * random.nextDouble();
                String[] copy = story.clone();
                for (int w = 0; w < copy.length; w++) {
                    if (random.nextDouble() > keep) {
                        copy[w] = WORDS[random.nextInt(WORDS.length)] + random.nextInt(50);
                    }
                }
                texts.add(String.join(" ", copy));
            }
        }
        // interleave stories so a variant may come long after its story
        Collections.shuffle(texts, random);
        return texts;
    }

    private static DedupEntry entry(String id, String text) {
        MinHash.Signature sig = MinHash.of(text);
        return new DedupEntry(id, null, null, sig.shingles(), sig.values());
    }

    /** The reference: every remembered article of the window scored one by one, earliest first on ties. */
    private static String flatScan(List<DedupEntry> window, DedupEntry query, double threshold, List<DedupEntry> known) {
        DedupEntry best = null;
        double bestScore = threshold;
        for (DedupEntry other : window) {
            if (other.shingles() < DedupMemory.MIN_SHINGLES) {
                continue;
            }
            double score = MinHash.containment(query.signature(), other.signature());
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = other;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        String root = best.nearDuplicateOf();
        return root != null && known.stream().anyMatch(e -> e.articleId().equals(root)) ? root : best.articleId();
    }

    @Test
    void indexedSearchFindsWhatAFlatScanOfTheWindowFinds() {
        int nearWindow = 150;
        DedupMemory memory = new DedupMemory(DedupMemory.DEFAULT_NEAR_THRESHOLD, 10_000, nearWindow);
        List<DedupEntry> window = new ArrayList<>();
        List<DedupEntry> all = new ArrayList<>(); // every admitted entry with its signature (the memory keeps ids only)
        int near = 0;
        int outsideWindow = 0;
        List<String> texts = texts(120, 4, 42);
        for (int i = 0; i < texts.size(); i++) {
            DedupEntry query = entry("a" + i, texts.get(i));
            List<DedupEntry> known = memory.entries();
            String expected = flatScan(window, query, DedupMemory.DEFAULT_NEAR_THRESHOLD, known);
            String expectedAll = flatScan(all, query, DedupMemory.DEFAULT_NEAR_THRESHOLD, known);
            Decision decision = memory.admit(query);
            assertFalse(decision.duplicate());
            assertEquals(expected, decision.nearDuplicateOf(), "article " + i);
            window.add(query.withNearDuplicateOf(decision.nearDuplicateOf()));
            all.add(query.withNearDuplicateOf(decision.nearDuplicateOf()));
            if (window.size() > nearWindow) {
                window.remove(0);
            }
            near += expected == null ? 0 : 1;
            outsideWindow += Objects.equals(expected, expectedAll) ? 0 : 1;
        }
        // the data exercise both outcomes and the window's edge, so the comparison above means something
        assertTrue(near > 100, "near-duplicates found: " + near);
        assertTrue(near < texts.size() - 100, "near-duplicates found: " + near);
        assertTrue(outsideWindow > 0, "no match was lost to the window");
    }

    @Test
    void theExactWindowKeepsNoSignatureWhileNearDuplicatesAreStillFound() {
        DedupMemory memory = new DedupMemory(DedupMemory.DEFAULT_NEAR_THRESHOLD, 1000, 10);
        List<String> texts = texts(3, 2, 7);
        for (int i = 0; i < texts.size(); i++) {
            memory.admit(entry("k" + i, texts.get(i)));
        }
        // 200,000 remembered articles are ids and URL keys, not 200,000 signatures of 1.3 KB (a third of the heap)
        assertTrue(memory.entries().stream().allMatch(e -> e.minhash().length == 0));
        assertEquals(Math.min(10, texts.size()), memory.nearSize());
        assertTrue(memory.admit(entry("again", texts.get(texts.size() - 1) + " More.")).nearDuplicateOf() != null);
    }

    @Test
    void exactDuplicatesAreRecognisedWithinTheWindowOnly() {
        DedupMemory memory = new DedupMemory(DedupMemory.DEFAULT_NEAR_THRESHOLD, 3, 2);
        DedupEntry first = new DedupEntry("first", "example.org/first", null, 0, new int[0]);
        memory.admit(first);
        assertTrue(memory.admit(new DedupEntry("other-text", "example.org/first", null, 0, new int[0])).duplicate());
        for (int i = 0; i < 3; i++) {
            memory.admit(new DedupEntry("later" + i, "example.org/later" + i, null, 0, new int[0]));
        }
        assertEquals(3, memory.size());
        assertNull(memory.knownId(first), "the oldest article left the window with its URL");
        assertTrue(memory.admit(new DedupEntry("later2", null, null, 0, new int[0])).duplicate());
    }

    @Test
    void aForgottenArticleIsNoLongerANearDuplicateTarget() {
        String story = texts(1, 0, 7).get(0);
        // the same story with its last five words changed
        String[] words = story.split(" ");
        for (int w = words.length - 5; w < words.length; w++) {
            words[w] = "changed" + w;
        }
        DedupEntry original = entry("story", story);
        DedupEntry variant = entry("variant", String.join(" ", words));
        DedupMemory memory = new DedupMemory();
        memory.admit(original);
        assertEquals("story", memory.nearestEarlier(variant));
        memory.forget(original);
        assertNull(memory.nearestEarlier(variant));
        assertFalse(memory.admit(original).duplicate(), "a forgotten article can be admitted again");
        assertEquals("story", memory.nearestEarlier(variant));
    }
}
