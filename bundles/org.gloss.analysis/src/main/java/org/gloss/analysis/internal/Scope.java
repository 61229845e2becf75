package org.gloss.analysis.internal;

import java.util.List;

/**
 * An {@link org.gloss.api.analysis.AnalysisFilter} resolved against a project: the documents in
 * scope (in store order) and the coder groups whose codings are combined. Pooled coders form one
 * group; with "same coder" every coder is a group of its own.
 */
record Scope(int[] documents, boolean[] inScope, boolean[] coders, List<CoderGroup> groups) {
    /**
     * Codings by the coders in {@code members} are combined.
     *
     * @param name the coder's name for a one-coder group; null for pooled coders
     */
    record CoderGroup(String name, boolean[] members) {
    }

    boolean contains(int document) {
        return inScope[document];
    }

    long textLength(ProjectData data) {
        long total = 0;
        for (int d : documents) {
            total += data.scopedLength(d);
        }
        return total;
    }
}
