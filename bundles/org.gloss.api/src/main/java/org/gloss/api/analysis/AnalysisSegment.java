package org.gloss.api.analysis;

import java.util.List;

/**
 * A passage an analysis found or counted: a query result, a coding or coded run behind a matrix
 * cell, one side of a co-occurrence, a word occurrence.
 *
 * @param start    first code point
 * @param end      code point after the passage (exclusive)
 * @param text     exactly the code points [start, end) of the stored text
 * @param left     up to the context width of code points before the passage (empty when none was asked)
 * @param right    up to the context width of code points after the passage
 * @param codes    the codes that hold there (for query results: the query's codes that code at
 *                 least one code point of the passage; for codings: the coding's code)
 * @param coder    whose codings these are; null when coders are pooled
 * @param codingId the coding, when the passage is exactly one coding; null for runs and results
 */
public record AnalysisSegment(long documentId, String document, int start, int end, String text, String left,
                              String right, List<String> codes, String coder, Long codingId) {
    public AnalysisSegment {
        codes = List.copyOf(codes);
    }

    public int length() {
        return end - start;
    }
}
