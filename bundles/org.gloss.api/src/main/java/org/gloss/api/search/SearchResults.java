package org.gloss.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of a search, sorted by document and position.
 *
 * @param documentsSearched how many documents were in scope
 * @param index             what was done to the index before searching (null for scans of the stored text)
 */
public record SearchResults(List<SearchHit> hits, int documentsSearched, IndexReport index) {
    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Number of hits per document name, in result order; documents without hits are absent. */
    public Map<String, Integer> hitsPerDocument() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            counts.merge(hit.document(), 1, Integer::sum);
        }
        return counts;
    }

    public int size() {
        return hits.size();
    }
}
