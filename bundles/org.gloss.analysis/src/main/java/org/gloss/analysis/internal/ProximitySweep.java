package org.gloss.analysis.internal;

import java.util.Arrays;

import org.gloss.api.analysis.Proximity;
import org.gloss.model.IntervalSet;
import org.gloss.model.TextUnits;

/**
 * Finds every pair of segments of different codes in one document that are close by a proximity:
 * the segments are sorted by where they begin (in code points, or in sentence or paragraph
 * numbers) and each is paired with the earlier ones whose reach it begins within. Two segments
 * are close when the later one begins no further than the distance after the earlier one ends:
 * for overlap, before it ends.
 */
final class ProximitySweep {
    /** Told about each close pair; {@code a} is the code earlier in the request's order. */
    interface PairVisitor {
        void pair(int a, int aStart, int aEnd, int b, int bStart, int bEnd);
    }

    private ProximitySweep() {
    }

    /**
     * @param runs  each code's segments in the document (index = code's position in the request)
     * @param units the document's sentences or paragraphs as pairs, for those proximities; else null
     */
    static void sweep(IntervalSet[] runs, Proximity proximity, int[] units, PairVisitor visitor) {
        int total = 0;
        for (IntervalSet set : runs) {
            total += set.size();
        }
        if (total < 2) {
            return;
        }
        // per segment: where it begins, how far it reaches, its code, start and end
        long[] order = new long[total];
        int[] begin = new int[total];
        long[] reach = new long[total];
        int[] code = new int[total];
        int[] start = new int[total];
        int[] end = new int[total];
        int n = 0;
        for (int k = 0; k < runs.length; k++) {
            IntervalSet set = runs[k];
            for (int i = 0; i < set.size(); i++) {
                int s = set.start(i);
                int e = set.end(i);
                switch (proximity.kind()) {
                    case OVERLAP -> {
                        begin[n] = s;
                        reach[n] = e - 1L;
                    }
                    case NEAR -> {
                        begin[n] = s;
                        reach[n] = (long) e + proximity.distance();
                    }
                    case SENTENCE, PARAGRAPH -> {
                        begin[n] = TextUnits.unitAt(units, s) + 1;
                        reach[n] = TextUnits.unitAt(units, e - 1) + 1L + proximity.distance();
                    }
                    case DOCUMENT -> {
                        begin[n] = 0;
                        reach[n] = Long.MAX_VALUE;
                    }
                }
                code[n] = k;
                start[n] = s;
                end[n] = e;
                order[n] = ((long) begin[n] << 32) | n;
                n++;
            }
        }
        Arrays.sort(order);
        int[] active = new int[total];
        int activeCount = 0;
        for (long packed : order) {
            int r = (int) packed;
            int kept = 0;
            for (int j = 0; j < activeCount; j++) {
                int q = active[j];
                if (reach[q] < begin[r]) {
                    continue; // out of reach of r and of every later segment
                }
                active[kept++] = q;
                if (code[q] != code[r]) {
                    if (code[q] < code[r]) {
                        visitor.pair(code[q], start[q], end[q], code[r], start[r], end[r]);
                    } else {
                        visitor.pair(code[r], start[r], end[r], code[q], start[q], end[q]);
                    }
                }
            }
            activeCount = kept;
            active[activeCount++] = r;
        }
    }
}
