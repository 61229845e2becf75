package org.gloss.api.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Segments that coders marked on one continuum [0, length), as unitizing coefficients
 * (Krippendorff's u-alpha) see them. Each segment has a coder and a category; segments of the
 * same coder and category must not overlap (adjacent ones are allowed and stay distinct units).
 * Immutable.
 */
public final class UnitizingData {
    /** One marked segment [start, end) of a coder, in a category. */
    public record Segment(int coder, int category, long start, long end) {
        public Segment {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("segment must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
            }
        }

        public long length() {
            return end - start;
        }
    }

    private final long length;
    private final List<String> coders;
    private final List<Segment> segments;
    /** Start index in {@link #segments} of each (category, coder) run, for O(1) lookup. */
    private final java.util.Map<Long, int[]> runs = new java.util.HashMap<>();

    /**
     * @param length   length of the continuum
     * @param coders   the coders, whose index {@link Segment#coder()} refers to
     * @param segments in any order; they are kept sorted by category, coder, start
     */
    public UnitizingData(long length, List<String> coders, List<Segment> segments) {
        if (length <= 0) {
            throw new IllegalArgumentException("continuum length must be positive, got " + length);
        }
        this.length = length;
        this.coders = List.copyOf(coders);
        List<Segment> sorted = new ArrayList<>(segments);
        sorted.sort(Comparator.comparingInt(Segment::category).thenComparingInt(Segment::coder)
                .thenComparingLong(Segment::start));
        Segment previous = null;
        for (Segment s : sorted) {
            if (s.coder() < 0 || s.coder() >= this.coders.size()) {
                throw new IllegalArgumentException("segment of unknown coder " + s.coder());
            }
            if (s.category() < 0) {
                throw new IllegalArgumentException("negative category " + s.category());
            }
            if (s.end() > length) {
                throw new IllegalArgumentException("segment " + s + " outside continuum of length " + length);
            }
            if (previous != null && previous.coder() == s.coder() && previous.category() == s.category()
                    && s.start() < previous.end()) {
                throw new IllegalArgumentException("overlapping segments of one coder and category: " + previous + ", " + s);
            }
            previous = s;
        }
        this.segments = List.copyOf(sorted);
        for (int i = 0; i < this.segments.size(); ) {
            Segment first = this.segments.get(i);
            int j = i;
            while (j < this.segments.size() && this.segments.get(j).category() == first.category()
                    && this.segments.get(j).coder() == first.coder()) {
                j++;
            }
            runs.put(key(first.category(), first.coder()), new int[] {i, j});
            i = j;
        }
    }

    private static long key(int category, int coder) {
        return ((long) category << 32) | coder;
    }

    public long length() {
        return length;
    }

    public List<String> coders() {
        return coders;
    }

    public int coderCount() {
        return coders.size();
    }

    /** All segments, sorted by category, coder, start. */
    public List<Segment> segments() {
        return segments;
    }

    /** The categories that occur, ascending. */
    public List<Integer> categories() {
        return runs.keySet().stream().map(k -> (int) (k >>> 32)).distinct().sorted().toList();
    }

    /** The segments of one coder in one category, by start. */
    public List<Segment> segments(int coder, int category) {
        int[] run = runs.get(key(category, coder));
        return run == null ? List.of() : segments.subList(run[0], run[1]);
    }
}
