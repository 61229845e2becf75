package org.gloss.ui.search.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.search.SearchHit;

/**
 * What the KWIC table shows after a search: the hits, their count per document, or the message
 * of a query the user must correct (then there are no hits).
 */
record KwicResult(List<SearchHit> hits, Map<String, Integer> hitsPerDocument, int totalHits, int documentsSearched,
                  String error) {
    KwicResult {
        hits = List.copyOf(hits);
        hitsPerDocument = Collections.unmodifiableMap(new LinkedHashMap<>(hitsPerDocument));
    }

    static KwicResult failed(String message) {
        return new KwicResult(List.of(), Map.of(), 0, 0, message);
    }

    static KwicResult empty() {
        return new KwicResult(List.of(), Map.of(), 0, 0, null);
    }

    boolean failed() {
        return error != null;
    }

    /** The status line under the query box. */
    String summary() {
        if (failed()) {
            return "gloss: error: " + error;
        }
        String shown = hits.size() < totalHits ? " (first " + hits.size() + " shown)" : "";
        return totalHits + (totalHits == 1 ? " hit" : " hits") + " in " + hitsPerDocument.size()
                + (hitsPerDocument.size() == 1 ? " document" : " documents") + " of " + documentsSearched + shown;
    }
}
