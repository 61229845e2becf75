package org.gloss.api.search;

/**
 * One hit, as a keyword-in-context line.
 *
 * @param start code point offset of the hit in the document's stored text
 * @param end   code point offset after the hit (exclusive)
 * @param hit   exactly the code points [start, end) of the stored text
 * @param left  up to the context width of code points before the hit
 * @param right up to the context width of code points after the hit
 */
public record SearchHit(long documentId, String document, int start, int end, String hit, String left,
                        String right) {
}
