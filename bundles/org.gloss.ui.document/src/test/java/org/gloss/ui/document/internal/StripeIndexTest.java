package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The stripe index: stripes per paragraph with their extent inside it, kept up to date coding by coding. */
class StripeIndexTest {
    /** Three paragraphs: [0,10) "\n" [11,21) "\n" [22,32). */
    static final String TEXT = "0123456789\n0123456789\n0123456789";
    static final long A = 1;
    static final long B = 2;

    private static StripeIndex index(CodingStyles.Extent... extents) {
        StripeIndex index = new StripeIndex(StripeIndex.paragraphStarts(TEXT), TEXT.length(), List.of(B, A));
        for (CodingStyles.Extent e : extents) {
            index.add(e);
        }
        return index;
    }

    @Test
    void aCodingInsideOneParagraphKeepsItsExtentThere() {
        StripeIndex index = index(new CodingStyles.Extent(14, 18, A));
        assertThat(index.stripes(0)).isEmpty();
        assertThat(index.stripes(1)).containsExactly(new StripeIndex.Stripe(0, A, 3, 7, false, false, true));
        assertThat(index.stripes(2)).isEmpty();
    }

    @Test
    void aCodingAcrossParagraphsContinuesAndIsLabelledOnceWhereItBegins() {
        StripeIndex index = index(new CodingStyles.Extent(5, 25, A));
        assertThat(index.stripes(0)).containsExactly(new StripeIndex.Stripe(0, A, 5, 10, false, true, true));
        assertThat(index.stripes(1)).containsExactly(new StripeIndex.Stripe(0, A, 0, 10, true, true, false));
        assertThat(index.stripes(2)).containsExactly(new StripeIndex.Stripe(0, A, 0, 3, true, false, false));
    }

    @Test
    void columnsFollowTheCodebookOrderOfTheCodesPresent() {
        StripeIndex index = index(new CodingStyles.Extent(1, 3, A), new CodingStyles.Extent(12, 13, B));
        assertThat(index.columnCount()).isEqualTo(2);
        assertThat(index.codeAt(0)).isEqualTo(B);
        assertThat(index.stripes(0)).extracting(StripeIndex.Stripe::column).containsExactly(1);
        StripeIndex.Dirty dirty = index.remove(new CodingStyles.Extent(12, 13, B));
        assertThat(dirty.columnsChanged()).isTrue();
        assertThat(index.columnCount()).isEqualTo(1);
        assertThat(index.stripes(0)).extracting(StripeIndex.Stripe::column).containsExactly(0);
    }

    @Test
    void overlappingCodingsOfOneCodeMergeIntoOneStripe() {
        StripeIndex index = index(new CodingStyles.Extent(1, 4, A), new CodingStyles.Extent(3, 6, A), new CodingStyles.Extent(8, 9, A));
        assertThat(index.stripes(0)).containsExactly(new StripeIndex.Stripe(0, A, 1, 6, false, false, true),
                new StripeIndex.Stripe(0, A, 8, 9, false, false, true));
    }

    @Test
    void aStretchContinuingFromTheEndOfTheParagraphAboveIsNotLabelledAgain() {
        StripeIndex index = index(new CodingStyles.Extent(6, 10, A), new CodingStyles.Extent(11, 14, A));
        assertThat(index.stripes(1)).singleElement().satisfies(s -> assertThat(s.labelled()).isFalse());
    }

    @Test
    void addingAndRemovingCodingByCodingGivesWhatBuildingAnewGives() {
        Random random = new Random(11);
        List<CodingStyles.Extent> extents = new ArrayList<>();
        StripeIndex incremental = index();
        for (int i = 0; i < 400; i++) {
            if (!extents.isEmpty() && random.nextInt(3) == 0) {
                CodingStyles.Extent gone = extents.remove(random.nextInt(extents.size()));
                StripeIndex.Dirty dirty = incremental.remove(gone);
                assertThat(dirty.includes(incremental.paragraphOf(gone.start()))).isTrue();
            } else {
                int start = random.nextInt(TEXT.length() - 1);
                CodingStyles.Extent added = new CodingStyles.Extent(start, start + 1 + random.nextInt(TEXT.length() - start - 1),
                        random.nextBoolean() ? A : B);
                extents.add(added);
                incremental.add(added);
            }
            StripeIndex fresh = index(extents.toArray(CodingStyles.Extent[]::new));
            for (int p = 0; p < 3; p++) {
                assertThat(incremental.stripes(p)).as("paragraph %d after step %d", p, i).isEqualTo(fresh.stripes(p));
            }
            int from = random.nextInt(TEXT.length());
            int to = from + 1 + random.nextInt(TEXT.length() - from);
            assertThat(incremental.overlapping(from, to)).containsExactlyInAnyOrderElementsOf(
                    extents.stream().filter(e -> e.end() > from && e.start() < to).toList());
        }
    }
}
