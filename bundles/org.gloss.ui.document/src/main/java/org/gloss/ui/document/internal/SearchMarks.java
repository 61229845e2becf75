package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The current search's hits in a document, as UTF-16 extents, and how they are drawn: a box and
 * bold letters added to whatever the codings draw there. Codings own the background and the
 * underline, hits the border and the weight, so a hit inside a coding shows both and neither
 * can be taken for the other.
 */
final class SearchMarks {
    static final String STYLE = "-rtfx-border-stroke-color: #E65100; -rtfx-border-stroke-width: 2; -fx-font-weight: bold;";

    /** Sorted, non-overlapping: starts[i] < ends[i] <= starts[i + 1]. */
    private int[] starts = new int[0];
    private int[] ends = new int[0];

    /** Replaces the marks; returns the UTF-16 range [from, to) to redraw (old and new marks), or null. */
    int[] set(List<int[]> extents) {
        int[] before = range();
        List<int[]> sorted = new ArrayList<>(extents);
        sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] newStarts = new int[sorted.size()];
        int[] newEnds = new int[sorted.size()];
        int count = 0;
        for (int[] e : sorted) {
            if (e[1] <= e[0]) {
                continue;
            }
            if (count > 0 && e[0] <= newEnds[count - 1]) {
                newEnds[count - 1] = Math.max(newEnds[count - 1], e[1]); // touching or overlapping hits: one mark
            } else {
                newStarts[count] = e[0];
                newEnds[count] = e[1];
                count++;
            }
        }
        starts = Arrays.copyOf(newStarts, count);
        ends = Arrays.copyOf(newEnds, count);
        int[] after = range();
        if (before == null) {
            return after;
        }
        return after == null ? before : new int[] {Math.min(before[0], after[0]), Math.max(before[1], after[1])};
    }

    int size() {
        return starts.length;
    }

    /** The extent of mark i. */
    int[] get(int i) {
        return new int[] {starts[i], ends[i]};
    }

    private int[] range() {
        return starts.length == 0 ? null : new int[] {starts[0], ends[ends.length - 1]};
    }

    /** The first mark that starts at or after the index (wrapping to the first), if any. */
    OptionalInt next(int index) {
        if (starts.length == 0) {
            return OptionalInt.empty();
        }
        int i = Arrays.binarySearch(starts, index);
        i = i >= 0 ? i : -i - 1;
        return OptionalInt.of(i < starts.length ? i : 0);
    }

    /** The last mark that starts before the index (wrapping to the last), if any. */
    OptionalInt previous(int index) {
        if (starts.length == 0) {
            return OptionalInt.empty();
        }
        int i = Arrays.binarySearch(starts, index);
        i = (i >= 0 ? i : -i - 1) - 1;
        return OptionalInt.of(i >= 0 ? i : starts.length - 1);
    }

    /** The coding runs of [from, ...) with the marks drawn over them: runs are split at mark boundaries. */
    List<CodingStyles.Run> overlay(List<CodingStyles.Run> runs, int from) {
        if (starts.length == 0) {
            return runs;
        }
        List<CodingStyles.Run> result = new ArrayList<>(runs.size() + 8);
        int position = from;
        int mark = Math.max(0, firstEndingAfter(from));
        for (CodingStyles.Run run : runs) {
            int runEnd = position + run.length();
            while (position < runEnd) {
                while (mark < starts.length && ends[mark] <= position) {
                    mark++;
                }
                int pieceEnd;
                boolean marked;
                if (mark >= starts.length || starts[mark] >= runEnd) {
                    pieceEnd = runEnd;
                    marked = false;
                } else if (starts[mark] > position) {
                    pieceEnd = starts[mark];
                    marked = false;
                } else {
                    pieceEnd = Math.min(runEnd, ends[mark]);
                    marked = true;
                }
                String style = marked ? (run.style().isEmpty() ? STYLE : run.style() + " " + STYLE) : run.style();
                add(result, pieceEnd - position, style);
                position = pieceEnd;
            }
            if (run.length() == 0) {
                add(result, 0, run.style());
            }
        }
        return result;
    }

    private int firstEndingAfter(int index) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void add(List<CodingStyles.Run> runs, int length, String style) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).style().equals(style)) {
            runs.set(last, new CodingStyles.Run(runs.get(last).length() + length, style));
        } else {
            runs.add(new CodingStyles.Run(length, style));
        }
    }
}
