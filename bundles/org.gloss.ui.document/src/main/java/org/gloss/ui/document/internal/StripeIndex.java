package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Which code stripes the margin draws beside each paragraph: one column per code that has a
 * coding in the document (in codebook order); a column is drawn beside every paragraph one of the
 * code's codings touches, and the code's name where a stretch of its stripe begins.
 */
final class StripeIndex {
    private final long[] columns;
    private final BitSet[] active;
    private final int[] paragraphStarts;

    /**
     * @param paragraphStarts UTF-16 index where each paragraph starts (paragraphs end at '\n')
     * @param codebookOrder   code ids in codebook order
     */
    StripeIndex(int[] paragraphStarts, List<CodingStyles.Extent> extents, List<Long> codebookOrder) {
        this.paragraphStarts = paragraphStarts;
        BitSet used = new BitSet();
        List<Long> present = new ArrayList<>();
        for (CodingStyles.Extent e : extents) {
            int position = codebookOrder.indexOf(e.codeId());
            if (position >= 0) {
                used.set(position);
            }
        }
        for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
            present.add(codebookOrder.get(i));
        }
        columns = present.stream().mapToLong(Long::longValue).toArray();
        active = new BitSet[paragraphStarts.length];
        for (CodingStyles.Extent e : extents) {
            int column = present.indexOf(e.codeId());
            if (column < 0) {
                continue;
            }
            int first = paragraphOf(e.start());
            int last = paragraphOf(Math.max(e.start(), e.end() - 1));
            for (int p = first; p <= last; p++) {
                (active[p] == null ? active[p] = new BitSet() : active[p]).set(column);
            }
        }
    }

    /** Paragraph starts of a text: 0 and every index after a '\n'. */
    static int[] paragraphStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    int paragraphOf(int index) {
        int found = Arrays.binarySearch(paragraphStarts, index);
        return found >= 0 ? found : -found - 2;
    }

    int columnCount() {
        return columns.length;
    }

    long codeAt(int column) {
        return columns[column];
    }

    boolean isActive(int paragraph, int column) {
        return paragraph < active.length && active[paragraph] != null && active[paragraph].get(column);
    }

    /** True where the stripe begins: active here and not in the paragraph before. */
    boolean startsAt(int paragraph, int column) {
        return isActive(paragraph, column) && (paragraph == 0 || !isActive(paragraph - 1, column));
    }
}
