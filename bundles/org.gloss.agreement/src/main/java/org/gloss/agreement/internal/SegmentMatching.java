package org.gloss.agreement.internal;

import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.ReliabilityData;
import org.gloss.model.IntervalSet;

/**
 * Segment-level agreement as MAXQDA offers it: a segment of one coder (a maximal run of text the
 * coder covered with the code) is matched when the other coder has a segment of the same code
 * whose overlap with it is at least {@code minOverlap} of the two segments' joint extent
 * (from the earlier start to the later end).
 */
final class SegmentMatching {
    private SegmentMatching() {
    }

    /** {matched, unmatched} segments of {@code own} against {@code other}. */
    static long[] matchedUnmatched(IntervalSet own, IntervalSet other, double minOverlap) {
        long matched = 0;
        int j = 0;
        for (int i = 0; i < own.size(); i++) {
            int s = own.start(i);
            int e = own.end(i);
            while (j < other.size() && other.end(j) <= s) {
                j++;
            }
            boolean found = false;
            for (int k = j; k < other.size() && other.start(k) < e && !found; k++) {
                int overlap = Math.min(e, other.end(k)) - Math.max(s, other.start(k));
                int extent = Math.max(e, other.end(k)) - Math.min(s, other.start(k));
                found = overlap > 0 && overlap >= minOverlap * extent - 1e-9;
            }
            if (found) {
                matched++;
            }
        }
        return new long[] {matched, own.size() - matched};
    }

    /**
     * The pair's units: every segment of either coder is a unit. The segment's own coder has 1;
     * the other coder has 1 if the segment is matched, else 0. There are no units where neither
     * coded, so chance-corrected coefficients at this level are low by construction.
     */
    static ReliabilityData pairData(String first, String second, Map<String, long[]> byCoder) {
        long[] a = byCoder.getOrDefault(first, new long[2]);
        long[] b = byCoder.getOrDefault(second, new long[2]);
        return ReliabilityData.builder(List.of(first, second), 2)
                .addUnits(a[0] + b[0], 1, 1)
                .addUnits(a[1], 1, 0)
                .addUnits(b[1], 0, 1)
                .build();
    }
}
