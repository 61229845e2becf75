package org.gloss.api.analysis;

import java.util.List;

/**
 * The results of a code query: maximal runs of text where the query holds, by document (in the
 * store's order), position and coder.
 *
 * @param codes             the codes the query names, as written and resolved (a name includes
 *                          its sub-codes unless written =name)
 * @param documentsSearched documents in scope
 */
public record QueryResult(String query, List<String> codes, List<AnalysisSegment> segments, int documentsSearched) {
    public QueryResult {
        codes = List.copyOf(codes);
        segments = List.copyOf(segments);
    }

    /** Number of documents with at least one result. */
    public long documentsWithResults() {
        return segments.stream().mapToLong(AnalysisSegment::documentId).distinct().count();
    }
}
