package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of code point positions as sorted, disjoint, non-adjacent half-open intervals. Built from
 * codings, it is what a coder's value "1" means at character level: covered by any coding.
 * Adjacent and overlapping codings melt together, so splitting a passage never matters.
 */
final class IntervalSet {
    static final IntervalSet EMPTY = new IntervalSet(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private IntervalSet(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The union of spans given as parallel arrays (any order, overlaps allowed). */
    static IntervalSet union(int[] spanStarts, int[] spanEnds, int count) {
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = ((long) spanStarts[i] << 32) | (spanEnds[i] & 0xFFFFFFFFL);
        }
        Arrays.sort(packed);
        int[] s = new int[count];
        int[] e = new int[count];
        int n = 0;
        for (long p : packed) {
            int start = (int) (p >>> 32);
            int end = (int) p;
            if (n > 0 && start <= e[n - 1]) {
                e[n - 1] = Math.max(e[n - 1], end);
            } else {
                s[n] = start;
                e[n] = end;
                n++;
            }
        }
        return new IntervalSet(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    static IntervalSet of(int... startEndPairs) {
        int n = startEndPairs.length / 2;
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = startEndPairs[2 * i];
            e[i] = startEndPairs[2 * i + 1];
        }
        return union(s, e, n);
    }

    static IntervalSet union(List<IntervalSet> sets) {
        int total = sets.stream().mapToInt(IntervalSet::size).sum();
        int[] s = new int[total];
        int[] e = new int[total];
        int n = 0;
        for (IntervalSet set : sets) {
            System.arraycopy(set.starts, 0, s, n, set.size());
            System.arraycopy(set.ends, 0, e, n, set.size());
            n += set.size();
        }
        return union(s, e, n);
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /** Number of positions covered. */
    long coveredLength() {
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Whether any position of [from, to) is covered. */
    boolean intersects(int from, int to) {
        int i = Arrays.binarySearch(ends, from + 1);
        int idx = i >= 0 ? i : -i - 1; // first interval whose end > from
        return idx < starts.length && starts[idx] < to;
    }

    /** Positions in this set and in {@code other}. */
    IntervalSet intersect(IntervalSet other) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < size() && j < other.size()) {
            int s = Math.max(starts[i], other.starts[j]);
            int e = Math.min(ends[i], other.ends[j]);
            if (s < e) {
                out.add(new int[] {s, e});
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return fromPairs(out);
    }

    /** Positions in this set but not in {@code other}. */
    IntervalSet minus(IntervalSet other) {
        List<int[]> out = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < size(); i++) {
            int s = starts[i];
            int e = ends[i];
            while (j < other.size() && other.ends[j] <= s) {
                j++;
            }
            int k = j;
            while (s < e) {
                if (k >= other.size() || other.starts[k] >= e) {
                    out.add(new int[] {s, e});
                    break;
                }
                if (other.starts[k] > s) {
                    out.add(new int[] {s, other.starts[k]});
                }
                s = Math.max(s, other.ends[k]);
                k++;
            }
        }
        return fromPairs(out);
    }

    private static IntervalSet fromPairs(List<int[]> pairs) {
        int[] s = new int[pairs.size()];
        int[] e = new int[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            s[k] = pairs.get(k)[0];
            e[k] = pairs.get(k)[1];
        }
        return union(s, e, s.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntervalSet other && Arrays.equals(starts, other.starts) && Arrays.equals(ends, other.ends);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Arrays.hashCode(ends);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < starts.length; i++) {
            b.append(i == 0 ? "" : ", ").append('[').append(starts[i]).append(", ").append(ends[i]).append(')');
        }
        return b.append('}').toString();
    }
}
