package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.model.IntervalSet;

/**
 * The segments of several codes in one document, by one coder group: each code's maximal coded
 * runs (exactly the code, without sub-codes).
 */
final class Runs {
    private Runs() {
    }

    /**
     * One interval set per code of {@code codes} (positions in codebook order), over the codings
     * by {@code coders}; codes without codings get {@link IntervalSet#EMPTY}.
     */
    static IntervalSet[] of(DocumentCodings codings, int[] codes, int codeCount, boolean[] coders) {
        int[] slot = new int[codeCount];
        java.util.Arrays.fill(slot, -1);
        for (int k = 0; k < codes.length; k++) {
            slot[codes[k]] = k;
        }
        List<int[]>[] spans = null;
        for (int i = 0; i < codings.size; i++) {
            int k = slot[codings.code[i]];
            if (k >= 0 && coders[codings.coder[i]]) {
                if (spans == null) {
                    @SuppressWarnings("unchecked")
                    List<int[]>[] created = new List[codes.length];
                    spans = created;
                }
                if (spans[k] == null) {
                    spans[k] = new ArrayList<>();
                }
                spans[k].add(new int[] {codings.start[i], codings.end[i]});
            }
        }
        IntervalSet[] sets = new IntervalSet[codes.length];
        for (int k = 0; k < codes.length; k++) {
            List<int[]> list = spans == null ? null : spans[k];
            if (list == null) {
                sets[k] = IntervalSet.EMPTY;
            } else {
                int[] s = new int[list.size()];
                int[] e = new int[list.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = list.get(i)[0];
                    e[i] = list.get(i)[1];
                }
                sets[k] = IntervalSet.union(s, e, s.length);
            }
        }
        return sets;
    }
}
