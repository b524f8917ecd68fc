package org.newswatch.extraction;

import org.newswatch.contracts.Qualifier;

/**
 * A parsed amount in a token span: a count with its qualifier, a range, or a vague amount word.
 *
 * @param count     the number, or the low end of a range; null for vague or unreadable amounts
 * @param high      the high end of a range, else null
 * @param qualifier how the count is qualified (EXACT when unqualified); null without a count
 * @param vague     the vague word ("dozens", "several"), else null
 * @param start     first token index of the amount, qualifier included
 * @param end       token index after the amount (and after a trailing "of")
 */
public record Amount(Long count, Long high, Qualifier qualifier, String vague, int start, int end) {

    public boolean hasCount() {
        return count != null;
    }
}
