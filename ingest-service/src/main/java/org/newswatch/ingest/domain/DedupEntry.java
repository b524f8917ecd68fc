package org.newswatch.ingest.domain;

/**
 * What the dedup memory keeps of one published article.
 *
 * @param articleId       the article id (derived from the normalised text: equal ids mean equal texts)
 * @param urlKey          key of its canonical URL, null without URL
 * @param nearDuplicateOf the earlier article it nearly repeats, else null
 * @param shingles        number of distinct word shingles of its text
 * @param minhash         its MinHash signature
 */
public record DedupEntry(String articleId, String urlKey, String nearDuplicateOf, int shingles, int[] minhash) {

    public MinHash.Signature signature() {
        return new MinHash.Signature(shingles, minhash);
    }

    private static final int[] NO_SIGNATURE = new int[0];

    /** This entry without its MinHash values (what the exact-duplicate window keeps). */
    public DedupEntry withoutSignature() {
        return minhash == null || minhash.length == 0 ? this
                : new DedupEntry(articleId, urlKey, nearDuplicateOf, shingles, NO_SIGNATURE);
    }

    public DedupEntry withNearDuplicateOf(String earlier) {
        return new DedupEntry(articleId, urlKey, earlier, shingles, minhash);
    }
}
