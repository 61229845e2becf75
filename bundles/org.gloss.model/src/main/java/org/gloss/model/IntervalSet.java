package org.gloss.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of code point positions as sorted, disjoint, non-adjacent half-open intervals ("runs").
 * Built from codings, it is what "coded" means at character level: covered by any of them.
 * Adjacent and overlapping codings melt together, so splitting a passage never matters. Inter-coder
 * agreement and the analyses (code queries, co-occurrence, matrices) share it. Immutable.
 */
public final class IntervalSet {
    public static final IntervalSet EMPTY = new IntervalSet(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private IntervalSet(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** The union of spans given as parallel arrays (any order, overlaps allowed, each start &lt; end). */
    public static IntervalSet union(int[] spanStarts, int[] spanEnds, int count) {
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
            if (end <= start) {
                continue;
            }
            if (n > 0 && start <= e[n - 1]) {
                e[n - 1] = Math.max(e[n - 1], end);
            } else {
                s[n] = start;
                e[n] = end;
                n++;
            }
        }
        return n == 0 ? EMPTY : new IntervalSet(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    /** The union of spans given as pairs: start0, end0, start1, end1, ... */
    public static IntervalSet of(int... startEndPairs) {
        int n = startEndPairs.length / 2;
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = startEndPairs[2 * i];
            e[i] = startEndPairs[2 * i + 1];
        }
        return union(s, e, n);
    }

    /** The union of spans. */
    public static IntervalSet of(List<TextSpan> spans) {
        int[] s = new int[spans.size()];
        int[] e = new int[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i).start();
            e[i] = spans.get(i).end();
        }
        return union(s, e, s.length);
    }

    public static IntervalSet union(List<IntervalSet> sets) {
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

    /** Number of runs. */
    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The runs as spans, in order. */
    public List<TextSpan> spans() {
        List<TextSpan> spans = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            spans.add(new TextSpan(starts[i], ends[i]));
        }
        return spans;
    }

    /** Number of positions covered. */
    public long coveredLength() {
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            total += ends[i] - starts[i];
        }
        return total;
    }

    /** Whether any position of [from, to) is covered. */
    public boolean intersects(int from, int to) {
        int idx = firstEndingAfter(from);
        return idx < starts.length && starts[idx] < to;
    }

    /** Whether every position of [from, to) is covered (true for an empty span). */
    public boolean covers(int from, int to) {
        if (from >= to) {
            return true;
        }
        int idx = firstEndingAfter(from);
        return idx < starts.length && starts[idx] <= from && to <= ends[idx];
    }

    /** Index of the first run whose end is after {@code position}, or {@link #size()}. */
    private int firstEndingAfter(int position) {
        int i = Arrays.binarySearch(ends, position + 1);
        return i >= 0 ? i : -i - 1;
    }

    /** Positions in this set or in {@code other}. */
    public IntervalSet union(IntervalSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return union(List.of(this, other));
    }

    /** Positions in this set and in {@code other}. */
    public IntervalSet intersect(IntervalSet other) {
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

    /** Number of positions in this set and in {@code other}, without building the intersection. */
    public long intersectionLength(IntervalSet other) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < size() && j < other.size()) {
            int s = Math.max(starts[i], other.starts[j]);
            int e = Math.min(ends[i], other.ends[j]);
            if (s < e) {
                total += e - s;
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** Positions in this set but not in {@code other}. */
    public IntervalSet minus(IntervalSet other) {
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

    /** Positions of [0, length) not in this set. */
    public IntervalSet complement(int length) {
        return length <= 0 ? EMPTY : of(0, length).minus(this);
    }

    /** The runs whose index is set in {@code keep}, as a set of their own (they stay disjoint). */
    public IntervalSet select(boolean[] keep) {
        int n = 0;
        for (int i = 0; i < starts.length; i++) {
            if (keep[i]) {
                n++;
            }
        }
        if (n == starts.length) {
            return this;
        }
        int[] s = new int[n];
        int[] e = new int[n];
        int k = 0;
        for (int i = 0; i < starts.length; i++) {
            if (keep[i]) {
                s[k] = starts[i];
                e[k] = ends[i];
                k++;
            }
        }
        return n == 0 ? EMPTY : new IntervalSet(s, e);
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
