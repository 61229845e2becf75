package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gloss.model.IntervalSet;

import org.junit.jupiter.api.Test;

/** Units other than characters, and the building blocks of the sweep. */
class UnitsTest {
    @Test
    void sentenceUnitsAreAutoCodingsSentencesNotBrokenAfterAbbreviations() {
        String text = "Dr. Smith spoke. Проф. Иванова ответила: «Долг растёт!» сказала она. End";
        int[] units = TextUnits.of(UnitLevel.SENTENCE, text);
        assertThat(units).containsExactly(0, 17, 17, 69, 69, 72);
        assertThat(text.substring(units[2], units[3])).isEqualTo("Проф. Иванова ответила: «Долг растёт!» сказала она. ");
    }

    @Test
    void sentencesAndLinesInCodePoints() {
        String text = "😀 First one. Second one?\n\nThird line\n";
        // "😀" is one code point (two UTF-16 units)
        assertThat(TextUnits.of(UnitLevel.SENTENCE, text)).containsExactly(0, 13, 13, 26, 26, 37);
        assertThat(TextUnits.of(UnitLevel.PARAGRAPH, text)).containsExactly(0, 24, 26, 36);
    }

    private static long[] masks(UnitLevel level, Study study) {
        AgreementOptions options = AgreementOptions.defaults(level);
        return new UnitTables(study, options).masks(study.codes().get(0).id(), study.documents().get(0));
    }

    @Test
    void aUnitIsCodedIfAnyPartOfItIs() {
        Study study = new Studies("A", "B").code("x").document("d", 37)
                .coding(0, 0, 0, 12, 14)   // touches sentence 1 and 2
                .coding(1, 0, 0, 30, 31)   // inside sentence 3
                .build();
        Study withText = new Study(study.coders(), study.codes(), study.documents(), study.coverage(),
                id -> "😀 First one. Second one?\n\nThird line\n");
        long[] sentences = masks(UnitLevel.SENTENCE, withText);
        assertThat(sentences[0b01]).isEqualTo(2); // sentences 1 and 2: A only
        assertThat(sentences[0b10]).isEqualTo(1); // sentence 3: B only
        long[] document = masks(UnitLevel.DOCUMENT, withText);
        assertThat(document[0b11]).isEqualTo(1);
    }

    @Test
    void storedTurnsAreTheTurnUnitsAndLinesOtherwise() {
        Study plain = new Studies("A", "B").code("x").document("d", 37).coding(0, 0, 0, 0, 1).build();
        Study withTurns = new Study(plain.coders(), plain.codes(), plain.documents(), plain.coverage(),
                id -> "😀 First one. Second one?\n\nThird line\n", id -> new int[] {0, 5, 5, 37});
        assertThat(masks(UnitLevel.TURN, withTurns)).containsExactly(1, 1, 0, 0);
        Study withoutTurns = new Study(plain.coders(), plain.codes(), plain.documents(), plain.coverage(),
                id -> "😀 First one. Second one?\n\nThird line\n");
        assertThat(masks(UnitLevel.TURN, withoutTurns)).containsExactly(1, 1, 0, 0);
    }

    @Test
    void codedOnlyDropsTextNobodyCoded() {
        Study study = new Studies("A", "B").code("x").code("y").document("d", 100)
                .coding(0, 0, 0, 10, 20).coding(1, 1, 0, 50, 60).build();
        AgreementOptions options = AgreementOptions.defaults(UnitLevel.CHAR).withCodedOnly(true);
        long[] x = new UnitTables(study, options).masks(study.codes().get(0).id(), study.documents().get(0));
        // units: [10, 20) coded by A with x, [50, 60) coded by B with y (so 0 for x)
        assertThat(x).containsExactly(10, 10, 0, 0);
    }

    @Test
    void intervalSetsMergeSubtractAndIntersect() {
        IntervalSet a = IntervalSet.of(0, 5, 5, 10, 20, 30, 25, 27);
        assertThat(a).hasToString("{[0, 10), [20, 30)}");
        assertThat(a.minus(IntervalSet.of(3, 22))).hasToString("{[0, 3), [22, 30)}");
        assertThat(a.intersect(IntervalSet.of(3, 22, 29, 40))).hasToString("{[3, 10), [20, 22), [29, 30)}");
        assertThat(a.intersects(10, 20)).isFalse();
        assertThat(a.intersects(9, 20)).isTrue();
        assertThat(IntervalSet.union(List.of(a, IntervalSet.of(10, 20)))).hasToString("{[0, 30)}");
    }

    @Test
    void segmentMatchingUsesTheJointExtent() {
        IntervalSet a = IntervalSet.of(0, 100);
        assertThat(SegmentMatching.matchedUnmatched(a, IntervalSet.of(5, 100), 0.9)).containsExactly(1, 0);
        assertThat(SegmentMatching.matchedUnmatched(a, IntervalSet.of(15, 100), 0.9)).containsExactly(0, 1);
    }

    @Test
    void poissonDrawsHaveTheRightMean() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (double lambda : new double[] {0.5, 4, 50, 1e6}) {
            double sum = 0;
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                sum += PoissonBootstrap.poisson(random, lambda);
            }
            assertThat(sum / n).as("lambda " + lambda).isCloseTo(lambda, org.assertj.core.api.Assertions.within(4 * Math.sqrt(lambda / n)));
        }
        assertThat(PoissonBootstrap.logGamma(10)).isCloseTo(Math.log(362880), org.assertj.core.api.Assertions.within(1e-10));
    }
}
