package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Search hits drawn over coding runs: split at the hits' boundaries, coding styles kept. */
class SearchMarksTest {
    private static final String CODED = "-rtfx-background-color: rgba(1,2,3,0.30);";

    @Test
    void hitsAreDrawnOverTheCodingsWithoutReplacingThem() {
        SearchMarks marks = new SearchMarks();
        int[] dirty = marks.set(List.of(new int[] {12, 16}, new int[] {2, 5}));

        assertThat(dirty).containsExactly(2, 16);
        // [0,10) uncoded, [10,20) coded: the hit 2-5 is on plain text, 12-16 inside the coding
        List<CodingStyles.Run> runs = marks.overlay(List.of(new CodingStyles.Run(10, ""), new CodingStyles.Run(10, CODED)), 0);

        assertThat(runs).containsExactly(
                new CodingStyles.Run(2, ""),
                new CodingStyles.Run(3, SearchMarks.STYLE),
                new CodingStyles.Run(5, ""),
                new CodingStyles.Run(2, CODED),
                new CodingStyles.Run(4, CODED + " " + SearchMarks.STYLE),
                new CodingStyles.Run(4, CODED));
        assertThat(runs.stream().mapToInt(CodingStyles.Run::length).sum()).isEqualTo(20);
    }

    @Test
    void aRestyledRangeStartingInsideAHitAndHitsAcrossRuns() {
        SearchMarks marks = new SearchMarks();
        marks.set(List.of(new int[] {8, 14}));

        // restyling [10, 20): the hit began before the range
        assertThat(marks.overlay(List.of(new CodingStyles.Run(10, "")), 10)).containsExactly(
                new CodingStyles.Run(4, SearchMarks.STYLE), new CodingStyles.Run(6, ""));
        // a hit across a coding boundary keeps both parts marked
        assertThat(marks.overlay(List.of(new CodingStyles.Run(10, ""), new CodingStyles.Run(10, CODED)), 0)).containsExactly(
                new CodingStyles.Run(8, ""), new CodingStyles.Run(2, SearchMarks.STYLE),
                new CodingStyles.Run(4, CODED + " " + SearchMarks.STYLE), new CodingStyles.Run(6, CODED));
    }

    @Test
    void overlappingHitsMergeAndClearingRedrawsWhereTheyWere() {
        SearchMarks marks = new SearchMarks();
        marks.set(List.of(new int[] {3, 6}, new int[] {5, 9}, new int[] {20, 22}));

        assertThat(marks.size()).isEqualTo(2);
        assertThat(marks.get(0)).containsExactly(3, 9);
        assertThat(marks.set(List.of())).containsExactly(3, 22);
        assertThat(marks.size()).isZero();
        assertThat(marks.set(List.of())).isNull();
        List<CodingStyles.Run> plain = List.of(new CodingStyles.Run(30, ""));
        assertThat(marks.overlay(plain, 0)).isSameAs(plain);
    }

    @Test
    void nextAndPreviousWrapAround() {
        SearchMarks marks = new SearchMarks();
        marks.set(List.of(new int[] {10, 12}, new int[] {20, 24}, new int[] {30, 31}));

        assertThat(marks.next(0)).hasValue(0);
        assertThat(marks.next(11)).hasValue(1);
        assertThat(marks.next(20)).hasValue(1);
        assertThat(marks.next(31)).hasValue(0);
        assertThat(marks.previous(20)).hasValue(0);
        assertThat(marks.previous(25)).hasValue(1);
        assertThat(marks.previous(10)).hasValue(2);
        assertThat(new SearchMarks().next(0)).isEmpty();
    }
}
