package org.gloss.api.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first hits of a search, for a table that shows a page at a time, with the exact counts of
 * the whole result: a broad query in a large project does not pay for thousands of
 * keyword-in-context lines nobody reads.
 *
 * @param hits              the first hits, sorted by document and position (at most the limit asked for)
 * @param hitsPerDocument   number of hits per document name for the whole result, in result order
 * @param totalHits         number of hits of the whole result
 * @param documentsSearched how many documents were in scope
 * @param index             what was done to the index before searching (null for scans of the stored text)
 */
public record SearchPage(List<SearchHit> hits, Map<String, Integer> hitsPerDocument, int totalHits,
                         int documentsSearched, IndexReport index) {
    public SearchPage {
        hits = List.copyOf(hits);
        hitsPerDocument = Collections.unmodifiableMap(new LinkedHashMap<>(hitsPerDocument));
    }

    /** The first {@code limit} hits of complete results. */
    public static SearchPage of(SearchResults results, int limit) {
        List<SearchHit> all = results.hits();
        return new SearchPage(all.subList(0, Math.min(limit, all.size())), results.hitsPerDocument(), all.size(),
                results.documentsSearched(), results.index());
    }

    /** Whether every hit of the result is in {@link #hits}. */
    public boolean complete() {
        return hits.size() == totalHits;
    }
}
