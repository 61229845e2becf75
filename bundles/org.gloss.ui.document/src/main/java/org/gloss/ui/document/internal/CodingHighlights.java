package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.gloss.model.Code;
import org.gloss.model.Coding;

/**
 * Draws a document's codings: the highlights in the text and the coding stripes in the margin.
 * After the first drawing it works change by change: a new coding restyles the text it covers
 * and redraws the margin beside the paragraphs it touches, nothing else, so applying a code
 * costs the same on a 1 MB transcript with 5,000 codings as on a page.
 */
final class CodingHighlights {
    private final InlineCssTextArea area;
    private final TextPositions positions;
    private final DrawnCodings drawn;
    private final StripeIndex stripes;
    private final StripeMargin margin = new StripeMargin();
    private final SearchMarks searchMarks = new SearchMarks();
    private Map<Long, String> colours;
    private CodingStyles.Tint tint = CodingStyles.Tint.LIGHT;
    private CodingStyles styles;

    CodingHighlights(InlineCssTextArea area, TextPositions positions, List<Code> codes, List<Coding> codings) {
        this.area = area;
        this.positions = positions;
        this.drawn = new DrawnCodings(positions);
        this.colours = colours(codes);
        this.styles = new CodingStyles(colours);
        this.stripes = new StripeIndex(StripeIndex.paragraphStarts(positions.text()), positions.text().length(), order(codes));
        for (Coding coding : codings) {
            stripes.add(drawn.add(coding));
        }
        restyle(0, positions.text().length());
        margin.details(Map.of(), drawn::get);
        margin.show(stripes, byId(codes));
        area.setParagraphGraphicFactory(margin);
    }

    /** One stripe per code (false) or per code and coder (true). */
    void stripesByCoder(boolean byCoder, List<Coding> allCodings) {
        StripeIndex.Dirty dirty = stripes.byCoder(byCoder);
        reserve(allCodings);
        margin.refresh(dirty.and(StripeIndex.Dirty.ALL));
    }

    /** Coder names for the margin's per-coder labels and tooltips. */
    void coders(Map<Long, String> names) {
        margin.details(names, drawn::get);
    }

    /**
     * Keeps the margin as wide as the columns of all the document's codings, drawn or hidden, so
     * that showing or hiding a code does not move the text sideways.
     */
    void reserve(List<Coding> allCodings) {
        java.util.Set<StripeIndex.Column> columns = new java.util.HashSet<>();
        for (Coding coding : allCodings) {
            columns.add(new StripeIndex.Column(coding.codeId(), stripes.byCoder() ? coding.coderId() : -1));
        }
        if (margin.reserve(columns.size())) {
            margin.refresh(StripeIndex.Dirty.ALL);
        }
    }

    /** The margin's width now (for tests: it must not change when codes are shown or hidden). */
    double marginWidth() {
        return margin.width();
    }

    /** Draws a command's exact change: the codings it removed and those it added (or changed). */
    void apply(Collection<Coding> removed, Collection<Coding> added) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        StripeIndex.Dirty dirty = StripeIndex.Dirty.NOTHING;
        List<Coding> changes = new ArrayList<>(removed);
        changes.addAll(added);
        for (Coding coding : changes) {
            CodingStyles.Extent gone = drawn.remove(coding.id());
            if (gone != null) {
                from = Math.min(from, gone.start());
                to = Math.max(to, gone.end());
                dirty = dirty.and(stripes.remove(gone));
            }
        }
        for (Coding coding : added) {
            CodingStyles.Extent extent = drawn.add(coding);
            from = Math.min(from, extent.start());
            to = Math.max(to, extent.end());
            dirty = dirty.and(stripes.add(extent));
        }
        if (to >= 0) {
            restyle(from, to);
        }
        margin.refresh(dirty);
    }

    /** Draws exactly {@code now}: what differs from the codings drawn is removed or added. */
    void showOnly(List<Coding> now) {
        Map<Long, Coding> wanted = new HashMap<>();
        now.forEach(c -> wanted.put(c.id(), c));
        List<Coding> removed = new ArrayList<>();
        for (Coding c : drawn.codings()) {
            if (!c.equals(wanted.get(c.id()))) {
                removed.add(c);
            }
        }
        List<Coding> added = now.stream().filter(c -> !c.equals(drawn.get(c.id()))).toList();
        apply(removed, added);
    }

    /** The codebook changed (names, colours, order, codes gone): redraw what depends on it. */
    void codebookChanged(List<Code> codes, List<Coding> now) {
        Map<Long, String> newColours = colours(codes);
        showOnly(now);
        margin.codes(byId(codes));
        margin.refresh(stripes.reorder(order(codes)));
        if (!newColours.equals(colours)) {
            colours = newColours;
            styles = new CodingStyles(colours, tint);
            restyle(0, positions.text().length());
            margin.darkBackground(tint == CodingStyles.Tint.DARK);
        }
    }

    /** The theme changed: highlights are drawn with the tint that stays visible on its background. */
    void tint(CodingStyles.Tint newTint) {
        if (newTint != tint) {
            tint = newTint;
            styles = new CodingStyles(colours, tint);
            restyle(0, positions.text().length());
            margin.darkBackground(tint == CodingStyles.Tint.DARK);
        }
    }

    /** Marks the current search's hits (UTF-16 extents), replacing earlier marks; the codings stay as they are. */
    void markSearchHits(List<int[]> extents) {
        int[] dirty = searchMarks.set(extents);
        if (dirty != null) {
            restyle(dirty[0], dirty[1]);
        }
    }

    SearchMarks searchMarks() {
        return searchMarks;
    }

    Collection<Coding> codings() {
        return drawn.codings();
    }

    int size() {
        return drawn.size();
    }

    private void restyle(int from, int to) {
        if (to <= from) {
            return;
        }
        List<CodingStyles.Run> runs = searchMarks.overlay(styles.runs(from, to, stripes.overlapping(from, to)), from);
        StyleSpansBuilder<String> spans = new StyleSpansBuilder<>(runs.size());
        for (CodingStyles.Run run : runs) {
            spans.add(run.style(), run.length());
        }
        area.setStyleSpans(from, spans.create());
    }

    private static Map<Long, String> colours(List<Code> codes) {
        Map<Long, String> colours = new HashMap<>();
        for (Code code : codes) {
            colours.put(code.id(), code.color());
        }
        return colours;
    }

    private static List<Long> order(List<Code> codes) {
        return codes.stream().map(Code::id).toList();
    }

    private static Map<Long, Code> byId(List<Code> codes) {
        Map<Long, Code> byId = new HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
