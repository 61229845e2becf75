package org.gloss.api.analysis;

/**
 * How two codes occur together.
 *
 * @param a         the code earlier in codebook order
 * @param b         the later code
 * @param pairs     number of (a-segment, b-segment) pairs in the same document (and by the same
 *                  coder, when coders are kept apart) that are close by the request's proximity
 * @param documents number of documents with at least one such pair
 * @param c         ATLAS.ti's c-coefficient pairs / (segments of a + segments of b - pairs); null
 *                  when that denominator is not positive (segments overlapping several segments of
 *                  the other code can make pairs exceed it, and c can then also exceed 1)
 * @param jaccard   code points coded with both / code points coded with either, in the documents in scope
 */
public record CooccurrencePair(String a, String b, long pairs, int documents, Double c, double jaccard) {
}
