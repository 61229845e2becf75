package org.gloss.search.lucene.internal.words;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import org.gloss.api.analysis.TextScope;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.CodePointText;
import org.gloss.model.IntervalSet;
import org.gloss.search.lucene.internal.analysis.Language;
import org.gloss.search.lucene.internal.index.IndexSchema;

/**
 * The documents of a {@link TextScope} as the index numbers them: for each segment document, its
 * position in the scope (or -1), its language, and the regions in scope in UTF-16 offsets (the
 * index's offsets), so that postings can be checked without looking anything up.
 */
final class ScopedIndex {
    final TextScope scope;
    /** Per leaf ord: position in scope of each segment document, -1 when out of scope or deleted. */
    private final Map<Integer, int[]> positions = new HashMap<>();
    private final Map<Integer, Language[]> languages = new HashMap<>();
    /** Per position in scope: regions in UTF-16 offsets, or null for the whole document. */
    private final IntervalSet[] regions;
    private final boolean anyRegions;

    ScopedIndex(ProjectSession project, TextScope scope, List<LeafReaderContext> leaves) throws IOException {
        this.scope = scope;
        Map<Long, Integer> positionById = new HashMap<>();
        regions = new IntervalSet[scope.documents().size()];
        boolean any = false;
        for (int i = 0; i < scope.documents().size(); i++) {
            TextScope.ScopedDocument d = scope.documents().get(i);
            positionById.put(d.id(), i);
            if (d.regions() != null) {
                regions[i] = toChars(d.regions(), new CodePointText(project.documents().text(d.id())));
                any = true;
            }
        }
        anyRegions = any;
        for (LeafReaderContext leaf : leaves) {
            LeafReader reader = leaf.reader();
            int[] position = new int[reader.maxDoc()];
            Language[] language = new Language[reader.maxDoc()];
            java.util.Arrays.fill(position, -1);
            Bits live = reader.getLiveDocs();
            NumericDocValues ids = reader.getNumericDocValues(IndexSchema.ID_VALUE);
            SortedDocValues codes = reader.getSortedDocValues(IndexSchema.LANGUAGE);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || ids == null || !ids.advanceExact(doc)) {
                    continue;
                }
                Integer at = positionById.get(ids.longValue());
                if (at != null) {
                    position[doc] = at;
                    if (codes != null && codes.advanceExact(doc)) {
                        language[doc] = Language.byCode(codes.lookupOrd(codes.ordValue()).utf8ToString()).orElse(null);
                    }
                }
            }
            positions.put(leaf.ord, position);
            languages.put(leaf.ord, language);
        }
    }

    private static IntervalSet toChars(IntervalSet codePoints, CodePointText text) {
        int[] pairs = new int[codePoints.size() * 2];
        for (int i = 0; i < codePoints.size(); i++) {
            pairs[2 * i] = text.toCharIndex(codePoints.start(i));
            pairs[2 * i + 1] = text.toCharIndex(codePoints.end(i));
        }
        return IntervalSet.of(pairs);
    }

    int[] positions(LeafReaderContext leaf) {
        return positions.get(leaf.ord);
    }

    Language[] languages(LeafReaderContext leaf) {
        return languages.get(leaf.ord);
    }

    /** Whether some document is limited to regions: then postings need offsets. */
    boolean anyRegions() {
        return anyRegions;
    }

    /** The regions of the document at this position in UTF-16 offsets, or null for all of it. */
    IntervalSet regions(int position) {
        return regions[position];
    }
}
