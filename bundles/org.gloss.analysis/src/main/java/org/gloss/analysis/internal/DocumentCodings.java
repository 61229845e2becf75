package org.gloss.analysis.internal;

import java.util.Arrays;

/** One document's codings as parallel arrays, in the store's order (start, end, id). */
final class DocumentCodings {
    static final DocumentCodings NONE = new DocumentCodings();

    long[] ids = new long[4];
    /** Position of the code in codebook order. */
    int[] code = new int[4];
    /** Position of the coder in the store's order. */
    int[] coder = new int[4];
    int[] start = new int[4];
    int[] end = new int[4];
    int size;

    void add(long id, int codeIndex, int coderIndex, int from, int to) {
        if (size == ids.length) {
            int grown = size * 2;
            ids = Arrays.copyOf(ids, grown);
            code = Arrays.copyOf(code, grown);
            coder = Arrays.copyOf(coder, grown);
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
        }
        ids[size] = id;
        code[size] = codeIndex;
        coder[size] = coderIndex;
        start[size] = from;
        end[size] = to;
        size++;
    }
}
