package org.gloss.analysis.internal;

import org.gloss.model.IntervalSet;

/** What some codes cover in a document, by some coders: the union of those codings. */
final class Coverage {
    private Coverage() {
    }

    static IntervalSet of(DocumentCodings codings, boolean[] codes, boolean[] coders) {
        int[] starts = new int[codings.size];
        int[] ends = new int[codings.size];
        int n = 0;
        for (int i = 0; i < codings.size; i++) {
            if (codes[codings.code[i]] && coders[codings.coder[i]]) {
                starts[n] = codings.start[i];
                ends[n] = codings.end[i];
                n++;
            }
        }
        return n == 0 ? IntervalSet.EMPTY : IntervalSet.union(starts, ends, n);
    }

    /** Whether any coding of the codes by the coders is in the document. */
    static boolean any(DocumentCodings codings, boolean[] codes, boolean[] coders) {
        for (int i = 0; i < codings.size; i++) {
            if (codes[codings.code[i]] && coders[codings.coder[i]]) {
                return true;
            }
        }
        return false;
    }
}
