package org.newswatch.ingest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newswatch.contracts.SeedFormat;
import org.newswatch.ingest.support.TopicRecords;

/** Near-duplicate detection on the real seed texts: 002 repeats much of 000; 004 is another story. */
class NearDuplicateTest {

    private static DedupEntry seed(String file) {
        SeedFormat.Parsed parsed = SeedFormat.parse(TopicRecords.resource("seeds/" + file));
        return ArticlePreparer.prepare(new ArticleInput(null, null, null, null, parsed.text()), "live", Instant.EPOCH).entry();
    }

    private static final String S000 = "000_e13c19ef22c09c8a.txt";
    private static final String S001 = "001_32d8ca73eb4d3cfe.txt";
    private static final String S002 = "002_36b422612b6b1aff.txt";
    private static final String S003 = "003_790ccee8608768f8.txt";
    private static final String S004 = "004_8674de191b92f232.txt";

    @Test
    void containmentSeparatesRepeatsFromOtherStories() {
        double c002 = MinHash.containment(seed(S000).signature(), seed(S002).signature());
        double c004 = MinHash.containment(seed(S000).signature(), seed(S004).signature());
        assertTrue(c002 > 0.3, "000 vs 002: " + c002);
        assertTrue(c004 < 0.1, "000 vs 004: " + c004);
    }

    @Test
    void seed002IsANearDuplicateOf000And004IsNot() {
        DedupMemory memory = new DedupMemory();
        DedupEntry e000 = seed(S000);
        assertEquals(Decision.fresh(e000.articleId(), null), memory.admit(e000));
        assertEquals(Decision.fresh(seed(S001).articleId(), null), memory.admit(seed(S001)));
        DedupEntry e002 = seed(S002);
        assertEquals(Decision.fresh(e002.articleId(), e000.articleId()), memory.admit(e002));
        assertNull(memory.admit(seed(S003)).nearDuplicateOf());
        assertNull(memory.admit(seed(S004)).nearDuplicateOf());
    }

    @Test
    void exactDuplicatesByTextOrUrlAreRecognised() {
        DedupMemory memory = new DedupMemory();
        DedupEntry e000 = seed(S000);
        memory.admit(e000);
        Decision again = memory.admit(seed(S000));
        assertTrue(again.duplicate());
        assertEquals(e000.articleId(), again.articleId());

        DedupEntry withUrl = new DedupEntry("aaaa", ArticleIds.urlKey("https://x.org/1"), null, 0, new int[0]);
        memory.admit(withUrl);
        Decision sameUrl = memory.admit(new DedupEntry("bbbb", ArticleIds.urlKey("https://X.org/1/"), null, 0, new int[0]));
        assertTrue(sameUrl.duplicate());
        assertEquals("aaaa", sameUrl.articleId());
    }

    @Test
    void forgottenEntryCanBeAdmittedAgain() {
        DedupMemory memory = new DedupMemory();
        DedupEntry e000 = seed(S000);
        memory.admit(e000);
        memory.forget(e000);
        assertFalse(memory.admit(e000).duplicate());
        assertEquals(1, memory.size());
    }

    @Test
    void chainsPointToTheFirstArticle() {
        DedupMemory memory = new DedupMemory();
        DedupEntry e000 = seed(S000);
        memory.admit(e000);
        memory.admit(seed(S002));
        // a third text that mostly repeats 002 names 000, the root of the chain
        String text002 = SeedFormat.parse(TopicRecords.resource("seeds/" + S002)).text();
        DedupEntry e002b = ArticlePreparer.prepare(new ArticleInput(null, null, null, null, text002 + "\n\nOne more line was added."),
                "live", Instant.EPOCH).entry();
        assertEquals(e000.articleId(), memory.admit(e002b).nearDuplicateOf());
    }
}
