package org.gloss.search.lucene.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.gloss.api.search.SearchHit;
import org.gloss.search.lucene.internal.index.CharSpan;

/**
 * Turns UTF-16 match spans into keyword-in-context hits at code-point offsets, cut from each
 * document's text (the index's copy, or the store's): sorted by document and position,
 * overlapping matches merged, and only those in scope kept.
 */
final class HitBuilder {
    private HitBuilder() {
    }

    /** A match outside its document's stored text: the index does not describe the store. */
    static final class OutOfTextException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutOfTextException(String message) {
            super(message);
        }
    }

    /**
     * The first {@code limit} hits and the exact count of all, per document. Only the documents
     * that give the first hits are cut, unless the scope needs code points to decide which
     * matches count (hits inside codings or speaker turns): then every document with matches is
     * walked. Merged spans are counted in UTF-16, which gives the same number as in code points
     * (the conversion keeps order and never joins two spans).
     *
     * @param texts each document's text by id, asked only for documents that are cut
     */
    static Page page(SearchScopes.Resolved scope, Map<Long, List<CharSpan>> spans, LongFunction<HitText> texts,
                     int contextWidth, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        boolean regions = !scope.regions().isEmpty();
        for (DocumentRef d : scope.documents()) {
            List<CharSpan> found = spans.get(d.id());
            if (found == null || found.isEmpty()) {
                continue;
            }
            List<CharSpan> merged = merge(found);
            int count;
            if (hits.size() >= limit && !regions) {
                count = merged.size();
            } else {
                count = cut(d, texts.apply(d.id()), merged, scope, contextWidth, hits, limit);
            }
            if (count > 0) {
                counts.put(d.name(), count);
                total += count;
            }
        }
        return new Page(hits, counts, total);
    }

    /** The hits of one document in scope, as many as fit under the limit; returns how many there are in all. */
    private static int cut(DocumentRef d, HitText text, List<CharSpan> merged, SearchScopes.Resolved scope,
                           int contextWidth, List<SearchHit> hits, int limit) {
        boolean regions = !scope.regions().isEmpty();
        int count = 0;
        for (int i = 0; i < merged.size(); i++) {
            if (hits.size() >= limit && !regions) {
                // the rest only needs counting: the text after the last hit is not walked
                return count + merged.size() - i;
            }
            CharSpan span = merged.get(i);
            int[] at = text.locate(span.start(), span.end());
            int start = at[0];
            int end = at[1];
            if (end <= start || !scope.accepts(d.id(), start, end)) {
                continue;
            }
            count++;
            if (hits.size() < limit) {
                hits.add(new SearchHit(d.id(), d.name(), start, end, text.hit(), text.left(contextWidth),
                        text.right(contextWidth)));
            }
        }
        return count;
    }

    /** The first hits of a search and the exact counts of all its hits. */
    record Page(List<SearchHit> hits, Map<String, Integer> hitsPerDocument, int totalHits) {
    }

    private static List<CharSpan> merge(List<CharSpan> spans) {
        List<CharSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(CharSpan::start).thenComparingInt(CharSpan::end));
        List<CharSpan> merged = new ArrayList<>();
        for (CharSpan span : sorted) {
            CharSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                merged.set(merged.size() - 1, new CharSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
