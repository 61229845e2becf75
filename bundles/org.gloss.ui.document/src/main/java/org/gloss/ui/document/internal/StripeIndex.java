package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The drawn codings' extents by paragraph, and from them the coding stripes the margin draws
 * beside each paragraph and where inside the paragraph they start and end: one column per code
 * that has a coding in the document (in codebook order), or with {@link #byCoder} one per code and
 * coder, the code's name where a stretch of its stripe begins. The same index finds the codings a restyle must consider. Kept up to date coding by coding, so that
 * applying a code touches the few paragraphs it covers instead of all 5,000 codings.
 * Pure computation on UTF-16 indices; the margin turns the stripes into lines on screen.
 */
final class StripeIndex {
    /**
     * A stripe of one column inside one paragraph, in paragraph-local UTF-16 indices [from, to);
     * {@code coderId} is -1 when the column is the code's whatever the coder; {@code memo} when a
     * coding of the stretch has a memo.
     */
    record Stripe(int column, long codeId, long coderId, int from, int to, boolean fromAbove, boolean toBelow, boolean labelled,
                  boolean memo) {
        /** A stripe of a code's column without memos. */
        Stripe(int column, long codeId, int from, int to, boolean fromAbove, boolean toBelow, boolean labelled) {
            this(column, codeId, -1, from, to, fromAbove, toBelow, labelled, false);
        }
    }

    /** What a column stands for: a code, or with {@link #byCoder} a code and a coder. */
    record Column(long codeId, long coderId) {
    }

    /** Paragraphs [first, last] changed; {@code columnsChanged} when every paragraph must redraw. */
    record Dirty(int first, int last, boolean columnsChanged) {
        static final Dirty NOTHING = new Dirty(Integer.MAX_VALUE, -1, false);
        static final Dirty ALL = new Dirty(Integer.MAX_VALUE, -1, true);

        boolean isEmpty() {
            return last < first && !columnsChanged;
        }

        Dirty and(Dirty other) {
            return new Dirty(Math.min(first, other.first), Math.max(last, other.last), columnsChanged || other.columnsChanged);
        }

        boolean includes(int paragraph) {
            return columnsChanged || paragraph >= first && paragraph <= last;
        }
    }

    private final int[] paragraphStarts;
    private final int textLength;
    private final List<CodingStyles.Extent>[] byParagraph;
    private final Map<Column, Integer> codingsPerColumn = new HashMap<>();
    private List<Long> codebookOrder;
    private List<Column> columns = List.of();
    private Map<Column, Integer> columnOf = Map.of();
    private boolean byCoder;

    /**
     * @param paragraphStarts UTF-16 index where each paragraph starts (paragraphs end at '\n')
     * @param textLength      UTF-16 length of the text
     * @param codebookOrder   code ids in codebook order
     */
    @SuppressWarnings("unchecked")
    StripeIndex(int[] paragraphStarts, int textLength, List<Long> codebookOrder) {
        this.paragraphStarts = paragraphStarts;
        this.textLength = textLength;
        this.byParagraph = new List[paragraphStarts.length];
        this.codebookOrder = List.copyOf(codebookOrder);
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

    int paragraphCount() {
        return paragraphStarts.length;
    }

    /** UTF-16 length of the paragraph without its '\n'. */
    int paragraphLength(int paragraph) {
        return paragraphEnd(paragraph) - paragraphStarts[paragraph];
    }

    /** Index of the paragraph's '\n' (or the text's end for the last paragraph). */
    private int paragraphEnd(int paragraph) {
        return paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] - 1 : textLength;
    }

    Dirty add(CodingStyles.Extent extent) {
        if (extent.end() <= extent.start()) {
            return Dirty.NOTHING;
        }
        int first = paragraphOf(extent.start());
        int last = paragraphOf(extent.end() - 1);
        for (int p = first; p <= last; p++) {
            (byParagraph[p] == null ? byParagraph[p] = new ArrayList<>(4) : byParagraph[p]).add(extent);
        }
        boolean newCode = codingsPerColumn.merge(column(extent), 1, Integer::sum) == 1;
        // the paragraph after may lose its label: the stretch now continues from above
        return new Dirty(first, Math.min(last + 1, paragraphStarts.length - 1), newCode && updateColumns());
    }

    Dirty remove(CodingStyles.Extent extent) {
        if (extent.end() <= extent.start()) {
            return Dirty.NOTHING;
        }
        int first = paragraphOf(extent.start());
        int last = paragraphOf(extent.end() - 1);
        boolean found = false;
        for (int p = first; p <= last; p++) {
            found |= byParagraph[p] != null && byParagraph[p].remove(extent);
        }
        if (!found) {
            return Dirty.NOTHING;
        }
        boolean codeGone = codingsPerColumn.merge(column(extent), -1, (a, b) -> a + b == 0 ? null : a + b) == null;
        return new Dirty(first, Math.min(last + 1, paragraphStarts.length - 1), codeGone && updateColumns());
    }

    /** A new codebook order (codes added, removed, moved): every paragraph redraws. */
    Dirty reorder(List<Long> order) {
        codebookOrder = List.copyOf(order);
        updateColumns();
        return Dirty.ALL;
    }

    /** One column per code (false) or per code and coder (true): every paragraph redraws. */
    Dirty byCoder(boolean perCoder) {
        if (perCoder == byCoder) {
            return Dirty.NOTHING;
        }
        byCoder = perCoder;
        codingsPerColumn.clear();
        for (CodingStyles.Extent extent : allExtents()) {
            codingsPerColumn.merge(column(extent), 1, Integer::sum);
        }
        updateColumns();
        return Dirty.ALL;
    }

    boolean byCoder() {
        return byCoder;
    }

    private Column column(CodingStyles.Extent extent) {
        return new Column(extent.codeId(), byCoder ? extent.coderId() : -1);
    }

    /** Every extent once (one crossing paragraphs is listed in each of them). */
    List<CodingStyles.Extent> allExtents() {
        java.util.Set<CodingStyles.Extent> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<CodingStyles.Extent> here : byParagraph) {
            if (here != null) {
                all.addAll(here);
            }
        }
        return new ArrayList<>(all);
    }

    /** Recomputes the columns from the codes (and coders) present, in codebook order; true when they changed. */
    private boolean updateColumns() {
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < codebookOrder.size(); i++) {
            rank.put(codebookOrder.get(i), i);
        }
        List<Column> present = codingsPerColumn.keySet().stream().filter(c -> rank.containsKey(c.codeId()))
                .sorted(Comparator.comparingInt((Column c) -> rank.get(c.codeId())).thenComparingLong(Column::coderId)).toList();
        if (present.equals(columns)) {
            return false;
        }
        columns = present;
        Map<Column, Integer> positions = new HashMap<>();
        for (int i = 0; i < present.size(); i++) {
            positions.put(present.get(i), i);
        }
        columnOf = positions;
        return true;
    }

    /** The extents overlapping [from, to), found through the paragraphs they touch. */
    List<CodingStyles.Extent> overlapping(int from, int to) {
        java.util.Set<CodingStyles.Extent> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (to <= from) {
            return List.of();
        }
        int last = paragraphOf(to - 1);
        for (int p = paragraphOf(from); p <= last; p++) {
            if (byParagraph[p] != null) {
                for (CodingStyles.Extent e : byParagraph[p]) {
                    if (e.end() > from && e.start() < to) {
                        found.add(e);
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    int columnCount() {
        return columns.size();
    }

    long codeAt(int column) {
        return columns.get(column).codeId();
    }

    /** The coding extents of one stripe (for its tooltip): those of its column overlapping its stretch. */
    List<CodingStyles.Extent> extentsOf(int paragraph, Stripe stripe) {
        List<CodingStyles.Extent> here = paragraph < byParagraph.length ? byParagraph[paragraph] : null;
        if (here == null) {
            return List.of();
        }
        int start = paragraphStarts[paragraph];
        List<CodingStyles.Extent> found = new ArrayList<>();
        for (CodingStyles.Extent e : here) {
            Integer column = columnOf.get(column(e));
            if (column != null && column == stripe.column() && e.end() > start + stripe.from() && e.start() < start + stripe.to()
                    + (stripe.toBelow() ? 1 : 0)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparingInt(CodingStyles.Extent::start));
        return found;
    }

    boolean isActive(int paragraph, int column) {
        return stripes(paragraph).stream().anyMatch(s -> s.column() == column);
    }

    /**
     * The stripes beside a paragraph: per column, the code's codings there merged into stretches,
     * clipped to the paragraph. A stretch is labelled where it begins: not when it continues from
     * the paragraph above (a coding crossing the line break, or one ending at the end of the
     * paragraph above while another starts this one).
     */
    List<Stripe> stripes(int paragraph) {
        List<CodingStyles.Extent> here = paragraph < byParagraph.length ? byParagraph[paragraph] : null;
        if (here == null || here.isEmpty()) {
            return List.of();
        }
        int start = paragraphStarts[paragraph];
        int end = paragraphEnd(paragraph);
        List<CodingStyles.Extent> sorted = new ArrayList<>(here);
        sorted.removeIf(e -> !columnOf.containsKey(column(e)));
        sorted.sort(Comparator.comparingInt((CodingStyles.Extent e) -> columnOf.get(column(e)))
                .thenComparingInt(CodingStyles.Extent::start));
        List<Stripe> stripes = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            CodingStyles.Extent e = sorted.get(i);
            Column key = column(e);
            int from = Math.max(e.start(), start);
            int to = e.end();
            boolean fromAbove = e.start() < start;
            boolean memo = e.memo();
            int j = i + 1;
            while (j < sorted.size() && column(sorted.get(j)).equals(key) && Math.max(sorted.get(j).start(), start) <= to) {
                to = Math.max(to, sorted.get(j).end());
                memo |= sorted.get(j).memo();
                j++;
            }
            boolean toBelow = to > end;
            boolean labelled = !fromAbove && !(from == start && endsWith(paragraph - 1, key));
            stripes.add(new Stripe(columnOf.get(key), key.codeId(), key.coderId(), from - start, Math.min(to, end) - start, fromAbove,
                    toBelow, labelled, memo));
            i = j;
        }
        return stripes;
    }

    /** True when a coding of the column reaches the last character of the paragraph (or its '\n'). */
    private boolean endsWith(int paragraph, Column key) {
        if (paragraph < 0 || byParagraph[paragraph] == null) {
            return false;
        }
        int end = paragraphEnd(paragraph);
        int lastCharacter = Math.max(paragraphStarts[paragraph], end - 1);
        for (CodingStyles.Extent e : byParagraph[paragraph]) {
            if (column(e).equals(key) && e.end() > lastCharacter) {
                return true;
            }
        }
        return false;
    }

    /** True where a stretch of the column's stripe begins in the paragraph (its name is shown). */
    boolean startsAt(int paragraph, int column) {
        return stripes(paragraph).stream().anyMatch(s -> s.column() == column && s.labelled());
    }
}
