package org.gloss.agreement.internal;

import java.util.Arrays;
import java.util.List;

import org.gloss.model.IntervalSet;

/**
 * Character-level agreement without per-character arrays: a sweep over the boundaries of several
 * interval sets ("layers", one per coder) yields, for each pattern of layers covering a position
 * (a bit mask), the number of positions with that pattern. Cost O(b log b) for b boundaries,
 * independent of the text length.
 */
final class BoundarySweep {
    /** At most this many layers; masks index a long[1 << layers]. */
    static final int MAX_LAYERS = 20;

    private BoundarySweep() {
    }

    /** Adds to {@code counts[mask]} the number of positions in [0, length) covered by exactly the layers in mask. */
    static void histogram(int length, List<IntervalSet> layers, long[] counts) {
        if (layers.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("at most " + MAX_LAYERS + " layers");
        }
        int events = 0;
        for (IntervalSet layer : layers) {
            events += 2 * layer.size();
        }
        // position in the high bits, layer in the low 5 bits: sorting orders by position
        long[] boundaries = new long[events];
        int n = 0;
        for (int layer = 0; layer < layers.size(); layer++) {
            IntervalSet set = layers.get(layer);
            for (int i = 0; i < set.size(); i++) {
                boundaries[n++] = ((long) set.start(i) << 5) | layer;
                boundaries[n++] = ((long) set.end(i) << 5) | layer;
            }
        }
        Arrays.sort(boundaries);
        int mask = 0;
        int pos = 0;
        for (long boundary : boundaries) {
            int at = (int) (boundary >>> 5);
            if (at > pos) {
                counts[mask] += at - pos;
                pos = at;
            }
            mask ^= 1 << (int) (boundary & 31);
        }
        if (length > pos) {
            counts[mask] += length - pos;
        }
    }

    /** Calls {@code visitor} for each maximal run [start, end) of constant mask, including mask 0. */
    static void runs(int length, List<IntervalSet> layers, RunVisitor visitor) {
        int events = 0;
        for (IntervalSet layer : layers) {
            events += 2 * layer.size();
        }
        long[] boundaries = new long[events];
        int n = 0;
        for (int layer = 0; layer < layers.size(); layer++) {
            IntervalSet set = layers.get(layer);
            for (int i = 0; i < set.size(); i++) {
                boundaries[n++] = ((long) set.start(i) << 5) | layer;
                boundaries[n++] = ((long) set.end(i) << 5) | layer;
            }
        }
        Arrays.sort(boundaries);
        int mask = 0;
        int pos = 0;
        for (long boundary : boundaries) {
            int at = (int) (boundary >>> 5);
            if (at > pos) {
                visitor.run(pos, at, mask);
                pos = at;
            }
            mask ^= 1 << (int) (boundary & 31);
        }
        if (length > pos) {
            visitor.run(pos, length, mask);
        }
    }

    @FunctionalInterface
    interface RunVisitor {
        void run(int start, int end, int mask);
    }
}
