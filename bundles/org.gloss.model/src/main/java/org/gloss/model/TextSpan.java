package org.gloss.model;

/** A half-open span [start, end) of code points. */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {
    public TextSpan {
        check(start, end);
    }

    static void check(int start, int end) {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    public int overlapLength(TextSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
