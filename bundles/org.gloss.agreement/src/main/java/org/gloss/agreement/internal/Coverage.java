package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.model.IntervalSet;

/**
 * What each coder covered with each code in each document, as interval sets: the codings of a
 * study, reduced to what agreement depends on.
 */
final class Coverage {
    private final int coderCount;
    private final Map<Key, IntervalSet[]> sets;
    /** The same sets by code, then by document id: lets a run over many codes x documents skip what nobody coded. */
    private final Map<Long, Map<Long, IntervalSet[]>> byCode;

    private record Key(long codeId, long documentId) {
    }

    private Coverage(int coderCount, Map<Key, IntervalSet[]> sets) {
        this.coderCount = coderCount;
        this.sets = sets;
        this.byCode = new HashMap<>();
        sets.forEach((key, perCoder) -> byCode.computeIfAbsent(key.codeId(), c -> new HashMap<>()).put(key.documentId(), perCoder));
    }

    /**
     * What each coder covered with the code, per document id, one interval set per coder in coder
     * order (empty sets for coders who did not code it there); documents nobody coded with the code
     * are absent. The returned map and arrays must not be modified.
     */
    Map<Long, IntervalSet[]> byDocument(long codeId) {
        return byCode.getOrDefault(codeId, Map.of());
    }

    int coderCount() {
        return coderCount;
    }

    /** What coder {@code coder} covered with the code in the document (empty if nothing). */
    IntervalSet get(long codeId, long documentId, int coder) {
        IntervalSet[] perCoder = sets.get(new Key(codeId, documentId));
        return perCoder == null || perCoder[coder] == null ? IntervalSet.EMPTY : perCoder[coder];
    }

    /** One interval set per coder, in coder order. */
    List<IntervalSet> layers(long codeId, long documentId) {
        List<IntervalSet> layers = new ArrayList<>(coderCount);
        for (int c = 0; c < coderCount; c++) {
            layers.add(get(codeId, documentId, c));
        }
        return layers;
    }

    static Builder builder(int coderCount) {
        return new Builder(coderCount);
    }

    /** Collects spans, then merges them per (code, document, coder). */
    static final class Builder {
        private final int coderCount;
        private final Map<Key, Spans[]> spans = new HashMap<>();

        private Builder(int coderCount) {
            this.coderCount = coderCount;
        }

        Builder add(long codeId, long documentId, int coder, int start, int end) {
            Spans[] perCoder = spans.computeIfAbsent(new Key(codeId, documentId), k -> new Spans[coderCount]);
            if (perCoder[coder] == null) {
                perCoder[coder] = new Spans();
            }
            perCoder[coder].add(start, end);
            return this;
        }

        Coverage build() {
            Map<Key, IntervalSet[]> sets = new HashMap<>();
            spans.forEach((key, perCoder) -> {
                IntervalSet[] merged = new IntervalSet[coderCount];
                for (int c = 0; c < coderCount; c++) {
                    merged[c] = perCoder[c] == null ? IntervalSet.EMPTY
                            : IntervalSet.union(perCoder[c].starts, perCoder[c].ends, perCoder[c].size);
                }
                sets.put(key, merged);
            });
            return new Coverage(coderCount, sets);
        }
    }

    private static final class Spans {
        int[] starts = new int[4];
        int[] ends = new int[4];
        int size;

        void add(int start, int end) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }
    }
}
